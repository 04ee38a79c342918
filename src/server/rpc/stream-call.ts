import { once } from 'node:events';
import { status, type ServerDuplexStream, type ServerWritableStream } from '@grpc/grpc-js';
import type { Logger } from '../../logger';
import { toGrpcStatus } from '../status/to-grpc-status';
import { cancelledCode } from './call-context';
import { wellFormed } from './malformed-request';
import type { Buffered } from '../streams/stream-tracker';
import type { Reader } from '../../kafka/consumer-router';
import { Signal } from './signal';

/**
 * The requests of a client stream. Unlike `for await (… of call)`, which destroys the stream when the client
 * half-closes, this leaves the sending side open for the responses still to come.
 */
export async function* requestsOf<Req>(call: ServerDuplexStream<Req, unknown>): AsyncGenerator<Req, void, undefined> {
  for await (const request of call.iterator({ destroyOnReturn: false }) as AsyncIterableIterator<Req>) yield wellFormed(request);
}

type WritableCall<Res> = ServerWritableStream<unknown, Res> | ServerDuplexStream<unknown, Res>;

/**
 * The sending side of a server-streaming or bidi call, with backpressure and one way to end. `signal` aborts when
 * the client cancels, the deadline passes or the gateway shuts the stream down; grpc-js also emits 'cancelled'
 * after a stream that ended normally, which `ended` tells apart. The call adapters (server-stream.ts,
 * bidi-stream.ts) make it; a stream's body only writes, and says with defer() what must go before the end.
 */
export class StreamSender<Res> {
  private readonly controller = new AbortController();
  private ended = false;
  /** The weight (e.g. Kafka messages, and their bytes) of the frames handed to grpc-js and not yet passed on. */
  private unflushed = 0;
  private unflushedBytes = 0;
  private readonly deferred: (() => void | Promise<void>)[] = [];
  private measured: (() => Buffered) | undefined;
  /** Notified whenever grpc-js passed a frame on. */
  readonly flushed = new Signal();

  constructor(
    private readonly call: WritableCall<Res>,
    private readonly log: Logger,
    /** Told how the stream ended: OK, the error's code, or CANCELLED (DEADLINE_EXCEEDED) when it ended unanswered. */
    private readonly onEnd: (code: status) => void = () => undefined,
  ) {
    call.once('cancelled', () => {
      if (!this.ended && !this.controller.signal.aborted) this.onEnd(cancelledCode(call));
      this.abort();
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * The client as the stream's reads see it: gone once the stream has ended, however it ended. The deadline is
   * not theirs to watch: a stream's loop would only spin on reads that end at once near it; grpc-js ends the call.
   */
  get reader(): Reader {
    return { signal: this.controller.signal, timeLeftMs: () => Infinity };
  }

  get open(): boolean {
    return !this.ended && !this.controller.signal.aborted;
  }

  /** The weight of the frames written whose bytes grpc-js still holds. */
  get pending(): number {
    return this.unflushed;
  }

  /** The byte weight of the frames written whose bytes grpc-js still holds. */
  get pendingBytes(): number {
    return this.unflushedBytes;
  }

  /**
   * Writes one frame of the given weight (and byte weight); resolves when grpc-js can take another (at once, or on
   * 'drain'), or the stream closed.
   */
  async write(message: Res, weight = 0, bytes = 0): Promise<void> {
    if (!this.open) return;
    this.unflushed += weight;
    this.unflushedBytes += bytes;
    const more = this.call.write(message, () => {
      this.unflushed -= weight;
      this.unflushedBytes -= bytes;
      this.flushed.notify();
    });
    if (!more) await this.until(once(this.call, 'drain'));
  }

  /** Waits for `promise`, or less if the stream closes first (then resolves undefined). */
  until<T>(promise: Promise<T>): Promise<T | undefined> {
    if (!this.open) return Promise.resolve(undefined);
    return new Promise<T | undefined>((resolve, reject) => {
      const onAbort = () => resolve(undefined);
      this.signal.addEventListener('abort', onAbort, { once: true });
      promise.then(
        (v) => {
          this.signal.removeEventListener('abort', onAbort);
          resolve(v);
        },
        (e: unknown) => {
          this.signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  }

  /** What the stream holds for its client (for the tracker): by default, the frames grpc-js has not passed on. */
  buffered(): Buffered {
    return this.measured ? this.measured() : { messages: this.unflushed, bytes: this.unflushedBytes };
  }

  /** Counts what the stream holds besides grpc-js's frames (a consume loop's prefetched messages). */
  measure(fn: () => Buffered): void {
    this.measured = fn;
  }

  /** Runs `fn` when the stream's body is over, before the client hears the end (last deferred first). */
  defer(fn: () => void | Promise<void>): void {
    this.deferred.push(fn);
  }

  /**
   * Runs a stream's body: its return ends the stream with OK, what it throws fails it through the one error
   * table. The deferred functions run first either way, so that what the stream made is gone when the client
   * hears the end.
   */
  run(serve: () => Promise<void>): void {
    const finish = async () => {
      let failure: unknown;
      for (const fn of this.deferred.splice(0).reverse()) {
        try {
          await fn();
        } catch (err) {
          failure ??= err;
        }
      }
      if (failure !== undefined) throw failure;
    };
    const settle = (end: () => void) =>
      Promise.resolve()
        .then(finish)
        .then(end, (err: unknown) => this.fail(err));
    void serve().then(
      () => settle(() => this.end()),
      (err: unknown) => settle(() => this.fail(err)),
    );
  }

  /** Ends the stream with OK. */
  end(): void {
    if (!this.open) return;
    this.ended = true;
    this.call.end();
    this.onEnd(status.OK);
    this.abort();
  }

  /** Ends the stream with the status of `err` (through the one error table). */
  fail(err: unknown): void {
    if (!this.open) return;
    this.ended = true;
    const s = toGrpcStatus(err, this.log);
    this.call.emit('error', s);
    this.onEnd(s.code ?? status.UNKNOWN);
    this.abort();
  }

  private abort(): void {
    if (!this.controller.signal.aborted) this.controller.abort();
  }
}
