import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grpcurl, startTestGateway, type TestGateway } from '../helpers/gateway';
import { jsonDocuments, readmeBlock, runShell } from '../helpers/readme-blocks';
import { makeTlsFixtures, newToken } from '../helpers/tls-fixtures';

/**
 * The README's "grpcurl over TLS" blocks, as written, in a directory holding the files they name (ca.pem,
 * alice.pem, alice.key), against a gateway with TLS and a principals file and one that also asks for client
 * certificates. Both blocks list the services by reflection and create a producer, which the gateway then holds.
 */
describe('grpcurl over TLS (README, Security)', () => {
  const alice = newToken();
  let tlsGateway: TestGateway;
  let mtlsGateway: TestGateway;
  let openGateway: TestGateway;
  let dir: string;

  beforeAll(async () => {
    const tls = makeTlsFixtures();
    const client = tls.client('alice');
    dir = mkdtempSync(join(tmpdir(), 'kgw-grpcurl-tls-'));
    copyFileSync(tls.caCert, join(dir, 'ca.pem'));
    copyFileSync(client.cert, join(dir, 'alice.pem'));
    copyFileSync(client.key, join(dir, 'alice.key'));
    const principals = join(tls.dir, 'principals.json');
    writeFileSync(principals, JSON.stringify({ principals: [{ name: 'alice', role: 'user', tokenSha256: [alice.sha256], certificates: ['CN=alice'] }] }));
    const secured = { tlsCert: tls.serverCert, tlsKey: tls.serverKey, principals };
    tlsGateway = await startTestGateway(undefined, secured);
    mtlsGateway = await startTestGateway(undefined, { ...secured, tlsClientCa: tls.caCert });
    openGateway = await startTestGateway(undefined, { ...secured, reflection: 'open' });
  });
  afterAll(async () => {
    await Promise.all([tlsGateway?.stop(), mtlsGateway?.stop(), openGateway?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** What a block prints: the `list` lines, then the CreateProducer answer. */
  const listThenProducer = (out: string) => {
    const at = out.indexOf('{');
    return { services: out.slice(0, at).trim().split('\n'), answers: jsonDocuments(out.slice(at)) };
  };
  const SERVICES = expect.arrayContaining(['grpc.health.v1.Health', 'grpc.reflection.v1.ServerReflection', 'kafkagateway.v1.ProducerService', 'kafkagateway.v1.TableService']);

  it('with -cacert and a bearer token: lists the services and creates a producer', async () => {
    const block = readmeBlock('README.md', 'grpcurl-tls-token').body.replaceAll('127.0.0.1:50051', tlsGateway.address);
    const out = listThenProducer(await runShell(block, { cwd: dir, env: { KGW_TOKEN: alice.token } }));
    expect(out.services).toEqual(SERVICES);
    expect(out.answers).toEqual([{ producer: expect.stringMatching(/^producer-/) }]);
    expect(tlsGateway.handles.size).toBe(1);
  });

  it('without the token, list and a call are UNAUTHENTICATED; with --reflection open, list answers and the call still does not', async () => {
    const list = await grpcurl('-cacert', join(dir, 'ca.pem'), tlsGateway.address, 'list');
    expect(list.code).not.toBe(0);
    expect(list.stderr).toContain('Failed to list services: rpc error: code = Unauthenticated desc = this gateway needs credentials');
    // grpcurl asks reflection for the method first, and that is refused the same way.
    const call = await grpcurl('-cacert', join(dir, 'ca.pem'), '-d', '{}', tlsGateway.address, 'kafkagateway.v1.ProducerService/CreateProducer');
    expect(call.code).not.toBe(0);
    expect(call.stderr).toContain('code = Unauthenticated desc = failed to query for service descriptor "kafkagateway.v1.ProducerService": this gateway needs credentials');
    const wrong = await grpcurl('-cacert', join(dir, 'ca.pem'), '-H', 'authorization: Bearer not-the-token', tlsGateway.address, 'list');
    expect(wrong.stderr).toContain('code = Unauthenticated desc = the bearer token is not known to this gateway');
    expect(tlsGateway.handles.size).toBe(1); // the first test's producer only

    const open = await grpcurl('-cacert', join(dir, 'ca.pem'), openGateway.address, 'list');
    expect({ code: open.code, services: open.stdout.trim().split('\n') }).toEqual({ code: 0, services: SERVICES });
    const stillClosed = await grpcurl('-cacert', join(dir, 'ca.pem'), '-d', '{}', openGateway.address, 'kafkagateway.v1.ProducerService/CreateProducer');
    expect(stillClosed.stderr).toContain('Code: Unauthenticated\n  Message: this gateway needs credentials');
    expect(openGateway.handles.size).toBe(0);
  });

  it('with -cert/-key against the mutual-TLS gateway: the certificate alone lists the services and creates a producer; no certificate, no connection', async () => {
    const block = readmeBlock('README.md', 'grpcurl-mtls').body.replaceAll('127.0.0.1:50051', mtlsGateway.address);
    const out = listThenProducer(await runShell(block, { cwd: dir }));
    expect(out.services).toEqual(SERVICES);
    expect(out.answers).toEqual([{ producer: expect.stringMatching(/^producer-/) }]);
    expect(mtlsGateway.handles.size).toBe(1);
    const noCertificate = await grpcurl('-cacert', join(dir, 'ca.pem'), '-H', `authorization: Bearer ${alice.token}`, mtlsGateway.address, 'list');
    expect(noCertificate.code).not.toBe(0);
  });
});
