import { randomBytes } from 'node:crypto';
import { KafkaConsumer, type Assignment, type ConsumerTopicConfig, type Message, type TopicPartition, type TopicPartitionOffset } from 'node-rdkafka';
import type { Logger } from '../logger';
import { GatewayError } from '../errors';
import { promised } from './callbacks';
import { messageBytes, partitionKey as key, type PartitionOffset } from './consumer-events';
import { ConsumerRouter, DEFAULT_QUEUE_LIMITS, type FetchSource, type Reader } from './consumer-router';
import { asKafkaError, isLibrdKafkaError, KafkaCode, type LibrdKafkaErrorLike } from './kafka-errors';
import { OFFSET_BEGINNING, OFFSET_END, OFFSET_INVALID } from './offsets';
import { connectionProperties, type KafkaProperties } from './kafka-properties';
import type { ClientMeter, KafkaMeter } from '../metrics/kafka-meter';
import type { MemoryCharge } from '../handles/memory-budget';
import { connectClient, type SessionOptions } from './session-options';
import { consumerBufferBytes } from './client-memory';

export { OFFSET_BEGINNING, OFFSET_END, OFFSET_INVALID };
export type { PartitionOffset };
export { messageBytes } from './consumer-events';

/** The plugin's default consumer timeout (cppkafka's handle timeout). */
const DEFAULT_CONSUMER_TIMEOUT_MS = 1000;
/** librdkafka's default auto.commit.interval.ms. */
const DEFAULT_AUTO_COMMIT_INTERVAL_MS = 5000;

/** What a batch poll returned, and whether it stopped at its byte budget with more to come. */
export interface PolledBatch {
  messages: Message[];
  byteLimitReached: boolean;
}

/** Who a consumer is in its group, and how to reach its brokers as it does. */
export interface ConsumerIdentity {
  groupId: string;
  clientId: string;
  bootstrap: string;
  connection: KafkaProperties;
}

/** What a session is made of: the connected consumer, and what its config decided. */
interface ConsumerParts {
  consumer: KafkaConsumer;
  autoCommit: boolean;
  /** How often what was handed out is committed, while auto-commit is on; 0: never by timer. */
  autoCommitIntervalMs: number;
  autoStore: boolean;
  identity: ConsumerIdentity;
  /** Whether the client asked for statistics: only then are they events of its main queue. */
  clientStats: boolean;
  /** What librdkafka may buffer, and the charge for it and the queues' limits, taken from the memory budget. */
  memory: { charge: MemoryCharge; clientBytes: number } | undefined;
  log: Logger;
  meter: KafkaMeter | undefined;
}

export type RebalanceListener = (kind: 'assigned' | 'revoked', partitions: TopicPartition[]) => void;

/**
 * A librdkafka consumer with the plugin's operations. Its messages and events are read by one router
 * (consumer-router.ts), in the background; the reads here take from the router's queues. node-rdkafka's calls
 * that block run on libuv's thread pool; the handle registry runs one client call at a time on a session.
 */
export class ConsumerSession {
  timeoutMs = DEFAULT_CONSUMER_TIMEOUT_MS;
  readonly router: ConsumerRouter;
  /** The offsets given to Assign: librdkafka's assignment list does not keep them. */
  private assignedAt = new Map<string, number>();
  /** Whether the client subscribed (the group assigns) or assigned partitions itself. */
  private mode: 'none' | 'subscribed' | 'assigned' = 'none';
  private readonly rebalanceListeners = new Set<RebalanceListener>();
  /** Where a partition the group assigns starts, when its reader knows better than the group's committed offset. */
  private startAt: ((tp: TopicPartition) => number | undefined) | undefined;
  private committedVersion = 0;
  private readonly autoCommitTimer: NodeJS.Timeout | undefined;
  private readonly stats: ClientMeter | undefined;
  /** Called with each offset commit result librdkafka reports (offset_commit_cb). */
  private readonly commitListeners = new Set<(err: LibrdKafkaErrorLike | undefined, offsets: TopicPartitionOffset[]) => void>();

  private readonly consumer: KafkaConsumer;
  private readonly autoCommit: boolean;
  private readonly autoStore: boolean;
  /** Who the consumer is in its group, and how to reach its brokers as it does (for GetMemberId). */
  readonly identity: ConsumerIdentity;
  /** What the memory budget gave this consumer, given back when it closes. */
  private readonly charge: MemoryCharge | undefined;

  private constructor(parts: ConsumerParts) {
    const { consumer, autoStore, identity, log, meter, clientStats, memory } = parts;
    this.consumer = consumer;
    this.autoCommit = parts.autoCommit;
    this.autoStore = autoStore;
    this.identity = identity;
    this.charge = memory?.charge;
    const reserve = memory && ((queueBytes: number, what: string) => memory.charge.resize(memory.clientBytes + queueBytes, what));
    this.router = new ConsumerRouter(fetchSource(consumer), { autoStore, limits: { ...DEFAULT_QUEUE_LIMITS }, log, meter, reserve });
    this.stats = meter?.client('consumer', identity.groupId);
    if (parts.autoCommit && parts.autoCommitIntervalMs > 0) {
      this.autoCommitTimer = setInterval(() => this.commitHandedOut(), parts.autoCommitIntervalMs);
      this.autoCommitTimer.unref();
    }
    consumer.on('offset.commit', (err: unknown, offsets: TopicPartitionOffset[] | undefined) => {
      const failure = isLibrdKafkaError(err) ? err : undefined;
      this.router.event({ name: 'OffsetCommit', error: failure, partitions: (offsets ?? []).map(normalise) });
      for (const l of this.commitListeners) l(failure, offsets ?? []);
    });
    consumer.on('event.error', (error) => this.router.event({ name: 'Error', error: asKafkaError(error) }));
    consumer.on('event.stats', (stats: { message: string }) => {
      this.stats?.stats(stats.message);
      if (clientStats) this.router.event({ name: 'Stats', json: stats.message });
    });
    consumer.on('event.log', (line: { severity: number; fac: string; message: string }) =>
      this.router.event({ name: 'Log', severity: line.severity, facility: line.fac, message: line.message }),
    );
  }

  /**
   * The group's rebalances (rebalance_cb): the session applies them, so that a client's own Assign after an
   * Unsubscribe is not undone by the group's revoke that librdkafka delivers later. What the router holds for a
   * revoked partition is dropped: it was not handed out, and the partition's next owner reads it.
   */
  private rebalanced(err: { code: number } | undefined, assignment: TopicPartition[]): void {
    const kind = err?.code === KafkaCode.ASSIGN_PARTITIONS ? 'assigned' : 'revoked';
    const partitions = assignment.map((a) => ({ topic: a.topic, partition: a.partition }));
    const cooperative = this.consumer.rebalanceProtocol() === 'COOPERATIVE';
    try {
      if (this.mode === 'assigned') {
        // The group's answer to an Unsubscribe the client followed with Assign: the client's assignment stands,
        // and assigning it again is what completes the group's revoke.
        if (kind === 'revoked' && !cooperative) this.consumer.assign(this.reassignment());
        return;
      }
      if (kind === 'assigned') {
        const startAt = this.startAt;
        const starting = startAt
          ? assignment.map((tp) => {
              const offset = startAt(tp);
              return offset === undefined ? tp : { topic: tp.topic, partition: tp.partition, offset };
            })
          : assignment;
        if (cooperative) this.consumer.incrementalAssign(starting);
        else this.consumer.assign(starting);
      } else {
        this.router.dropPartitions(partitions);
        this.router.forgetPartitions(partitions);
        if (cooperative) this.consumer.incrementalUnassign(assignment);
        else this.consumer.unassign();
      }
    } catch (e) {
      if (this.consumer.isConnected()) this.router.event({ name: 'Error', error: asKafkaError(e) });
    }
    this.router.event({ name: 'Rebalance', kind, partitions: partitions.map((p) => ({ ...p, offset: OFFSET_INVALID })) });
    for (const l of this.rebalanceListeners) l(kind, partitions);
  }

  /**
   * What "commit what was read" means for partitions the client assigned itself, where librdkafka stores no
   * offsets: the offsets after what was handed out. null where librdkafka's stored offsets are the answer.
   */
  private unstored(): PartitionOffset[] | null {
    if (this.mode !== 'assigned' || !this.autoStore) return null;
    // The client's own assignment is what it assigned: asking librdkafka takes its lock, at every prompt commit.
    const list = this.router.handedOutOffsets().offsets.filter((p) => this.assignedAt.has(key(p)));
    return list.length ? list.map(normalise) : null;
  }

  /**
   * enable.auto.commit for partitions the client assigned itself: librdkafka's automatic commit commits stored
   * offsets, and there are none for those, so the session commits what was handed out, as often.
   */
  private commitHandedOut(): void {
    const { version } = this.router.handedOutOffsets();
    if (version === this.committedVersion) return;
    const list = this.unstored();
    if (!list) return;
    this.committedVersion = version;
    try {
      this.consumer.commit(list);
    } catch (err) {
      this.router.event({ name: 'Error', error: asKafkaError(err) });
    }
  }

  private setMode(mode: 'none' | 'subscribed' | 'assigned'): void {
    this.mode = mode;
    this.router.storing = this.autoStore && mode !== 'assigned';
  }

  /** The client's own assignment, each partition from where it has got to. */
  private reassignment(): Assignment[] {
    const positions = new Map(this.positions([]).map((p) => [key(p), p.offset]));
    this.router.dropAll();
    return [...this.assignedAt.entries()].map(([k, offset]) => {
      const [topic, partition] = k.split('\0') as [string, string];
      const at = positions.get(k);
      return { topic, partition: Number(partition), offset: at !== undefined && at >= 0 ? at : offset };
    });
  }

  /** Builds the consumer and checks that its brokers answer, as the plugin's generation B does. */
  static async create(config: Record<string, string>, o: SessionOptions): Promise<ConsumerSession> {
    const { log, meter } = o;
    // auto.offset.reset is a topic-level property: node-rdkafka's topic config replaces whatever the global
    // config says about it, so it has to travel there.
    const { 'auto.offset.reset': reset, ...rest } = config;
    // A client.id of its own lets GetMemberId tell this consumer from the group's other members.
    const global: Record<string, string> = { 'client.id': `kgw-${randomBytes(9).toString('base64url')}`, ...rest };
    // With metrics on, a consumer whose config asks for no statistics reports them (its lag) at the gateway's interval.
    const clientStats = global['statistics.interval.ms'] !== undefined;
    if (meter && !clientStats && meter.statisticsIntervalMs > 0) global['statistics.interval.ms'] = String(meter.statisticsIntervalMs);
    const autoStore = global['enable.auto.offset.store'] !== 'false';
    // The router hands messages out after librdkafka did, so it stores their offsets itself, when it does.
    let session: ConsumerSession | undefined;
    const rebalance_cb = (err: { code: number } | undefined, assignment: TopicPartition[]) => session?.rebalanced(err, assignment);
    const clientBytes = consumerBufferBytes(global);
    const charge = o.memory?.take(clientBytes + DEFAULT_QUEUE_LIMITS.maxBytes, 'a consumer (its queued.max.messages.kbytes, fetch.max.bytes and consumer queue)');
    const consumer = await connectClient(
      () => {
        const built = new KafkaConsumer(
          { ...global, 'enable.auto.offset.store': false, rebalance_cb, offset_commit_cb: true },
          reset === undefined ? {} : ({ 'auto.offset.reset': reset } as ConsumerTopicConfig),
        );
        built.on('event.error', (err) => log.debug({ err }, 'consumer error event'));
        return built;
      },
      global,
      o,
      charge,
    );
    const autoCommit = global['enable.auto.commit'] !== 'false';
    const identity = {
      groupId: global['group.id'] ?? '',
      clientId: global['client.id']!,
      bootstrap: global['bootstrap.servers'] ?? global['metadata.broker.list'] ?? '',
      connection: connectionProperties(global),
    };
    session = new ConsumerSession({
      consumer,
      autoCommit,
      autoCommitIntervalMs: Number(global['auto.commit.interval.ms'] ?? DEFAULT_AUTO_COMMIT_INTERVAL_MS),
      autoStore,
      identity,
      clientStats,
      memory: charge && { charge, clientBytes },
      log,
      meter,
    });
    session.router.start();
    return session;
  }

  /** Calls `listener` on every rebalance until the returned function is called. */
  onRebalance(listener: RebalanceListener): () => void {
    this.rebalanceListeners.add(listener);
    return () => this.rebalanceListeners.delete(listener);
  }

  /**
   * From now on, partitions the group assigns start where `startAt` says (undefined: at the committed offset).
   * A sub-job's table holds its positions, and they win over Kafka's: a crash between the two commits repeats
   * nothing. undefined removes the hook.
   */
  setStartPositions(startAt: ((tp: TopicPartition) => number | undefined) | undefined): void {
    this.startAt = startAt;
  }

  /** Whether the consumer commits by itself (enable.auto.commit). */
  get autoCommits(): boolean {
    return this.autoCommit;
  }

  /** Whether the group assigns the partitions (subscribed), the client did (assigned), or neither yet. */
  get readMode(): 'none' | 'subscribed' | 'assigned' {
    return this.mode;
  }

  /** Marks the consumer as read by a stream until the returned function is called; a second stream is refused. */
  claimForStream(id: string): () => void {
    return this.router.consumerQueue.claim(id);
  }

  subscribe(topics: string[]): void {
    this.consumer.subscribe(topics);
    this.setMode('subscribed');
  }

  unsubscribe(): void {
    this.consumer.unsubscribe();
    this.unassign();
    this.setMode('none');
  }

  /** One message, or undefined when none arrived within the timeout (or before `reader` went). */
  async poll(timeoutMs: number, reader?: Reader): Promise<Message | undefined> {
    return (await this.router.take(this.router.consumerQueue, 1, Infinity, timeoutMs, { reader })).messages[0];
  }

  /**
   * Up to `max` messages, and at most `maxBytes` of payloads and keys (at least one message, however large). As
   * the plugin: rounds of up to the missing count, each waiting up to the timeout; it stops when a round brings
   * nothing or the batch is full. What does not fit the budget stays queued for the next read. Every round ends
   * before `reader`'s deadline; a later one then answers with what the rounds before it took.
   */
  async pollBatch(max: number, timeoutMs: number, maxBytes = Infinity, reader?: Reader): Promise<PolledBatch> {
    const messages: Message[] = [];
    let bytes = 0;
    while (messages.length < max) {
      const first = messages.length === 0;
      const round = await this.router.take(this.router.consumerQueue, max - messages.length, maxBytes - bytes, timeoutMs, {
        stopAtError: !first,
        strictBytes: !first,
        reader,
        holding: !first,
      });
      for (const m of round.messages) {
        messages.push(m);
        bytes += messageBytes(m);
      }
      if (round.byteLimitReached) return { messages, byteLimitReached: true };
      if (round.messages.length === 0) break;
    }
    return { messages, byteLimitReached: false };
  }

  /**
   * Commits the given offsets, or the stored ones (what was handed out) when none are given. A synchronous commit
   * waits up to `timeoutMs` for the coordinator's answer without blocking the process (node-rdkafka's commitSync
   * holds the JavaScript thread until the coordinator answers); the router's polls serve the answer.
   */
  async commit(offsets: PartitionOffset[], async: boolean, timeoutMs: number): Promise<void> {
    const list = offsets.length ? offsets : this.unstored();
    if (async) {
      if (list) this.consumer.commit(list);
      else this.consumer.commit();
      return;
    }
    let outcome: { err: LibrdKafkaErrorLike | undefined } | undefined;
    let answered: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (answered = resolve));
    const listener = (err: LibrdKafkaErrorLike | undefined, reported: TopicPartitionOffset[]) => {
      if (outcome || !answers(list, err, reported)) return;
      outcome = { err };
      answered();
    };
    this.commitListeners.add(listener);
    let timer: NodeJS.Timeout | undefined;
    try {
      if (list) this.consumer.commit(list);
      else this.consumer.commit();
      await Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    } finally {
      clearTimeout(timer);
      this.commitListeners.delete(listener);
    }
    if (!outcome) {
      throw new GatewayError('DEADLINE_EXCEEDED', 'COMMIT_TIMED_OUT', `the group coordinator did not answer the commit within ${timeoutMs} ms; it may still be applied`);
    }
    if (outcome.err) throw outcome.err;
  }

  assign(partitions: PartitionOffset[]): void {
    this.router.dropAll();
    this.consumer.assign(partitions as Assignment[]);
    this.assignedAt = new Map(partitions.map((p) => [key(p), p.offset]));
    this.setMode('assigned');
  }

  unassign(): void {
    this.router.dropAll();
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
    this.router.pauseByUser(partitions.length ? partitions : this.consumer.assignments());
  }

  resume(partitions: TopicPartition[]): void {
    this.router.resumeByUser(partitions.length ? partitions : this.consumer.assignments());
  }

  /** The partition ids of each topic, as this consumer's cluster reports them; a topic it does not know has none. */
  async partitionsOf(topics: string[], timeoutMs: number): Promise<TopicPartition[]> {
    const out: TopicPartition[] = [];
    for (const topic of topics) {
      const metadata = await promised<{ topics: { name: string; partitions: { id: number }[] }[] }>((cb) => this.consumer.getMetadata({ topic, timeout: timeoutMs }, cb));
      const found = metadata.topics.find((t) => t.name === topic);
      for (const p of found?.partitions ?? []) out.push({ topic, partition: p.id });
    }
    return out;
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

  /** The next offset to read per partition; a message fetched and not yet handed out counts as not read. */
  positions(partitions: TopicPartition[]): PartitionOffset[] {
    const positions = this.consumer.position(partitions.length ? partitions : this.consumer.assignments()).map(normalise);
    const firstHeld = this.router.firstHeldOffsets();
    if (firstHeld.size === 0) return positions;
    return positions.map((p) => ({ ...p, offset: firstHeld.get(key(p)) ?? p.offset }));
  }

  /** Stores offsets for the next automatic commit; with none given, the current positions. */
  store(offsets: PartitionOffset[]): void {
    const list = offsets.length ? offsets : this.positions([]).filter((p) => p.offset >= 0);
    this.consumer.offsetsStore(list);
  }

  /** Moves a partition's next read to `offset` (a real offset, OFFSET_BEGINNING or OFFSET_END). */
  async seek(topic: string, partition: number, offset: number, timeoutMs: number): Promise<void> {
    this.router.dropPartitions([{ topic, partition }]);
    await promised((cb) => this.consumer.seek({ topic, partition, offset }, timeoutMs, (err) => cb(err, undefined)));
    // A fetch that began before the seek may have brought the old position's messages meanwhile.
    this.router.dropPartitions([{ topic, partition }]);
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
    clearInterval(this.autoCommitTimer);
    this.stats?.close();
    try {
      await this.router.stop();
      if (!this.consumer.isConnected()) return;
      if (this.autoCommit) {
        try {
          const list = this.unstored();
          if (list) this.consumer.commit(list);
          else this.consumer.commit();
        } catch {
          // Nothing assigned or stored: nothing to commit.
        }
      }
      await promised((cb) => this.consumer.disconnect((err) => cb(err, undefined)));
    } finally {
      this.charge?.release();
    }
  }
}

/** node-rdkafka's consumer as the router reads it. */
function fetchSource(consumer: KafkaConsumer): FetchSource {
  return {
    consume(n, waitMs) {
      consumer.setDefaultConsumeTimeout(waitMs);
      return promised((cb) => consumer.consume(n, cb));
    },
    pause: (list) => consumer.pause(list),
    resume: (list) => consumer.resume(list),
    assignments: () => consumer.assignments(),
    offsetsStore: (list) => consumer.offsetsStore(list),
  };
}

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
