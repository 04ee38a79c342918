import type { Message } from 'node-rdkafka';
import { GatewayError } from '../errors';
import { partitionKey, type QueueItem } from './consumer-events';
import type { LibrdKafkaErrorLike } from './kafka-errors';

/** The most a queue holds before the partitions feeding it are paused. */
export interface QueueLimits {
  maxMessages: number;
  maxBytes: number;
}

/** Forwarding chains longer than this are refused: librdkafka follows them on every enqueue, so does the gateway. */
const MAX_FORWARD_DEPTH = 8;

/**
 * One of a consumer's queues, kept by the gateway: what it fetched and has not yet handed out, in arrival order.
 * A queue may forward to another, as rd_kafka_queue_forward does: what arrives goes on to the destination, and
 * what it held moves there when the forward is set.
 */
export class LocalQueue {
  private items: QueueItem[] = [];
  /** Index of the first item still held: taking from the front does not move the array each time. */
  private head = 0;
  private heldBytes = 0;
  private forward: LocalQueue | undefined;
  private readonly waiters = new Set<() => void>();
  /** Whether a stream reads this queue: two would split its messages between them. */
  private streamed = false;
  /** Called when items were taken: room may have grown for the partitions feeding it. */
  onTaken: () => void = () => undefined;

  constructor(
    readonly name: string,
    private current: QueueLimits,
  ) {}

  /** How much it may hold before the partitions that feed it are paused. */
  get limits(): Readonly<QueueLimits> {
    return this.current;
  }

  /**
   * New limits. Only ConsumerRouter.setLimits calls this, once the memory budget has taken what they may hold:
   * a queue grown past it any other way would hold memory nobody counted.
   */
  resize(limits: QueueLimits): void {
    this.current = { ...limits };
  }

  /** Marks the queue as read by a stream until the returned function is called; a second one is refused. */
  claim(who: string): () => void {
    if (this.streamed) throw new GatewayError('FAILED_PRECONDITION', 'QUEUE_ALREADY_STREAMING', `${who} already has a stream reading its ${this.name}`);
    this.streamed = true;
    return () => (this.streamed = false);
  }

  get length(): number {
    return this.items.length - this.head;
  }

  get bytes(): number {
    return this.heldBytes;
  }

  get destination(): LocalQueue | undefined {
    return this.forward;
  }

  /** Whether it is at its limits: the partitions that feed it should not be fetched for now. */
  get full(): boolean {
    return this.length >= this.limits.maxMessages || this.heldBytes >= this.limits.maxBytes;
  }

  /**
   * Whether a queue that was full may be fetched for again: a quarter of its limits free. Fetching as soon as a
   * reader took a few messages would cost one librdkafka round trip per take, each bringing back only what was taken.
   */
  get refillable(): boolean {
    return this.length <= this.limits.maxMessages * 0.75 && this.heldBytes <= this.limits.maxBytes * 0.75;
  }

  /** Whether it has room again after being full: half its limits, so that pausing does not flap. */
  get roomy(): boolean {
    return this.length <= this.limits.maxMessages / 2 && this.heldBytes <= this.limits.maxBytes / 2;
  }

  /** Where items pushed here end up: this queue, or the end of its forwarding chain. */
  target(): LocalQueue {
    let q: LocalQueue = this;
    while (q.forward) q = q.forward;
    return q;
  }

  push(item: QueueItem): void {
    this.pushAll([item]);
  }

  /** Pushes items in order, waking the readers once. */
  pushAll(items: readonly QueueItem[]): void {
    const q = this.target();
    for (const item of items) {
      q.items.push(item);
      if (item.kind === 'message') q.heldBytes += item.bytes;
    }
    q.wake();
  }

  /** An error met by a fetch, read in its place; one in a row is enough (a broken fetch fails every round). */
  pushError(error: LibrdKafkaErrorLike): void {
    const q = this.target();
    if (q.items[q.items.length - 1]?.kind === 'error' && q.length > 0) return;
    q.push({ kind: 'error', error });
  }

  /** Forwards to `to` (undefined: stops forwarding); what this queue holds moves there. */
  forwardTo(to: LocalQueue | undefined): void {
    if (to === this) throw new GatewayError('INVALID_ARGUMENT', 'QUEUE_FORWARD_TO_ITSELF', '[PLUGIN::KAFKA] Messages cannot be forwarded to the same queue.');
    if (to) {
      let depth = 0;
      for (let q: LocalQueue | undefined = to; q; q = q.forward) {
        if (q === this) throw new GatewayError('FAILED_PRECONDITION', 'QUEUE_FORWARD_CYCLE', `${to.name} forwards (through others) to ${this.name}: forwarding would make a cycle`);
        if (++depth > MAX_FORWARD_DEPTH) throw new GatewayError('FAILED_PRECONDITION', 'QUEUE_FORWARD_TOO_DEEP', `forwarding chains are at most ${MAX_FORWARD_DEPTH} queues long`);
      }
    }
    this.forward = to;
    if (to) this.moveAllTo(to.target());
  }

  /** Moves everything held to `to`, in order, behind what it holds. */
  moveAllTo(to: LocalQueue): void {
    if (to === this) return;
    const moved = this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    this.heldBytes = 0;
    for (const item of moved) to.push(item);
    this.onTaken();
  }

  /** The first item without taking it. */
  peek(): QueueItem | undefined {
    return this.items[this.head];
  }

  /** Takes the first item of any kind. */
  shift(): QueueItem | undefined {
    const item = this.items[this.head];
    if (!item) return undefined;
    this.items[this.head++] = undefined as unknown as QueueItem;
    if (item.kind === 'message') this.heldBytes -= item.bytes;
    this.compact();
    this.onTaken();
    return item;
  }

  /**
   * Takes up to `max` messages from the front, and at most `maxBytes` of them (with `minOne`, at least one however
   * large). An error at the front is taken alone and returned as such: it is read in its place, as librdkafka's
   * would be; one further back stops the run and is read next. Events met on the way are served (dropped).
   */
  takeMessages(max: number, maxBytes: number, minOne = true, serveEvents = true): { messages: Message[]; error?: LibrdKafkaErrorLike; byteLimitReached: boolean } {
    const first = this.items[this.head];
    if (first?.kind === 'error') {
      this.shift();
      return { messages: [], error: first.error, byteLimitReached: false };
    }
    const messages: Message[] = [];
    let bytes = 0;
    let byteLimitReached = false;
    while (messages.length < max && this.head < this.items.length) {
      const item = this.items[this.head]!;
      if (item.kind === 'event' && serveEvents) {
        // A message reader serves the events it meets, as librdkafka's consumer poll does with a forwarded
        // main queue: they are not read again.
        this.items[this.head++] = undefined as unknown as QueueItem;
        continue;
      }
      if (item.kind !== 'message') break;
      if ((messages.length > 0 || !minOne) && bytes + item.bytes > maxBytes) {
        byteLimitReached = true;
        break;
      }
      messages.push(item.message);
      bytes += item.bytes;
      this.items[this.head++] = undefined as unknown as QueueItem;
    }
    this.heldBytes -= bytes;
    this.compact();
    if (messages.length) this.onTaken();
    return { messages, byteLimitReached };
  }

  /** Removes the messages of the given partitions (revoked, or moved by a seek); returns how many. */
  dropPartitions(keys: ReadonlySet<string>): number {
    const kept: QueueItem[] = [];
    let dropped = 0;
    for (let i = this.head; i < this.items.length; i++) {
      const item = this.items[i]!;
      if (item.kind === 'message' && keys.has(partitionKey(item.message))) {
        this.heldBytes -= item.bytes;
        dropped++;
      } else kept.push(item);
    }
    this.items = kept;
    this.head = 0;
    if (dropped) this.onTaken();
    return dropped;
  }

  /** The first offset held per partition: where a reader's position really is. */
  firstOffsets(into: Map<string, number>): void {
    for (let i = this.head; i < this.items.length; i++) {
      const item = this.items[i]!;
      if (item.kind !== 'message') continue;
      const k = partitionKey(item.message);
      if (!into.has(k)) into.set(k, item.message.offset);
    }
  }

  /** Drops everything held. */
  clear(): void {
    this.items = [];
    this.head = 0;
    this.heldBytes = 0;
    this.onTaken();
  }

  /**
   * Resolves once something is pushed, when `wake` is called, when `signal` aborts, or after `ms` (at most a
   * minute: a longer wait is the caller's loop, since timers cannot hold more than 2^31-1 ms).
   */
  wait(ms: number, signal?: AbortSignal): Promise<void> {
    if (ms <= 0 || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, Math.min(ms, 60_000));
      signal?.addEventListener('abort', done);
      this.waiters.add(done);
    });
  }

  /** Wakes every waiter (something arrived, or the queue is going away). */
  wake(): void {
    if (this.waiters.size === 0) return;
    for (const w of [...this.waiters]) w();
  }

  private compact(): void {
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
