import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import type { ConsumedMessage } from '../../src/gen/kafkagateway/v1/common';
import { MarshalType } from '../../src/gen/kafkagateway/v1/value';
import { StreamQueueRequest, type StreamQueueResponse } from '../../src/gen/kafkagateway/v1/queue_service';
import { gatewayForFile } from '../helpers/gateway';
import { failure, freshTopic } from '../helpers/kafka-clients';
import { fillTopic, FrameReader } from '../helpers/streams';

const PLAIN = MarshalType.MARSHAL_TYPE_PLAIN;
/** A PLAIN payload's text: a STRING scalar. */
const text = (m: ConsumedMessage): string => {
  const kind = m.value?.kind;
  const v = kind?.$case === 'scalar' ? kind.value.value : undefined;
  return v?.$case === 'string' ? v.value : `<${JSON.stringify(v ?? null)}>`;
};

/** Waits until `check` holds, for up to `ms`; returns whether it did. */
async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/** The plugin's queues and events, against the real broker (issue #21). */
describe('QueueService and EventService', () => {
  const suite = gatewayForFile();
  const group = () => `g-${randomUUID()}`;
  const expectStatus = async (p: Promise<unknown>, code: status, message: string) => {
    const err = await failure(p);
    expect([status[err.code], err.details]).toEqual([status[code], expect.stringContaining(message)]);
  };
  const assigned = async (topic: string, partitions = [0]) => {
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': group() } });
    await suite.api.consumer.assign({ consumer, partitions: partitions.map((partition) => ({ topic, partition, offset: 0n })) });
    return consumer;
  };
  /** Every message of a queue until `n` came or a poll found nothing for 3 s. */
  const drain = async (queue: string, n: number) => {
    const got: string[] = [];
    while (got.length < n) {
      const r = await suite.api.queues.queuePollBatch({ queue, batchSize: n - got.length, timeoutMs: 3000, marshalType: PLAIN });
      if (r.messages.length === 0) break;
      got.push(...r.messages.map(text));
    }
    return got;
  };

  it('the consumer queue holds what was fetched and not yet taken: QueueLength reaches 2, QueuePoll returns them in order', async () => {
    const topic = await freshTopic('qc');
    const consumer = await assigned(topic);
    const { queue } = await suite.api.queues.getConsumerQueue({ consumer });
    expect((await suite.api.queues.queueLength({ queue })).length).toBe(0n);
    await fillTopic(topic, 2, 1, (i) => Buffer.from(`m${i}`));
    expect(await eventually(async () => (await suite.api.queues.queueLength({ queue })).length === 2n)).toBe(true);
    expect((await suite.api.queues.queueLength({ queue })).bytes).toBeGreaterThanOrEqual(4n);
    const first = await suite.api.queues.queuePoll({ queue, marshalType: PLAIN });
    const second = await suite.api.queues.queuePoll({ queue, marshalType: PLAIN });
    expect([first.message && text(first.message), second.message?.offset]).toEqual(['m0', 1n]);
    expect((await suite.api.queues.queueLength({ queue })).length).toBe(0n);
    // Taken from the queue is taken from the consumer: Poll finds nothing more.
    expect((await suite.api.consumer.poll({ consumer, timeoutMs: 300 })).message).toBeUndefined();
  });

  it('a partition queue takes its partition away from Poll until it is closed, and forwarding moves messages on', async () => {
    const topic = await freshTopic('qp', 2);
    const consumer = await assigned(topic, [0, 1]);
    const { queue: p1 } = await suite.api.queues.getPartitionQueue({ consumer, topic, partition: 1 });
    await fillTopic(topic, 20, 2, (i) => Buffer.from(`m${i}`));
    const polled = await suite.api.consumer.pollBatch({ consumer, batchSize: 100, timeoutMs: 3000, marshalType: PLAIN });
    expect(new Set(polled.messages.map((m) => m.partition))).toEqual(new Set([0]));
    const viaQueue = await suite.api.queues.queuePollBatch({ queue: p1, batchSize: 3, timeoutMs: 3000, marshalType: PLAIN });
    expect(viaQueue.messages.map((m) => [m.partition, m.offset])).toEqual([[1, 0n], [1, 1n], [1, 2n]]);

    await expectStatus(suite.api.queues.forwardQueue({ queue: p1, destination: p1 }), status.INVALID_ARGUMENT, '[PLUGIN::KAFKA] Messages cannot be forwarded to the same queue.');
    const { queue: cq } = await suite.api.queues.getConsumerQueue({ consumer });
    await suite.api.queues.forwardQueue({ queue: p1, destination: cq });
    const rest = await suite.api.consumer.pollBatch({ consumer, batchSize: 100, timeoutMs: 3000, marshalType: PLAIN });
    expect(rest.messages.map((m) => [m.partition, m.offset])).toEqual(Array.from({ length: 7 }, (_, i) => [1, BigInt(i + 3)]));
    await suite.api.queues.unforwardQueue({ queue: p1 });

    // Closed, the partition goes back to the consumer queue, with what its queue held.
    await fillTopic(topic, 4, 2, (i) => Buffer.from(`late${i}`));
    await eventually(async () => (await suite.api.queues.queueLength({ queue: p1 })).length === 2n);
    await suite.api.queues.closeQueue({ queue: p1 });
    await expectStatus(suite.api.queues.queueLength({ queue: p1 }), status.NOT_FOUND, 'does not exist or was closed');
    const after = await suite.api.consumer.pollBatch({ consumer, batchSize: 100, timeoutMs: 3000, marshalType: PLAIN });
    expect(after.messages.map((m) => m.partition).sort()).toEqual([0, 0, 1, 1]);
  });

  it('QueueEvent gives a Fetch event holding the messages, and the event calls read it as the plugin does', async () => {
    const topic = await freshTopic('qe');
    const consumer = await assigned(topic);
    const { queue } = await suite.api.queues.getConsumerQueue({ consumer });
    const empty = await suite.api.queues.queueEvent({ queue, timeoutMs: 200 });
    expect(empty.name).toBe('(NONE)');
    expect((await suite.api.events.isEventValid({ event: empty.event })).valid).toBe(false);
    await expectStatus(suite.api.events.getEventMessages({ event: empty.event }), status.FAILED_PRECONDITION, '[PLUGIN::KAFKA] The event is empty!');
    await expectStatus(suite.api.events.getEventError({ event: empty.event }), status.FAILED_PRECONDITION, '[PLUGIN::KAFKA] The event is empty!');

    await fillTopic(topic, 3, 1, (i) => Buffer.from(`m${i}`));
    await eventually(async () => (await suite.api.queues.queueLength({ queue })).length === 3n);
    const { event, name } = await suite.api.queues.queueEvent({ queue });
    expect(name).toBe('Fetch');
    expect((await suite.api.events.getEventName({ event })).name).toBe('Fetch');
    expect((await suite.api.events.getEventMessageCount({ event })).count).toBe(3);
    expect((await suite.api.events.getEventMessages({ event, marshalType: PLAIN })).messages.map(text)).toEqual(['m0', 'm1', 'm2']);
    expect(await suite.api.events.getEventError({ event })).toEqual({ error: 'Success', code: 0 });
    expect(await suite.api.events.getEventPartition({ event })).toEqual({ text: `${topic}[0:0]`, partition: { topic, partition: 0, offset: 0n } });
    await expectStatus(suite.api.events.getEventPartitions({ event }), status.FAILED_PRECONDITION, '[PLUGIN::KAFKA] wrong event type.');
    expect((await suite.api.events.isEventValid({ event })).valid).toBe(true);
    await suite.api.events.releaseEvent({ event });
    await expectStatus(suite.api.events.getEventName({ event }), status.NOT_FOUND, 'does not exist or was closed');
  });

  it('the main queue holds the consumer events: a Rebalance when a second member joins, an OffsetCommit after a commit', async () => {
    const topic = await freshTopic('qm', 2);
    const g = group();
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': g, 'auto.offset.reset': 'earliest' } });
    const { queue: main } = await suite.api.queues.getMainQueue({ consumer });
    await suite.api.consumer.subscribe({ consumer, topics: [topic] });
    await fillTopic(topic, 4, 2);
    const events: { name: string; event: string }[] = [];
    const nextEvents = async (ms: number) => {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const e = await suite.api.queues.queueEvent({ queue: main, timeoutMs: 500 });
        if (e.name !== '(NONE)') events.push(e);
      }
    };
    await nextEvents(6000);
    const firstAssign = events.find((e) => e.name === 'Rebalance');
    expect(firstAssign).toBeDefined();
    expect((await suite.api.events.getEventPartitions({ event: firstAssign!.event })).partitions.map((p) => p.partition).sort()).toEqual([0, 1]);

    const { consumer: second } = await suite.api.consumer.createConsumer({ config: { 'group.id': g } });
    await suite.api.consumer.subscribe({ consumer: second, topics: [topic] });
    const before = events.length;
    const pollSecond = (async () => {
      for (let i = 0; i < 10; i++) await suite.api.consumer.poll({ consumer: second, timeoutMs: 1000 });
    })();
    await nextEvents(10_000);
    await pollSecond;
    const rebalances = events.slice(before).filter((e) => e.name === 'Rebalance');
    expect(rebalances.length).toBeGreaterThanOrEqual(1);

    await fillTopic(topic, 4, 2);
    let read;
    for (let i = 0; i < 10 && !read; i++) read = (await suite.api.consumer.poll({ consumer, timeoutMs: 1000 })).message;
    expect(read).toBeDefined();
    await suite.api.consumer.commit({ consumer });
    const beforeCommit = events.length;
    await nextEvents(2000);
    const commit = events.slice(beforeCommit).find((e) => e.name === 'OffsetCommit') ?? events.find((e) => e.name === 'OffsetCommit');
    expect(commit).toBeDefined();
    expect(await suite.api.events.getEventError({ event: commit!.event })).toEqual({ error: 'Success', code: 0 });
    expect((await suite.api.events.getEventPartitions({ event: commit!.event })).partitions.length).toBeGreaterThan(0);
    await suite.api.consumer.closeConsumer({ consumer: second });
  });

  it('refuses handles of the wrong kind with the plugin texts, and queue arguments out of range', async () => {
    const topic = await freshTopic('qk');
    const consumer = await assigned(topic);
    const { queue } = await suite.api.queues.getConsumerQueue({ consumer });
    await expectStatus(suite.api.queues.queuePoll({ queue: consumer }), status.INVALID_ARGUMENT, 'queue should be a queue handle.');
    await expectStatus(suite.api.events.getEventName({ event: queue }), status.INVALID_ARGUMENT, 'event should be an event handle.');
    await expectStatus(suite.api.queues.getMainQueue({ consumer: queue }), status.INVALID_ARGUMENT, 'consumer should be a consumer handle.');
    await expectStatus(suite.api.queues.setQueueTimeout({ queue, timeoutMs: -1 }), status.INVALID_ARGUMENT, 'timeout_ms must be from 0 to 60000');
    await expectStatus(suite.api.queues.getConsumerQueue({ consumer, limits: { maxMessages: 10_000_000, maxBytes: 0 } }), status.INVALID_ARGUMENT, 'limits.max_messages must be from 1 to 100000');
    await expectStatus(suite.api.queues.getPartitionQueue({ consumer, topic: 'bad topic!', partition: 0 }), status.INVALID_ARGUMENT, 'invalid topic name');
    await expectStatus(suite.api.queues.queuePollBatch({ queue, batchSize: 0 }), status.INVALID_ARGUMENT, 'batchSize need positive integer');
    expect((await suite.api.queues.getQueueTimeout({ queue })).timeoutMs).toBe(1000);
    await suite.api.queues.setQueueTimeout({ queue, timeoutMs: 250 });
    expect((await suite.api.queues.getQueueTimeout({ queue })).timeoutMs).toBe(250);
    const started = Date.now();
    expect((await suite.api.queues.queuePoll({ queue })).message).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a queue nobody reads stays within its limits, and loses nothing', async () => {
    const topic = await freshTopic('qs');
    await fillTopic(topic, 2000, 1, (i) => Buffer.from(`m${i}`));
    const consumer = await assigned(topic);
    const { queue } = await suite.api.queues.getConsumerQueue({ consumer, limits: { maxMessages: 100, maxBytes: 0 } });
    await eventually(async () => (await suite.api.queues.queueLength({ queue })).length >= 100n);
    await new Promise((r) => setTimeout(r, 1500));
    // Full: the router paused the partition, so the queue holds its limit and at most one fetch beyond.
    expect(Number((await suite.api.queues.queueLength({ queue })).length)).toBeLessThanOrEqual(101);
    const all = await drain(queue, 2000);
    expect(all).toEqual(Array.from({ length: 2000 }, (_, i) => `m${i}`));
  });

  it('StreamQueue sends a queue in frames, stays bounded while its client stalls, and ends with NOT_FOUND when the consumer closes', async () => {
    const topic = await freshTopic('qt');
    await fillTopic(topic, 3000, 1, (i) => Buffer.alloc(1000, i % 256));
    const consumer = await assigned(topic);
    const { queue } = await suite.api.queues.getConsumerQueue({ consumer, limits: { maxMessages: 200, maxBytes: 0 } });
    const call = suite.api.raw.queues.streamQueue(StreamQueueRequest.fromPartial({ queue, marshalType: PLAIN, limits: { maxMessages: 50, maxBufferedMessages: 100 } }));
    call.pause();
    await new Promise((r) => setTimeout(r, 2000));
    // Stalled: grpc-js's buffers aside, the gateway holds the stream's limit and the queue's.
    expect(suite.gateway.streams.buffered().messages).toBeLessThanOrEqual(100 + 50);
    expect(Number((await suite.api.queues.queueLength({ queue })).length)).toBeLessThanOrEqual(201);
    const reader = new FrameReader<StreamQueueResponse>(call);
    call.resume();
    const offsets: bigint[] = [];
    while (offsets.length < 3000) {
      const frame = await reader.next(10_000);
      if (!frame) break;
      if (frame.frame?.$case === 'batch') offsets.push(...frame.frame.value.messages.map((m) => m.offset));
    }
    expect(offsets).toEqual(Array.from({ length: 3000 }, (_, i) => BigInt(i)));
    await suite.api.consumer.closeConsumer({ consumer });
    for (let f = await reader.next(5000); f; f = await reader.next(5000));
    expect(reader.error && status[reader.error.code]).toBe('NOT_FOUND');
    await expectStatus(suite.api.queues.queueLength({ queue }), status.NOT_FOUND, 'does not exist or was closed');
  });

  it('an Assign right after Unsubscribe is what the consumer reads (the group revoke does not undo it)', async () => {
    const topic = await freshTopic('qa');
    await fillTopic(topic, 5, 1, (i) => Buffer.from(`m${i}`));
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': group(), 'auto.offset.reset': 'earliest' } });
    await suite.api.consumer.subscribe({ consumer, topics: [topic] });
    let first;
    for (let i = 0; i < 15 && !first; i++) first = (await suite.api.consumer.poll({ consumer, timeoutMs: 1000 })).message;
    expect(first).toBeDefined();
    await suite.api.consumer.unsubscribe({ consumer });
    await suite.api.consumer.assign({ consumer, partitions: [{ topic, partition: 0, offset: 0n }] });
    const got: bigint[] = [];
    for (let i = 0; i < 6 && got.length < 5; i++) {
      const r = await suite.api.consumer.pollBatch({ consumer, batchSize: 10, timeoutMs: 1000 });
      got.push(...r.messages.map((m) => m.offset));
    }
    expect(got).toEqual([0n, 1n, 2n, 3n, 4n]);
    expect((await suite.api.consumer.getAssignment({ consumer })).partitions).toEqual([{ topic, partition: 0, offset: 0n }]);
  });
});
