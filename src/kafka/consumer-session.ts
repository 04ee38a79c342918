import { randomBytes } from 'node:crypto';
import { KafkaConsumer, type Assignment, type ConsumerTopicConfig, type Message, type TopicPartition, type TopicPartitionOffset } from 'node-rdkafka';
import type { Logger } from '../logger';
import { GatewayError } from '../errors';
import { promised } from './callbacks';
import { configError } from './client-config';
import { isLibrdKafkaError, KafkaCode, type LibrdKafkaErrorLike } from './kafka-errors';
import { OFFSET_BEGINNING, OFFSET_END, OFFSET_INVALID } from './offsets';

export { OFFSET_BEGINNING, OFFSET_END, OFFSET_INVALID };

/** The plugin's default consumer timeout (cppkafka's handle timeout). */
const DEFAULT_CONSUMER_TIMEOUT_MS = 1000;
/** librdkafka's default max.poll.interval.ms. */
const DEFAULT_MAX_POLL_INTERVAL_MS = 300_000;
/**
 * The longest one blocking librdkafka wait may hold a thread of libuv's pool. Longer waits are made of several:
 * the pool is shared by every consumer (and by file and DNS work), so no one call may keep a thread for long.
 */
const WAIT_SLICE_MS = 200;
/** The most messages one fetch asks for: what a byte budget may have to keep back is one fetch at most. */
const FETCH_MAX = 500;
/** While a synchronous commit waits for its result, callbacks are served by polls this long. */
const COMMIT_SERVE_WAIT_MS = 50;

/** What a batch poll returned, and whether it stopped at its byte budget with more to come. */
export interface PolledBatch {
  messages: Message[];
  byteLimitReached: boolean;
}

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
  /**
   * Messages fetched from librdkafka and not yet handed out: the rest of a fetch that a byte budget cut. Every
   * read takes these first, so none is lost, and positions are reported as if they had not been fetched.
   */
  private readonly held: Message[] = [];
  /** The partitions paused now (by the client or by a stream), so that a commit's own pause leaves them paused. */
  private readonly paused = new Map<string, TopicPartition>();
  /** Called with each offset commit result librdkafka reports (offset_commit_cb). */
  private readonly commitListeners = new Set<(err: LibrdKafkaErrorLike | undefined, offsets: TopicPartitionOffset[]) => void>();

  private constructor(
    private readonly consumer: KafkaConsumer,
    /** How long librdkafka lets the application go without polling before it leaves the group. */
    readonly maxPollIntervalMs: number,
    private readonly autoCommit: boolean,
    /** Whether librdkafka stores each message's offset as it hands the message out (enable.auto.offset.store). */
    private readonly autoStore: boolean,
    /** Who the consumer is to the group coordinator: enough to find its member id. */
    readonly identity: { groupId: string; clientId: string; bootstrap: string; plaintext: boolean },
  ) {
    // node-rdkafka emits this before it applies the assignment change itself (rebalance_cb: true).
    consumer.on('rebalance', (err: { code: number }, assignment: TopicPartition[]) => {
      const kind = err.code === KafkaCode.ASSIGN_PARTITIONS ? 'assigned' : 'revoked';
      const partitions = assignment.map((a) => ({ topic: a.topic, partition: a.partition }));
      if (kind === 'revoked') for (const p of partitions) this.paused.delete(key(p));
      for (const l of this.rebalanceListeners) l(kind, partitions);
    });
    consumer.on('offset.commit', (err: unknown, offsets: TopicPartitionOffset[] | undefined) => {
      const failure = isLibrdKafkaError(err) ? err : undefined;
      for (const l of this.commitListeners) l(failure, offsets ?? []);
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
      consumer = new KafkaConsumer({ ...global, rebalance_cb: true, offset_commit_cb: true }, reset === undefined ? {} : ({ 'auto.offset.reset': reset } as ConsumerTopicConfig));
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
    const autoStore = global['enable.auto.offset.store'] !== 'false';
    const pollInterval = Number.isFinite(interval) && interval > 0 ? interval : DEFAULT_MAX_POLL_INTERVAL_MS;
    return new ConsumerSession(consumer, pollInterval, autoCommit, autoStore, identity);
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
   * Up to `max` messages, and at most `maxBytes` of payloads and keys (at least one message, however large). As
   * the plugin: rounds of up to the missing count, each waiting up to the timeout; it stops when a round brings
   * nothing or the batch is full. What a round brought past the budget is kept for the next read.
   */
  async pollBatch(max: number, timeoutMs: number, maxBytes = Infinity): Promise<PolledBatch> {
    const messages: Message[] = [];
    let bytes = 0;
    while (messages.length < max) {
      const round = await this.consumeRound(Math.min(max - messages.length, FETCH_MAX), timeoutMs);
      if (round.length === 0) break;
      for (let i = 0; i < round.length; i++) {
        const size = messageBytes(round[i]!);
        if (messages.length > 0 && bytes + size > maxBytes) {
          this.held.unshift(...round.slice(i));
          return { messages, byteLimitReached: true };
        }
        messages.push(round[i]!);
        bytes += size;
      }
    }
    return { messages, byteLimitReached: false };
  }

  /**
   * One round: up to `n` messages, each waited for up to `timeoutMs`; it ends at the first wait that times out.
   * Messages held back earlier come first, without waiting.
   */
  async consumeRound(n: number, timeoutMs: number): Promise<Message[]> {
    if (this.held.length > 0) return this.held.splice(0, n);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const wait = Math.max(0, Math.min(WAIT_SLICE_MS, deadline - Date.now()));
      const got = await this.fetch(n, wait);
      if (got.length > 0 || Date.now() >= deadline) return got;
    }
  }

  private fetch(n: number, waitMs: number): Promise<Message[]> {
    this.consumer.setDefaultConsumeTimeout(waitMs);
    return promised((cb) => this.consumer.consume(n, cb));
  }

  /**
   * Commits the given offsets, or the current positions when none are given. A synchronous commit waits up to
   * `timeoutMs` for the coordinator's answer without blocking the process (node-rdkafka's commitSync holds the
   * JavaScript thread until the coordinator answers). librdkafka reports commit results only while the consumer
   * is polled, so the wait polls, with the partitions paused so that the polls take no messages.
   */
  async commit(offsets: PartitionOffset[], async: boolean, timeoutMs: number): Promise<void> {
    // librdkafka would commit what it stored, which counts the messages held back here as read.
    const positions = () => this.positions([]).filter((p) => p.offset >= 0);
    const list = offsets.length ? offsets : this.held.length > 0 && this.autoStore ? positions() : null;
    if (async) {
      if (list) this.consumer.commit(list);
      else this.consumer.commit();
      return;
    }
    let outcome: { err: LibrdKafkaErrorLike | undefined } | undefined;
    const listener = (err: LibrdKafkaErrorLike | undefined, reported: TopicPartitionOffset[]) => {
      if (!outcome && answers(list, err, reported)) outcome = { err };
    };
    this.commitListeners.add(listener);
    const quiet = this.consumer.assignments().filter((p) => !this.paused.has(key(p)));
    try {
      if (quiet.length) this.consumer.pause(quiet);
      if (list) this.consumer.commit(list);
      else this.consumer.commit();
      const deadline = Date.now() + timeoutMs;
      while (!outcome && Date.now() < deadline) {
        // A message already on its way despite the pause is kept for the next read.
        this.held.push(...(await this.fetch(1, Math.min(COMMIT_SERVE_WAIT_MS, Math.max(0, deadline - Date.now())))));
      }
    } finally {
      this.commitListeners.delete(listener);
      if (quiet.length) this.consumer.resume(quiet);
    }
    if (!outcome) {
      throw new GatewayError('DEADLINE_EXCEEDED', 'COMMIT_TIMED_OUT', `the group coordinator did not answer the commit within ${timeoutMs} ms; it may still be applied`);
    }
    if (outcome.err) throw outcome.err;
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
    const list = partitions.length ? partitions : this.consumer.assignments();
    this.consumer.pause(list);
    for (const p of list) this.paused.set(key(p), { topic: p.topic, partition: p.partition });
  }

  resume(partitions: TopicPartition[]): void {
    const list = partitions.length ? partitions : this.consumer.assignments();
    this.consumer.resume(list);
    for (const p of list) this.paused.delete(key(p));
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

  /** The next offset to read per partition; a message held back counts as not read. */
  positions(partitions: TopicPartition[]): PartitionOffset[] {
    const positions = this.consumer.position(partitions.length ? partitions : this.consumer.assignments()).map(normalise);
    if (this.held.length === 0) return positions;
    const firstHeld = new Map<string, number>();
    for (const m of this.held) if (!firstHeld.has(key(m))) firstHeld.set(key(m), m.offset);
    return positions.map((p) => ({ ...p, offset: firstHeld.get(key(p)) ?? p.offset }));
  }

  /** Stores offsets for the next automatic commit; with none given, the current positions. */
  store(offsets: PartitionOffset[]): void {
    const list = offsets.length ? offsets : this.positions([]).filter((p) => p.offset >= 0);
    this.consumer.offsetsStore(list);
  }

  /** How many messages were fetched and are held for the next read. */
  get heldCount(): number {
    return this.held.length;
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

/** What a message weighs against a byte budget: its payload and key. */
export const messageBytes = (m: Message): number => (m.value?.length ?? 0) + (m.key?.length ?? 0);

/**
 * Whether a commit result reported by librdkafka is the answer to a commit of `list` (null: the positions). An
 * automatic commit may report in between; one of the same offsets answers as well, since it committed them.
 */
function answers(list: PartitionOffset[] | null, err: LibrdKafkaErrorLike | undefined, reported: TopicPartitionOffset[]): boolean {
  if (!list || reported.length === 0) return true;
  const got = new Map(reported.map((r) => [key(r), r.offset]));
  const covered = list.every((p) => got.get(key(p)) === p.offset);
  return covered || (err !== undefined && list.every((p) => got.has(key(p))));
}

/** librdkafka leaves offset undefined where it has none; the plugin shows -1001 there. */
function normalise(p: TopicPartitionOffset): PartitionOffset {
  return { topic: p.topic, partition: p.partition, offset: typeof p.offset === 'number' ? p.offset : OFFSET_INVALID };
}
