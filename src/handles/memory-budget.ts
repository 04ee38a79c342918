import { totalmem } from 'node:os';
import { GatewayError } from '../errors';

const MIB = 1024 * 1024;

/**
 * The memory every client together may make the gateway hold: the most each producer, consumer and queue may
 * buffer by its config and limits, taken when it is made and given back when it closes. Handle caps bound how
 * many there are and limits how much each holds; this bounds their product, which caps alone would let reach many
 * times the machine's memory. What is taken is each one's ceiling, not its use: the gateway refuses what could
 * exhaust it before it happens, not once it does.
 */
export class MemoryBudget {
  private taken = 0;

  constructor(readonly totalBytes: number) {}

  get usedBytes(): number {
    return this.taken;
  }

  /** Takes `bytes` for a new client or queue (`what` says which, and by which settings), or RESOURCE_EXHAUSTED. */
  take(bytes: number, what: string): MemoryCharge {
    this.check(bytes, what);
    this.taken += bytes;
    return new MemoryCharge(this, bytes, what);
  }

  /** Throws RESOURCE_EXHAUSTED when `more` bytes do not fit. */
  check(more: number, what: string): void {
    if (more <= 0 || this.taken + more <= this.totalBytes) return;
    const left = Math.max(0, this.totalBytes - this.taken);
    throw new GatewayError(
      'RESOURCE_EXHAUSTED',
      'MEMORY_BUDGET_EXHAUSTED',
      `${what} would take ${mib(more)} MiB of the gateway's memory budget, which has ${mib(left)} of ${mib(this.totalBytes)} MiB left: ask for smaller buffers or queues, or close handles`,
    );
  }

  /** @internal A charge changed by `delta` bytes (checked by the charge). */
  moved(delta: number): void {
    this.taken += delta;
  }
}

/** What one client or queue took from the budget; it may grow (checked) or shrink, and is given back once. */
export class MemoryCharge {
  private released = false;

  constructor(
    private readonly budget: MemoryBudget,
    private taken: number,
    private readonly what: string,
  ) {}

  get bytes(): number {
    return this.taken;
  }

  /** Makes the charge `bytes`: RESOURCE_EXHAUSTED, with nothing changed, when growing does not fit. */
  resize(bytes: number, what = this.what): void {
    if (this.released) return;
    this.budget.check(bytes - this.taken, what);
    this.budget.moved(bytes - this.taken);
    this.taken = bytes;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.budget.moved(-this.taken);
    this.taken = 0;
  }
}

/** The budget of --memory-budget-mb: that many MiB, or with 0 half the machine's memory. */
export function memoryBudgetBytes(mb: number): number {
  return mb > 0 ? mb * MIB : Math.floor(totalmem() / 2);
}

const mib = (bytes: number) => (bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 1);
