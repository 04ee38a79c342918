import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SubJobParser, SubJobTarget } from '../../src/gen/kafkagateway/v1/subjob_service';
import { DataType, MarshalType } from '../../src/gen/kafkagateway/v1/value';
import { randomUUID } from 'node:crypto';
import { credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { PollRequest } from '../../src/gen/kafkagateway/v1/consumer_service';
import { GatewayProcess, grpcurl } from '../helpers/gateway';
import { failure, freshTopic, gatewayClients } from '../helpers/kafka-clients';
import { waitFor } from '../helpers/streams';
import { REPO, testBrokers } from '../helpers/test-broker';
import { makeTlsFixtures, newToken, pem } from '../helpers/tls-fixtures';

/** Runs the gateway script with `args` until it exits by itself; its exit code and stderr. */
function runGateway(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(resolve(REPO, 'scripts/gateway.sh'), args, { encoding: 'utf8', timeout: 60_000 }, (_err, stdout, stderr) => done({ code: child.exitCode, stdout, stderr }));
  });
}

const withToken = (ca: Buffer, token: string) =>
  credentials.combineChannelCredentials(
    credentials.createSsl(ca),
    credentials.createFromMetadataGenerator((_p, cb) => {
      const md = new Metadata();
      md.set('authorization', `Bearer ${token}`);
      cb(null, md);
    }),
  );

interface AuditLine {
  audit?: { method: string; principal: string | null; peer: string; code: string; ms: number };
  msg: string;
}

describe('security in the gateway process', () => {
  it('will not listen beyond loopback in plaintext without --insecure, and names a TLS file it cannot read', async () => {
    const plain = await runGateway(['--host', '0.0.0.0', '--port', '0']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('kafka-grpc-gateway: --host: 0.0.0.0 is not a loopback address: listening there without TLS would send tokens and messages in the clear');
    const missing = await runGateway(['--port', '0', '--brokers', testBrokers(), '--tls-cert', '/nonexistent/cert.pem', '--tls-key', '/nonexistent/key.pem']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('TLS: cannot read the certificate /nonexistent/cert.pem (ENOENT)');
  });

  it('writes one audit line per call (principal, method, code, duration) and reads the principals file again on SIGHUP', async () => {
    const tls = makeTlsFixtures();
    const alice = newToken();
    const dave = newToken();
    const file = join(tls.dir, 'principals.json');
    writeFileSync(file, JSON.stringify({ principals: [{ name: 'alice', tokenSha256: alice.sha256 }] }));
    const gateway = await GatewayProcess.start(['--brokers', testBrokers(), '--tls-cert', tls.serverCert, '--tls-key', tls.serverKey, '--principals', file]);
    const a = gatewayClients(gateway.address, withToken(pem(tls.caCert), alice.token));
    const d = gatewayClients(gateway.address, withToken(pem(tls.caCert), dave.token));
    const lines = () => gateway.stdout.trim().split('\n').map((l) => JSON.parse(l) as AuditLine);
    try {
      const { producer } = await a.producer.createProducer({ config: {} });
      expect((await failure(a.producer.closeProducer({ producer: 'producer-none' }))).code).toBe(status.NOT_FOUND);
      expect((await failure(d.producer.createProducer({ config: {} }))).code).toBe(status.UNAUTHENTICATED);
      await a.producer.closeProducer({ producer });
      await waitFor(() => lines().filter((l) => l.audit).length >= 4);
      const audit = lines().flatMap((l) => (l.audit ? [l.audit] : []));
      expect(audit.map(({ method, principal, code }) => ({ method, principal, code }))).toEqual([
        { method: '/kafkagateway.v1.ProducerService/CreateProducer', principal: 'alice', code: 'OK' },
        { method: '/kafkagateway.v1.ProducerService/CloseProducer', principal: 'alice', code: 'NOT_FOUND' },
        { method: '/kafkagateway.v1.ProducerService/CreateProducer', principal: null, code: 'UNAUTHENTICATED' },
        { method: '/kafkagateway.v1.ProducerService/CloseProducer', principal: 'alice', code: 'OK' },
      ]);
      for (const line of audit) {
        expect(line.peer).toBe('127.0.0.1');
        expect(line.ms).toBeGreaterThanOrEqual(0);
      }

      // A Poll that would wait 1.5 s, under a 300 ms deadline: grpc-js ends it at the deadline, and the audit line
      // says what the client got, DEADLINE_EXCEEDED, not what the handler returned once it stopped waiting.
      const { consumer } = await a.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}` } });
      const late = await new Promise<ServiceError>((res, rej) =>
        a.raw.consumer.poll(PollRequest.fromPartial({ consumer, timeoutMs: 1500 }), new Metadata(), { deadline: Date.now() + 300 }, (err) => (err ? res(err) : rej(new Error('Poll answered')))),
      );
      expect(late.code).toBe(status.DEADLINE_EXCEEDED);
      await a.consumer.closeConsumer({ consumer });
      await waitFor(() => lines().filter((l) => l.audit).length >= 7);
      expect(lines().flatMap((l) => (l.audit ? [`${l.audit.method} ${l.audit.code}`] : [])).slice(4)).toEqual([
        '/kafkagateway.v1.ConsumerService/CreateConsumer OK',
        '/kafkagateway.v1.ConsumerService/Poll DEADLINE_EXCEEDED',
        '/kafkagateway.v1.ConsumerService/CloseConsumer OK',
      ]);

      // Reflection is @grpc/reflection's service, not the gateway's, and is audited all the same: refused without a
      // token, served with one.
      expect((await grpcurl('-cacert', tls.caCert, gateway.address, 'list')).stderr).toContain('Unauthenticated');
      expect((await grpcurl('-cacert', tls.caCert, '-H', `authorization: Bearer ${alice.token}`, gateway.address, 'list')).stdout).toContain('kafkagateway.v1.ProducerService');
      const reflection = () => lines().flatMap((l) => (l.audit?.method.startsWith('/grpc.reflection.') ? [`${l.audit.principal} ${l.audit.code}`] : []));
      await waitFor(() => reflection().includes('alice OK'));
      // grpcurl asks again by the older reflection service's name when refused: one line per attempt.
      expect([...new Set(reflection())]).toEqual(['null UNAUTHENTICATED', 'alice OK']);

      writeFileSync(file, JSON.stringify({ principals: [{ name: 'alice', tokenSha256: alice.sha256 }, { name: 'dave', tokenSha256: dave.sha256 }] }));
      process.kill(gateway.pid, 'SIGHUP');
      await waitFor(() => lines().some((l) => l.msg === 'principals file read again'));
      expect((await d.tables.listTables({})).names).toEqual([]);
      writeFileSync(file, '{ not json');
      process.kill(gateway.pid, 'SIGHUP');
      await waitFor(() => lines().some((l) => l.msg.startsWith('the principals file was not reloaded')));
      expect((await d.tables.listTables({})).names).toEqual([]);

      // Dave taken out of the file: his calls are refused, and what he held is closed, not left running.
      await d.producer.createProducer({ config: {} });
      await d.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}` } });
      writeFileSync(file, JSON.stringify({ principals: [{ name: 'alice', tokenSha256: alice.sha256 }] }));
      process.kill(gateway.pid, 'SIGHUP');
      await waitFor(() => lines().some((l) => l.msg.startsWith('principal dave is no longer')));
      expect(lines().find((l) => l.msg.startsWith('principal dave is no longer'))?.msg).toBe('principal dave is no longer in the principals file: its 2 handles are closed');
      expect((await failure(d.tables.listTables({}))).code).toBe(status.UNAUTHENTICATED);
    } finally {
      a.close();
      d.close();
      await gateway.stop();
    }
  });

  it('audits at most 10 calls a second of a peer that cannot authenticate, and says how many it left out', async () => {
    const tls = makeTlsFixtures();
    const file = join(tls.dir, 'principals.json');
    writeFileSync(file, JSON.stringify({ principals: [{ name: 'alice', tokenSha256: newToken().sha256 }] }));
    const gateway = await GatewayProcess.start(['--brokers', testBrokers(), '--tls-cert', tls.serverCert, '--tls-key', tls.serverKey, '--principals', file]);
    const stranger = gatewayClients(gateway.address, withToken(pem(tls.caCert), newToken().token));
    const lines = () => gateway.stdout.trim().split('\n').map((l) => JSON.parse(l) as AuditLine & { dropped?: number });
    try {
      const refused = async (n: number) => {
        const codes = await Promise.all(Array.from({ length: n }, async () => (await failure(stranger.tables.listTables({}))).code));
        expect(new Set(codes)).toEqual(new Set([status.UNAUTHENTICATED]));
      };
      await refused(50);
      await new Promise((r) => setTimeout(r, 1100));
      await refused(1);
      const written = () => lines().filter((l) => l.audit?.code === 'UNAUTHENTICATED').length;
      const dropped = () => lines().reduce((n, l) => n + (l.dropped ?? 0), 0);
      // Every refusal is either written or counted.
      await waitFor(() => written() + dropped() === 51);
      expect(written()).toBeLessThan(51);
      expect(dropped()).toBeGreaterThan(0);
      expect(lines().find((l) => l.dropped !== undefined)?.msg).toBe(`${dropped()} calls refused for want of credentials from 127.0.0.1 were not audited: more than 10 a second`);
    } finally {
      stranger.close();
      await gateway.stop();
    }
  });

  it("stops a durable sub-job on SIGTERM, resumes it only while its principal may still read its topic, and keeps it stored meanwhile", async () => {
    const tls = makeTlsFixtures();
    const alice = newToken();
    const file = join(tls.dir, 'principals.json');
    const dataDir = mkdtempSync(join(tmpdir(), 'kgw-resume-'));
    const principals = (consume: string[]) => writeFileSync(file, JSON.stringify({ principals: [{ name: 'alice', tokenSha256: alice.sha256, topics: { consume } }] }));
    const topic = await freshTopic('kgw-resume');
    const args = ['--brokers', testBrokers(), '--tls-cert', tls.serverCert, '--tls-key', tls.serverKey, '--principals', file, '--data-dir', dataDir];
    const jobs = async (gateway: GatewayProcess) => {
      const api = gatewayClients(gateway.address, withToken(pem(tls.caCert), alice.token));
      try {
        return (await api.subjobs.getJobStat({})).jobs.map((j) => j.actionName);
      } finally {
        api.close();
      }
    };
    principals(['kgw-resume-*']);
    let gateway = await GatewayProcess.start(args);
    try {
      const api = gatewayClients(gateway.address, withToken(pem(tls.caCert), alice.token));
      await api.tables.createTable({ name: 'rows', columns: [{ name: 'n', type: DataType.DATA_TYPE_LONG, scale: 0 }] });
      await api.subjobs.createSubJob({
        source: { $case: 'create', value: { config: { 'group.id': `resume-${process.pid}` }, topics: [topic], partitions: [] } },
        target: SubJobTarget.fromPartial({ kind: { $case: 'table', value: 'rows' } }),
        parser: SubJobParser.fromPartial({ marshalType: MarshalType.MARSHAL_TYPE_JSON }),
        actionName: 'alice-job',
        durable: true,
      });
      api.close();
      // On SIGTERM the job finishes its batch and lets go of its consumer before the consumers close.
      process.kill(gateway.pid, 'SIGTERM');
      await waitFor(() => gateway.exited() !== undefined, 20_000);
      const stopping = gateway.stdout.trim().split('\n').map((l) => (JSON.parse(l) as AuditLine).msg);
      expect(stopping.filter((m) => m === 'sub-job stopped' || m === 'closing a handle failed')).toEqual(['sub-job stopped']);
      await gateway.stop();

      // Alice may no longer read the topic: the job does not start, and the log says why.
      principals(['other-*']);
      gateway = await GatewayProcess.start(args);
      const refusal = () => gateway.stdout.trim().split('\n').map((l) => (JSON.parse(l) as AuditLine).msg).find((m) => m.startsWith('durable sub-job alice-job not resumed'));
      await waitFor(() => refusal() !== undefined, 30_000);
      expect(refusal()).toBe(`durable sub-job alice-job not resumed: principal alice may not consume from topic "${topic}" (allowed: other-*); it stays stored`);
      expect(await jobs(gateway)).toEqual([]);
      await gateway.stop();

      // Allowed again, the stored job is back by itself.
      principals(['kgw-resume-*']);
      gateway = await GatewayProcess.start(args);
      await waitFor(async () => (await jobs(gateway)).includes('alice-job'), 30_000);
    } finally {
      await gateway.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
