import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import type { ConsumedMessage } from '../../src/gen/kafkagateway/v1/common';
import { ErrorInfo } from '../../src/gen/google/rpc/error_details';
import {
  ConsumeAckedRequest,
  ConsumeRequest,
  RebalanceKind,
  SeekPosition,
  type ConsumeAckedResponse,
  type ConsumeResponse,
} from '../../src/gen/kafkagateway/v1/consumer_service';
import { ProduceRecord, ProduceStreamRequest, type ProduceStreamResponse } from '../../src/gen/kafkagateway/v1/producer_service';
import { MarshalType } from '../../src/gen/kafkagateway/v1/value';
import { gatewayForFile } from '../helpers/gateway';
import { failure, freshTopic } from '../helpers/kafka-clients';
import { fillTopic, FrameReader, offsetsByPartition, waitFor, writeAll } from '../helpers/streams';

const PLAIN = MarshalType.MARSHAL_TYPE_PLAIN;
const rawRecord = (topic: string, i: number, partition?: number) =>
  ProduceRecord.fromPartial({
    topic,
    keyKind: { $case: 'key' as const, value: `k${i}` },
    payload: { $case: 'rawValue' as const, value: Buffer.from(`record ${i}`) },
    partition,
  });
type Limits = { maxMessages?: number; maxBytes?: number; lingerMs?: number; maxBufferedMessages?: number; maxBufferedBytes?: number };
const limitsOf = (l: Limits) => ({ maxMessages: 0, maxBytes: 0, lingerMs: 0, maxBufferedMessages: 0, maxBufferedBytes: 0, ...l });
const fromHandle = (consumer: string, rest: Partial<ConsumeRequest> = {}): Partial<ConsumeRequest> => ({ source: { $case: 'consumer', value: consumer }, ...rest });
const creating = (config: Record<string, string>, topics: string[], rest: Partial<ConsumeRequest> = {}): Partial<ConsumeRequest> => ({
  source: { $case: 'create', value: { config, topics, partitions: [] } },
  ...rest,
});

describe('streaming: Consume, ConsumeAcked, ProduceStream, ProduceBatch, Seek', () => {
  const suite = gatewayForFile();
  const newTopic = (partitions = 1) => freshTopic('s', partitions);
  const group = () => `g-${randomUUID()}`;
  const consume = (request: Partial<ConsumeRequest>) => new FrameReader<ConsumeResponse>(suite.api.raw.consumer.consume(ConsumeRequest.fromPartial(request)));
  /** Reads frames until `n` messages came (or the stream ended); returns messages and the other frames. */
  const readMessages = async (reader: FrameReader<ConsumeResponse | ConsumeAckedResponse>, n: number, ms = 60_000) => {
    const messages: ConsumedMessage[] = [];
    const others: (ConsumeResponse | ConsumeAckedResponse)['frame'][] = [];
    const deadline = Date.now() + ms;
    while (messages.length < n && Date.now() < deadline) {
      const f = await reader.next(deadline - Date.now());
      if (!f) break;
      if (f.frame?.$case === 'batch') messages.push(...f.frame.value.messages);
      else others.push(f.frame);
    }
    return { messages, others };
  };
  /** True when `list` is exactly 0, 1, 2, ... */
  const contiguousFromZero = (list: number[]) => list.every((o, i) => o === i);

  it('ProduceStream answers 100,000 records in order, with strictly increasing offsets per partition', async () => {
    const topic = await newTopic(3);
    const { producer } = await suite.api.producer.createProducer({ config: { 'linger.ms': '5' } });
    const call = suite.api.raw.producer.produceStream();
    const reader = new FrameReader<ProduceStreamResponse>(call);
    const n = 100_000;
    const writing = writeAll(
      call,
      (function* () {
        for (let i = 0; i < n; i++) yield ProduceStreamRequest.fromPartial({ producer: i === 0 ? producer : '', record: rawRecord(topic, i) });
      })(),
    );
    const results: ProduceStreamResponse[] = [];
    for (let f = await reader.next(); f; f = await reader.next()) results.push(f);
    await writing;
    expect(reader.error).toBeUndefined();
    expect(results).toHaveLength(n);
    expect(results.every((r, i) => r.index === BigInt(i) && r.result?.error === undefined && r.result?.deliveries.length === 1)).toBe(true);
    const last = new Map<number, bigint>();
    for (const r of results) {
      const d = r.result!.deliveries[0]!;
      expect(d.offset).toBeGreaterThan(last.get(d.partition) ?? -1n);
      last.set(d.partition, d.offset);
    }
    expect(last.size).toBe(3);
  }, 120_000);

  it('ProduceStream refuses a first request without a producer, and answers a bad record in-band while the rest go on', async () => {
    const first = new FrameReader<ProduceStreamResponse>(suite.api.raw.producer.produceStream());
    await writeAll(first.call as never, [ProduceStreamRequest.fromPartial({ record: rawRecord('t', 0) })]);
    expect(await first.next()).toBeUndefined();
    expect(first.error?.code).toBe(status.INVALID_ARGUMENT);

    const topic = await newTopic();
    const { producer } = await suite.api.producer.createProducer({ config: {} });
    const call = suite.api.raw.producer.produceStream();
    const reader = new FrameReader<ProduceStreamResponse>(call);
    await writeAll(call, [
      ProduceStreamRequest.fromPartial({ producer, record: rawRecord(topic, 0) }),
      ProduceStreamRequest.fromPartial({ record: { ...rawRecord(topic, 1), topic: '' } }),
      ProduceStreamRequest.fromPartial({ record: rawRecord(topic, 2, 7) }),
      ProduceStreamRequest.fromPartial({ record: rawRecord(topic, 3) }),
    ]);
    const results: ProduceStreamResponse[] = [];
    for (let f = await reader.next(); f; f = await reader.next()) results.push(f);
    expect(reader.error).toBeUndefined();
    expect(results.map((r) => r.result?.error?.code ?? 0)).toEqual([0, status.INVALID_ARGUMENT, status.NOT_FOUND, 0]);
    expect(results.map((r) => r.result?.deliveries[0]?.offset)).toEqual([0n, undefined, undefined, 1n]);
    const info = ErrorInfo.decode(results[2]!.result!.error!.details[0]!.value);
    expect(info.reason).toBe('PARTITION_NOT_FOUND');
  });

  it('ProduceStream takes batches of records: one response per request, with each record result and the index of the first', async () => {
    const topic = await newTopic();
    const { producer } = await suite.api.producer.createProducer({ config: {} });
    const call = suite.api.raw.producer.produceStream();
    const reader = new FrameReader<ProduceStreamResponse>(call);
    const batch = (from: number, n: number) => Array.from({ length: n }, (_x, i) => rawRecord(topic, from + i));
    await writeAll(call, [
      ProduceStreamRequest.fromPartial({ producer, records: batch(0, 3) }),
      ProduceStreamRequest.fromPartial({ record: rawRecord(topic, 3) }),
      ProduceStreamRequest.fromPartial({ records: [rawRecord(topic, 4), { ...rawRecord(topic, 5), topic: '' }, rawRecord(topic, 6)] }),
      ProduceStreamRequest.fromPartial({ record: rawRecord(topic, 7), records: batch(8, 2) }),
      ProduceStreamRequest.fromPartial({ record: rawRecord(topic, 10) }),
    ]);
    const responses: ProduceStreamResponse[] = [];
    for (let f = await reader.next(); f; f = await reader.next()) responses.push(f);
    expect(reader.error).toBeUndefined();
    expect(responses.map((r) => r.index)).toEqual([0n, 3n, 4n, 7n, 10n]);
    expect(responses[0]!.results.map((r) => r.deliveries[0]?.offset)).toEqual([0n, 1n, 2n]);
    expect(responses[1]!.result?.deliveries[0]?.offset).toBe(3n);
    // A bad record in a batch fails alone; the records around it are delivered, in order.
    expect(responses[2]!.results.map((r) => r.error?.code ?? 0)).toEqual([0, status.INVALID_ARGUMENT, 0]);
    expect(responses[2]!.results.map((r) => r.deliveries[0]?.offset)).toEqual([4n, undefined, 5n]);
    // record and records together: every record of the request is refused, nothing is sent.
    expect(responses[3]!.results.map((r) => r.error?.message)).toEqual(Array(3).fill('set record or records in a ProduceStream request, not both'));
    expect(responses[4]!.result?.deliveries[0]?.offset).toBe(6n);
  });

  it('ProduceStream waits out a full local queue up to the producer timeout, then answers that record RESOURCE_EXHAUSTED', async () => {
    const topic = await newTopic();
    // Room for one message, held back for a second: the second record finds the queue full.
    const { producer } = await suite.api.producer.createProducer({ config: { 'queue.buffering.max.messages': '1', 'linger.ms': '1000' } });
    await suite.api.producer.setProducerTimeout({ producer, timeoutMs: 200 });
    const call = suite.api.raw.producer.produceStream();
    const reader = new FrameReader<ProduceStreamResponse>(call);
    await writeAll(call, [0, 1].map((i) => ProduceStreamRequest.fromPartial({ producer, record: rawRecord(topic, i) })));
    const results: ProduceStreamResponse[] = [];
    for (let f = await reader.next(); f; f = await reader.next()) results.push(f);
    expect(results.map((r) => r.result?.error?.code ?? 0)).toEqual([0, status.RESOURCE_EXHAUSTED]);
    expect(ErrorInfo.decode(results[1]!.result!.error!.details[0]!.value).reason).toBe('PRODUCER_QUEUE_FULL');
  });

  it('ProduceBatch returns one result per record, in order, and an unknown producer fails the call', async () => {
    const topic = await newTopic(2);
    const { producer } = await suite.api.producer.createProducer({ config: {} });
    const records = Array.from({ length: 50 }, (_, i) => rawRecord(topic, i, i % 2));
    records[10] = { ...records[10]!, payload: undefined as never };
    const { results } = await suite.api.producer.produceBatch({ producer, records });
    expect(results).toHaveLength(50);
    expect(results[10]!.error?.code).toBe(status.INVALID_ARGUMENT);
    const ok = results.filter((_, i) => i !== 10);
    expect(ok.every((r) => r.error === undefined && r.deliveries.length === 1)).toBe(true);
    // Per partition, the offsets follow the order of the records.
    for (const p of [0, 1]) {
      const offsets = results.flatMap((r, i) => (i !== 10 && i % 2 === p ? [Number(r.deliveries[0]!.offset)] : []));
      expect(contiguousFromZero(offsets)).toBe(true);
    }
    expect((await failure(suite.api.producer.produceBatch({ producer: 'producer-nope', records }))).code).toBe(status.NOT_FOUND);
  });

  it('Consume streams a 200,000-message backlog completely and in partition order, then ends at max_messages', async () => {
    const topic = await newTopic(3);
    const n = 200_000;
    await fillTopic(topic, n, 3);
    const reader = consume(
      creating({ 'group.id': group(), 'auto.offset.reset': 'earliest' }, [topic], {
        marshalType: PLAIN,
        limits: limitsOf({ maxMessages: 1000 }),
        maxMessages: BigInt(n),
      }),
    );
    const first = await reader.next();
    expect(first?.frame?.$case).toBe('started');
    const { messages, others } = await readMessages(reader, n, 100_000);
    expect(await reader.next()).toBeUndefined();
    expect(reader.error).toBeUndefined();
    expect(messages).toHaveLength(n);
    const by = offsetsByPartition(messages);
    expect([...by.keys()].sort()).toEqual([0, 1, 2]);
    for (const offsets of by.values()) expect(contiguousFromZero(offsets)).toBe(true);
    expect(messages[0]!.value?.kind?.$case).toBe('scalar');
    expect(others.some((f) => f?.$case === 'rebalance' && f.value.kind === RebalanceKind.REBALANCE_KIND_ASSIGNED)).toBe(true);
    // The stream's own consumer is closed when the stream ends.
    expect(suite.gateway.streams.count).toBe(0);
  }, 120_000);

  it('Consume passes new messages to a client that has taken everything at once, without waiting out linger_ms', async () => {
    const topic = await newTopic();
    // A linger far longer than the read below allows: the frame must leave because the client is caught up.
    const reader = consume(creating({ 'group.id': group(), 'auto.offset.reset': 'earliest' }, [topic], { marshalType: PLAIN, limits: limitsOf({ lingerMs: 60_000 }) }));
    expect((await reader.next())?.frame?.$case).toBe('started');
    expect((await reader.next(30_000))?.frame?.$case).toBe('rebalance');
    await fillTopic(topic, 3, 1);
    const { messages } = await readMessages(reader, 3, 20_000);
    expect(messages.map((m) => (m.value?.kind?.$case === 'scalar' ? m.value.kind.value.value : undefined))).toEqual(
      ['message 0', 'message 1', 'message 2'].map((value) => ({ $case: 'string', value })),
    );
    reader.call.cancel();
  }, 60_000);

  it('Consume holds at most max_buffered_messages for a stalled client, keeps its assignment through 2 x max.poll.interval.ms, and continues', async () => {
    const topic = await newTopic(2);
    const n = 20_000;
    await fillTopic(topic, n, 2, (i) => Buffer.alloc(200, i % 251));
    const maxPollIntervalMs = 4000;
    const limits = limitsOf({ maxMessages: 100, maxBufferedMessages: 300 });
    const config = {
      'group.id': group(),
      'auto.offset.reset': 'earliest',
      'max.poll.interval.ms': String(maxPollIntervalMs),
      'session.timeout.ms': '3000',
      'heartbeat.interval.ms': '500',
    };
    const reader = consume(creating(config, [topic], { marshalType: MarshalType.MARSHAL_TYPE_JAVA_BYTES, limits, maxMessages: BigInt(n) }));
    const { messages: firstFrame } = await readMessages(reader, 1);
    reader.pause();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, suite.gateway.streams.buffered().messages)), 20);
    await new Promise((r) => setTimeout(r, 2 * maxPollIntervalMs + 500));
    clearInterval(sampler);
    reader.resume();
    const { messages: rest, others } = await readMessages(reader, n - firstFrame.length, 60_000);
    const all = [...firstFrame, ...rest];
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(limits.maxBufferedMessages);
    expect(all).toHaveLength(n);
    for (const offsets of offsetsByPartition(all).values()) expect(contiguousFromZero(offsets)).toBe(true);
    // Had the consumer left the group, its partitions would have been revoked.
    expect(others.filter((f) => f?.$case === 'rebalance' && f.value.kind === RebalanceKind.REBALANCE_KIND_REVOKED)).toEqual([]);
  }, 90_000);

  it('Consume holds at most max_buffered_bytes of large messages for a stalled client, then delivers them all', async () => {
    const topic = await newTopic(3);
    const n = 3000;
    const size = 5000;
    await fillTopic(topic, n, 3, (i) => Buffer.alloc(size, i % 251));
    // 500 messages would be allowed by count; the byte limit allows 20.
    const limits = limitsOf({ maxMessages: 250, maxBytes: 50_000, maxBufferedMessages: 500, maxBufferedBytes: 100_000 });
    const config = { 'group.id': group(), 'auto.offset.reset': 'earliest' };
    const reader = consume(creating(config, [topic], { marshalType: MarshalType.MARSHAL_TYPE_JAVA_BYTES, limits, maxMessages: BigInt(n) }));
    const { messages: firstFrame } = await readMessages(reader, 1);
    reader.pause();
    let peak = { messages: 0, bytes: 0 };
    const sampler = setInterval(() => {
      const now = suite.gateway.streams.buffered();
      if (now.bytes > peak.bytes) peak = now;
    }, 10);
    await new Promise((r) => setTimeout(r, 2000));
    clearInterval(sampler);
    reader.resume();
    const { messages: rest } = await readMessages(reader, n - firstFrame.length, 60_000);
    const all = [...firstFrame, ...rest];
    expect(peak.bytes).toBeGreaterThan(0);
    expect(peak.bytes).toBeLessThanOrEqual(limits.maxBufferedBytes);
    expect(peak.messages).toBeLessThanOrEqual(limits.maxBufferedBytes / size);
    expect(all).toHaveLength(n);
    const blobLength = (m: (typeof all)[number]) => (m.value?.kind?.$case === 'scalar' && m.value.kind.value.value?.$case === 'blob' ? m.value.kind.value.value.value.length : -1);
    expect(all.every((m) => blobLength(m) === size)).toBe(true);
    for (const offsets of offsetsByPartition(all).values()) expect(contiguousFromZero(offsets)).toBe(true);
  }, 90_000);

  it('Consume from a handle shows rebalances, refuses a second stream on the handle, and leaves the handle open when cancelled', async () => {
    const topic = await newTopic();
    await fillTopic(topic, 10, 1);
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': group(), 'auto.offset.reset': 'earliest' } });
    await suite.api.consumer.subscribe({ consumer, topics: [topic] });
    const reader = consume(fromHandle(consumer));
    expect((await reader.next())?.frame).toEqual({ $case: 'started', value: { consumer } });
    const { messages, others } = await readMessages(reader, 10);
    expect(messages.map((m) => m.offset)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i)));
    expect(others).toContainEqual({ $case: 'rebalance', value: { kind: RebalanceKind.REBALANCE_KIND_ASSIGNED, partitions: [{ topic, partition: 0 }] } });

    const second = consume(fromHandle(consumer));
    expect(await second.next()).toBeUndefined();
    expect(second.error?.code).toBe(status.FAILED_PRECONDITION);

    const handlesBefore = suite.gateway.handles.size;
    reader.call.cancel();
    await waitFor(() => suite.gateway.streams.count === 0);
    expect(suite.gateway.handles.size).toBe(handlesBefore);
    // The handle works on, and a new stream may read from it now.
    expect((await suite.api.consumer.getPositions({ consumer, partitions: [{ topic, partition: 0 }] })).offsets[0]!.offset).toBe(10n);
    const again = consume(fromHandle(consumer));
    expect((await again.next())?.frame?.$case).toBe('started');
    again.call.cancel();
    await suite.api.consumer.closeConsumer({ consumer });
  });

  it('a cancelled Consume stream closes the consumer it created: no handle, stream or listener is left', async () => {
    const topic = await newTopic();
    await fillTopic(topic, 5000, 1);
    const handlesBefore = suite.gateway.handles.size;
    const reader = consume(creating({ 'group.id': group(), 'auto.offset.reset': 'earliest' }, [topic]));
    const started = await reader.next();
    expect(started?.frame?.$case).toBe('started');
    expect(suite.gateway.handles.size).toBe(handlesBefore + 1);
    await readMessages(reader, 100);
    reader.call.cancel();
    await waitFor(() => suite.gateway.streams.count === 0 && suite.gateway.handles.size === handlesBefore);
    const id = (started!.frame as { value: { consumer: string } }).value.consumer;
    expect((await failure(suite.api.consumer.getAssignment({ consumer: id }))).code).toBe(status.NOT_FOUND);
  });

  it('Consume refuses bad requests with INVALID_ARGUMENT', async () => {
    const cases: Partial<ConsumeRequest>[] = [
      {},
      fromHandle('consumer-x', { limits: limitsOf({ maxMessages: -1 }) }),
      fromHandle('consumer-x', { limits: limitsOf({ maxMessages: 100, maxBufferedMessages: 10 }) }),
      fromHandle('consumer-x', { limits: limitsOf({ maxBytes: 100_000, maxBufferedBytes: 1000 }) }),
      fromHandle('consumer-x', { limits: limitsOf({ maxMessages: 20_000 }) }),
      creating({ 'group.id': 'g' }, []),
      // Topics without group.id are no longer refused: the stream reads them on its own (kcat-conveniences.test.ts).
      fromHandle('consumer-x', { maxMessages: -5n }),
    ];
    for (const c of cases) {
      const reader = consume(c);
      expect(await reader.next()).toBeUndefined();
      expect(reader.error?.code).toBe(status.INVALID_ARGUMENT);
    }
    const unknown = consume(fromHandle('consumer-unknown'));
    expect(await unknown.next()).toBeUndefined();
    expect(unknown.error?.code).toBe(status.NOT_FOUND);
  });

  it('ConsumeAcked redelivers exactly the unacknowledged messages after the stream is killed, and rejects bad acks in-band', async () => {
    const topic = await newTopic();
    await fillTopic(topic, 20, 1);
    const g = group();
    const open = ConsumeAckedRequest.fromPartial({
      request: { $case: 'open', value: { config: { 'group.id': g, 'auto.offset.reset': 'earliest' }, topics: [topic], marshalType: PLAIN, maxUnacked: 0 } },
    });
    const ack = (offsets: number[], t = topic) =>
      ConsumeAckedRequest.fromPartial({ request: { $case: 'ack', value: { messages: offsets.map((o) => ({ topic: t, partition: 0, offset: BigInt(o) })) } } });

    const call = suite.api.raw.consumer.consumeAcked();
    const reader = new FrameReader<ConsumeAckedResponse>(call);
    call.write(open);
    expect((await reader.next())?.frame?.$case).toBe('started');
    const { messages } = await readMessages(reader, 20);
    expect(messages.map((m) => Number(m.offset))).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // Acknowledged out of order: 0..9 all done, 12 done behind the gap at 10 and 11.
    call.write(ack([3, 1, 0, 2, 9, 8, 7, 6, 5, 4, 12]));
    call.write(ack([999]));
    call.write(ack([1]));
    const rejected = [];
    for (let i = 0; i < 2; i++) {
      const f = await reader.next();
      if (f?.frame?.$case === 'ackRejected') rejected.push(Number(f.frame.value.message!.offset));
    }
    expect(rejected).toEqual([999, 1]);
    call.cancel();
    await waitFor(() => suite.gateway.streams.count === 0);
    expect(await committed(g, topic)).toBe(10n);

    const again = suite.api.raw.consumer.consumeAcked();
    const reader2 = new FrameReader<ConsumeAckedResponse>(again);
    again.write(open);
    const { messages: redelivered } = await readMessages(reader2, 10);
    expect(redelivered.map((m) => Number(m.offset))).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect((await readMessages(reader2, 1, 1500)).messages).toEqual([]);
    again.end();
    for (let f = await reader2.next(); f; f = await reader2.next());
    expect(reader2.error).toBeUndefined();
  });

  it('ConsumeAcked sends no more than max_unacked until acknowledgements come', async () => {
    const topic = await newTopic();
    await fillTopic(topic, 100, 1);
    const call = suite.api.raw.consumer.consumeAcked();
    const reader = new FrameReader<ConsumeAckedResponse>(call);
    call.write(
      ConsumeAckedRequest.fromPartial({
        request: { $case: 'open', value: { config: { 'group.id': group(), 'auto.offset.reset': 'earliest' }, topics: [topic], maxUnacked: 30 } },
      }),
    );
    const { messages } = await readMessages(reader, 100, 3000);
    expect(messages).toHaveLength(30);
    call.write(ConsumeAckedRequest.fromPartial({ request: { $case: 'ack', value: { messages: messages.slice(0, 20) } } }));
    const { messages: more } = await readMessages(reader, 100, 3000);
    expect(more.map((m) => Number(m.offset))).toEqual(Array.from({ length: 20 }, (_, i) => 30 + i));
    call.cancel();
  });

  it('ConsumeAcked refuses a first request that is not an open request', async () => {
    const call = suite.api.raw.consumer.consumeAcked();
    const reader = new FrameReader<ConsumeAckedResponse>(call);
    call.write(ConsumeAckedRequest.fromPartial({ request: { $case: 'ack', value: { messages: [] } } }));
    expect(await reader.next()).toBeUndefined();
    expect(reader.error?.code).toBe(status.INVALID_ARGUMENT);
    expect(reader.error?.details).toMatch(/first ConsumeAcked request must be an open request/);
  });

  it('Seek goes to an offset, the beginning, the end, and the first message at or after a timestamp', async () => {
    const topic = await newTopic();
    const { producer } = await suite.api.producer.createProducer({ config: {} });
    const t0 = Date.now() - 60_000;
    for (let i = 0; i < 6; i++) {
      await suite.api.producer.produce({ producer, ...rawRecord(topic, i), timestampMs: BigInt(t0 + i * 1000), waitForDelivery: true });
    }
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': group() } });
    await suite.api.consumer.assign({ consumer, partitions: [{ topic, partition: 0, offset: 0n }] });
    const next = async () => (await suite.api.consumer.poll({ consumer, timeoutMs: 5000 })).message?.offset;
    expect(await next()).toBe(0n);

    const seek = (target: Parameters<typeof suite.api.consumer.seek>[0] extends infer R ? (R extends { target?: infer T } ? T : never) : never) =>
      suite.api.consumer.seek({ consumer, topic, partition: 0, target });
    expect((await seek({ $case: 'timestampMs', value: BigInt(t0 + 2500) })).offset).toBe(3n);
    expect(await next()).toBe(3n);
    expect((await seek({ $case: 'offset', value: 1n })).offset).toBe(1n);
    expect(await next()).toBe(1n);
    expect((await seek({ $case: 'position', value: SeekPosition.SEEK_POSITION_END })).offset).toBe(6n);
    expect(await suite.api.consumer.poll({ consumer, timeoutMs: 300 })).toEqual({ message: undefined });
    expect((await seek({ $case: 'position', value: SeekPosition.SEEK_POSITION_BEGINNING })).offset).toBe(0n);
    expect(await next()).toBe(0n);
    expect((await seek({ $case: 'timestampMs', value: BigInt(Date.now() + 3_600_000) })).offset).toBe(6n);

    expect((await failure(suite.api.consumer.seek({ consumer, topic, partition: 0 }))).code).toBe(status.INVALID_ARGUMENT);
    expect((await failure(seek({ $case: 'offset', value: -3n }))).code).toBe(status.INVALID_ARGUMENT);
    const unassigned = await failure(suite.api.consumer.seek({ consumer, topic: `${topic}-other`, partition: 0, target: { $case: 'offset', value: 0n } }));
    expect([status.FAILED_PRECONDITION, status.NOT_FOUND]).toContain(unassigned.code);
    await suite.api.consumer.closeConsumer({ consumer });
  });

  /** The group's committed offset for partition 0, read through a consumer of the same group that joins nothing. */
  async function committed(groupId: string, topic: string): Promise<bigint> {
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': groupId } });
    try {
      const { offsets } = await suite.api.consumer.getCommittedOffsets({ consumer, partitions: [{ topic, partition: 0 }], timeoutMs: 5000 });
      return offsets[0]!.offset;
    } finally {
      await suite.api.consumer.closeConsumer({ consumer });
    }
  }
});
