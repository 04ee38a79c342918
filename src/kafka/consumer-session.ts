import { KafkaConsumer, type Assignment, type ConsumerTopicConfig, type Message, type TopicPartition, type TopicPartitionOffset } from 'node-rdkafka';
import type { Logger } from '../logger';
import { promised } from './callbacks';
import { configError } from './client-config';

/** The plugin's default consumer timeout (cppkafka's handle timeout). */
const DEFAULT_CONSUMER_TIMEOUT_MS = 1000;
/** librdkafka's "no offset" (nothing committed, no position yet). */
export const OFFSET_INVALID = -1001;

export interface PartitionOffset {
  topic: string;
  partition: number;
  offset: number;
}

/**
 * A librdkafka consumer with the plugin's operations. node-rdkafka's calls that block run on libuv's thread
 * pool; the handle registry makes sure that one session never runs two of them at once.
 */
export class ConsumerSession {
  timeoutMs = DEFAULT_CONSUMER_TIMEOUT_MS;
  /** The offsets given to Assign: librdkafka's assignment list does not keep them. */
  private assignedAt = new Map<string, number>();

  private constructor(private readonly consumer: KafkaConsumer) {}

  /** Builds the consumer and checks that its brokers answer, as the plugin's generation B does. */
  static async create(config: Record<string, string>, log: Logger, connectTimeoutMs: number): Promise<ConsumerSession> {
    let consumer: KafkaConsumer;
    // auto.offset.reset is a topic-level property: node-rdkafka's topic config replaces whatever the global
    // config says about it, so it has to travel there.
    const { 'auto.offset.reset': reset, ...global } = config;
    try {
      consumer = new KafkaConsumer(global, reset === undefined ? {} : ({ 'auto.offset.reset': reset } as ConsumerTopicConfig));
    } catch (err) {
      throw configError(err);
    }
    consumer.on('event.error', (err) => log.debug({ err }, 'consumer error event'));
    await promised((cb) => consumer.connect({ timeout: connectTimeoutMs }, (err) => cb(err, undefined)));
    return new ConsumerSession(consumer);
  }

  subscribe(topics: string[]): void {
    this.consumer.subscribe(topics);
  }

  unsubscribe(): void {
    this.consumer.unsubscribe();
    this.unassign();
  }

  /** One message, or undefined when none arrived within the timeout. */
  async poll(timeoutMs: number): Promise<Message | undefined> {
    return (await this.consumeRound(1, timeoutMs))[0];
  }

  /**
   * Up to `max` messages. As the plugin: rounds of up to the missing count, each waiting up to the timeout; it stops
   * when a round brings nothing or the batch is full.
   */
  async pollBatch(max: number, timeoutMs: number): Promise<Message[]> {
    const out: Message[] = [];
    while (out.length < max) {
      const round = await this.consumeRound(max - out.length, timeoutMs);
      if (round.length === 0) break;
      out.push(...round);
    }
    return out;
  }

  private consumeRound(n: number, timeoutMs: number): Promise<Message[]> {
    this.consumer.setDefaultConsumeTimeout(timeoutMs);
    return promised((cb) => this.consumer.consume(n, cb));
  }

  /** Commits the given offsets, or the current positions when none are given. */
  async commit(offsets: PartitionOffset[], async: boolean): Promise<void> {
    const list = offsets.length ? offsets : null;
    if (async) {
      if (list) this.consumer.commit(list);
      else this.consumer.commit();
    } else this.consumer.commitSync(list);
  }

  assign(partitions: PartitionOffset[]): void {
    this.consumer.assign(partitions as Assignment[]);
    this.assignedAt = new Map(partitions.map((p) => [key(p), p.offset]));
  }

  unassign(): void {
    this.consumer.unassign();
    this.assignedAt.clear();
  }

  /** The assigned partitions, each with the offset it was assigned at (-1001 when the group assigned it). */
  assignment(): PartitionOffset[] {
    return this.consumer.assignments().map((a) => ({ topic: a.topic, partition: a.partition, offset: this.assignedAt.get(key(a)) ?? OFFSET_INVALID }));
  }

  pause(partitions: TopicPartition[]): void {
    this.consumer.pause(partitions.length ? partitions : this.consumer.assignments());
  }

  resume(partitions: TopicPartition[]): void {
    this.consumer.resume(partitions.length ? partitions : this.consumer.assignments());
  }

  /** The watermarks librdkafka last saw for a partition (no broker round trip), or the leader's when `query`. */
  async watermarks(topic: string, partition: number, query: boolean, timeoutMs: number): Promise<{ low: number; high: number }> {
    const w = query
      ? await promised<{ lowOffset: number; highOffset: number }>((cb) => this.consumer.queryWatermarkOffsets(topic, partition, timeoutMs, cb))
      : this.consumer.getWatermarkOffsets(topic, partition);
    return { low: w.lowOffset, high: w.highOffset };
  }

  async committed(partitions: TopicPartition[], timeoutMs: number): Promise<PartitionOffset[]> {
    const list = partitions.length ? partitions : this.consumer.assignments();
    const result = await promised<TopicPartitionOffset[]>((cb) => this.consumer.committed(list, timeoutMs, cb));
    return result.map(normalise);
  }

  positions(partitions: TopicPartition[]): PartitionOffset[] {
    return this.consumer.position(partitions.length ? partitions : this.consumer.assignments()).map(normalise);
  }

  /** Stores offsets for the next automatic commit; with none given, the current positions. */
  store(offsets: PartitionOffset[]): void {
    const list = offsets.length ? offsets : this.positions([]).filter((p) => p.offset >= 0);
    this.consumer.offsetsStore(list);
  }

  async close(): Promise<void> {
    if (!this.consumer.isConnected()) return;
    await promised((cb) => this.consumer.disconnect((err) => cb(err, undefined)));
  }
}

const key = (p: TopicPartition) => `${p.topic}\0${p.partition}`;

/** librdkafka leaves offset undefined where it has none; the plugin shows -1001 there. */
function normalise(p: TopicPartitionOffset): PartitionOffset {
  return { topic: p.topic, partition: p.partition, offset: typeof p.offset === 'number' ? p.offset : OFFSET_INVALID };
}
