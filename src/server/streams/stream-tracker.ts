import { GatewayError } from '../../errors';

/** What the tracker needs of a live stream. */
export interface TrackedStream {
  /** Kafka messages the gateway holds for the stream's client. */
  buffered(): number;
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

  bufferedMessages(): number {
    let n = 0;
    for (const s of this.live) n += s.buffered();
    return n;
  }

  /** Ends every live stream with UNAVAILABLE, so that clients reconnect elsewhere. */
  shutdownAll(): void {
    for (const s of [...this.live]) s.shutdown(new GatewayError('UNAVAILABLE', 'SHUTTING_DOWN', 'the gateway is shutting down'));
  }
}
