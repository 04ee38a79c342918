import { GatewayError } from '../errors';

/**
 * A fixed number of places for short-lived resources that are not handles (a GetMetadata call's own client):
 * each costs librdkafka threads and sockets like a handle does, so their number is bounded too. A call that finds
 * no place is refused at once rather than queued, so that waiting callers cannot pile up either.
 */
export class Slots {
  private used = 0;

  constructor(
    private readonly size: number,
    private readonly what: string,
  ) {}

  /** Runs `fn` in a place, or throws RESOURCE_EXHAUSTED when all are taken. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.used >= this.size) {
      throw new GatewayError('RESOURCE_EXHAUSTED', 'TOO_MANY_TEMPORARY_CLIENTS', `${this.size} ${this.what} are open at once, the limit; try again shortly`);
    }
    this.used++;
    try {
      return await fn();
    } finally {
      this.used--;
    }
  }

  get inUse(): number {
    return this.used;
  }
}
