import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, credentials, Metadata, status, type ChannelCredentials } from '@grpc/grpc-js';
import { ConsumeRequest, type ConsumeResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { SubJobTarget } from '../../src/gen/kafkagateway/v1/subjob_service';
import { DataType } from '../../src/gen/kafkagateway/v1/value';
import { newVector } from '../../src/values/vector-shape';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { failure, freshTopic, gatewayClients } from '../helpers/kafka-clients';
import { FrameReader } from '../helpers/streams';
import { makeTlsFixtures, newToken, pem, type TlsFixtures } from '../helpers/tls-fixtures';

/** TLS to the test gateway, plus a bearer token on every call when one is given. */
function tlsCredentials(tls: TlsFixtures, token?: string, client?: { cert: string; key: string }): ChannelCredentials {
  const channel = credentials.createSsl(pem(tls.caCert), client ? pem(client.key) : null, client ? pem(client.cert) : null);
  if (token === undefined) return channel;
  return credentials.combineChannelCredentials(
    channel,
    credentials.createFromMetadataGenerator((_params, callback) => {
      const md = new Metadata();
      md.set('authorization', `Bearer ${token}`);
      callback(null, md);
    }),
  );
}

/** grpc.health.v1.Health/Check of the whole server: its status number (1 is SERVING). */
function healthCheck(address: string, creds: ChannelCredentials): Promise<number> {
  const client = new Client(address, creds);
  return new Promise<number>((resolve, reject) =>
    client.makeUnaryRequest(
      '/grpc.health.v1.Health/Check',
      () => Buffer.alloc(0),
      (b: Buffer) => (b.length >= 2 && b[0] === 0x08 ? b[1]! : 0),
      {},
      (err, value) => (err ? reject(err) : resolve(value!)),
    ),
  ).finally(() => client.close());
}

const bytes = (text: string) => ({ payload: { $case: 'rawValue' as const, value: Buffer.from(text) } });

describe('security: TLS, principals, ownership, roles', () => {
  let tls: TlsFixtures;
  const alice = newToken();
  const bob = newToken();
  const root = newToken();
  const carol = newToken();
  let principalsFile: string;
  let gateway: TestGateway;
  let address: string;

  beforeAll(async () => {
    tls = makeTlsFixtures();
    principalsFile = join(tls.dir, 'principals.json');
    writeFileSync(
      principalsFile,
      JSON.stringify({
        principals: [
          { name: 'alice', role: 'user', tokenSha256: alice.sha256, certificates: ['CN=alice'] },
          { name: 'bob', role: 'user', tokenSha256: [bob.sha256] },
          { name: 'root', role: 'admin', tokenSha256: root.sha256 },
          { name: 'carol', tokenSha256: carol.sha256, topics: { produce: ['carol.*'], consume: ['carol.*'] }, groups: ['carol-*'] },
        ],
      }),
    );
    gateway = await startTestGateway(undefined, { tlsCert: tls.serverCert, tlsKey: tls.serverKey, principals: principalsFile, allowAdminCalls: undefined });
    address = gateway.address;
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('speaks TLS only; a call without a valid token is UNAUTHENTICATED, while health answers anyone', async () => {
    const plaintext = gatewayClients(address);
    const none = gatewayClients(address, tlsCredentials(tls));
    const wrong = gatewayClients(address, tlsCredentials(tls, 'not-a-token'));
    try {
      expect((await failure(plaintext.producer.createProducer({ config: {} }))).code).toBe(status.UNAVAILABLE);
      const missing = await failure(none.producer.createProducer({ config: {} }));
      expect(missing.code).toBe(status.UNAUTHENTICATED);
      expect(missing.details).toBe('this gateway needs credentials: an "authorization: Bearer <token>" header or a client certificate');
      const unknown = await failure(wrong.producer.createProducer({ config: {} }));
      expect(unknown.code).toBe(status.UNAUTHENTICATED);
      expect(unknown.details).toBe('the bearer token is not known to this gateway');
      // A stream is refused the same way, before it does anything.
      const stream = new FrameReader(none.raw.consumer.consume(ConsumeRequest.fromPartial({ source: { $case: 'create', value: { topics: ['x'], config: {}, partitions: [] } } })));
      expect(await stream.next()).toBeUndefined();
      expect(stream.error?.code).toBe(status.UNAUTHENTICATED);
      expect(gateway.handles.size).toBe(0);
      expect(await healthCheck(address, tlsCredentials(tls))).toBe(1);
    } finally {
      [plaintext, none, wrong].forEach((c) => c.close());
    }
  });

  it("keeps every handle and table to its principal: bob gets NOT_FOUND for alice's, as for ids that do not exist, and cannot close them", async () => {
    const a = gatewayClients(address, tlsCredentials(tls, alice.token));
    const b = gatewayClients(address, tlsCredentials(tls, bob.token));
    try {
      const topic = await freshTopic('sec');
      const { producer } = await a.producer.createProducer({ config: {} });
      const { consumer } = await a.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}`, 'auto.offset.reset': 'earliest' } });
      await a.consumer.subscribe({ consumer, topics: [topic] });
      const { queue } = await a.queues.getConsumerQueue({ consumer });
      const stream = new FrameReader<ConsumeResponse>(
        a.raw.consumer.consume(ConsumeRequest.fromPartial({ source: { $case: 'create', value: { topics: [topic], config: {}, partitions: [] } } })),
      );
      const started = await stream.next();
      const streamConsumer = started?.frame?.$case === 'started' ? started.frame.value.consumer : '';
      expect(streamConsumer).toMatch(/^consumer-/);
      const table = `t_${process.pid}_${Date.now()}`;
      await a.tables.createTable({ name: table, columns: [{ name: 'id', type: DataType.DATA_TYPE_INT, scale: 0 }] });
      await a.tables.appendRows({ table, rows: { kind: { $case: 'table', value: { name: '', columns: [{ name: 'id', values: { ...newVector(DataType.DATA_TYPE_INT), ints: [1, 2] } }] } } } });

      const notFound = async (call: Promise<unknown>, text: string) => {
        const err = await failure(call);
        expect(`${status[err.code]}: ${err.details}`).toBe(`NOT_FOUND: ${text}`);
      };
      await notFound(b.producer.produce({ producer, topic, ...bytes('from bob') }), `producer "${producer}" does not exist or was closed`);
      await notFound(b.producer.closeProducer({ producer }), `producer "${producer}" does not exist or was closed`);
      await notFound(b.consumer.poll({ consumer, timeoutMs: 10 }), `consumer "${consumer}" does not exist or was closed`);
      await notFound(b.consumer.seek({ consumer, topic, partition: 0, target: { $case: 'offset', value: 0n } }), `consumer "${consumer}" does not exist or was closed`);
      await notFound(b.consumer.closeConsumer({ consumer }), `consumer "${consumer}" does not exist or was closed`);
      await notFound(b.consumer.closeConsumer({ consumer: streamConsumer }), `consumer "${streamConsumer}" does not exist or was closed`);
      await notFound(b.consumer.commit({ consumer: streamConsumer, offsets: [] }), `consumer "${streamConsumer}" does not exist or was closed`);
      await notFound(b.queues.queuePoll({ queue, timeoutMs: 10 }), `queue "${queue}" does not exist or was closed`);
      await notFound(b.queues.closeQueue({ queue }), `queue "${queue}" does not exist or was closed`);
      const other = new FrameReader(b.raw.consumer.consume(ConsumeRequest.fromPartial({ source: { $case: 'consumer', value: consumer } })));
      expect(await other.next()).toBeUndefined();
      expect(other.error?.code).toBe(status.NOT_FOUND);
      // Tables: bob's database does not have alice's.
      const noTable = await failure(b.tables.describeTable({ name: table }));
      expect(noTable.code).toBe(status.NOT_FOUND);
      expect((await b.tables.listTables({})).names).not.toContain(table);
      const query = await failure(b.tables.query({ sql: `SELECT * FROM ${table}` }));
      expect(`${status[query.code]}: ${query.details}`).toBe(`INVALID_ARGUMENT: Catalog Error: Table with name ${table} does not exist!`);
      await notFound(b.tables.dropTable({ name: table }), `table "${table}" does not exist`);

      // Everything of alice's still works for alice.
      expect((await a.producer.produce({ producer, topic, ...bytes('from alice'), waitForDelivery: true })).messages).toBe(1);
      expect((await a.tables.describeTable({ name: table })).table?.rowCount).toBe(2n);
      expect((await a.queues.queueLength({ queue })).length).toBeGreaterThanOrEqual(0n);
      stream.call.cancel();
      await a.queues.closeQueue({ queue });
      await a.consumer.closeConsumer({ consumer });
      await a.producer.closeProducer({ producer });
      await a.tables.dropTable({ name: table });
    } finally {
      a.close();
      b.close();
    }
  });

  it('gives admin calls to the admin role only, and keeps a principal with topic patterns to its topics', async () => {
    const a = gatewayClients(address, tlsCredentials(tls, alice.token));
    const r = gatewayClients(address, tlsCredentials(tls, root.token));
    const c = gatewayClients(address, tlsCredentials(tls, carol.token));
    try {
      const topic = await freshTopic('sec-admin');
      const denied = await failure(a.metadata.deleteTopic({ topic }));
      expect(`${status[denied.code]}: ${denied.details}`).toBe('PERMISSION_DENIED: DeleteTopic needs the admin role, and principal alice is a user');
      const size = await failure(a.settings.setMessageSize({ size: 1024n * 1024n }));
      expect(`${status[size.code]}: ${size.details}`).toBe('PERMISSION_DENIED: SetMessageSize needs the admin role, and principal alice is a user');
      const before = (await r.settings.getMessageSize({})).size;
      await r.settings.setMessageSize({ size: before });
      await r.metadata.deleteTopic({ topic });

      const mine = `carol.${randomUUID()}`;
      await c.metadata.createTopic({ topic: mine, partitions: 1 });
      const { producer } = await c.producer.createProducer({ config: {} });
      expect((await c.producer.produce({ producer, topic: mine, ...bytes('ok'), waitForDelivery: true })).messages).toBe(1);
      const outside = await failure(c.producer.produce({ producer, topic: 'orders', ...bytes('no') }));
      expect(`${status[outside.code]}: ${outside.details}`).toBe('PERMISSION_DENIED: principal carol may not produce to topic "orders" (allowed: carol.*)');
      // A group outside her group patterns is refused: joining another's group could take its partitions.
      const foreignGroup = await failure(c.consumer.createConsumer({ config: { 'group.id': 'orders-readers' } }));
      expect(`${status[foreignGroup.code]}: ${foreignGroup.details}`).toBe('PERMISSION_DENIED: principal carol may not use consumer group "orders-readers" (allowed: carol-*)');
      const foreignStream = new FrameReader(c.raw.consumer.consume(ConsumeRequest.fromPartial({ source: { $case: 'create', value: { topics: [mine], config: { 'group.id': 'orders-readers' }, partitions: [] } } })));
      expect(await foreignStream.next()).toBeUndefined();
      expect(foreignStream.error?.code).toBe(status.PERMISSION_DENIED);
      const { consumer } = await c.consumer.createConsumer({ config: { 'group.id': `carol-${randomUUID()}` } });
      // What metadata shows her is what her patterns name.
      expect((await c.metadata.listTopics({})).topics.map((t) => t.name).every((n) => n.startsWith('carol.'))).toBe(true);
      expect((await c.metadata.listTopics({})).topics.map((t) => t.name)).toContain(mine);
      const hidden = await freshTopic('sec-hidden');
      expect((await failure(c.metadata.getMetadata({ topics: [hidden] }))).code).toBe(status.NOT_FOUND);
      expect((await r.metadata.getMetadata({ topics: [hidden] })).topics.map((t) => t.name)).toEqual([hidden]);
      expect((await c.metadata.getMetadata({})).groups.every((g) => g.groupId.startsWith('carol-'))).toBe(true);
      expect((await failure(c.consumer.subscribe({ consumer, topics: ['orders'] }))).code).toBe(status.PERMISSION_DENIED);
      expect((await failure(c.consumer.subscribe({ consumer, topics: ['^carol.*'] }))).code).toBe(status.PERMISSION_DENIED);
      await c.consumer.subscribe({ consumer, topics: [mine] });
      // Offsets, watermarks and queues of a topic outside the patterns are refused as well.
      const outsideCalls = [
        c.consumer.commit({ consumer, offsets: [{ topic: 'orders', partition: 0, offset: 1n }] }),
        c.consumer.storeOffsets({ consumer, offsets: [{ topic: 'orders', partition: 0, offset: 1n }] }),
        c.consumer.seek({ consumer, topic: 'orders', partition: 0, target: { $case: 'offset', value: 0n } }),
        c.consumer.getWatermarkOffsets({ consumer, topic: 'orders', partition: 0 }),
        c.consumer.getCommittedOffsets({ consumer, partitions: [{ topic: 'orders', partition: 0 }] }),
        c.queues.getPartitionQueue({ consumer, topic: 'orders', partition: 0 }),
      ];
      for (const call of outsideCalls) expect((await failure(call)).code).toBe(status.PERMISSION_DENIED);
      await c.consumer.closeConsumer({ consumer });
      await c.producer.closeProducer({ producer });
      await r.metadata.deleteTopic({ topic: mine });
    } finally {
      [a, r, c].forEach((x) => x.close());
    }
  });

  it("keeps sub-jobs to their principal: the same action name for two principals, each sees and cancels only its own", async () => {
    const a = gatewayClients(address, tlsCredentials(tls, alice.token));
    const b = gatewayClients(address, tlsCredentials(tls, bob.token));
    try {
      const topic = await freshTopic('sec-jobs');
      const action = `job_${process.pid}_${Date.now()}`;
      const create = (api: typeof a) =>
        api.subjobs.createSubJob({
          source: { $case: 'create', value: { config: { 'group.id': `g-${randomUUID()}` }, topics: [topic], partitions: [] } },
          target: SubJobTarget.fromPartial({ kind: { $case: 'watch', value: true } }),
          actionName: action,
        });
      const hers = await create(a);
      const his = await create(b);
      expect(his.subjob).not.toBe(hers.subjob);
      expect((await b.subjobs.getJobStat({})).jobs.map((j) => j.subjob)).toEqual([his.subjob]);
      expect((await failure(b.subjobs.cancelSubJob({ job: { ref: { $case: 'handle', value: hers.subjob } } }))).code).toBe(status.NOT_FOUND);
      await b.subjobs.cancelSubJob({ job: { ref: { $case: 'name', value: action } } });
      expect((await a.subjobs.getJobStat({})).jobs.map((j) => j.subjob)).toEqual([hers.subjob]);
      await a.subjobs.cancelSubJob({ job: { ref: { $case: 'name', value: action } } });
    } finally {
      a.close();
      b.close();
    }
  });

  it('reads the principals file again on reload: a new token works, a broken file keeps the old principals', async () => {
    const dave = newToken();
    const d = gatewayClients(address, tlsCredentials(tls, dave.token));
    const a = gatewayClients(address, tlsCredentials(tls, alice.token));
    try {
      expect((await failure(d.tables.listTables({}))).code).toBe(status.UNAUTHENTICATED);
      const original = pem(principalsFile).toString();
      const parsed = JSON.parse(original) as { principals: object[] };
      writeFileSync(principalsFile, JSON.stringify({ principals: [...parsed.principals, { name: 'dave', tokenSha256: dave.sha256 }] }));
      expect(gateway.reloadPrincipals()).toBe(5);
      expect((await d.tables.listTables({})).names).toEqual([]);
      writeFileSync(principalsFile, '{"principals": [{"name": "x y"}]}');
      expect(() => gateway.reloadPrincipals()).toThrow(/principals\[0\]: name must be an identifier/);
      expect((await d.tables.listTables({})).names).toEqual([]);
      writeFileSync(principalsFile, original);
      gateway.reloadPrincipals();
      expect((await failure(d.tables.listTables({}))).code).toBe(status.UNAUTHENTICATED);
      expect((await a.tables.listTables({})).names).toBeDefined();
    } finally {
      d.close();
      a.close();
    }
  });
});

describe('security: mutual TLS', () => {
  let tls: TlsFixtures;
  let gateway: TestGateway;
  const erin = newToken();

  beforeAll(async () => {
    tls = makeTlsFixtures();
    const principals = join(tls.dir, 'principals.json');
    writeFileSync(principals, JSON.stringify({ principals: [{ name: 'alice', certificates: ['CN=alice'] }, { name: 'erin', tokenSha256: erin.sha256 }] }));
    gateway = await startTestGateway(undefined, { tlsCert: tls.serverCert, tlsKey: tls.serverKey, tlsClientCa: tls.caCert, principals });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it("makes the client certificate's name the principal, refuses a client without a certificate or with one from another CA, and lets a token decide over it", async () => {
    const alice = gatewayClients(gateway.address, tlsCredentials(tls, undefined, tls.client('alice')));
    const stranger = gatewayClients(gateway.address, tlsCredentials(tls, undefined, tls.strangerClient('alice')));
    const noCert = gatewayClients(gateway.address, tlsCredentials(tls, erin.token));
    const unlisted = gatewayClients(gateway.address, tlsCredentials(tls, undefined, tls.client('mallory')));
    const erinWithCert = gatewayClients(gateway.address, tlsCredentials(tls, erin.token, tls.client('alice')));
    try {
      const { producer } = await alice.producer.createProducer({ config: {} });
      expect(gateway.handles.heldBy('alice')).toBe(1);
      expect((await failure(stranger.producer.createProducer({ config: {} }))).code).toBe(status.UNAVAILABLE);
      expect((await failure(noCert.producer.createProducer({ config: {} }))).code).toBe(status.UNAVAILABLE);
      const unknown = await failure(unlisted.tables.listTables({}));
      expect(`${status[unknown.code]}: ${unknown.details}`).toBe('UNAUTHENTICATED: the client certificate names no principal of this gateway');
      // The token outranks the certificate: erin, not alice, and so not the owner of alice's producer.
      expect((await failure(erinWithCert.producer.closeProducer({ producer }))).code).toBe(status.NOT_FOUND);
      await alice.producer.closeProducer({ producer });
    } finally {
      [alice, stranger, noCert, unlisted, erinWithCert].forEach((c) => c.close());
    }
  });
});
