import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Gateway, tlsCredentials } from '../../../clients/typescript/src';
import { startTestGateway, type TestGateway } from '../../helpers/gateway';
import { readmeBlock, runShell } from '../../helpers/readme-blocks';
import { REPO } from '../../helpers/test-broker';
import { makeTlsFixtures, newToken } from '../../helpers/tls-fixtures';

/**
 * The TLS program of each client's README, as written, against two gateways on the real broker: one with TLS and
 * a principals file (bearer tokens), one that also asks for client certificates (--tls-client-ca). Each program
 * produces a vector and reads it back through a Consume stream, so the token must go with unary calls and streams
 * alike. It runs with the token, without it (UNAUTHENTICATED), and with its connect line swapped for the README's
 * mutual-TLS line and no token. Needs what `make clients` builds (scripts/build-clients.sh).
 */
interface Language {
  readme: string;
  tls: string;
  mtls: string;
  /** What the program prints for the vector ["over", "TLS"]. */
  printed: string;
  /** Writes the program into `dir` and builds it; resolves with the shell command that runs it there. */
  build(dir: string, source: string): Promise<string>;
}

const python = resolve(REPO, '.tools/python-client/bin/python');
const javaClasspath = () => `${resolve(REPO, 'clients/java/target/classes')}:${readFileSync(resolve(REPO, 'clients/java/target/classpath.txt'), 'utf8').trim()}`;

const LANGUAGES: Record<string, Language> = {
  typescript: {
    readme: 'clients/typescript/README.md',
    tls: 'ts-tls',
    mtls: 'ts-mtls',
    printed: "[ 'over', 'TLS' ]\n",
    async build(dir, source) {
      // What `npm install ./clients/typescript` gives a project: the package under node_modules.
      mkdirSync(join(dir, 'node_modules/@kafkagateway'), { recursive: true });
      symlinkSync(resolve(REPO, 'clients/typescript'), join(dir, 'node_modules/@kafkagateway/client'));
      writeFileSync(join(dir, 'main.ts'), source);
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', esModuleInterop: true, skipLibCheck: true, types: ['node'], typeRoots: [resolve(REPO, 'node_modules/@types')], outDir: 'out' }, files: ['main.ts'] }),
      );
      await runShell(`${resolve(REPO, 'node_modules/.bin/tsc')} -p .`, { cwd: dir, timeoutMs: 90_000 });
      return 'node out/main.js';
    },
  },
  python: {
    readme: 'clients/python/README.md',
    tls: 'python-tls',
    mtls: 'python-mtls',
    printed: "['over', 'TLS']\n",
    async build(dir, source) {
      writeFileSync(join(dir, 'main.py'), source);
      return `${python} main.py`;
    },
  },
  go: {
    readme: 'clients/go/README.md',
    tls: 'go-tls',
    mtls: 'go-mtls',
    printed: '[over TLS]\n',
    async build(dir, source) {
      writeFileSync(join(dir, 'main.go'), source);
      const install = readmeBlock('clients/go/README.md', 'go-install').body.replaceAll('../kafka-grpc-gateway/clients/go', resolve(REPO, 'clients/go'));
      await runShell(`go mod init example.com/secure 2>/dev/null\n${install}\ngo build -o program .`, { cwd: dir, timeoutMs: 180_000 });
      return './program';
    },
  },
  java: {
    readme: 'clients/java/README.md',
    tls: 'java-tls',
    mtls: 'java-mtls',
    printed: '[over, TLS]\n',
    async build(dir, source) {
      writeFileSync(join(dir, 'SecureQuickstart.java'), source);
      await runShell(`javac -cp '${javaClasspath()}' -d out SecureQuickstart.java`, { cwd: dir, timeoutMs: 120_000 });
      return `java -cp 'out:${javaClasspath()}' SecureQuickstart`;
    },
  },
};

/** The program with its connect line replaced by the mutual-TLS block's one line (the line naming the gateway's address). */
function withConnectLine(program: string, line: string): string {
  const fragment = line.trimEnd();
  if (fragment.includes('\n')) throw new Error(`the mutual-TLS block must be one line:\n${fragment}`);
  const start = fragment.slice(0, fragment.indexOf('127.0.0.1:50051'));
  const lines = program.split('\n');
  const at = lines.flatMap((l, i) => (l.includes(start) ? [i] : []));
  if (at.length !== 1) throw new Error(`the TLS program has ${at.length} lines with "${start}", not one`);
  lines[at[0]!] = fragment;
  return lines.join('\n');
}

/** Runs a built program in `dir`: its exit code and output, a failure included. */
function run(dir: string, command: string, token: string | undefined): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, KGW_TOKEN: token };
  if (token === undefined) delete env['KGW_TOKEN'];
  return new Promise((res) =>
    execFile('bash', ['-c', command], { cwd: dir, env, timeout: 90_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      res({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr: `${stderr}${err && typeof err.code !== 'number' ? err.message : ''}` }),
    ),
  );
}

describe("each client's README TLS program, over TLS with a token and over mutual TLS with a certificate only", () => {
  const alice = newToken();
  let tlsGateway: TestGateway;
  let mtlsGateway: TestGateway;
  let files: { ca: string; cert: string; key: string };
  let work: string;

  beforeAll(async () => {
    const missing = ['clients/typescript/dist', '.tools/python-client/bin/python', 'clients/java/target/classpath.txt'].filter((p) => !existsSync(resolve(REPO, p)));
    if (missing.length > 0) throw new Error(`build the clients first (scripts/build-clients.sh; make test does): missing ${missing.join(', ')}`);
    const tls = makeTlsFixtures();
    const client = tls.client('alice');
    files = { ca: tls.caCert, cert: client.cert, key: client.key };
    const principals = join(tls.dir, 'principals.json');
    writeFileSync(principals, JSON.stringify({ principals: [{ name: 'alice', role: 'user', tokenSha256: [alice.sha256], certificates: ['CN=alice'] }] }));
    tlsGateway = await startTestGateway(undefined, { tlsCert: tls.serverCert, tlsKey: tls.serverKey, principals });
    mtlsGateway = await startTestGateway(undefined, { tlsCert: tls.serverCert, tlsKey: tls.serverKey, tlsClientCa: tls.caCert, principals });
    mkdirSync(resolve(REPO, '.tools'), { recursive: true });
    work = mkdtempSync(resolve(REPO, '.tools/tls-readme-'));
  });
  afterAll(async () => {
    await tlsGateway?.stop();
    await mtlsGateway?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A directory holding the files the READMEs name: ca.pem, alice.pem, alice.key. */
  const directory = (name: string) => {
    const dir = join(work, name);
    mkdirSync(dir);
    copyFileSync(files.ca, join(dir, 'ca.pem'));
    copyFileSync(files.cert, join(dir, 'alice.pem'));
    copyFileSync(files.key, join(dir, 'alice.key'));
    return dir;
  };

  /** A block with the gateway's address and a topic of its own in place of the README's. */
  const asWritten = (body: string, gateway: TestGateway) => {
    const topic = `tls-${randomUUID().slice(0, 8)}`;
    return body.replaceAll('127.0.0.1:50051', gateway.address).replaceAll('"quotes"', `"${topic}"`).replaceAll("'quotes'", `'${topic}'`);
  };

  it.each(Object.keys(LANGUAGES))('%s: produces and consumes with a token, is UNAUTHENTICATED without one, and works by certificate alone under mutual TLS', async (name) => {
    const language = LANGUAGES[name]!;
    const program = readmeBlock(language.readme, language.tls).body;

    const mtls = withConnectLine(program, readmeBlock(language.readme, language.mtls).body);
    const [tokenDir, certDir] = [directory(`${name}-token`), directory(`${name}-mtls`)];
    // Built side by side: the compilers, not the calls, take most of the time.
    const [tokenRun, certRun] = await Promise.all([language.build(tokenDir, asWritten(program, tlsGateway)), language.build(certDir, asWritten(mtls, mtlsGateway))]);
    const [withToken, without, byCertificate] = await Promise.all([run(tokenDir, tokenRun, alice.token), run(tokenDir, tokenRun, undefined), run(certDir, certRun, undefined)]);

    expect({ code: withToken.code, stdout: withToken.stdout }).toEqual({ code: 0, stdout: language.printed });
    expect(without.code).not.toBe(0);
    expect(without.stdout).toBe('');
    expect(without.stderr).toMatch(/UNAUTHENTICATED|Unauthenticated/);
    expect(without.stderr).toContain('this gateway needs credentials');
    expect({ code: byCertificate.code, stdout: byCertificate.stdout }).toEqual({ code: 0, stdout: language.printed });
  }, 400_000);

  it('takes PEMs as bytes too (TypeScript Buffers, Python bytes), and TypeScript refuses incomplete settings with their reason', async () => {
    const pems = { ca: readFileSync(files.ca), cert: readFileSync(files.cert), key: readFileSync(files.key) };
    const gw = new Gateway(mtlsGateway.address, tlsCredentials(pems));
    try {
      expect((await gw.metadata.getMetadata({})).brokers.length).toBeGreaterThan(0);
    } finally {
      gw.close();
    }
    const py = [
      'import sys',
      'from kafkagateway.v1 import metadata_service_pb2 as mpb',
      'from kafkagateway_client import Gateway',
      'pem = lambda p: open(p, "rb").read()',
      'with Gateway.connect(sys.argv[1], ca=pem(sys.argv[2]), cert=pem(sys.argv[3]), key=pem(sys.argv[4])) as gw:',
      '    print(len(gw.metadata.GetMetadata(mpb.GetMetadataRequest(), timeout=30).brokers))',
    ].join('\n');
    const printed = await runShell(`${python} -c '${py}' ${mtlsGateway.address} ${files.ca} ${files.cert} ${files.key}`, { timeoutMs: 60_000 });
    expect(Number(printed)).toBeGreaterThan(0);
    expect(() => tlsCredentials({ ca: pems.ca, cert: pems.cert })).toThrow('a client certificate needs its key, and a key its certificate: give both cert and key, or neither');
    expect(() => tlsCredentials({ ca: join(work, 'nope.pem') })).toThrow(`cannot read the CA file ${join(work, 'nope.pem')}: ENOENT`);
    expect(() => tlsCredentials({ ca: pems.ca, token: 'abc\n' })).toThrow('the bearer token contains a line break');
  });
});
