import { GatewayError } from '../../errors';

/** Kafka messages the gateway holds for a stream's client, and their payload and key bytes. */
export interface Buffered {
  messages: number;
  bytes: number;
}

/** What the tracker needs of a live stream. */
export interface TrackedStream {
  buffered(): Buffered;
  /** Ends the stream with this error (at shutdown). */
  shutdown(err: GatewayError): void;
}

/**
 * The live consume streams of the gateway: how many, what they buffer (the gateway's memory bound, and what the
 * tests watch), and the means to end them all at shutdown.
 */
export class StreamTracker {
  private readonly live = new Set<TrackedStream>();

  add(stream: TrackedStream): () => void {
    this.live.add(stream);
    return () => this.live.delete(stream);
  }

  get count(): number {
    return this.live.size;
  }

  buffered(): Buffered {
    const sum = { messages: 0, bytes: 0 };
    for (const s of this.live) {
      const b = s.buffered();
      sum.messages += b.messages;
      sum.bytes += b.bytes;
    }
    return sum;
  }

  /** Ends every live stream with UNAVAILABLE, so that clients reconnect elsewhere. */
  shutdownAll(): void {
    for (const s of [...this.live]) s.shutdown(new GatewayError('UNAVAILABLE', 'SHUTTING_DOWN', 'the gateway is shutting down'));
  }
}
