import { Producer, type DeliveryReport, type LibrdKafkaError, type MessageHeader, type Metadata } from 'node-rdkafka';
import { GatewayError, notFound } from '../errors';
import type { Logger } from '../logger';
import { promised, sleep } from './callbacks';
import { DeliveryBatch, type Delivery, type GroupOutcome } from './delivery-batch';
import { hasKafkaCode, kafkaErrorName, KafkaCode } from './kafka-errors';
import type { ClientMeter, KafkaMeter } from '../metrics/kafka-meter';
import type { MemoryCharge } from '../handles/memory-budget';
import { producerBufferBytes } from './client-memory';
import { connectClient, type SessionOptions } from './session-options';

export type { Delivery, GroupOutcome };

/** One Kafka record to send. */
export interface OutgoingRecord {
  topic: string;
  partition: number | undefined;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer>[];
  timestampMs: number;
  /**
   * The chunks of one split value, with no partition and no (or an empty) key: librdkafka's partitioner would
   * spread them over the topic's partitions, and a consumer of only some of them could never put the value
   * together. The session sends every record of the group to one partition, picked at random.
   */
  onePartition?: boolean;
}

/** Groups of records handed to librdkafka: `delivered` has one outcome per group, in order. */
export interface Queued {
  delivered: Promise<GroupOutcome[]>;
}

/** How often delivery reports are polled while none is awaited (errors and untracked reports still arrive). */
const IDLE_POLL_MS = 10;
/**
 * How often they are polled while a caller awaits one. A report waits for the next poll, and a call that waits
 * for delivery is answered only then: polling every 10 ms added half of that on average to every such call, and
 * a whole 10 ms whenever a gRPC hop made a call miss a poll.
 */
const AWAITED_POLL_MS = 1;
/** The longest one librdkafka flush may hold a thread of libuv's pool (see flush). */
const FLUSH_SLICE_MS = 200;
/** The plugin's default producer timeout (cppkafka's handle timeout). */
const DEFAULT_PRODUCER_TIMEOUT_MS = 1000;
/** How long a topic's partition count is trusted (partitions can be added, never removed). */
const PARTITION_COUNT_TTL_MS = 60_000;

/**
 * A librdkafka producer. Sends are asynchronous as in the plugin; a caller may wait for the delivery reports.
 * A full local queue is waited out for up to the producer's timeout before it becomes an error.
 */
export class ProducerSession {
  timeoutMs = DEFAULT_PRODUCER_TIMEOUT_MS;
  private nextToken = 0;
  /** The batch of every record whose delivery report is awaited, by the record's token (librdkafka's opaque). */
  private readonly waiting = new Map<number, DeliveryBatch>();
  /** The fast poll, running while `waiting` is not empty. */
  private awaitedPoll: NodeJS.Timeout | undefined;
  /** Partition counts of the topics that split values went to, for `onePartition`. */
  private readonly partitionCounts = new Map<string, { count: number; until: number }>();

  private constructor(
    private readonly producer: Producer,
    private readonly log: Logger,
    private readonly meter: KafkaMeter | undefined,
    private readonly stats: ClientMeter | undefined,
    private readonly charge: MemoryCharge | undefined,
  ) {
    producer.on('delivery-report', (err: LibrdKafkaError, report: DeliveryReport) => this.delivered(err, report));
    producer.on('event.error', (err) => log.debug({ err }, 'producer error event'));
    if (stats) producer.on('event.stats', (s: { message: string }) => stats.stats(s.message));
  }

  /** Builds the producer and checks that its brokers answer, as the plugin's generation B does. */
  static async create(config: Record<string, string>, o: SessionOptions): Promise<ProducerSession> {
    const charge = o.memory?.take(producerBufferBytes(config), 'a producer (its queue.buffering.max.kbytes)');
    // Unlike consumers, producers get no statistics interval from the gateway: with statistics on, librdkafka
    // keeps latency figures per message, and the produce path pays for it (README, Metrics: Cost). A producer
    // whose client set an interval reports its queue to the metrics.
    const producer = await connectClient(() => new Producer({ ...config, dr_cb: true }), config, o, charge);
    producer.setPollInterval(IDLE_POLL_MS);
    return new ProducerSession(producer, o.log, o.meter, o.meter?.client('producer'), charge);
  }

  /**
   * Queues groups of records in order, and returns once all are queued. A group is the Kafka messages of one
   * produced record; one that cannot be queued fails alone (saying how many of its messages were queued before,
   * so that the caller sends nothing twice) and the others go on. With `track`, `delivered` settles when every
   * queued message has its delivery report; callers await it outside the handle's call chain, so that other calls
   * on the producer go on meanwhile. Without, it settles at once, with no deliveries.
   */
  async enqueue(groups: OutgoingRecord[][], track: boolean): Promise<Queued> {
    for (const g of groups) if (g.length > 1 && g[0]!.onePartition) await this.pinToOnePartition(g);
    const sizes = groups.map((g) => g.length);
    const batch = track ? new DeliveryBatch(this.nextToken + 1, sizes) : undefined;
    if (batch) this.nextToken += sizes.reduce((a, b) => a + b, 0);
    const outcomes: GroupOutcome[] = groups.map(() => ({ deliveries: [] }));
    for (let g = 0, k = 0; g < groups.length; g++) {
      const records = groups[g]!;
      for (let i = 0; i < records.length; i++, k++) {
        const token = batch ? batch.first + k : undefined;
        try {
          // Only a full queue makes this wait; the usual case stays synchronous (this loop is the produce hot path).
          const waiting = this.produceOne(records[i]!, token);
          if (waiting) await waiting;
        } catch (err) {
          this.meter?.deliveryFailed(kafkaErrorName(err));
          if (i > 0 && err instanceof Error) err.message = `${err.message} (${i} of ${records.length} messages were queued before this)`;
          batch?.fail(g, err);
          outcomes[g] = { error: err };
          k += records.length - i;
          break;
        }
        if (batch) {
          batch.queued();
          this.waiting.set(token!, batch);
        }
      }
    }
    if (!batch) return { delivered: Promise.resolve(outcomes) };
    batch.seal();
    if (this.waiting.size > 0) this.pollWhileAwaited();
    return { delivered: batch.done };
  }

  /**
   * Sends every record of the group to one partition of its topic, picked at random. Without the topic's partition
   * count (an unknown topic, a metadata timeout) the records are left to the partitioner, as before.
   */
  private async pinToOnePartition(group: OutgoingRecord[]): Promise<void> {
    const topic = group[0]!.topic;
    let known = this.partitionCounts.get(topic);
    if (!known || known.until < Date.now()) {
      try {
        const metadata = await promised<Metadata>((cb) => this.producer.getMetadata({ topic, timeout: this.timeoutMs }, cb));
        const count = metadata.topics.find((t) => t.name === topic)?.partitions.length ?? 0;
        if (count === 0) return;
        known = { count, until: Date.now() + PARTITION_COUNT_TTL_MS };
        this.partitionCounts.set(topic, known);
      } catch (err) {
        this.log.debug({ err, topic }, 'no partition count: the chunks of a split value go to the partitioner');
        return;
      }
    }
    const partition = Math.floor(Math.random() * known.count);
    for (const r of group) r.partition = partition;
  }

  private pollWhileAwaited(): void {
    if (this.awaitedPoll) return;
    this.awaitedPoll = setInterval(() => {
      if (this.waiting.size === 0) return this.stopAwaitedPoll();
      try {
        this.producer.poll();
      } catch (err) {
        this.stopAwaitedPoll(); // disconnected: close() settles what is still waiting
        this.log.debug({ err }, 'delivery report poll failed');
      }
    }, AWAITED_POLL_MS);
    this.awaitedPoll.unref();
  }

  private stopAwaitedPoll(): void {
    clearInterval(this.awaitedPoll);
    this.awaitedPoll = undefined;
  }

  /** Hands one record to librdkafka: undefined when it was taken, or a promise that waits for room in a full queue. */
  private produceOne(r: OutgoingRecord, token: number | undefined): Promise<void> | undefined {
    try {
      this.producer.produce(r.topic, r.partition ?? -1, r.value, kafkaKey(r.key), r.timestampMs || undefined, token, r.headers as MessageHeader[]);
      return undefined;
    } catch (err) {
      if (!hasKafkaCode(err, KafkaCode.QUEUE_FULL)) throw normalised(err, r.topic);
      return this.produceWhenRoom(r, token, err);
    }
  }

  /** librdkafka's queue is full: wait with growing pauses, up to the producer's timeout, for room. */
  private async produceWhenRoom(r: OutgoingRecord, token: number | undefined, full: unknown): Promise<void> {
    const deadline = Date.now() + this.timeoutMs;
    for (let pause = 1; Date.now() < deadline; pause = Math.min(pause * 2, 50)) {
      await sleep(Math.min(pause, Math.max(1, deadline - Date.now())));
      try {
        this.producer.produce(r.topic, r.partition ?? -1, r.value, kafkaKey(r.key), r.timestampMs || undefined, token, r.headers as MessageHeader[]);
        return;
      } catch (err) {
        if (!hasKafkaCode(err, KafkaCode.QUEUE_FULL)) throw normalised(err, r.topic);
        full = err;
      }
    }
    throw full;
  }

  /**
   * Waits until everything queued is delivered, up to `timeoutMs`. librdkafka's flush holds a thread of libuv's
   * pool for as long as it waits, so a long wait is made of short ones.
   */
  async flush(timeoutMs = this.timeoutMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const slice = Math.max(0, Math.min(FLUSH_SLICE_MS, deadline - Date.now()));
      try {
        await promised((cb) => this.producer.flush(slice, (err) => cb(err, undefined)));
        return;
      } catch (err) {
        if (!hasKafkaCode(err, KafkaCode.TIMED_OUT) || Date.now() >= deadline) throw err;
      }
    }
  }

  /** Flushes what is queued (up to the timeout; failures are logged, as the plugin does) and disconnects. */
  async close(): Promise<void> {
    await this.flush().catch((err) => this.log.warn({ err }, 'producer flush at close failed'));
    this.stats?.close();
    this.stopAwaitedPoll();
    const closed = new GatewayError('UNAVAILABLE', 'PRODUCER_CLOSED', 'the producer was closed before delivery');
    for (const batch of new Set(this.waiting.values())) batch.abandon(closed);
    this.waiting.clear();
    try {
      await promised((cb) => this.producer.disconnect((err) => cb(err, undefined)));
    } finally {
      this.charge?.release();
    }
  }

  private delivered(err: LibrdKafkaError | null, report: DeliveryReport): void {
    if (this.meter) {
      if (err) this.meter.deliveryFailed(kafkaErrorName(err));
      else this.meter.recordProduced(report.topic, report.size ?? 0);
    }
    const token = report.opaque as number | undefined;
    const batch = token === undefined ? undefined : this.waiting.get(token);
    let taken = false;
    if (batch) {
      this.waiting.delete(token!);
      const delivery = err ? undefined : { topic: report.topic, partition: report.partition, offset: BigInt(report.offset) };
      taken = batch.report(token! - batch.first, err && normalised(err, report.topic), delivery);
    }
    if (err && !taken) this.log.warn({ err, topic: report.topic }, 'a message could not be delivered');
  }
}

/**
 * node-rdkafka reports some delivery failures with a generic code (-1) and only librdkafka's text: an unknown
 * partition, and a topic the producer's Kafka user may not write to (ACLs); give them librdkafka's codes.
 */
function normalised(err: unknown, topic: string): unknown {
  const e = err as { code?: number; message?: string };
  if (e.code === -1 && /unknown partition/i.test(e.message ?? '')) {
    return notFound(`[PLUGIN::KAFKA] Local: Unknown partition (topic ${topic})`, 'PARTITION_NOT_FOUND');
  }
  if (e.code === -1 && /topic authorization failed/i.test(e.message ?? '')) {
    return Object.assign(new Error(`Broker: Topic authorization failed (topic ${topic})`), { code: KafkaCode.TOPIC_AUTHORIZATION_FAILED });
  }
  return err;
}

/**
 * The key as node-rdkafka must be given it. An empty Buffer reaches librdkafka as a null pointer, which is no key at
 * all (length -1); the plugin writes an empty key (cppkafka passes a pointer of size 0), and a compacted topic
 * refuses a record without one. An empty string is what node-rdkafka turns into a pointer of size 0.
 */
function kafkaKey(key: Buffer | null): Buffer | string | null {
  return key !== null && key.length === 0 ? '' : key;
}
