/** The caps every table call works within; the README's "Tables" section lists them. */
export const TABLE_LIMITS = {
  maxColumns: 1024,
  maxTables: 1000,
  /** Rows one AppendRows may carry (its bytes are capped by the server's 64 MiB message limit). */
  maxAppendRows: 100_000,
  /** Rows per ReadTable or Query page: the default, and the most a client may ask for. */
  defaultPageRows: 10_000,
  maxPageRows: 100_000,
  /** A page stops before its values pass this many bytes. */
  maxPageBytes: 16 * 1024 * 1024,
  maxFilters: 16,
  maxSqlBytes: 64 * 1024,
  /** Rows per TailTable frame. */
  defaultFrameRows: 1000,
  maxFrameRows: 10_000,
  /** DuckDB calls running at once, gateway-wide, and calls waiting for a turn before RESOURCE_EXHAUSTED. */
  concurrentCalls: 4,
  waitingCalls: 256,
} as const;

/** DuckDB's vector size: the rows of one data chunk. */
export const CHUNK_ROWS = 2048;
