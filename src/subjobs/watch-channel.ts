import type { StoredPosition } from '../tables/table-store';
import type { Rows } from './rows';

/** One batch of a job's parsed rows, and where its partitions stand after it. */
export interface WatchBatch {
  rows: Rows;
  positions: StoredPosition[];
}

/**
 * Between a job and the client watching it (WatchSubJob): at most `depth` rows wait here (a single larger batch
 * alone). The job waits for room, so a watcher that falls behind, or none at all, stops the job reading, and the
 * consumer's router then pauses its partitions. One watcher at a time.
 */
export class WatchChannel {
  private readonly batches: WatchBatch[] = [];
  private rows = 0;
  private watched = false;
  private closed = false;
  private roomWaiters: (() => void)[] = [];
  private batchWaiters: (() => void)[] = [];

  /** Called once a batch taken from here was sent to the watcher: the job commits its positions then. */
  onDelivered: (batch: WatchBatch) => void = () => undefined;

  constructor(private readonly depth: number) {}

  delivered(batch: WatchBatch): void {
    this.onDelivered(batch);
  }

  /** Waits for room, then queues the batch; false when the channel was closed meanwhile. */
  async put(batch: WatchBatch): Promise<boolean> {
    while (!this.closed && this.batches.length > 0 && this.rows + batch.rows.count > this.depth) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    if (this.closed) return false;
    this.batches.push(batch);
    this.rows += batch.rows.count;
    wakeAll(this.batchWaiters);
    return true;
  }

  /** Marks the channel as watched until the returned function is called; undefined when someone watches already. */
  watch(): (() => void) | undefined {
    if (this.watched) return undefined;
    this.watched = true;
    return () => (this.watched = false);
  }

  /** The next batch, waiting up to `ms`; undefined when none came or the channel is closed. */
  async take(ms: number): Promise<WatchBatch | undefined> {
    if (this.batches.length === 0 && !this.closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        this.batchWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const batch = this.batches.shift();
    if (batch) {
      this.rows -= batch.rows.count;
      wakeAll(this.roomWaiters);
    }
    return batch;
  }

  /** A batch taken and not sent (its watcher left meanwhile) goes back to the front, for the next watcher. */
  giveBack(batch: WatchBatch): void {
    if (this.closed) return;
    this.batches.unshift(batch);
    this.rows += batch.rows.count;
    wakeAll(this.batchWaiters);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Ends the channel: the job's wait and the watcher's wait return. What it held is dropped (not committed). */
  close(): void {
    this.closed = true;
    this.batches.length = 0;
    this.rows = 0;
    wakeAll(this.roomWaiters);
    wakeAll(this.batchWaiters);
  }
}

function wakeAll(waiters: (() => void)[]): void {
  for (const w of waiters.splice(0)) w();
}
