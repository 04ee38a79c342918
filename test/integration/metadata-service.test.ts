import { randomUUID } from 'node:crypto';
import { status, type ServiceError } from '@grpc/grpc-js';
import {
  CreatePartitionsRequest, CreateTopicRequest, DeleteTopicRequest, type GetMetadataRequest, type GetMetadataResponse,
} from '../../src/gen/kafkagateway/v1/metadata_service';
import { metadataClient, startTestGateway, unaryCall } from '../helpers/gateway';
import { createTopic } from '../helpers/kafka-clients';
import { brokerScriptAsync, freePort, TEST_BROKER_ENV, testBrokers } from '../helpers/test-broker';
import { TOPIC_CONFIGS } from '../../src/kafka/topic-config';

describe('MetadataService.GetMetadata (real broker)', () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  let getMetadata: (req: Partial<GetMetadataRequest>) => Promise<GetMetadataResponse>;
  let close: () => void;
  let admin: { [K in 'createTopic' | 'deleteTopic' | 'createPartitions']: (req: Record<string, unknown>) => Promise<unknown> };

  beforeAll(async () => {
    // The "no broker listens" case names a free local port, which the gateway must allow first.
    gateway = await startTestGateway(undefined, { allowedBrokers: ['127.0.0.1:*'] });
    const client = metadataClient(gateway.address);
    getMetadata = (req) => unaryCall(client.getMetadata.bind(client), { brokers: '', topics: [], timeoutMs: 0, ...req });
    close = () => client.close();
    const call = (name: 'createTopic' | 'deleteTopic' | 'createPartitions', type: { fromPartial(o: object): unknown }) => (req: Record<string, unknown>) =>
      unaryCall((client[name] as (r: unknown, cb: (e: ServiceError | null, res: unknown) => void) => unknown).bind(client), type.fromPartial(req));
    admin = {
      createTopic: call('createTopic', CreateTopicRequest),
      deleteTopic: call('deleteTopic', DeleteTopicRequest),
      createPartitions: call('createPartitions', CreatePartitionsRequest),
    };
  });
  afterAll(async () => {
    close();
    await gateway.stop();
  });

  async function failure(req: Partial<GetMetadataRequest>): Promise<ServiceError> {
    try {
      await getMetadata(req);
    } catch (err) {
      return err as ServiceError;
    }
    throw new Error('the call succeeded');
  }

  it('describes a new topic: its partitions in order, with leader, replicas and in-sync replicas', async () => {
    const topic = `test-metadata-${randomUUID()}`;
    await createTopic(topic, 3);
    const metadata = await getMetadata({ topics: [topic] });
    expect(metadata.brokers).toEqual([{ id: 1, host: '127.0.0.1', port: Number(testBrokers().split(':')[1]) }]);
    expect(metadata.originBrokerId).toBe(1);
    expect(metadata.topics).toEqual([
      {
        name: topic,
        partitions: [0, 1, 2].map((id) => ({ id, leader: 1, replicas: [1], isrs: [1] })),
      },
    ]);
  });

  it('lists every topic, sorted by name, when no topic is named', async () => {
    const topics = [`test-metadata-b-${randomUUID()}`, `test-metadata-a-${randomUUID()}`];
    await Promise.all(topics.map((t) => createTopic(t, 1)));
    // A new topic reaches the metadata of every broker connection a moment after CreateTopics returns.
    let names: string[] = [];
    for (let i = 0; i < 50 && !topics.every((t) => names.includes(t)); i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 200));
      names = (await getMetadata({})).topics.map((t) => t.name);
    }
    expect(names).toEqual(expect.arrayContaining(topics));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('answers NOT_FOUND for a topic that does not exist, and does not create it', async () => {
    const topic = `test-missing-${randomUUID()}`;
    const err = await failure({ topics: [topic] });
    expect(err.code).toBe(status.NOT_FOUND);
    expect(err.details).toBe(`Broker: Unknown topic or partition: ${topic}`);
    expect((await getMetadata({})).topics.map((t) => t.name)).not.toContain(topic);
  });

  it('asks another cluster when the request names its brokers', async () => {
    const metadata = await getMetadata({ brokers: testBrokers() });
    expect(metadata.brokers).toHaveLength(1);
  });

  it('answers UNAVAILABLE or DEADLINE_EXCEEDED, within the timeout, when no broker listens', async () => {
    const started = Date.now();
    const err = await failure({ brokers: `127.0.0.1:${freePort()}`, timeoutMs: 2000 });
    expect([status.UNAVAILABLE, status.DEADLINE_EXCEEDED]).toContain(err.code);
    expect(err.details).toMatch(/^\[PLUGIN::KAFKA\] /);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('rejects a negative timeout and an empty topic name with INVALID_ARGUMENT', async () => {
    const negative = await failure({ timeoutMs: -5 });
    expect(negative.code).toBe(status.INVALID_ARGUMENT);
    expect(negative.details).toBe('timeout_ms must be 0 or more (milliseconds), got -5');
    const empty = await failure({ topics: [''] });
    expect(empty.code).toBe(status.INVALID_ARGUMENT);
    expect(empty.details).toBe('topics must not contain an empty name');
  });

  it('creates a topic, grows its partitions and deletes it, with clear statuses for what cannot be done', async () => {
    const topic = `test-admin-${randomUUID()}`;
    await admin.createTopic({ topic, partitions: 2 });
    const partitions = async () => (await getMetadata({ topics: [topic] })).topics[0]!.partitions.length;
    expect(await partitions()).toBe(2);
    const again = (await admin.createTopic({ topic, partitions: 2 }).catch((e: ServiceError) => e)) as ServiceError;
    expect(again.code).toBe(status.ALREADY_EXISTS);

    await admin.createPartitions({ topic, totalPartitions: 3 });
    expect(await partitions()).toBe(3);
    const fewer = (await admin.createPartitions({ topic, totalPartitions: 1 }).catch((e: ServiceError) => e)) as ServiceError;
    expect(fewer.code).toBe(status.INVALID_ARGUMENT);

    await admin.deleteTopic({ topic });
    for (let i = 0; i < 50 && (await getMetadata({})).topics.some((t) => t.name === topic); i++) await new Promise((r) => setTimeout(r, 100));
    expect((await failure({ topics: [topic] })).code).toBe(status.NOT_FOUND);

    for (const [req, text] of [
      [{ topic: '', partitions: 1 }, 'topic must not be empty'],
      [{ topic: 'x', partitions: 0 }, 'partitions must be from 1 to 1000, got 0'],
      [{ topic: 'x', partitions: 1_000_000 }, 'partitions must be from 1 to 1000, got 1000000'],
    ] as const) {
      const err = (await admin.createTopic(req).catch((e: ServiceError) => e)) as ServiceError;
      expect([err.code, err.details]).toEqual([status.INVALID_ARGUMENT, text]);
    }
  });

  it('passes a topic config from the reviewed list on to the broker and refuses the rest, naming them; every config the broker has is reviewed', async () => {
    const topic = `test-topic-config-${randomUUID()}`;
    await admin.createTopic({ topic, partitions: 1, config: { 'retention.ms': '123456789', 'cleanup.policy': 'compact', 'max.message.bytes': '2097152' } });
    // Kafka's own kafka-configs describes what the broker holds for the topic.
    const described = await brokerScriptAsync('configs', TEST_BROKER_ENV, ['--describe', '--all', '--entity-type', 'topics', '--entity-name', topic]);
    expect(described.code).toBe(0);
    const held = new Map([...described.stdout.matchAll(/^\s+([a-z][a-z0-9.]*)=(\S*)/gm)].map((m) => [m[1]!, m[2]!]));
    expect([held.get('retention.ms'), held.get('cleanup.policy'), held.get('max.message.bytes')]).toEqual(['123456789', 'compact', '2097152']);
    // A config this broker knows and the gateway's list has neither a rule nor a reason for is one nobody reviewed.
    expect(held.size).toBeGreaterThan(20);
    expect([...held.keys()].filter((name) => !Object.hasOwn(TOPIC_CONFIGS, name))).toEqual([]);

    const refused = `test-topic-refused-${randomUUID()}`;
    for (const [config, text] of [
      [{ 'flush.messages': '1' }, /^topic config flush.messages is not allowed: it makes the brokers write to disk/],
      [{ 'segment.ms': '1' }, /^topic config segment.ms must be an integer at least 60000, got "1"$/],
      [{ 'log.dirs': '/tmp' }, /^"log.dirs" is not a topic config the gateway passes on/],
    ] as const) {
      const err = (await admin.createTopic({ topic: refused, partitions: 1, config }).catch((e: ServiceError) => e)) as ServiceError;
      expect([err.code, err.details]).toEqual([status.INVALID_ARGUMENT, expect.stringMatching(text)]);
    }
    expect((await failure({ topics: [refused] })).code).toBe(status.NOT_FOUND);
  });
});
