import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** How one principal's database is opened. */
export interface DatabaseOptions {
  /** DuckDB's own memory cap for this database (its buffer pool; queries that need more spill or fail). */
  memoryLimitMb: number;
  /** Threads DuckDB may run one query on. */
  threads: number;
}

/**
 * Opens (or creates) a database file with everything that reaches outside it switched off and locked: no file
 * reads or writes from SQL (read_csv, COPY, ATTACH, glob), no extensions installed or loaded on demand, and no SET
 * can turn that back on (lock_configuration). What a statement can see is this one file.
 */
export async function openDatabase(dir: string, options: DatabaseOptions): Promise<{ instance: DuckDBInstance; path: string }> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'tables.duckdb');
  // Settings apply in this order: the spill directory is a path, which DuckDB refuses once external access is off.
  const instance = await DuckDBInstance.create(path, {
    temp_directory: join(dir, 'tmp'),
    enable_external_access: 'false',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    allow_community_extensions: 'false',
    memory_limit: `${options.memoryLimitMb}MB`,
    threads: String(options.threads),
    max_temp_directory_size: `${options.memoryLimitMb * 4}MB`,
    lock_configuration: 'true',
  });
  return { instance, path };
}
