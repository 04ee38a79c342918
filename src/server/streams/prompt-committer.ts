import type { Logger } from '../../logger';

export interface PromptCommitterOptions {
  /** Commits the offsets stored so far; resolves once the coordinator answered (or gave up). */
  commit: () => Promise<void>;
  /** Commit at once when this many stored messages are waiting. */
  everyMessages: number;
  /** Commit this long after the first stored message that waits. */
  everyMs: number;
  log: Logger;
}

/**
 * When a stream's own consumer commits what it stored: for ConsumeAcked what was acknowledged, for Consume what was
 * sent. librdkafka's automatic commit runs every 5 s, and whatever was stored after the last one is read again by
 * the group when the consumer dies (its gateway killed) or loses its partitions (a broker outage longer than its
 * session). This commits soon after something is stored (by time), at once after much (by count), one commit at a
 * time: a commit that waits for a slow or absent coordinator gathers what comes meanwhile into the next one,
 * instead of piling requests up.
 */
export class PromptCommitter {
  private waiting = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly o: PromptCommitterOptions) {}

  /** `count` more messages have their offsets stored and not committed yet. */
  stored(count: number): void {
    if (this.closed || count <= 0) return;
    this.waiting += count;
    this.schedule();
  }

  /** Stops committing and waits for a commit in flight; the consumer's last commit follows. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private schedule(): void {
    if (this.inFlight || this.waiting === 0) return;
    if (this.waiting >= this.o.everyMessages) {
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
      .catch((err: unknown) => this.o.log.debug({ err }, 'a prompt commit failed; the next one takes its offsets along'))
      .finally(() => {
        this.inFlight = undefined;
        if (!this.closed) this.schedule();
      });
  }
}

/** How soon stored offsets are committed (unless the client sets auto.commit.interval.ms), and after how many. */
const COMMIT_EVERY_MS = 100;
const COMMIT_EVERY_MESSAGES = 1000;
/** How long one of those commits waits for the coordinator before the next may start. */
const COMMIT_WAIT_MS = 5_000;

/**
 * Prompt commits for a consumer a stream made, unless the client turned automatic commits off (enable.auto.commit
 * false, or an interval of 0, as librdkafka reads it): it then commits with the stream's handle itself. A client's
 * auto.commit.interval.ms sets their pace instead of 100 ms.
 */
export function promptCommitter(config: Record<string, string>, commit: (timeoutMs: number) => Promise<void>, log: Logger): PromptCommitter | undefined {
  const interval = config['auto.commit.interval.ms'];
  if (config['enable.auto.commit'] === 'false' || config['auto.commit.enable'] === 'false' || interval === '0') return undefined;
  return new PromptCommitter({
    commit: () => commit(COMMIT_WAIT_MS),
    everyMessages: COMMIT_EVERY_MESSAGES,
    everyMs: interval === undefined ? COMMIT_EVERY_MS : Number(interval),
    log,
  });
}
