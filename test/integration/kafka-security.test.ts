import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { loadConfig } from '../../src/config/config';
import { ErrorInfo } from '../../src/gen/google/rpc/error_details';
import { Status } from '../../src/gen/google/rpc/status';
import * as metadataPb from '../../src/gen/kafkagateway/v1/metadata_service';
import { ConsumeRequest, type ConsumeResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { MarshalType } from '../../src/gen/kafkagateway/v1/value';
import { describeAllGroups } from '../../src/kafka/group-admin';
import { FrameReader } from '../helpers/streams';
import { startTestGateway } from '../helpers/gateway';
import { failure, gatewayClients, promisify } from '../helpers/kafka-clients';
import { readmeBlock } from '../helpers/readme-blocks';
import { TEST_BROKER_ENV } from '../helpers/test-broker';
import { makeTlsFixtures, newToken } from '../helpers/tls-fixtures';

/**
 * The gateway in front of a secured Kafka: the shared test broker's SASL_SSL and SASL_PLAINTEXT listeners (users
 * admin and alice from scripts/kafka-broker.sh, ACLs on: admin is a super user, alice may use only names that
 * start with "alice-"). The README's kafka-sasl-config and kafka-sasl-properties blocks are the configs loaded.
 */
const SASL = `127.0.0.1:${TEST_BROKER_ENV.KAFKA_SASL_PORT}`;
const SASL_SSL = `127.0.0.1:${TEST_BROKER_ENV.KAFKA_SASL_SSL_PORT}`;
const CA = join(TEST_BROKER_ENV.KAFKA_RUN_DIR, 'tls/ca.pem');
const dir = mkdtempSync(join(tmpdir(), 'kgw-kafkasec-'));

/** A README block with the example's cluster replaced by the test broker's SASL_SSL listener, as a file. */
function readmeFile(name: string, password = 'admin-secret'): string {
  const body = readmeBlock('README.md', name)
    .body.replace('kafka-1.example.com:9094,kafka-2.example.com:9094', SASL_SSL)
    .replace('/etc/kafka-grpc-gateway/kafka-ca.pem', CA)
    .replaceAll('kgw-gateway', 'admin')
    .replaceAll('change-me', password);
  const file = join(dir, `${name}-${randomUUID()}`);
  writeFileSync(file, body);
  return file;
}

function reasonOf(err: ServiceError): string {
  const bin = (err.metadata ?? new Metadata()).get('grpc-status-details-bin')[0] as Buffer;
  return ErrorInfo.decode(Status.decode(bin).details[0]!.value).reason;
}

const listening = (hostPort: string) =>
  new Promise<boolean>((resolve) => {
    const [host, port] = hostPort.split(':') as [string, string];
    const s = connect({ host, port: Number(port) });
    s.once('connect', () => resolve(s.destroy() === s));
    s.once('error', () => resolve(false));
  });

const bytes = (text: string) => ({ payload: { $case: 'rawValue' as const, value: Buffer.from(text) } });

/** A gateway with its generated clients; `override` is every principal's Kafka override (src/app.ts). */
async function gatewayWith(config: ReturnType<typeof loadConfig>, override?: Record<string, string>) {
  const gateway = await startTestGateway(config.brokers, { kafka: config.kafka }, override ? { kafkaOverrideFor: () => override } : {});
  const metadataClient = new metadataPb.MetadataServiceClient(gateway.address, credentials.createInsecure());
  return { gateway, api: gatewayClients(gateway.address), metadata: promisify(metadataClient, metadataPb), close: () => metadataClient.close() };
}
type Suite = Awaited<ReturnType<typeof gatewayWith>>;

describe("the gateway's own Kafka connection over SASL and TLS", () => {
  const open: Suite[] = [];
  let scram: Suite;

  beforeAll(async () => {
    for (const at of [SASL, SASL_SSL]) {
      if (!(await listening(at))) {
        throw new Error(`the test broker has no SASL listener at ${at}: a broker started before its SASL listeners existed is still running; stop it (scripts/kafka-broker.sh stop, KAFKA_RUN_DIR=${TEST_BROKER_ENV.KAFKA_RUN_DIR}) and run again`);
      }
    }
    const config = loadConfig(['--config', readmeFile('kafka-sasl-config')], {});
    expect(config.kafka).toMatchObject({ 'security.protocol': 'SASL_SSL', 'sasl.mechanisms': 'SCRAM-SHA-512', 'sasl.username': 'admin' });
    scram = await gatewayWith(config);
    open.push(scram);
  }, 60_000);
  afterAll(async () => {
    for (const s of open) {
      s.api.close();
      s.close();
      await s.gateway.stop();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('fronts the SASL_SSL listener with SCRAM credentials: topics, produce, consume, GetMemberId, GetMetadata', async () => {
    const { api, metadata } = scram;
    const topic = `sec-${randomUUID()}`;
    await metadata.createTopic({ topic, partitions: 1 });
    const { producer } = await api.producer.createProducer({ config: {} });
    await api.producer.produce({ producer, topic, ...bytes('over SASL_SSL'), waitForDelivery: true });

    const group = `sec-g-${randomUUID()}`;
    const { consumer } = await api.consumer.createConsumer({ config: { 'group.id': group, 'auto.offset.reset': 'earliest' } });
    await api.consumer.subscribe({ consumer, topics: [topic] });
    let payload: Uint8Array | undefined;
    for (let i = 0; i < 40 && !payload; i++) payload = (await api.consumer.pollByteStream({ consumer, timeoutMs: 500 })).payload;
    expect(Buffer.from(payload ?? []).toString()).toBe('over SASL_SSL');

    // A consumer that a Consume stream makes for itself connects the same way.
    const reader = new FrameReader<ConsumeResponse>(
      api.raw.consumer.consume(
        // An assignment, not a subscription: no second group join to wait for.
        ConsumeRequest.fromPartial({
          source: { $case: 'create', value: { config: { 'group.id': `${group}-s` }, topics: [], partitions: [{ topic, partition: 0, offset: 0n }] } },
          marshalType: MarshalType.MARSHAL_TYPE_PLAIN,
        }),
      ),
    );
    let batch: Extract<ConsumeResponse['frame'], { $case: 'batch' }>['value'] | undefined;
    while (!batch) {
      const f = await reader.next();
      if (!f) break;
      if (f.frame?.$case === 'batch') batch = f.frame.value;
    }
    reader.call.cancel();
    expect(batch?.messages.map((m) => [m.topic, m.offset])).toEqual([[topic, 0n]]);

    const { memberId } = await api.consumer.getMemberId({ consumer, timeoutMs: 5000 });
    expect(memberId).toMatch(/^kgw-/);
    const described = await metadata.getMetadata({ topics: [topic], timeoutMs: 5000 });
    // Over SASL_SSL the broker advertises its SASL_SSL listener: the metadata came through it.
    expect(described.brokers).toEqual([{ id: 1, host: '127.0.0.1', port: Number(TEST_BROKER_ENV.KAFKA_SASL_SSL_PORT) }]);
    expect(described.topics.map((t) => t.name)).toEqual([topic]);
    expect(described.groupsError).toBe('');
    expect(described.groups.find((g) => g.groupId === group)?.members.map((m) => m.memberId)).toEqual([memberId]);

    await api.consumer.closeConsumer({ consumer });
    await api.producer.closeProducer({ producer });
    await metadata.deleteTopic({ topic });
    expect((await failure(metadata.getMetadata({ topics: [topic], timeoutMs: 3000 }))).code).toBe(status.NOT_FOUND);
  }, 90_000);

  it('takes a properties file (--kafka-config) with SASL PLAIN, over the config file', async () => {
    const config = loadConfig(['--brokers', SASL_SSL, '--kafka-config', readmeFile('kafka-sasl-properties')], {});
    expect(config.kafka).toMatchObject({ 'security.protocol': 'SASL_SSL', 'sasl.mechanisms': 'PLAIN' });
    const plain = await gatewayWith(config);
    open.push(plain);
    const topic = `sec-${randomUUID()}`;
    await plain.metadata.createTopic({ topic, partitions: 1 });
    const { producer } = await plain.api.producer.createProducer({ config: {} });
    const { deliveries } = await plain.api.producer.produce({ producer, topic, ...bytes('over PLAIN'), waitForDelivery: true });
    expect(deliveries.map((d) => d.offset)).toEqual([0n]);
    await plain.metadata.deleteTopic({ topic });
  }, 60_000);

  it('refuses a client config that names its own credentials or security protocol', async () => {
    const configs: Record<string, string>[] = [{ 'sasl.username': 'alice' }, { 'sasl.password': 'x' }, { 'security.protocol': 'PLAINTEXT' }, { 'ssl.ca.pem': 'x' }];
    for (const config of configs) {
      const err = await failure(scram.api.producer.createProducer({ config }));
      expect(err.code).toBe(status.INVALID_ARGUMENT);
      expect(reasonOf(err)).toBe('CONFIG_REFUSED');
    }
  });

  it('with a wrong password, says the login was refused, within seconds and for every kind of call', async () => {
    const wrong = await gatewayWith(loadConfig(['--config', readmeFile('kafka-sasl-config', 'not-the-password')], {}));
    open.push(wrong);
    const started = Date.now();
    const calls: [string, Promise<ServiceError>][] = [
      ['CreateProducer', failure(wrong.api.producer.createProducer({ config: {} }))],
      ['CreateConsumer', failure(wrong.api.consumer.createConsumer({ config: { 'group.id': `sec-${randomUUID()}` } }))],
      ['GetMetadata', failure(wrong.metadata.getMetadata({ timeoutMs: 5000 }))],
      ['CreateTopic', failure(wrong.metadata.createTopic({ topic: `sec-${randomUUID()}`, partitions: 1, timeoutMs: 5000 }))],
    ];
    for (const [name, call] of calls) {
      const err = await call;
      expect([name, err.code, reasonOf(err)]).toEqual([name, status.UNAVAILABLE, 'KAFKA_AUTHENTICATION']);
      expect(err.details).toMatch(/SASL SCRAM-SHA-512 login refused: Authentication failed/);
    }
    // Each call waits out its connect timeout (5 s) at most once; far from a hang.
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it("a principal's override makes its clients another Kafka user: what that user's ACLs allow, and only that", async () => {
    const config = loadConfig(['--config', readmeFile('kafka-sasl-config')], {});
    const alice = await gatewayWith(config, { 'sasl.username': 'alice', 'sasl.password': 'alice-secret' });
    open.push(alice);
    const hers = `alice-${randomUUID()}`;
    const other = `sec-${randomUUID()}`;
    await scram.metadata.createTopic({ topic: hers, partitions: 1 });
    await scram.metadata.createTopic({ topic: other, partitions: 1 });

    const { producer } = await alice.api.producer.createProducer({ config: {} });
    await alice.api.producer.produce({ producer, topic: hers, ...bytes('from alice'), waitForDelivery: true });
    const denied = await failure(alice.api.producer.produce({ producer, topic: other, ...bytes('not hers'), waitForDelivery: true }));
    expect([denied.code, reasonOf(denied)]).toEqual([status.PERMISSION_DENIED, 'KAFKA_NOT_AUTHORIZED']);
    expect(denied.details).toMatch(/Topic authorization failed/i);
    // The operator's own user (admin) may write there: the refusal is alice's.
    const { producer: admins } = await scram.api.producer.createProducer({ config: {} });
    await scram.api.producer.produce({ producer: admins, topic: other, ...bytes('admin'), waitForDelivery: true });

    // Her consumer reads her topic in her group, and GetMemberId asks the coordinator as alice too.
    const { consumer } = await alice.api.consumer.createConsumer({ config: { 'group.id': `alice-g-${randomUUID()}`, 'auto.offset.reset': 'earliest' } });
    await alice.api.consumer.subscribe({ consumer, topics: [hers] });
    let payload: Uint8Array | undefined;
    for (let i = 0; i < 40 && !payload; i++) payload = (await alice.api.consumer.pollByteStream({ consumer, timeoutMs: 500 })).payload;
    expect(Buffer.from(payload ?? []).toString()).toBe('from alice');
    expect((await alice.api.consumer.getMemberId({ consumer, timeoutMs: 5000 })).memberId).toMatch(/^kgw-/);
    await alice.api.consumer.closeConsumer({ consumer });

    await scram.metadata.deleteTopic({ topic: hers });
    await scram.metadata.deleteTopic({ topic: other });
  }, 90_000);

  it("maps a principal of the principals file to its own Kafka user: alice's calls run as Kafka's alice, another principal's as the operator's", async () => {
    const tls = makeTlsFixtures();
    const aliceToken = newToken();
    const opsToken = newToken();
    const principals = join(dir, `principals-${randomUUID()}.json`);
    writeFileSync(
      principals,
      JSON.stringify({
        principals: [
          { name: 'alice', tokenSha256: aliceToken.sha256, kafka: { 'sasl.username': 'alice', 'sasl.password': 'alice-secret' } },
          { name: 'ops', role: 'admin', tokenSha256: opsToken.sha256 },
        ],
      }),
    );
    const config = loadConfig(['--config', readmeFile('kafka-sasl-config')], {});
    const gateway = await startTestGateway(config.brokers, { kafka: config.kafka, principals, tlsCert: tls.serverCert, tlsKey: tls.serverKey });
    const as = (token: string) =>
      gatewayClients(
        gateway.address,
        credentials.combineChannelCredentials(
          credentials.createSsl(readFileSync(tls.caCert)),
          credentials.createFromMetadataGenerator((_p, cb) => {
            const md = new Metadata();
            md.set('authorization', `Bearer ${token}`);
            cb(null, md);
          }),
        ),
      );
    const alice = as(aliceToken.token);
    const ops = as(opsToken.token);
    try {
      const hers = `alice-${randomUUID()}`;
      const other = `sec-${randomUUID()}`;
      await ops.metadata.createTopic({ topic: hers, partitions: 1 });
      await ops.metadata.createTopic({ topic: other, partitions: 1 });
      const { producer } = await alice.producer.createProducer({ config: {} });
      await alice.producer.produce({ producer, topic: hers, ...bytes('as alice'), waitForDelivery: true });
      const denied = await failure(alice.producer.produce({ producer, topic: other, ...bytes('not hers'), waitForDelivery: true }));
      expect([denied.code, reasonOf(denied)]).toEqual([status.PERMISSION_DENIED, 'KAFKA_NOT_AUTHORIZED']);
      const { producer: opsProducer } = await ops.producer.createProducer({ config: {} });
      await ops.producer.produce({ producer: opsProducer, topic: other, ...bytes('as admin'), waitForDelivery: true });
      await ops.metadata.deleteTopic({ topic: hers });
      await ops.metadata.deleteTopic({ topic: other });
    } finally {
      alice.close();
      ops.close();
      await gateway.stop();
    }
  }, 90_000);

  describe('the group client (GetMemberId, the groups of GetMetadata) logs in by itself', () => {
    const mechanisms = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];
    const listeners = [
      ['SASL_PLAINTEXT', SASL],
      ['SASL_SSL', SASL_SSL],
    ] as const;
    for (const [protocol, at] of listeners) {
      for (const mechanism of mechanisms) {
        it(`over ${protocol} with ${mechanism}; a wrong password is refused`, async () => {
          const login = { 'security.protocol': protocol, 'sasl.mechanisms': mechanism, 'sasl.username': 'alice', 'ssl.ca.location': CA };
          expect(Array.isArray(await describeAllGroups([at], 5000, { ...login, 'sasl.password': 'alice-secret' }))).toBe(true);
          await expect(describeAllGroups([at], 5000, { ...login, 'sasl.password': 'wrong' })).rejects.toMatchObject({
            code: 58,
            message: expect.stringMatching(/SASL .* login refused/),
          });
        });
      }
    }

    it('checks the broker certificate as librdkafka does: without the CA the TLS handshake fails, naming it, unless verification is off', async () => {
      const alice = { 'security.protocol': 'SASL_SSL', 'sasl.mechanisms': 'PLAIN', 'sasl.username': 'alice', 'sasl.password': 'alice-secret' };
      await expect(describeAllGroups([SASL_SSL], 5000, alice)).rejects.toMatchObject({
        code: -181,
        message: expect.stringMatching(/TLS handshake with 127\.0\.0\.1:\d+ failed: .*certificate/),
      });
      expect(Array.isArray(await describeAllGroups([SASL_SSL], 5000, { ...alice, 'enable.ssl.certificate.verification': 'false' }))).toBe(true);
    });
  });

  it('does not start with a Kafka property librdkafka refuses, naming the kafka section', async () => {
    await expect(startTestGateway(SASL_SSL, { kafka: { 'security.protocol': 'carrier-pigeon' } })).rejects.toMatchObject({
      key: 'kafka',
      message: expect.stringContaining('security.protocol'),
    });
  });
});
