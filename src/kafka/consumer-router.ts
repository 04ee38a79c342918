import type { Message, TopicPartition, TopicPartitionOffset } from 'node-rdkafka';
import type { Logger } from '../logger';
import { cut, GatewayError } from '../errors';
import { messageBytes, partitionKey, type ConsumerEvent, type HeldEvent, type QueueItem } from './consumer-events';
import { asKafkaError, hasKafkaCode, KafkaCode } from './kafka-errors';
import { LocalQueue, type QueueLimits } from './local-queue';
import type { KafkaMeter } from '../metrics/kafka-meter';

/** What the router needs of a librdkafka consumer; node-rdkafka's KafkaConsumer, or a fake in a unit test. */
export interface FetchSource {
  /** Up to n messages: the first waited for up to waitMs, the rest only if librdkafka already holds them. */
  consume(n: number, waitMs: number): Promise<Message[]>;
  pause(partitions: TopicPartition[]): void;
  resume(partitions: TopicPartition[]): void;
  assignments(): TopicPartition[];
  offsetsStore(offsets: TopicPartitionOffset[]): void;
}

export interface RouterOptions {
  /**
   * Store each message's offset as it is handed out (the client's enable.auto.offset.store, while the group
   * assigns the partitions; the session turns it off for partitions the client assigned itself).
   */
  autoStore: boolean;
  /** The consumer queue's limits; partition queues start with the same. */
  limits: QueueLimits;
  log: Logger;
  /** Counts what is fetched and what events are dropped, when metrics are on. */
  meter?: KafkaMeter | undefined;
  /**
   * Called with the new total of the consumer queue's and partition queues' byte limits before they grow or
   * shrink (a new partition queue, new limits, one given back); throwing refuses the change (the memory budget).
   */
  reserve?: ((queueBytes: number, what: string) => void) | undefined;
}

/**
 * The client a read is for. A read waits no longer than until a margin before the client's deadline, so that
 * what it takes reaches the client before grpc-js ends the call; and once the client has gone (cancelled, or past
 * its deadline: `signal` aborts) it takes nothing more, since what it took would be handed to no one.
 */
export interface Reader {
  readonly signal: AbortSignal;
  timeLeftMs(): number;
}

/** How much sooner than its client's deadline a read stops waiting, so that its answer is in time. */
const ANSWER_MARGIN_MS = 50;

/** When a read must stop waiting: after its timeout, or before its reader's deadline if that comes first. */
function waitEnd(timeoutMs: number, reader: Reader | undefined): { at: number; byDeadline: boolean } {
  const beforeDeadline = (reader?.timeLeftMs() ?? Infinity) - ANSWER_MARGIN_MS;
  // A read that was not to wait takes what is there, whatever the deadline.
  return timeoutMs > 0 && beforeDeadline < timeoutMs ? { at: Date.now() + Math.max(0, beforeDeadline), byDeadline: true } : { at: Date.now() + timeoutMs, byDeadline: false };
}

/** A read that found nothing before its client's deadline: the client is told so, rather than told "nothing". */
const deadlineReached = () => new GatewayError('DEADLINE_EXCEEDED', 'CALL_DEADLINE_REACHED', "the call's deadline came before a message did");

/** What a consumer queue holds unless its handle asks otherwise: enough for a stream to overlap fetch and send. */
export const DEFAULT_QUEUE_LIMITS: QueueLimits = { maxMessages: 2000, maxBytes: 4 * 1024 * 1024 };
/** The most events the main queue keeps; past it new ones are dropped (and counted), never messages. */
const MAX_EVENTS = 256;
/**
 * The longest one blocking librdkafka wait may hold a thread of libuv's pool. Longer waits are made of several:
 * the pool is shared by every consumer (and by file and DNS work), so no one call may keep a thread for long.
 */
const WAIT_SLICE_MS = 200;
/** How often a quiet consumer nobody waits on looks for what librdkafka fetched (a non-blocking call each time). */
const IDLE_TICK_MS = 100;

/** The most messages one fetch asks for: a queue's limit may be passed by one fetch at most. */
const FETCH_MAX = 500;
const ERROR_BACKOFF_MS = 200;
/**
 * How long a queue may stay full before the partitions feeding it are paused. Meanwhile the router fetches
 * nothing for them and librdkafka's own bounded queue holds what arrives. Pausing sooner would cost throughput:
 * librdkafka drops what it prefetched for a paused partition and fetches it again on resume, and a queue read
 * steadily from a backlog is full most of the time.
 */
const PAUSE_AFTER_FULL_MS = 1000;
/** The most payload and key bytes one Fetch event holds (at least one message, however large). */
const EVENT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The one reader of a librdkafka consumer. It fetches in the background, within the room its queues have, and
 * routes each message to the queue that should hold it: the partition's own queue if one was taken
 * (GetPartitionQueue), else the consumer queue, each following its forward. Events (errors, rebalances, commits,
 * statistics, logs) go to the main queue once someone took it (GetMainQueue), as the plugin's un-forwarding does.
 * A queue at its limits pauses the partitions that feed it, and the router goes on polling, so the consumer stays
 * in its group and its callbacks are served. Poll, PollBatch, the streams and the queue calls all read queues.
 */
export class ConsumerRouter {
  readonly consumerQueue: LocalQueue;
  readonly mainQueue = new LocalQueue('main queue', { maxMessages: MAX_EVENTS, maxBytes: Infinity });
  private readonly partitionQueues = new Map<string, LocalQueue>();
  private recordingEvents = false;
  droppedEvents = 0;
  private readonly routerPaused = new Map<string, TopicPartition>();
  private readonly userPaused = new Map<string, TopicPartition>();
  /** Per partition, the number of the last fetch begun when its messages were dropped: later results are stale. */
  private readonly droppedAt = new Map<string, number>();
  private fetches = 0;
  private demand = 0;
  private stopped = false;
  private running: Promise<void> | undefined;
  private wakeIdle: (() => void) | undefined;
  private meanBytes = 0;
  private readonly handed = new Map<string, TopicPartitionOffset>();
  /**
   * Whether handing out stores offsets now. librdkafka refuses to store offsets of partitions the client assigned
   * itself ("Erroneous state", with an exception each time): for those the session commits handedOutOffsets.
   */
  storing: boolean;
  /** How many queue handles stand for each queue. */
  private readonly handles = new Map<LocalQueue, number>();
  /**
   * When each queue that filled up became full; cleared once it is refillable again. Meanwhile nothing is fetched
   * for it, so this is how long its reader has left it without a quarter of its room.
   */
  private readonly fullSince = new Map<LocalQueue, number>();
  private handedVersion = 0;

  constructor(
    private readonly source: FetchSource,
    private readonly options: RouterOptions,
  ) {
    this.storing = options.autoStore;
    this.consumerQueue = new LocalQueue('consumer queue', { ...options.limits });
    this.consumerQueue.onTaken = () => this.roomGrew(this.consumerQueue);
  }

  start(): void {
    this.running ??= this.run().catch((err: unknown) => this.options.log.error({ err }, 'consumer fetch loop failed'));
  }

  /** Ends the fetch loop after the fetch in progress, and wakes every reader. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeIdle?.();
    for (const q of this.queues()) q.wake();
    await this.running;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /**
   * The queue of one partition: its messages go there from now on instead of to the consumer queue. `limits` are
   * the queue's new ones; a new queue starts with the consumer's default.
   */
  partitionQueue(topic: string, partition: number, limits?: QueueLimits): LocalQueue {
    const k = partitionKey({ topic, partition });
    let q = this.partitionQueues.get(k);
    if (q) {
      if (limits) this.setLimits(q, limits);
      return q;
    }
    const start = limits ?? this.options.limits;
    this.options.reserve?.(this.queueBytes() + start.maxBytes, `a partition queue of ${cut(topic)}[${partition}] (its limits.max_bytes)`);
    q = new LocalQueue(`partition queue ${topic}[${partition}]`, { ...start });
    const queue = q;
    q.onTaken = () => this.roomGrew(queue);
    this.partitionQueues.set(k, q);
    return q;
  }

  /** New limits for the consumer queue or a partition queue (RESOURCE_EXHAUSTED from `reserve`, nothing changed). */
  setLimits(queue: LocalQueue, limits: QueueLimits): void {
    this.options.reserve?.(this.queueBytes() - queue.limits.maxBytes + limits.maxBytes, `the ${queue === this.consumerQueue ? 'consumer queue' : 'partition queue'}'s limits.max_bytes`);
    queue.resize(limits);
  }

  /** What the consumer queue and the partition queues may hold together, by their limits. */
  private queueBytes(): number {
    let bytes = this.consumerQueue.limits.maxBytes;
    for (const q of this.partitionQueues.values()) bytes += q.limits.maxBytes;
    return bytes;
  }

  /** Gives a partition back to the consumer queue, with what its queue still holds. */
  private releasePartitionQueue(topic: string, partition: number): void {
    const k = partitionKey({ topic, partition });
    const q = this.partitionQueues.get(k);
    if (!q) return;
    this.partitionQueues.delete(k);
    this.options.reserve?.(this.queueBytes(), 'queues');
    q.forwardTo(undefined);
    q.moveAllTo(this.consumerQueue.target());
    q.wake();
  }

  /** A queue handle now stands for `queue`. */
  retain(queue: LocalQueue): void {
    this.handles.set(queue, (this.handles.get(queue) ?? 0) + 1);
    if (queue === this.mainQueue) this.recordEvents(true);
  }

  /**
   * A queue handle of `queue` was closed. With the last one, a partition queue gives its partition back to the
   * consumer queue, and the main queue stops keeping events; queues forwarded to it stop forwarding.
   */
  release(queue: LocalQueue): void {
    const left = (this.handles.get(queue) ?? 1) - 1;
    if (left > 0) return void this.handles.set(queue, left);
    this.handles.delete(queue);
    if (queue === this.mainQueue) this.recordEvents(false);
    for (const [k, q] of this.partitionQueues) {
      if (q !== queue) continue;
      // The queue goes away: whatever forwarded to it keeps what arrives again.
      for (const other of this.queues()) if (other.destination === queue) other.forwardTo(undefined);
      const [topic, partition] = k.split('\0') as [string, string];
      this.releasePartitionQueue(topic, Number(partition));
    }
    queue.wake();
  }

  /**
   * The next event of `queue`, waiting up to `timeoutMs` within `reader`'s deadline, as `take` does: messages at
   * its front make one Fetch event (up to a frame's worth), an error an Error event; nothing makes the empty event.
   */
  async nextEvent(queue: LocalQueue, timeoutMs: number, reader?: Reader): Promise<HeldEvent> {
    const end = waitEnd(timeoutMs, reader);
    for (;;) {
      if (reader?.signal.aborted) return { name: 'None' };
      const head = queue.peek();
      if (head?.kind === 'message') {
        const { messages } = queue.takeMessages(FETCH_MAX, EVENT_MAX_BYTES);
        this.handedOut(messages);
        return { name: 'Fetch', messages };
      }
      if (head) {
        queue.shift();
        return head.kind === 'event' ? head.event : { name: 'Error', error: head.error };
      }
      const left = end.at - Date.now();
      if (this.stopped) return { name: 'None' };
      if (left <= 0) {
        if (end.byDeadline) throw deadlineReached();
        return { name: 'None' };
      }
      await this.awaitItem(queue, left, reader?.signal);
    }
  }

  /** Keeps events in the main queue from now on (GetMainQueue), or stops and forgets them. */
  recordEvents(on: boolean): void {
    this.recordingEvents = on;
    if (!on) this.mainQueue.clear();
  }

  event(event: ConsumerEvent): void {
    if (!this.recordingEvents) return;
    const q = this.mainQueue.target();
    if (q.length >= MAX_EVENTS) {
      this.droppedEvents++;
      this.options.meter?.eventDropped();
      return;
    }
    q.push({ kind: 'event', event });
  }

  /**
   * Up to `max` messages from `queue` and at most `maxBytes` (at least one, unless `strictBytes`), waiting up to
   * `timeoutMs` for the first, within `reader`'s deadline (DEADLINE_EXCEEDED when that comes first, unless
   * `holding`: the caller already holds messages to answer with). An error the fetch met is thrown in its place;
   * with `stopAtError` it stays for the next read instead. Offsets are stored as messages are handed out, if the
   * consumer stores automatically. An event in the way stops the read where it does not serve events (the main
   * queue, a stream that sends them).
   */
  async take(
    queue: LocalQueue,
    max: number,
    maxBytes: number,
    timeoutMs: number,
    opts: { stopAtError?: boolean; strictBytes?: boolean; serveEvents?: boolean; reader?: Reader | undefined; holding?: boolean } = {},
  ): Promise<{ messages: Message[]; byteLimitReached: boolean }> {
    const reader = opts.reader;
    const end = waitEnd(timeoutMs, reader);
    for (;;) {
      if (reader?.signal.aborted) return { messages: [], byteLimitReached: false };
      if (opts.stopAtError && queue.peek()?.kind === 'error') return { messages: [], byteLimitReached: false };
      // Events in the main queue are for event readers; elsewhere a message reader serves them.
      const got = queue.takeMessages(max, maxBytes, !opts.strictBytes, opts.serveEvents ?? queue !== this.mainQueue);
      if (got.error) throw got.error;
      if (got.messages.length > 0 || got.byteLimitReached) {
        this.handedOut(got.messages);
        return { messages: got.messages, byteLimitReached: got.byteLimitReached };
      }
      const left = end.at - Date.now();
      if (this.stopped) return { messages: [], byteLimitReached: false };
      if (left <= 0) {
        // A read that already holds messages for its client (a batch's later round) answers with those.
        if (end.byDeadline && !opts.holding) throw deadlineReached();
        return { messages: [], byteLimitReached: false };
      }
      await this.awaitItem(queue, left, reader?.signal);
    }
  }

  /**
   * Notes messages as handed out to a client, and stores their offsets if the consumer stores automatically.
   * librdkafka refuses to store offsets of partitions the client assigned itself ("Erroneous state"); for those
   * the session commits what `handedOut` says instead.
   */
  handedOut(messages: readonly Message[]): void {
    if (messages.length === 0) return;
    // Messages come in runs of one partition, in offset order: the last of each run is where it has got to.
    const next = new Map<string, TopicPartitionOffset>();
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i]!;
      const after = messages[i + 1];
      if (after && after.partition === m.partition && after.topic === m.topic) continue;
      next.set(partitionKey(m), { topic: m.topic, partition: m.partition, offset: m.offset + 1 });
    }
    for (const [k, tpo] of next) this.handed.set(k, tpo);
    this.handedVersion++;
    if (!this.storing) return;
    try {
      this.source.offsetsStore([...next.values()]);
    } catch (err) {
      if (!hasKafkaCode(err, KafkaCode.STATE)) this.options.log.debug({ err }, 'storing offsets of handed-out messages failed');
    }
  }

  /** The next offset after the last message handed out, per partition; and a number that grows when it changes. */
  handedOutOffsets(): { offsets: TopicPartitionOffset[]; version: number } {
    return { offsets: [...this.handed.values()], version: this.handedVersion };
  }

  /** Forgets what is held for these partitions (revoked, re-assigned, or moved by a seek), and what is in flight. */
  dropPartitions(partitions: readonly { topic: string; partition: number }[]): void {
    const keys = new Set(partitions.map(partitionKey));
    for (const k of keys) {
      this.droppedAt.set(k, this.fetches);
      this.handed.delete(k);
    }
    for (const q of this.queues()) q.dropPartitions(keys);
  }

  /** Forgets everything held and in flight (the assignment is about to be replaced). */
  dropAll(): void {
    const keys = new Set(this.firstHeldOffsets().keys());
    for (const tp of this.source.assignments()) keys.add(partitionKey(tp));
    for (const k of keys) this.droppedAt.set(k, this.fetches);
    this.handed.clear();
    for (const q of this.queues()) q.dropPartitions(keys);
  }

  /** The first offset held per partition, over every queue: a reader's real position. */
  firstHeldOffsets(): Map<string, number> {
    const first = new Map<string, number>();
    for (const q of this.queues()) q.firstOffsets(first);
    return first;
  }

  pauseByUser(partitions: TopicPartition[]): void {
    this.source.pause(partitions);
    for (const p of partitions) this.userPaused.set(partitionKey(p), { topic: p.topic, partition: p.partition });
  }

  resumeByUser(partitions: TopicPartition[]): void {
    for (const p of partitions) this.userPaused.delete(partitionKey(p));
    // A partition whose queue is full stays paused until the queue has room.
    const resume = partitions.filter((p) => !this.routerPaused.has(partitionKey(p)));
    if (resume.length) this.source.resume(resume);
  }

  /** Partitions revoked: they are no one's to pause any more. */
  forgetPartitions(partitions: readonly TopicPartition[]): void {
    for (const p of partitions) {
      this.userPaused.delete(partitionKey(p));
      this.routerPaused.delete(partitionKey(p));
    }
  }

  /** Waits up to `ms` for `queue` to get something, with the fetch loop told that a reader waits. */
  private async awaitItem(queue: LocalQueue, ms: number, signal?: AbortSignal): Promise<void> {
    this.demand++;
    this.wakeIdle?.();
    try {
      await queue.wait(ms, signal);
    } finally {
      this.demand--;
    }
  }

  /** Every queue of this consumer. */
  private queues(): LocalQueue[] {
    return [this.consumerQueue, this.mainQueue, ...this.partitionQueues.values()];
  }

  private roomGrew(queue: LocalQueue): void {
    if ((this.routerPaused.size > 0 || this.fullSince.size > 0) && queue.refillable) this.wakeIdle?.();
  }

  private async run(): Promise<void> {
    let backlog = false;
    while (!this.stopped) {
      if (this.applyPauses()) {
        // A queue fed by a partition not yet paused is full: wait for room, or for the time to pause it.
        await this.idle(IDLE_TICK_MS);
        continue;
      }
      const n = this.fetchSize();
      const started = ++this.fetches;
      let got: Message[] = [];
      try {
        if (backlog) got = await this.source.consume(n, 0);
        if (got.length === 0) {
          got = await this.source.consume(1, this.demand > 0 ? WAIT_SLICE_MS : 0);
          if (got.length === 1 && n > 1) got = got.concat(await this.source.consume(n - 1, 0));
        }
      } catch (err) {
        this.fetchFailed(err);
        await this.idle(ERROR_BACKOFF_MS);
        continue;
      }
      backlog = got.length >= n;
      this.route(got, started);
      if (got.length === 0 && this.demand === 0) await this.idle(IDLE_TICK_MS);
    }
  }

  private route(messages: Message[], started: number): void {
    let bytes = 0;
    const meter = this.options.meter;
    if (meter) countFetched(meter, messages);
    // A fetch brings runs of one partition: where a run goes is looked up once, and each queue is woken once.
    let topic: string | undefined;
    let partition = -1;
    let into: LocalQueue | undefined;
    let run: QueueItem[] = [];
    for (const m of messages) {
      if (m.partition !== partition || m.topic !== topic) {
        if (into && run.length) into.pushAll(run);
        run = [];
        topic = m.topic;
        partition = m.partition;
        const k = partitionKey(m);
        into = (this.droppedAt.get(k) ?? 0) >= started ? undefined : (this.partitionQueues.get(k) ?? this.consumerQueue);
      }
      if (!into) continue;
      const size = messageBytes(m);
      bytes += size;
      run.push({ kind: 'message', message: m, bytes: size });
    }
    if (into && run.length) into.pushAll(run);
    if (messages.length) {
      const mean = bytes / messages.length;
      this.meanBytes = this.meanBytes === 0 ? mean : (this.meanBytes + mean) / 2;
    }
  }

  /** How many messages the next fetch may bring: what the fullest open queue has room for, by count and bytes. */
  private fetchSize(): number {
    let room = FETCH_MAX;
    for (const q of [this.consumerQueue, ...this.partitionQueues.values()]) {
      const t = q.target();
      if (this.fullSince.has(t)) continue;
      const byCount = t.limits.maxMessages - t.length;
      const byBytes = this.meanBytes > 0 ? Math.floor((t.limits.maxBytes - t.bytes) / this.meanBytes) : FETCH_MAX;
      room = Math.min(room, byCount, byBytes);
    }
    return Math.max(1, room);
  }

  /**
   * Pauses the partitions whose queue filled up and has not been refillable since, for PAUSE_AFTER_FULL_MS, and
   * resumes those whose queue has room again. Returns whether a partition not paused feeds such a queue: then
   * nothing may be fetched now. A reader that keeps taking makes its queue refillable well within that time, so
   * a queue read steadily from a backlog, full much of the time, is never paused.
   */
  private applyPauses(): boolean {
    const now = Date.now();
    let anyFull = false;
    const targets = new Set<LocalQueue>();
    for (const q of [this.consumerQueue, ...this.partitionQueues.values()]) {
      const t = q.target();
      targets.add(t);
      if (t.full && !this.fullSince.has(t)) this.fullSince.set(t, now);
      else if (t.refillable) this.fullSince.delete(t);
      if (this.fullSince.has(t)) anyFull = true;
    }
    // A queue released or no longer forwarded to is fed by nothing: it must not hold fetching back.
    for (const t of this.fullSince.keys()) if (!targets.has(t)) this.fullSince.delete(t);
    if (!anyFull && this.routerPaused.size === 0) return false;
    const pause: TopicPartition[] = [];
    const resume: TopicPartition[] = [];
    const assigned = new Set<string>();
    let blocked = false;
    for (const tp of this.source.assignments()) {
      const k = partitionKey(tp);
      assigned.add(k);
      const q = (this.partitionQueues.get(k) ?? this.consumerQueue).target();
      const since = this.fullSince.get(q);
      if (!this.routerPaused.has(k) && since !== undefined) {
        if (now - since >= PAUSE_AFTER_FULL_MS) {
          this.routerPaused.set(k, { topic: tp.topic, partition: tp.partition });
          if (!this.userPaused.has(k)) pause.push({ topic: tp.topic, partition: tp.partition });
        } else if (!this.userPaused.has(k)) blocked = true;
      } else if (this.routerPaused.has(k) && q.roomy) {
        this.routerPaused.delete(k);
        if (!this.userPaused.has(k)) resume.push({ topic: tp.topic, partition: tp.partition });
      }
    }
    for (const k of [...this.routerPaused.keys()]) if (!assigned.has(k)) this.routerPaused.delete(k);
    if (pause.length) this.source.pause(pause);
    if (resume.length) this.source.resume(resume);
    return blocked;
  }

  /** A fetch failed: the error is read in its place by the consumer queue's reader, and is an event. */
  private fetchFailed(err: unknown): void {
    const error = asKafkaError(err);
    this.consumerQueue.pushError(error);
    this.event({ name: 'Error', error });
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        if (self.wakeIdle === done) self.wakeIdle = undefined;
        resolve();
      }
      this.wakeIdle = done;
    });
  }
}

/** Counts a fetch's messages by topic, once per run of one topic; dropped ones too: the broker did send them. */
function countFetched(meter: KafkaMeter, messages: readonly Message[]): void {
  let topic: string | undefined;
  let records = 0;
  let bytes = 0;
  for (const m of messages) {
    if (m.topic !== topic) {
      if (topic !== undefined) meter.recordConsumed(topic, records, bytes);
      topic = m.topic;
      records = 0;
      bytes = 0;
    }
    records++;
    bytes += m.value?.length ?? 0;
  }
  if (topic !== undefined) meter.recordConsumed(topic, records, bytes);
}
