import { randomBytes } from 'node:crypto';
import { KafkaConsumer, type Assignment, type ConsumerTopicConfig, type Message, type TopicPartition, type TopicPartitionOffset } from 'node-rdkafka';
import type { Logger } from '../logger';
import { GatewayError } from '../errors';
import { promised } from './callbacks';
import { configError } from './client-config';

/** The plugin's default consumer timeout (cppkafka's handle timeout). */
const DEFAULT_CONSUMER_TIMEOUT_MS = 1000;
/** librdkafka's "no offset" (nothing committed, no position yet). */
export const OFFSET_INVALID = -1001;
/** librdkafka's logical offsets. */
export const OFFSET_BEGINNING = -2;
export const OFFSET_END = -1;
/** librdkafka's default max.poll.interval.ms. */
const DEFAULT_MAX_POLL_INTERVAL_MS = 300_000;
const ERR_ASSIGN_PARTITIONS = -175;

export type RebalanceListener = (kind: 'assigned' | 'revoked', partitions: TopicPartition[]) => void;

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
  private readonly rebalanceListeners = new Set<RebalanceListener>();
  /** Whether a Consume stream reads from this consumer: two would split its messages between them. */
  private streamed = false;

  private constructor(
    private readonly consumer: KafkaConsumer,
    /** How long librdkafka lets the application go without polling before it leaves the group. */
    readonly maxPollIntervalMs: number,
    private readonly autoCommit: boolean,
    /** Who the consumer is to the group coordinator: enough to find its member id. */
    readonly identity: { groupId: string; clientId: string; bootstrap: string; plaintext: boolean },
  ) {
    // node-rdkafka emits this before it applies the assignment change itself (rebalance_cb: true).
    consumer.on('rebalance', (err: { code: number }, assignment: TopicPartition[]) => {
      const kind = err.code === ERR_ASSIGN_PARTITIONS ? 'assigned' : 'revoked';
      const partitions = assignment.map((a) => ({ topic: a.topic, partition: a.partition }));
      for (const l of this.rebalanceListeners) l(kind, partitions);
    });
  }

  /** Builds the consumer and checks that its brokers answer, as the plugin's generation B does. */
  static async create(config: Record<string, string>, log: Logger, connectTimeoutMs: number): Promise<ConsumerSession> {
    let consumer: KafkaConsumer;
    // auto.offset.reset is a topic-level property: node-rdkafka's topic config replaces whatever the global
    // config says about it, so it has to travel there.
    const { 'auto.offset.reset': reset, ...rest } = config;
    // A client.id of its own lets GetMemberId tell this consumer from the group's other members.
    const global: Record<string, string> = { 'client.id': `kgw-${randomBytes(9).toString('base64url')}`, ...rest };
    try {
      consumer = new KafkaConsumer({ ...global, rebalance_cb: true }, reset === undefined ? {} : ({ 'auto.offset.reset': reset } as ConsumerTopicConfig));
    } catch (err) {
      throw configError(err);
    }
    consumer.on('event.error', (err) => log.debug({ err }, 'consumer error event'));
    await promised((cb) => consumer.connect({ timeout: connectTimeoutMs }, (err) => cb(err, undefined)));
    const interval = Number(global['max.poll.interval.ms'] ?? DEFAULT_MAX_POLL_INTERVAL_MS);
    const autoCommit = global['enable.auto.commit'] !== 'false';
    const identity = {
      groupId: global['group.id'] ?? '',
      clientId: global['client.id']!,
      bootstrap: global['bootstrap.servers'] ?? global['metadata.broker.list'] ?? '',
      plaintext: (global['security.protocol'] ?? 'plaintext').toLowerCase() === 'plaintext',
    };
    return new ConsumerSession(consumer, Number.isFinite(interval) && interval > 0 ? interval : DEFAULT_MAX_POLL_INTERVAL_MS, autoCommit, identity);
  }

  /** Calls `listener` on every rebalance until the returned function is called. */
  onRebalance(listener: RebalanceListener): () => void {
    this.rebalanceListeners.add(listener);
    return () => this.rebalanceListeners.delete(listener);
  }

  /** Marks the consumer as read by a stream until the returned function is called; a second stream is refused. */
  claimForStream(id: string): () => void {
    if (this.streamed) throw new GatewayError('FAILED_PRECONDITION', 'CONSUMER_ALREADY_STREAMING', `${id} already has a Consume stream`);
    this.streamed = true;
    return () => (this.streamed = false);
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

  /** One round: up to `n` messages, each waited for up to `timeoutMs`; it ends at the first wait that times out. */
  consumeRound(n: number, timeoutMs: number): Promise<Message[]> {
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

  /** The partitions assigned now, without offsets. */
  assignedPartitions(): TopicPartition[] {
    return this.consumer.assignments().map((a) => ({ topic: a.topic, partition: a.partition }));
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

  /** Moves a partition's next read to `offset` (a real offset, OFFSET_BEGINNING or OFFSET_END). */
  seek(topic: string, partition: number, offset: number, timeoutMs: number): Promise<void> {
    return promised((cb) => this.consumer.seek({ topic, partition, offset }, timeoutMs, (err) => cb(err, undefined)));
  }

  /** The first offset at or after `timestampMs`; -1 (OFFSET_END) when no message is that recent. */
  async offsetForTime(topic: string, partition: number, timestampMs: number, timeoutMs: number): Promise<number> {
    const [found] = await promised<TopicPartitionOffset[]>((cb) =>
      this.consumer.offsetsForTimes([{ topic, partition, offset: timestampMs }], timeoutMs, cb),
    );
    return typeof found?.offset === 'number' ? found.offset : OFFSET_END;
  }

  /**
   * Leaves the group and closes. With auto-commit on, what was stored is committed first: librdkafka's close
   * waits for a commit in flight, but does not always send one itself (not while it is still re-finding the group
   * coordinator, e.g. after a broker restart), and the last positions would be read again by the group.
   */
  async close(): Promise<void> {
    this.rebalanceListeners.clear();
    if (!this.consumer.isConnected()) return;
    if (this.autoCommit) {
      try {
        this.consumer.commit();
      } catch {
        // Nothing assigned or stored: nothing to commit.
      }
    }
    await promised((cb) => this.consumer.disconnect((err) => cb(err, undefined)));
  }
}

const key = (p: TopicPartition) => `${p.topic}\0${p.partition}`;

/** librdkafka leaves offset undefined where it has none; the plugin shows -1001 there. */
function normalise(p: TopicPartitionOffset): PartitionOffset {
  return { topic: p.topic, partition: p.partition, offset: typeof p.offset === 'number' ? p.offset : OFFSET_INVALID };
}
