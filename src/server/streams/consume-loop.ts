import type { Message } from 'node-rdkafka';
import { notFound } from '../../errors';
import { RebalanceKind, type ConsumeResponse } from '../../gen/kafkagateway/v1/consumer_service';
import type { MarshalType } from '../../gen/kafkagateway/v1/value';
import type { Reader } from '../../kafka/consumer-router';
import { messageBytes, type ConsumerSession } from '../../kafka/consumer-session';
import type { Logger } from '../../logger';
import { consumedMessage } from '../convert/consumed-message';
import type { Signal } from '../rpc/signal';
import type { StreamSender } from '../rpc/stream-call';
import type { FrameLimits } from './frame-limits';
import type { Buffered } from './stream-tracker';

/** How long an idle stream waits in one fetch for its next message before it looks at its stream again. */
const IDLE_WAIT_MS = 250;
/**
 * The most messages one fetch round asks librdkafka for. A round only ends when it is full or a wait times out, so
 * under a steady flow one large round could hold a frame back far beyond the linger time; small rounds let the
 * frame check its deadline between them.
 */
const ROUND_MAX = 128;

export interface ConsumeLoopOptions {
  session: ConsumerSession;
  out: StreamSender<ConsumeResponse>;
  /** Notified whenever room may have grown: a frame was flushed, or (acknowledged stream) messages were acked. */
  room: Signal;
  marshalType: MarshalType;
  limits: FrameLimits;
  /** Stop after this many messages; 0: never. */
  maxTotal: number;
  /** How many more messages the client may be sent now, besides the buffer limit (acknowledged stream). */
  credit?: () => number;
  /** Called with each frame's messages before the frame is written. */
  onSend?: (messages: Message[]) => void;
  /** The error a stream ends with when its consumer (or queue) is closed under it. */
  closed?: () => Error;
  /** The client: once it has gone, nothing more is taken for it (what it would not get stays queued). */
  reader: Reader;
  log: Logger;
}

/**
 * The send loop behind Consume and ConsumeAcked. It takes from the consumer queue only as many
 * messages as there is room for: room is the buffer limits (messages and bytes) minus what grpc-js still holds
 * for the client (and, acknowledged, the client's credit). While there is none, it takes nothing; the queue then
 * fills, and the consumer's router pauses the partitions that feed it while keeping the consumer in its group.
 */
export class ConsumeLoop {
  private stopped = false;
  /** Messages taken and not yet written, and their bytes. */
  private held = 0;
  private heldBytes = 0;
  /** The recent mean size of a message (payload and key); 0 until the first is seen. */
  private meanBytes = 0;

  constructor(private readonly o: ConsumeLoopOptions) {}

  /** What the gateway holds for this stream: taken, or written and not yet passed on by grpc-js. */
  buffered(): Buffered {
    return { messages: this.held + this.o.out.pending, bytes: this.heldBytes + this.o.out.pendingBytes };
  }

  /** Ends the loop after the fetch in progress; run() then resolves. */
  stop(): void {
    this.stopped = true;
    this.o.room.notify();
  }

  private get open(): boolean {
    return !this.stopped && this.o.out.open;
  }

  async run(): Promise<void> {
    const { session, out, limits, maxTotal } = this.o;
    const unlisten = session.onRebalance((kind, partitions) => {
      const value = { kind: kind === 'assigned' ? RebalanceKind.REBALANCE_KIND_ASSIGNED : RebalanceKind.REBALANCE_KIND_REVOKED, partitions };
      void out.write({ frame: { $case: 'rebalance', value } });
    });
    try {
      let sent = 0;
      let idle = true;
      while (this.open && (maxTotal === 0 || sent < maxTotal)) {
        await this.waitForRoom();
        if (!this.open) break;
        const n = Math.min(limits.maxMessages, this.room(), maxTotal === 0 ? Infinity : maxTotal - sent);
        const messages = await this.fetch(n, idle);
        idle = messages.length === 0;
        sent += messages.length;
        await this.send(messages);
      }
    } finally {
      unlisten();
    }
  }

  /**
   * How many messages may be fetched now. A message's size is known only once it is fetched, so the byte limit
   * is turned into a count by the recent mean size; with nothing pending one message may come however large.
   */
  private room(): number {
    const { limits, out } = this.o;
    const byCount = limits.maxBufferedMessages - out.pending;
    const byBytes =
      this.meanBytes === 0 ? Infinity : Math.max(out.pendingBytes === 0 ? 1 : 0, Math.floor((limits.maxBufferedBytes - out.pendingBytes) / this.meanBytes));
    return Math.min(byCount, byBytes, this.o.credit ? this.o.credit() : Infinity);
  }

  private noteSizes(messages: Message[]): void {
    if (messages.length === 0) return;
    let bytes = 0;
    for (const m of messages) bytes += sizeOf(m);
    const mean = bytes / messages.length;
    this.meanBytes = this.meanBytes === 0 ? mean : (this.meanBytes + mean) / 2;
  }

  /** Up to n messages from the queue, the first waited for up to timeoutMs. */
  private async round(n: number, timeoutMs: number): Promise<Message[]> {
    const { router } = this.o.session;
    if (router.isStopped) throw this.o.closed?.() ?? notFound('the consumer of this stream was closed', 'HANDLE_NOT_FOUND');
    return (await router.take(router.consumerQueue, n, Infinity, timeoutMs, { reader: this.o.reader })).messages;
  }

  /**
   * Up to n messages. After an idle round the first message is waited for longer; the rest of the frame is
   * gathered as `gather` does.
   */
  private async fetch(n: number, idle: boolean): Promise<Message[]> {
    if (!idle) return this.gather(n);
    const first = await this.round(1, IDLE_WAIT_MS);
    if (first.length === 0 || n === 1 || !this.open) return first;
    this.noteSizes(first); // the first size known since idle: it may shrink what the rest of the fetch can take
    const rest = Math.min(n, this.room()) - 1;
    return rest > 0 ? first.concat(await this.gather(rest, true)) : first;
  }

  /**
   * Up to n messages for a frame (`started`: one that already has a message), waiting at most the linger time in
   * all: once it has passed, only messages librdkafka already holds are taken, so a backlog still fills the frame
   * at full speed. Once the frame has a message, it lingers only while grpc-js still holds earlier frames for the
   * client. A client that has taken everything gets what has arrived at once, since waiting would only add
   * latency; while the connection is busy, frames grow at no cost.
   */
  private async gather(n: number, started = false): Promise<Message[]> {
    const deadline = Date.now() + this.o.limits.lingerMs;
    const out: Message[] = [];
    while (out.length < n && this.open) {
      const empty = !started && out.length === 0;
      // A round's timeout bounds each wait for a next message, not the round: a first message alone, so that a
      // steady trickle cannot stretch the wait for it.
      const want = empty ? 1 : Math.min(ROUND_MAX, n - out.length);
      const linger = empty || this.o.out.pending > 0;
      // Waits are cut into IDLE_WAIT_MS pieces so that a long linger still notices the loop being stopped in time
      // (a cancel ends the wait at once).
      const got = await this.round(want, linger ? Math.min(IDLE_WAIT_MS, Math.max(0, deadline - Date.now())) : 0);
      for (const m of got) out.push(m);
      if (got.length < want && (!linger || Date.now() >= deadline)) break;
    }
    return out;
  }

  /** Writes the messages in frames of at most maxMessages and maxBytes (a larger single message goes alone). */
  private async send(messages: Message[]): Promise<void> {
    const { out, limits, marshalType } = this.o;
    this.held = messages.length;
    this.heldBytes = 0;
    for (const m of messages) this.heldBytes += sizeOf(m);
    let start = 0;
    while (start < messages.length) {
      let end = start;
      let bytes = 0;
      while (end < messages.length && end - start < limits.maxMessages) {
        const size = sizeOf(messages[end]!);
        if (end > start && bytes + size > limits.maxBytes) break;
        bytes += size;
        end++;
      }
      const frame = messages.slice(start, end);
      this.noteSizes(frame);
      this.o.onSend?.(frame);
      this.held -= frame.length;
      this.heldBytes -= bytes;
      const response: ConsumeResponse = { frame: { $case: 'batch', value: { messages: frame.map((m) => consumedMessage(m, marshalType)) } } };
      await out.write(response, frame.length, bytes);
      start = end;
    }
    this.held = 0;
    this.heldBytes = 0;
  }

  /** Waits until there is room (the client read, or acknowledged); the router keeps the consumer alive meanwhile. */
  private async waitForRoom(): Promise<void> {
    while (this.open && this.room() <= 0) await this.o.out.until(this.o.room.wait(1000));
  }
}

/** What a message weighs against the frame and buffer byte limits: its payload and key. */
const sizeOf = messageBytes;
