import { GatewayError } from '../errors';

/**
 * A turn for DuckDB calls, gateway-wide. DuckDB runs each call on a thread of libuv's pool, which node-rdkafka's
 * blocking calls share: without a bound, a burst of slow queries could take the threads the consumers poll on.
 * Calls beyond `concurrent` wait in line; beyond `waiting` they are refused at once (RESOURCE_EXHAUSTED), so the
 * line, and the memory behind it, stays bounded.
 */
export class CallGate {
  private running = 0;
  private readonly line: (() => void)[] = [];

  constructor(
    private readonly concurrent: number,
    private readonly waiting: number,
  ) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrent) {
      if (this.line.length >= this.waiting) {
        throw new GatewayError('RESOURCE_EXHAUSTED', 'TABLES_BUSY', `${this.line.length} table calls are waiting already: try again later`);
      }
      await new Promise<void>((resolve) => this.line.push(resolve));
    } else this.running++;
    try {
      return await fn();
    } finally {
      const next = this.line.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/** A serial queue: the writes of one database, one after the other, so that rows get their numbers in order. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
