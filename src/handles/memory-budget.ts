import { totalmem } from 'node:os';
import { GatewayError } from '../errors';

const MIB = 1024 * 1024;

/**
 * The memory every client together may make the gateway hold: the most each producer, consumer and queue may
 * buffer by its config and limits, taken when it is made and given back when it closes. Handle caps bound how
 * many there are and limits how much each holds; this bounds their product, which caps alone would let reach many
 * times the machine's memory. What is taken is each one's ceiling, not its use: the gateway refuses what could
 * exhaust it before it happens, not once it does.
 *
 * A client's share (`share`) is a budget of its own inside this one: what it takes counts against both, so that
 * one client cannot take all of the gateway's budget and leave none to the others.
 */
export class MemoryBudget {
  private taken = 0;

  /** `owner`: the client whose share this is; undefined: the gateway's whole budget. */
  constructor(
    readonly totalBytes: number,
    private readonly owner?: string,
    private readonly parent?: MemoryBudget,
  ) {}

  get usedBytes(): number {
    return this.taken;
  }

  /** The share of `owner`, at most `bytes` of this budget. */
  share(owner: string, bytes: number): MemoryBudget {
    return new MemoryBudget(Math.min(bytes, this.totalBytes), owner, this);
  }

  /** Takes `bytes` for a new client or queue (`what` says which, and by which settings), or RESOURCE_EXHAUSTED. */
  take(bytes: number, what: string): MemoryCharge {
    this.check(bytes, what);
    this.moved(bytes);
    return new MemoryCharge(this, bytes, what);
  }

  /**
   * Throws RESOURCE_EXHAUSTED when `more` bytes do not fit: in the gateway's budget (said first, it is what every
   * client waits for), then in the client's share.
   */
  check(more: number, what: string): void {
    this.parent?.check(more, what);
    if (more > 0 && this.taken + more > this.totalBytes) {
      const left = Math.max(0, this.totalBytes - this.taken);
      const whose = this.owner === undefined ? "the gateway's memory budget" : `client ${this.owner}'s share of the memory budget (--memory-budget-per-client-mb)`;
      throw new GatewayError(
        'RESOURCE_EXHAUSTED',
        this.owner === undefined ? 'MEMORY_BUDGET_EXHAUSTED' : 'CLIENT_MEMORY_BUDGET_EXHAUSTED',
        `${what} would take ${mib(more)} MiB of ${whose}, which has ${mib(left)} of ${mib(this.totalBytes)} MiB left: ask for smaller buffers or queues, or close handles`,
      );
    }
  }

  /** @internal A charge changed by `delta` bytes (checked by the charge); a share passes it on to its budget. */
  moved(delta: number): void {
    this.taken += delta;
    this.parent?.moved(delta);
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

/**
 * A client's share of --memory-budget-per-client-mb: that many MiB, or with 0 a quarter of the budget (as
 * the default handle caps let one client hold a quarter of the gateway's handles).
 */
export function memoryShareBytes(mb: number, budgetBytes: number): number {
  return mb > 0 ? mb * MIB : Math.floor(budgetBytes / 4);
}

const mib = (bytes: number) => (bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 1);
