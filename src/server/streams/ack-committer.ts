import type { Logger } from '../../logger';

export interface AckCommitterOptions {
  /** Commits the offsets stored so far; resolves once the coordinator answered (or gave up). */
  commit: () => Promise<void>;
  /** Commit at once when this many acknowledgements are waiting. */
  everyAcks: number;
  /** Commit this long after the first acknowledgement that waits. */
  everyMs: number;
  log: Logger;
}

/**
 * When a ConsumeAcked stream commits what was acknowledged. librdkafka's automatic commit runs every 5 s, so a
 * gateway killed between two of them had its group read everything acknowledged in those 5 s again. This commits
 * soon after an acknowledgement (by time), at once after many (by count), one commit at a time: a commit that waits
 * for a slow or absent coordinator gathers what comes meanwhile into the next one, instead of piling requests up.
 */
export class AckCommitter {
  private waiting = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly o: AckCommitterOptions) {}

  /** `count` acknowledgements stored offsets that are not committed yet. */
  stored(count: number): void {
    if (this.closed || count <= 0) return;
    this.waiting += count;
    this.schedule();
  }

  /** Stops committing and waits for a commit in flight; the stream's final commit follows. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private schedule(): void {
    if (this.inFlight || this.waiting === 0) return;
    if (this.waiting >= this.o.everyAcks) {
      this.flush();
      return;
    }
    this.timer ??= setTimeout(() => this.flush(), this.o.everyMs);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed || this.inFlight) return;
    this.waiting = 0;
    this.inFlight = this.o
      .commit()
      .catch((err: unknown) => this.o.log.debug({ err }, 'committing acknowledged offsets failed; the next commit takes them along'))
      .finally(() => {
        this.inFlight = undefined;
        if (!this.closed) this.schedule();
      });
  }
}
