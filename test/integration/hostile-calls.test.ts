import { randomUUID } from 'node:crypto';
import { Metadata, status, type ClientUnaryCall, type ServiceError } from '@grpc/grpc-js';
import { ConsumeRequest, PollRequest, type ConsumeResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { ProduceRequest, ProduceStreamRequest, type ProduceStreamResponse } from '../../src/gen/kafkagateway/v1/producer_service';
import { GatewayProcess, gatewayForFile } from '../helpers/gateway';
import { GatewayWatch } from '../helpers/fuzz/gateway-watch';
import { failure, freshTopic, gatewayClients } from '../helpers/kafka-clients';
import { testBrokers } from '../helpers/test-broker';
import { fillTopic, FrameReader, waitFor, writeAll } from '../helpers/streams';

/**
 * Issue #20's reproductions, one each, against the real broker: what a careless or hostile client sends is
 * answered with a clear status, and other clients go on being served.
 */
describe('a hostile client', () => {
  const suite = gatewayForFile();
  const consumerOn = async (topic: string, config: Record<string, string> = {}) => {
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}`, ...config } });
    await suite.api.consumer.assign({ consumer, partitions: [{ topic, partition: 0, offset: 0n }] });
    return consumer;
  };
  const expectStatus = async (p: Promise<unknown>, code: status, text: string | RegExp) => {
    const err = await failure(p);
    expect([status[err.code], err.details]).toEqual([status[code], typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text)]);
    return err;
  };

  it('cannot freeze the gateway with a huge partition list: Pause, Resume, Assign and friends refuse more than 1,000', async () => {
    // The gateway runs apart, and so does the bystander: building and decoding 50,000-entry requests in this
    // process must not count as the gateway's stall.
    const child = await GatewayProcess.start(['--host', '127.0.0.1', '--brokers', testBrokers()]);
    const api = gatewayClients(child.address);
    try {
      const topic = await freshTopic('hp');
      const { consumer } = await api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}` } });
      await api.consumer.assign({ consumer, partitions: [{ topic, partition: 0, offset: 0n }] });
      const many = Array.from({ length: 50_000 }, (_, i) => ({ topic, partition: i }));
      const watch = new GatewayWatch(child.address, child.pid, [{ path: '/grpc.health.v1.Health/Check', bytes: Buffer.alloc(0) }]);
      watch.start();
      await expectStatus(api.consumer.pause({ consumer, partitions: many }), status.INVALID_ARGUMENT, 'partitions lists 50000 entries; at most 1000');
      await expectStatus(api.consumer.resume({ consumer, partitions: many }), status.INVALID_ARGUMENT, 'at most 1000');
      await expectStatus(api.consumer.getPositions({ consumer, partitions: many }), status.INVALID_ARGUMENT, 'at most 1000');
      const withOffsets = many.map((p) => ({ ...p, offset: 0n }));
      await expectStatus(api.consumer.assign({ consumer, partitions: withOffsets }), status.INVALID_ARGUMENT, 'at most 1000');
      await expectStatus(api.consumer.commit({ consumer, offsets: withOffsets }), status.INVALID_ARGUMENT, 'at most 1000');
      await expectStatus(api.consumer.subscribe({ consumer, topics: many.map((p) => `${topic}-${p.partition}`) }), status.INVALID_ARGUMENT, 'topics lists 50000 entries');
      // 1,000 is still fine, and answered without holding anyone up.
      await api.consumer.pause({ consumer, partitions: many.slice(0, 1000) });
      await api.consumer.resume({ consumer, partitions: many.slice(0, 1000) });
      const seen = await watch.stop();
      expect({ worstMs: seen.worstMs, failures: seen.failures }).toEqual({ worstMs: expect.any(Number), failures: [] });
      expect(seen.worstMs).toBeLessThan(1000);
    } finally {
      api.close();
      await child.stop();
    }
  });

  it('cannot build one enormous PollBatch answer: batch_size is capped and an answer stops at its byte budget, losing nothing', async () => {
    const topic = await freshTopic('hb');
    // 40 messages of 200 KB: 8 MB in all, four times the default budget of 2 MiB.
    await fillTopic(topic, 40, 1, (i) => Buffer.alloc(200_000, i));
    const consumer = await consumerOn(topic);
    await expectStatus(suite.api.consumer.pollBatch({ consumer, batchSize: 2147483647, timeoutMs: 2000 }), status.INVALID_ARGUMENT, 'batch_size is at most 100000');
    await expectStatus(suite.api.consumer.pollBatch({ consumer, batchSize: 10, maxBytes: 2 ** 30 }), status.INVALID_ARGUMENT, 'max_bytes must be from 1 to');
    const offsets: bigint[] = [];
    const sizes: number[] = [];
    let cut = 0;
    for (let round = 0; round < 20 && offsets.length < 40; round++) {
      const r = await suite.api.consumer.pollBatch({ consumer, batchSize: 100, timeoutMs: 2000, marshalType: 3 /* PLAIN: bytes as they are */ });
      offsets.push(...r.messages.map((m) => m.offset));
      sizes.push(r.messages.reduce((n, m) => n + m.rawValue.length + (m.value ? 200_000 : 0), 0));
      if (r.byteLimitReached) cut++;
    }
    expect(offsets).toEqual(Array.from({ length: 40 }, (_, i) => BigInt(i)));
    expect(cut).toBeGreaterThanOrEqual(3);
    for (const s of sizes) expect(s).toBeLessThanOrEqual(2 * 1024 * 1024);
    // What a cut answer held back counts as unread: the position is where the next poll starts.
    const small = await consumerOn(topic);
    const first = await suite.api.consumer.pollBatch({ consumer: small, batchSize: 100, timeoutMs: 2000, maxBytes: 500_000 });
    expect(first.messages).toHaveLength(2);
    expect(first.byteLimitReached).toBe(true);
    const [position] = (await suite.api.consumer.getPositions({ consumer: small, partitions: [{ topic, partition: 0 }] })).offsets;
    expect(position!.offset).toBe(2n);
  });

  it('cannot make messages vanish by giving up on a read: a Poll cancelled, or past its deadline while queued, or a cancelled stream takes nothing', async () => {
    const topic = await freshTopic('hg');
    const consumer = await consumerOn(topic);
    const pollRaw = (timeoutMs: number, deadlineMs?: number) => {
      let call: ClientUnaryCall | undefined;
      const answered = new Promise<ServiceError | null>((resolve) => {
        const req = PollRequest.fromPartial({ consumer, timeoutMs });
        call = suite.api.raw.consumer.poll(req, new Metadata(), deadlineMs ? { deadline: Date.now() + deadlineMs } : {}, (err) => resolve(err));
      });
      return { call: call!, answered };
    };
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

    // A Poll that would wait 20 s, cancelled; the message produced after it is for the next Poll.
    const cancelled = pollRaw(20_000);
    await sleep(300);
    cancelled.call.cancel();
    expect((await cancelled.answered)?.code).toBe(status.CANCELLED);
    await fillTopic(topic, 1, 1, () => Buffer.from('first'));
    const next = await suite.api.consumer.poll({ consumer, timeoutMs: 10_000, marshalType: 3 /* PLAIN */ });
    expect(next.message?.rawValue.toString()).toBe('first');

    // A Poll queued behind another on the same consumer, whose deadline passes while it waits its turn: when its
    // turn comes, it must not take the message the first one left.
    const ahead = suite.api.consumer.poll({ consumer, timeoutMs: 20_000, marshalType: 3 });
    await sleep(100);
    const late = pollRaw(0, 300);
    expect((await late.answered)?.code).toBe(status.DEADLINE_EXCEEDED);
    await fillTopic(topic, 2, 1, (i) => Buffer.from(`second ${i}`));
    expect((await ahead).message?.rawValue.toString()).toBe('second 0');
    const after = await suite.api.consumer.poll({ consumer, timeoutMs: 10_000, marshalType: 3 });
    expect(after.message?.rawValue.toString()).toBe('second 1');

    // A Consume stream on the consumer, cancelled while it waits: what comes after is for the next Poll.
    const stream = new FrameReader<ConsumeResponse>(suite.api.raw.consumer.consume(ConsumeRequest.fromPartial({ source: { $case: 'consumer', value: consumer } })));
    expect((await stream.next())?.frame?.$case).toBe('started');
    stream.call.cancel();
    await fillTopic(topic, 1, 1, () => Buffer.from('third'));
    let third: string | undefined;
    await waitFor(async () => {
      // The stream lets go of the consumer once it has seen the cancel: until then a Poll is refused.
      const got = await suite.api.consumer.poll({ consumer, timeoutMs: 5000, marshalType: 3 }).catch((err: ServiceError) => {
        if (err.code !== status.FAILED_PRECONDITION) throw err;
        return undefined;
      });
      third = got?.message?.rawValue.toString();
      return got !== undefined;
    });
    expect(third).toBe('third');
  });

  it('cannot poison a group with an offset beyond 2^53, nor have one rounded', async () => {
    const topic = await freshTopic('ho');
    await fillTopic(topic, 3, 1);
    const consumer = await consumerOn(topic);
    const tp = { topic, partition: 0 };
    for (const offset of [2n ** 63n - 1n, 2n ** 53n + 1n, -5n]) {
      await expectStatus(suite.api.consumer.commit({ consumer, offsets: [{ ...tp, offset }] }), status.INVALID_ARGUMENT, `must be from 0 to 9007199254740991, got ${offset}`);
      await expectStatus(suite.api.consumer.storeOffsets({ consumer, offsets: [{ ...tp, offset }] }), status.INVALID_ARGUMENT, 'must be from 0 to');
      await expectStatus(suite.api.consumer.seek({ consumer, ...tp, target: { $case: 'offset', value: offset } }), status.INVALID_ARGUMENT, 'must be from 0 to');
    }
    await expectStatus(suite.api.consumer.seek({ consumer, ...tp, target: { $case: 'timestampMs', value: -(2n ** 63n) } }), status.INVALID_ARGUMENT, 'timestamp_ms must be from 0 to');
    await expectStatus(suite.api.consumer.assign({ consumer, partitions: [{ ...tp, offset: -3n }] }), status.INVALID_ARGUMENT, 'or -2 (BEGINNING), -1 (END)');
    // The group still answers, and an exact offset round-trips.
    await suite.api.consumer.commit({ consumer, offsets: [{ ...tp, offset: 2n }] });
    expect((await suite.api.consumer.getCommittedOffsets({ consumer, partitions: [tp] })).offsets).toEqual([{ ...tp, offset: 2n }]);
    const [info] = (await suite.api.consumer.getOffsetInfo({ consumer, partitions: [tp] })).infos;
    expect(info!.offsetCommitted).toBe(2n);
  });

  it('gets INVALID_ARGUMENT, not UNKNOWN or UNAVAILABLE, for timestamps, names and ids no one can use, with its input cut short', async () => {
    const topic = await freshTopic('hn');
    const { producer } = await suite.api.producer.createProducer({ config: {} });
    const value = { payload: { $case: 'value' as const, value: { kind: { $case: 'scalar' as const, value: { value: { $case: 'int' as const, value: 1 } } } } } };
    for (const timestampMs of [2n ** 63n - 1n, -(2n ** 63n)]) {
      await expectStatus(suite.api.producer.produce({ producer, topic, ...value, timestampMs }), status.INVALID_ARGUMENT, 'timestamp_ms must be from 0 to');
    }
    const longTopic = 'x'.repeat(1_000_000);
    const err = await expectStatus(suite.api.producer.produce({ producer, topic: longTopic, ...value }), status.INVALID_ARGUMENT, 'invalid topic name');
    expect(err.details.length).toBeLessThan(300);
    const longId = `producer-${'q'.repeat(10_000)}`;
    const missing = await expectStatus(suite.api.producer.flush({ producer: longId }), status.NOT_FOUND, 'does not exist or was closed');
    expect(missing.details.length).toBeLessThan(200);
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}` } });
    await expectStatus(suite.api.consumer.poll({ consumer, timeoutMs: -1 }), status.INVALID_ARGUMENT, 'timeout_ms must be 0 or more (milliseconds), got -1');
    for (const bad of ['a b', '..', 'x'.repeat(1_000_000)]) {
      await expectStatus(suite.api.consumer.subscribe({ consumer, topics: [bad] }), status.INVALID_ARGUMENT, 'invalid topic name');
    }
    await suite.api.consumer.subscribe({ consumer, topics: [topic, `^${topic}.*`] });
  });

  it('gets INVALID_ARGUMENT for a request nested past what protobuf can decode', async () => {
    const { producer } = await suite.api.producer.createProducer({ config: {} });
    const topic = await freshTopic('hd');
    for (const depth of [100_000, 5_000, 1_000]) {
      const request = Buffer.concat([
        ProduceRequest.encode(ProduceRequest.fromPartial({ producer, topic })).finish(),
        field(6, nestedValue(depth)),
      ]);
      const err = await rawUnary(suite.gateway.address, '/kafkagateway.v1.ProducerService/Produce', request).catch((e: { code: number; details: string }) => e);
      expect(err).toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringContaining('the request is not a valid kafkagateway.v1.ProduceRequest') });
    }
  });

  it('ProduceStream: a first request that only names the producer is no record, and shifts no index', async () => {
    const topic = await freshTopic('hs');
    const { producer } = await suite.api.producer.createProducer({ config: {} });
    const call = suite.api.raw.producer.produceStream();
    const reader = new FrameReader<ProduceStreamResponse>(call);
    const record = (i: number) => ({ topic, key: { $case: 'key' as const, value: `k${i}` }, payload: { $case: 'rawValue' as const, value: Buffer.from(`v${i}`) } });
    await writeAll(call, [
      ProduceStreamRequest.fromPartial({ producer }),
      ProduceStreamRequest.fromPartial({ record: record(0) }),
      ProduceStreamRequest.fromPartial({ record: record(1) }),
    ]);
    const answers: ProduceStreamResponse[] = [];
    for (let f = await reader.next(10_000); f; f = await reader.next(10_000)) answers.push(f);
    expect(reader.error).toBeUndefined();
    expect(answers.map((a) => [a.index, a.result?.error])).toEqual([
      [0n, undefined],
      [1n, undefined],
    ]);
  });
});

/** A protobuf length-delimited field. */
function field(number: number, body: Buffer): Buffer {
  return Buffer.concat([varint((number << 3) | 2), varint(body.length), body]);
}

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}

/**
 * A Value that is a tuple holding a tuple ... `depth` times, around an INT scalar. Every level only adds a prefix
 * (two field headers), so the headers are made inside out and joined once.
 */
function nestedValue(depth: number): Buffer {
  const core = field(1, Buffer.from([(5 << 3) | 0, 2])); // Value{scalar{int: 1}}
  const prefixes: Buffer[] = [];
  let length = core.length;
  for (let i = 0; i < depth; i++) {
    const values = Buffer.concat([varint((11 << 3) | 2), varint(length)]); // Vector.values
    length += values.length;
    const vector = Buffer.concat([varint((2 << 3) | 2), varint(length)]); // Value.vector
    length += vector.length;
    prefixes.push(values, vector);
  }
  return Buffer.concat([...prefixes.reverse(), core]);
}

async function rawUnary(address: string, path: string, request: Buffer): Promise<Buffer> {
  const { Client, credentials } = await import('@grpc/grpc-js');
  const client = new Client(address, credentials.createInsecure());
  try {
    return await new Promise<Buffer>((resolve, reject) =>
      client.makeUnaryRequest(path, (b: Buffer) => b, (b: Buffer) => b, request, { deadline: Date.now() + 10_000 }, (err, res) => (err ? reject(err) : resolve(res!))),
    );
  } finally {
    client.close();
  }
}
