import { credentials, status } from '@grpc/grpc-js';
import { KafkaConsumer, type Message } from 'node-rdkafka';
import { ConsumeRequest, type ConsumeResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { ListTopicsRequest, ListTopicsResponse, MetadataServiceClient } from '../../src/gen/kafkagateway/v1/metadata_service';
import { DataType } from '../../src/gen/kafkagateway/v1/value';
import { gatewayForFile } from '../helpers/gateway';
import { failure, freshTopic } from '../helpers/kafka-clients';
import { fillTopic, FrameReader } from '../helpers/streams';
import { testBrokers } from '../helpers/test-broker';

// What someone used to kcat -C or kafka-console-consumer reaches for first: read a topic without making up a group,
// from its beginning or its last few messages, and list topics without the whole of GetMetadata.
describe('reading a topic the way kcat does', () => {
  const suite = gatewayForFile();

  /** The keys of every message of a Consume stream that ends by itself (max_messages), and its end status. */
  async function consumeKeys(request: Partial<ConsumeRequest>): Promise<{ keys: string[]; code: number | undefined; details: string | undefined }> {
    const reader = new FrameReader<ConsumeResponse>(suite.api.raw.consumer.consume(ConsumeRequest.fromPartial(request), { deadline: Date.now() + 15_000 }));
    const keys: string[] = [];
    for (let f = await reader.next(); f; f = await reader.next()) if (f.frame?.$case === 'batch') keys.push(...f.frame.value.messages.map((m) => m.key));
    return { keys, code: reader.error?.code, details: reader.error?.details };
  }

  it('reads given partitions without a group.id', async () => {
    const topic = await freshTopic('kcat-partitions');
    await fillTopic(topic, 3, 1);
    const got = await consumeKeys({ source: { $case: 'create', value: { config: {}, topics: [], partitions: [{ topic, partition: 0, offset: 0n }] } }, maxMessages: 3n });
    expect(got).toEqual({ keys: ['k0', 'k1', 'k2'], code: undefined, details: undefined });
  });

  it('reads every partition of a topic without a group.id, from the beginning or the last N of each', async () => {
    const topic = await freshTopic('kcat-topics', 2);
    await fillTopic(topic, 6, 2); // k0 k2 k4 on partition 0, k1 k3 k5 on partition 1
    const create = (start: object) => ({ source: { $case: 'create' as const, value: { config: {}, topics: [topic], partitions: [], start } } });
    const all = await consumeKeys({ ...create({ position: { $case: 'beginning', value: true } }), maxMessages: 6n });
    expect(all.keys.sort()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
    const last = await consumeKeys({ ...create({ position: { $case: 'last', value: 1n } }), maxMessages: 2n });
    expect(last.keys.sort()).toEqual(['k4', 'k5']);
  });

  it('refuses a start a group subscription cannot honour, a last of 0, and a topic that does not exist', async () => {
    const topic = await freshTopic('kcat-refused');
    const grouped = await consumeKeys({ source: { $case: 'create', value: { config: { 'group.id': topic }, topics: [topic], partitions: [], start: { position: { $case: 'beginning', value: true } } } } });
    expect(grouped.code).toBe(status.INVALID_ARGUMENT);
    expect(grouped.details).toMatch(/start applies to partitions, or to topics without group.id/);
    const zero = await consumeKeys({ source: { $case: 'create', value: { config: {}, topics: [topic], partitions: [], start: { position: { $case: 'last', value: 0n } } } } });
    expect(zero).toMatchObject({ code: status.INVALID_ARGUMENT, details: 'start.last must be at least 1, got 0' });
    const missing = await consumeKeys({ source: { $case: 'create', value: { config: {}, topics: [`${topic}-none`], partitions: [] } } });
    expect(missing.code).toBe(status.NOT_FOUND);
  });

  it('keeps the plugin rule for CreateConsumer: a consumer handle still needs group.id', async () => {
    const err = await failure(suite.api.consumer.createConsumer({ config: {} }));
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(err.details).toBe('consumer need setting group.id');
  });

  it('lists topics with their partition counts', async () => {
    const topic = await freshTopic('kcat-list', 3);
    const client = new MetadataServiceClient(suite.gateway.address, credentials.createInsecure());
    try {
      const res = await new Promise<ListTopicsResponse>((resolve, reject) =>
        client.listTopics(ListTopicsRequest.fromPartial({}), (err, r) => (err ? reject(err) : resolve(r))),
      );
      expect(res.topics).toContainEqual({ name: topic, partitions: 3 });
      const names = res.topics.map((t) => t.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    } finally {
      client.close();
    }
  });

  it('writes a NULL or empty typed key, and an empty text key, as an empty key (length 0), as the plugin does', async () => {
    const topic = await freshTopic('kcat-keys');
    const { producer } = await suite.api.producer.createProducer({});
    const value = { kind: { $case: 'scalar' as const, value: { value: { $case: 'int' as const, value: 1 } } } };
    const nullKey = { kind: { $case: 'scalar' as const, value: { value: { $case: 'null' as const, value: DataType.DATA_TYPE_STRING } } } };
    for (const keyKind of [{ $case: 'typedKey' as const, value: nullKey }, { $case: 'key' as const, value: '' }, undefined]) {
      await suite.api.producer.produce({ producer, topic, partition: 0, keyKind, payload: { $case: 'value', value }, waitForDelivery: true });
    }
    const keys = (await readRaw(topic, 3)).map((m) => (m.key === null || m.key === undefined ? null : Buffer.from(m.key).length));
    expect(keys).toEqual([0, 0, null]); // the record produced without a key has none
  });
});

/** `n` messages of partition 0 as Kafka holds them, read by node-rdkafka directly (so that a null key stays null). */
async function readRaw(topic: string, n: number): Promise<Message[]> {
  const consumer = new KafkaConsumer({ 'bootstrap.servers': testBrokers(), 'group.id': `raw-${topic}`, 'enable.auto.commit': false }, {});
  await new Promise<void>((resolve, reject) => consumer.connect({}, (err) => (err ? reject(err) : resolve())));
  try {
    consumer.assign([{ topic, partition: 0, offset: 0 }]);
    const out: Message[] = [];
    const deadline = Date.now() + 15_000;
    while (out.length < n && Date.now() < deadline) {
      out.push(...(await new Promise<Message[]>((resolve, reject) => consumer.consume(n - out.length, (err, ms) => (err ? reject(err) : resolve(ms))))));
    }
    return out;
  } finally {
    await new Promise<void>((resolve) => consumer.disconnect(() => resolve()));
  }
}
