import { join } from 'node:path';
import { CallGate } from './call-gate';
import { TABLE_LIMITS } from './limits';
import { TableStore, type StoreOptions } from './table-store';

/**
 * The principals' table stores under the data directory, one database each (principals/<name>/tables.duckdb):
 * a store opens only its own principal's file, so no statement run on it can name another's tables. Until the
 * security work gives calls a principal, every caller is DEFAULT_PRINCIPAL.
 */
export class TableStores {
  private readonly open = new Map<string, Promise<TableStore>>();
  private readonly gate = new CallGate(TABLE_LIMITS.concurrentCalls, TABLE_LIMITS.waitingCalls);

  private constructor(
    private readonly dataDir: string,
    private readonly options: StoreOptions,
  ) {}

  /** Opens the data directory and the default principal's database, so that a bad directory stops the start. */
  static async start(dataDir: string, options: StoreOptions): Promise<TableStores> {
    const stores = new TableStores(dataDir, options);
    await stores.of(DEFAULT_PRINCIPAL);
    return stores;
  }

  get directory(): string {
    return this.dataDir;
  }

  of(principal: string): Promise<TableStore> {
    // Principal names become directory names: only identifiers (the auth layer will map its principals onto them).
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(principal)) throw new Error(`principal ${JSON.stringify(principal.slice(0, 64))} is not a directory-safe name`);
    let store = this.open.get(principal);
    if (!store) {
      store = TableStore.open(join(this.dataDir, 'principals', principal), this.gate, this.options);
      this.open.set(principal, store);
      store.catch(() => this.open.delete(principal));
    }
    return store;
  }

  async close(): Promise<void> {
    const stores = [...this.open.values()];
    this.open.clear();
    for (const s of await Promise.allSettled(stores)) if (s.status === 'fulfilled') s.value.close();
  }
}

export const DEFAULT_PRINCIPAL = 'default';
