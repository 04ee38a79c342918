import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import type { ConsumedMessage } from '../../src/gen/kafkagateway/v1/common';
import { MarshalType, type Value } from '../../src/gen/kafkagateway/v1/value';
import { ChunkAssembler } from '../../clients/typescript/src/chunks';
import { decodeDolphinDB } from '../../src/values/dolphindb/decode';
import { encodeDolphinDB } from '../../src/values/dolphindb/encode';
import { decodeJson } from '../../src/values/json/decode';
import { encodeJson } from '../../src/values/json/encode';
import { gatewayForFile } from '../helpers/gateway';
import { failure, freshTopic } from '../helpers/kafka-clients';
import { freePort } from '../helpers/test-broker';
import { Random, ValueGenerator } from '../helpers/arbitrary-values';
import { DataType, hex, scalar, vectorValue } from '../helpers/values';

const M = MarshalType;
const typed = (value: Value) => ({ payload: { $case: 'value' as const, value } });
const raw = (value: Buffer) => ({ payload: { $case: 'rawValue' as const, value } });
// A flush without a timeout waits the producer's 1 s (the plugin's default): on a broker other suites load at the
// same time that is too short for the hundreds of messages queued here, and the test would fail on the broker's pace.
const FLUSH_MS = 30_000;

describe('ProducerService and ConsumerService against the real broker', () => {
  // The dead-broker case names a free local port, which the gateway must allow first.
  const suite = gatewayForFile({ allowedBrokers: ['127.0.0.1:*'] });
  const newTopic = (partitions = 1) => freshTopic('t', partitions);
  const newProducer = async () => (await suite.api.producer.createProducer({ config: {} })).producer;
  /** A consumer reading the topic's partition 0 from the start. */
  const consumerAt = async (topic: string, offset = 0n, config: Record<string, string> = {}) => {
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}`, ...config } });
    await suite.api.consumer.assign({ consumer, partitions: [{ topic, partition: 0, offset }] });
    return consumer;
  };
  const pollAll = async (consumer: string, n: number, marshalType = M.MARSHAL_TYPE_UNSPECIFIED) => {
    const out: ConsumedMessage[] = [];
    for (let round = 0; round < 20 && out.length < n; round++) {
      const { messages } = await suite.api.consumer.pollBatch({ consumer, batchSize: n - out.length, timeoutMs: 1000, marshalType });
      out.push(...messages);
    }
    return out;
  };

  it('produces values of every type and form as DOLPHINDB and JSON, and polls them back equal (explicit modes and AUTO)', async () => {
    const topic = await newTopic();
    const producer = await newProducer();
    const gen = new ValueGenerator(new Random(99));
    const values = Array.from({ length: 150 }, () => gen.value());
    const jsonValues = values.filter((v) => {
      try {
        encodeJson(v);
        return true;
      } catch {
        return false;
      }
    });
    for (const value of values) await suite.api.producer.produce({ producer, topic, keyKind: { $case: 'key', value: 'k' }, ...typed(value), marshalType: M.MARSHAL_TYPE_DOLPHINDB });
    for (const value of jsonValues) await suite.api.producer.produce({ producer, topic, ...typed(value), marshalType: M.MARSHAL_TYPE_JSON });
    await suite.api.producer.flush({ producer, timeoutMs: FLUSH_MS });

    const total = values.length + jsonValues.length;
    const expected = [...values.map((v) => decodeDolphinDB(encodeDolphinDB(v))), ...jsonValues.map((v) => decodeJson(encodeJson(v)))];
    const auto = await pollAll(await consumerAt(topic), total);
    expect(auto.map((m) => m.decodeError)).toEqual(new Array(total).fill(''));
    expect(auto.map((m) => m.value)).toEqual(expected);
    expect(auto[0]).toMatchObject({ topic, partition: 0, offset: 0n, key: 'k' });

    const explicit = await pollAll(await consumerAt(topic), values.length, M.MARSHAL_TYPE_DOLPHINDB);
    expect(explicit.map((m) => m.value)).toEqual(expected.slice(0, values.length));
    const json = await pollAll(await consumerAt(topic, BigInt(values.length)), jsonValues.length, M.MARSHAL_TYPE_JSON);
    expect(json.map((m) => m.value)).toEqual(expected.slice(values.length));
  });

  it('sends PLAIN element by element, reads a Java big-endian INT written as raw bytes, and keeps undecodable payloads in-band', async () => {
    const topic = await newTopic();
    const producer = await newProducer();
    const words = vectorValue(DataType.DATA_TYPE_STRING, { strings: ['alpha', 'béta'] });
    expect((await suite.api.producer.produce({ producer, topic, ...typed(words), marshalType: M.MARSHAL_TYPE_PLAIN })).messages).toBe(2);
    await suite.api.producer.produce({ producer, topic, ...raw(hex('00 00 27 66')) });
    await suite.api.producer.produce({ producer, topic, ...raw(Buffer.from('not dolphindb')) });
    await suite.api.producer.flush({ producer, timeoutMs: FLUSH_MS });

    const consumer = await consumerAt(topic);
    const plain = await pollAll(consumer, 2, M.MARSHAL_TYPE_PLAIN);
    expect(plain.map((m) => m.value)).toEqual([scalar({ $case: 'string', value: 'alpha' }), scalar({ $case: 'string', value: 'béta' })]);
    const [javaInt] = await pollAll(consumer, 1, M.MARSHAL_TYPE_JAVA_INT);
    expect(javaInt!.value).toEqual(scalar({ $case: 'int', value: 10086 }));
    const [broken] = await pollAll(consumer, 1, M.MARSHAL_TYPE_AUTO);
    expect(broken!.value).toBeUndefined();
    expect(broken!.decodeError).toMatch(/^Parse message failed, /);
    expect(Buffer.from(broken!.rawValue).toString()).toBe('not dolphindb');
  });

  it('waits for delivery when asked, and returns partition and offset with headers and timestamp kept', async () => {
    const topic = await newTopic();
    const producer = await newProducer();
    const res = await suite.api.producer.produce({
      producer, topic, keyKind: { $case: 'typedKey', value: scalar({ $case: 'int', value: 7 }) }, ...typed(scalar({ $case: 'double', value: 2.5 })),
      headers: [{ key: 'trace', value: Buffer.from('abc') }], timestampMs: 1_700_000_000_123n, waitForDelivery: true,
    });
    expect(res.deliveries).toEqual([{ topic, partition: 0, offset: 0n }]);
    const [m] = await pollAll(await consumerAt(topic), 1);
    expect(m).toMatchObject({ key: '7', timestampMs: 1_700_000_000_123n, headers: [{ key: 'trace', value: Buffer.from('abc') }] });
  });

  it('splits a large vector by the size settings into chunks with headers, from which the value is rebuilt', async () => {
    const topic = await newTopic();
    const producer = await newProducer();
    await suite.api.settings.setMessageSize({ size: 500n });
    await suite.api.settings.setBufferSize({ size: 2000n });
    try {
      const value = vectorValue(DataType.DATA_TYPE_INT, { ints: Array.from({ length: 1000 }, (_x, i) => i) });
      const { messages } = await suite.api.producer.produce({ producer, topic, ...typed(value), waitForDelivery: true });
      expect(messages).toBeGreaterThan(8);
      const polled = await pollAll(await consumerAt(topic), messages);
      const assembler = new ChunkAssembler();
      let whole: Value | undefined;
      for (const m of polled) {
        expect(m.headers.length).toBe(3);
        whole = assembler.add(m) ?? whole;
      }
      expect(whole).toEqual(decodeDolphinDB(encodeDolphinDB(value)));
    } finally {
      await suite.api.settings.setBufferSize({ size: 900000n });
      await suite.api.settings.setMessageSize({ size: 10000n });
    }
  });

  it('sends every chunk of a split value without key or partition to one partition, so that its consumer gets them all', async () => {
    const topic = await newTopic(3);
    // No stickiness: librdkafka picks a random partition for every record without a key (its default sticks to one
    // for 10 ms at a time, which splits a value's chunks only sometimes: 109, 9 and 3 of 121 in one try).
    const { producer } = await suite.api.producer.createProducer({ config: { 'sticky.partitioning.linger.ms': '0' } });
    const value = vectorValue(DataType.DATA_TYPE_INT, { ints: Array.from({ length: 300_000 }, (_x, i) => i) }); // 1.2 MB
    const partitionsOf = async (extra: object) => {
      const { messages, deliveries } = await suite.api.producer.produce({ producer, topic, ...typed(value), ...extra, waitForDelivery: true });
      expect(messages).toBeGreaterThan(100);
      return new Set(deliveries.map((d) => d.partition));
    };
    for (let i = 0; i < 3; i++) expect((await partitionsOf({})).size).toBe(1);
    expect((await partitionsOf({ keyKind: { $case: 'key', value: '' } })).size).toBe(1); // librdkafka: an empty key is no key
    expect((await partitionsOf({ keyKind: { $case: 'key', value: 'k' } })).size).toBe(1); // one key, one partition
    expect([...(await partitionsOf({ partition: 2 }))]).toEqual([2]);
  });

  it('follows the plugin rules for the size settings', async () => {
    expect((await suite.api.settings.getBufferSize()).size).toBe(900000n);
    expect((await suite.api.settings.getMessageSize()).size).toBe(10000n);
    expect((await failure(suite.api.settings.setBufferSize({ size: 100n }))).details).toContain('The buffer_size is smaller than message_size');
    expect((await failure(suite.api.settings.setMessageSize({ size: 1_000_000n }))).details).toContain('message_size should not be larger than buffer_size');
    expect((await suite.api.settings.getBufferSize()).size).toBe(900000n);
  });

  it('answers an empty poll and a batch poll that times out with no message, after about the timeout', async () => {
    const topic = await newTopic();
    const consumer = await consumerAt(topic);
    const started = Date.now();
    expect((await suite.api.consumer.poll({ consumer, timeoutMs: 300 })).message).toBeUndefined();
    expect((await suite.api.consumer.pollBatch({ consumer, batchSize: 10, timeoutMs: 300 })).messages).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('assigns at offset 0 and at the high watermark, and reports assignment, watermarks and positions', async () => {
    const topic = await newTopic();
    const producer = await newProducer();
    for (let i = 0; i < 5; i++) await suite.api.producer.produce({ producer, topic, ...typed(scalar({ $case: 'int', value: i })), waitForDelivery: true });

    const fromStart = await consumerAt(topic, 0n);
    expect((await suite.api.consumer.getAssignment({ consumer: fromStart })).partitions).toEqual([{ topic, partition: 0, offset: 0n }]);
    expect((await pollAll(fromStart, 5)).map((m) => m.offset)).toEqual([0n, 1n, 2n, 3n, 4n]);
    expect(await suite.api.consumer.getWatermarkOffsets({ consumer: fromStart, topic, partition: 0, queryBroker: true })).toEqual({ low: 0n, high: 5n });
    expect(await suite.api.consumer.getWatermarkOffsets({ consumer: fromStart, topic, partition: 0 })).toEqual({ low: 0n, high: 5n });
    expect((await suite.api.consumer.getPositions({ consumer: fromStart })).offsets).toEqual([{ topic, partition: 0, offset: 5n }]);

    const atEnd = await consumerAt(topic, 5n);
    expect((await suite.api.consumer.poll({ consumer: atEnd, timeoutMs: 500 })).message).toBeUndefined();
    await suite.api.producer.produce({ producer, topic, ...typed(scalar({ $case: 'int', value: 5 })), waitForDelivery: true });
    const [next] = await pollAll(atEnd, 1);
    expect(next).toMatchObject({ offset: 5n, value: scalar({ $case: 'int', value: 5 }) });
    await suite.api.consumer.unassign({ consumer: atEnd });
    expect((await suite.api.consumer.getAssignment({ consumer: atEnd })).partitions).toEqual([]);
  });

  it('commits offsets and reads them back; stores then commits with enable.auto.offset.store=false', async () => {
    const topic = await newTopic();
    const producer = await newProducer();
    for (let i = 0; i < 4; i++) await suite.api.producer.produce({ producer, topic, ...typed(scalar({ $case: 'int', value: i })), waitForDelivery: true });

    const consumer = await consumerAt(topic);
    const tp = { topic, partition: 0 };
    expect((await suite.api.consumer.getCommittedOffsets({ consumer, partitions: [tp] })).offsets).toEqual([{ ...tp, offset: -1001n }]);
    await pollAll(consumer, 2);
    await suite.api.consumer.commit({ consumer });
    expect((await suite.api.consumer.getCommittedOffsets({ consumer, partitions: [tp] })).offsets).toEqual([{ ...tp, offset: 2n }]);
    await suite.api.consumer.commit({ consumer, offsets: [{ ...tp, offset: 3n }] });
    expect((await suite.api.consumer.getCommittedOffsets({ consumer, partitions: [tp] })).offsets).toEqual([{ ...tp, offset: 3n }]);
    const [info] = (await suite.api.consumer.getOffsetInfo({ consumer, partitions: [tp] })).infos;
    expect(info).toEqual({ ...tp, minOffset: 0n, maxOffset: 4n, offsetPosition: 2n, offsetCommitted: 3n });

    // librdkafka stores offsets only for partitions the group assigned (after Assign it answers "Erroneous state").
    const { consumer: storing } = await suite.api.consumer.createConsumer({
      config: { 'group.id': `g-${randomUUID()}`, 'auto.offset.reset': 'earliest', 'enable.auto.offset.store': 'false', 'enable.auto.commit': 'false' },
    });
    await suite.api.consumer.subscribe({ consumer: storing, topics: [topic] });
    await pollAll(storing, 3);
    await suite.api.consumer.storeOffsets({ consumer: storing });
    await suite.api.consumer.commit({ consumer: storing });
    expect((await suite.api.consumer.getCommittedOffsets({ consumer: storing, partitions: [tp] })).offsets).toEqual([{ ...tp, offset: 3n }]);
    await suite.api.consumer.storeOffsets({ consumer: storing, offsets: [{ ...tp, offset: 4n }] });
    await suite.api.consumer.commit({ consumer: storing });
    expect((await suite.api.consumer.getCommittedOffsets({ consumer: storing, partitions: [tp] })).offsets).toEqual([{ ...tp, offset: 4n }]);
  });

  it('subscribes through the group and receives what is produced; pause holds messages back until resume', async () => {
    const topic = await newTopic();
    const producer = await newProducer();
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}`, 'auto.offset.reset': 'earliest' } });
    await suite.api.consumer.subscribe({ consumer, topics: [topic] });
    await suite.api.producer.produce({ producer, topic, ...typed(scalar({ $case: 'string', value: 'hello' })), waitForDelivery: true });
    const [m] = await pollAll(consumer, 1);
    expect(m!.value).toEqual(scalar({ $case: 'string', value: 'hello' }));
    expect((await suite.api.consumer.getAssignment({ consumer })).partitions).toEqual([{ topic, partition: 0, offset: -1001n }]);

    await suite.api.consumer.pause({ consumer });
    await suite.api.producer.produce({ producer, topic, ...typed(scalar({ $case: 'string', value: 'later' })), waitForDelivery: true });
    expect((await suite.api.consumer.poll({ consumer, timeoutMs: 700 })).message).toBeUndefined();
    await suite.api.consumer.resume({ consumer });
    const [later] = await pollAll(consumer, 1);
    expect(later!.value).toEqual(scalar({ $case: 'string', value: 'later' }));
    await suite.api.consumer.unsubscribe({ consumer });
    await suite.api.consumer.closeConsumer({ consumer });
  });

  it('PollDict returns values by key (the last one wins) and hands back what cannot be an entry; PollByteStream returns bytes as they are', async () => {
    const topic = await newTopic();
    const producer = await newProducer();
    const send = (key: { $case: 'key'; value: string } | { $case: 'rawKey'; value: Buffer }, payload: ReturnType<typeof typed> | ReturnType<typeof raw>) =>
      suite.api.producer.produce({ producer, topic, keyKind: key, ...payload, waitForDelivery: true });
    await send({ $case: 'key', value: 'a' }, typed(scalar({ $case: 'int', value: 1 })));
    const prices = vectorValue(DataType.DATA_TYPE_DOUBLE, { doubles: [1.5, 0, -2.25], nulls: [1] }); // transcoded, not decoded
    await send({ $case: 'key', value: 'b' }, typed(prices));
    await send({ $case: 'key', value: 'a' }, typed(scalar({ $case: 'int', value: 3 })));
    await send({ $case: 'rawKey', value: Buffer.from([0xff, 0xfe]) }, typed(scalar({ $case: 'int', value: 4 })));
    await send({ $case: 'key', value: 'c' }, raw(Buffer.from('not a DolphinDB value')));

    const consumer = await consumerAt(topic);
    const dict = await suite.api.consumer.pollDict({ consumer, batchSize: 5, timeoutMs: 2000 });
    expect(Object.keys(dict.values).sort()).toEqual(['a', 'b']);
    expect(dict.values['a']).toEqual(scalar({ $case: 'int', value: 3 }));
    expect(dict.values['b']).toEqual(prices);
    expect(dict.rejected.map((m) => Number(m.offset))).toEqual([3, 4]);
    expect(dict.rejected[0]!.rawKey).toEqual(Buffer.from([0xff, 0xfe]));
    expect(dict.rejected[1]!.decodeError).toMatch(/^Parse message failed/);

    const bytes = await consumerAt(topic, 4n);
    expect(await suite.api.consumer.pollByteStream({ consumer: bytes, timeoutMs: 2000 })).toEqual({
      payload: Buffer.from('not a DolphinDB value'),
      topic,
      partition: 0,
      offset: 4n,
    });
    await suite.api.consumer.pollByteStream({ consumer: bytes, timeoutMs: 2000 });
    expect((await suite.api.consumer.pollByteStream({ consumer: bytes, timeoutMs: 200 })).payload).toBeUndefined();
  });

  it('keeps the handle rules: wrong kind, closed or unknown handles, timeouts per handle', async () => {
    const producer = await newProducer();
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': 'g' } });
    const wrong = await failure(suite.api.consumer.poll({ consumer: producer }));
    expect([wrong.code, wrong.details]).toEqual([status.INVALID_ARGUMENT, 'consumer should be a consumer handle.']);
    expect((await failure(suite.api.producer.flush({ producer: consumer }))).details).toBe('producer should be a producer handle.');
    expect((await failure(suite.api.consumer.poll({ consumer: 'consumer-nope' }))).code).toBe(status.NOT_FOUND);

    expect((await suite.api.consumer.getConsumerTimeout({ consumer })).timeoutMs).toBe(1000);
    await suite.api.consumer.setConsumerTimeout({ consumer, timeoutMs: 250 });
    expect((await suite.api.consumer.getConsumerTimeout({ consumer })).timeoutMs).toBe(250);
    expect((await suite.api.producer.getProducerTimeout({ producer })).timeoutMs).toBe(1000);
    await suite.api.producer.setProducerTimeout({ producer, timeoutMs: 3000 });
    expect((await suite.api.producer.getProducerTimeout({ producer })).timeoutMs).toBe(3000);

    await suite.api.consumer.closeConsumer({ consumer });
    await suite.api.producer.closeProducer({ producer });
    expect((await failure(suite.api.consumer.poll({ consumer }))).code).toBe(status.NOT_FOUND);
    expect((await failure(suite.api.producer.produce({ producer, topic: 'x', ...raw(Buffer.from('x')) }))).code).toBe(status.NOT_FOUND);
  });

  it.each([
    'plugin.library.paths', 'sasl.kerberos.kinit.cmd', 'sasl.kerberos.keytab', 'ssl.ca.location', 'ssl.key.location',
    'ssl.certificate.location', 'ssl.crl.location', 'ssl.keystore.location', 'ssl.keystore.password', 'ssl.engine.location',
    'https.ca.location', 'sasl.oauthbearer.assertion.private.key.file', 'sasl.oauthbearer.assertion.file',
    'sasl.oauthbearer.assertion.jwt.template.file', 'offset.store.path', 'interceptors', 'ssl.engine.id',
  ])('refuses the host-reaching property %s', async (key) => {
    for (const p of [suite.api.producer.createProducer({ config: { [key]: '/tmp/x' } }), suite.api.consumer.createConsumer({ config: { 'group.id': 'g', [key]: '/tmp/x' } })]) {
      const err = await failure(p);
      expect([err.code, err.details]).toEqual([status.INVALID_ARGUMENT, expect.stringContaining(`${key} is not allowed`)]);
    }
  });

  it('answers bad input with clear statuses and keeps serving', async () => {
    const producer = await newProducer();
    const bad = async (p: Promise<unknown>, code: status, text: string) => {
      const err = await failure(p);
      expect([err.code, err.details]).toEqual([code, expect.stringContaining(text)]);
    };
    await bad(suite.api.producer.createProducer({ config: { bootstrap: 'x' } }), status.INVALID_ARGUMENT, 'Failed to set bootstrap: No such configuration property');
    await bad(suite.api.consumer.createConsumer({ config: {} }), status.INVALID_ARGUMENT, 'consumer need setting group.id');
    await bad(suite.api.producer.produce({ producer, topic: '', ...raw(Buffer.from('x')) }), status.INVALID_ARGUMENT, 'topic must be a string scalar.');
    await bad(suite.api.producer.produce({ producer, topic: 'bad topic!', ...raw(Buffer.from('x')) }), status.INVALID_ARGUMENT, 'invalid topic name "bad topic!"');
    await bad(suite.api.producer.produce({ producer, topic: 't', partition: -1, ...raw(Buffer.from('x')) }), status.INVALID_ARGUMENT, 'partition must be a non-negative integer scalar.');
    await bad(
      suite.api.producer.produce({ producer, topic: 't', ...typed(scalar({ $case: 'int', value: 1 })), marshalType: M.MARSHAL_TYPE_PLAIN }),
      status.INVALID_ARGUMENT, 'PLAIN needs a STRING, SYMBOL or BLOB',
    );
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': 'g' } });
    await bad(suite.api.consumer.poll({ consumer, timeoutMs: -1 }), status.INVALID_ARGUMENT, 'timeout_ms must be 0 or more (milliseconds), got -1');
    await bad(suite.api.consumer.pollBatch({ consumer, batchSize: 0 }), status.INVALID_ARGUMENT, 'batchSize need positive integer');
    await bad(suite.api.consumer.poll({ consumer, marshalType: 99 as MarshalType }), status.INVALID_ARGUMENT, 'marshal_type 99 is not one of');
    await bad(
      suite.api.producer.produce({ producer, topic: 't', ...typed(scalar({ $case: 'int', value: 1 })), marshalType: M.MARSHAL_TYPE_AUTO }),
      status.INVALID_ARGUMENT, 'MARSHAL_TYPE_AUTO is not a format for producing',
    );
    await bad(suite.api.consumer.subscribe({ consumer, topics: [] }), status.INVALID_ARGUMENT, 'Not a topic vector.');
    await bad(suite.api.consumer.assign({ consumer, partitions: [{ topic: 't', partition: -2, offset: 0n }] }), status.INVALID_ARGUMENT, 'partition must be an integer');
    const topic = await newTopic();
    await bad(
      suite.api.producer.produce({ producer, topic, partition: 5, ...raw(Buffer.from('x')), waitForDelivery: true }),
      status.NOT_FOUND, 'Unknown partition',
    );

    const dead = `127.0.0.1:${freePort()}`;
    const started = Date.now();
    await bad(suite.api.producer.createProducer({ config: { 'bootstrap.servers': dead } }), status.UNAVAILABLE, 'PLUGIN::KAFKA');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await suite.api.settings.getBufferSize()).size).toBe(900000n); // still serving
  });
});
