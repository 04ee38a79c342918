import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PEM files made for one test run with openssl: a CA, the gateway's certificate for 127.0.0.1, client certificates. */
export interface TlsFixtures {
  dir: string;
  caCert: string;
  serverCert: string;
  serverKey: string;
  /** A client's certificate and key, signed by the CA, with the given CN. */
  client(cn: string): { cert: string; key: string };
  /** A CA nobody trusts, and a client certificate it signed. */
  strangerClient(cn: string): { cert: string; key: string };
}

const openssl = (dir: string, ...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });

function makeCa(dir: string, name: string): { cert: string; key: string } {
  openssl(dir, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.pem`);
  return { cert: join(dir, `${name}.pem`), key: join(dir, `${name}.key`) };
}

function signed(dir: string, ca: { cert: string; key: string }, name: string, cn: string, ext: string): { cert: string; key: string } {
  openssl(dir, 'req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${cn}`, '-keyout', `${name}.key`, '-out', `${name}.csr`);
  writeFileSync(join(dir, `${name}.ext`), ext);
  openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial', '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
  return { cert: join(dir, `${name}.pem`), key: join(dir, `${name}.key`) };
}

export function makeTlsFixtures(): TlsFixtures {
  const dir = mkdtempSync(join(tmpdir(), 'kgw-tls-'));
  const ca = makeCa(dir, 'ca');
  const server = signed(dir, ca, 'server', 'kgw-test-gateway', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  const clientExt = 'extendedKeyUsage=clientAuth\n';
  let stranger: { cert: string; key: string } | undefined;
  return {
    dir,
    caCert: ca.cert,
    serverCert: server.cert,
    serverKey: server.key,
    client: (cn) => signed(dir, ca, `client-${cn}`, cn, clientExt),
    strangerClient: (cn) => signed(dir, (stranger ??= makeCa(dir, 'stranger-ca')), `stranger-${cn}`, cn, clientExt),
  };
}

/** A fresh random bearer token and the SHA-256 the principals file lists for it. */
export function newToken(): { token: string; sha256: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, sha256: createHash('sha256').update(token).digest('hex') };
}

export const pem = (path: string) => readFileSync(path);
