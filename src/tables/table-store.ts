import { stat } from 'node:fs/promises';
import { BIGINT, INTEGER, VARCHAR, DuckDBTypeId, type DuckDBDataChunk, StatementType, type DuckDBConnection, type DuckDBInstance, type DuckDBType } from '@duckdb/node-api';
import { cut, GatewayError, invalidArgument, notFound } from '../errors';
import type { FilterOp } from '../gen/kafkagateway/v1/table_service';
import type { Scalar, Table, Value } from '../gen/kafkagateway/v1/value';
import type { DataType } from '../gen/kafkagateway/v1/value';
import { newVector } from '../values/vector-shape';
import { appendChunks, columnChunks, type TypedRows } from './append-columns';
import { CallGate, SerialQueue } from './call-gate';
import { withTimeout } from './duck-errors';
import { filterClause, Params } from './filters';
import { TABLE_LIMITS } from './limits';
import { quoted, tableName } from './names';
import { Notifier } from './notifier';
import { openDatabase, type DatabaseOptions } from './open-database';
import { pageToken, tokenPosition } from './page-token';
import { readPage, type Page } from './read-page';
import { resultReadColumn, tableReadColumn, type ReadColumn } from './result-columns';
import { checkedColumns, tableMeta, typeComment, typeFromComment, type TableColumn, type TableMeta } from './table-schema';

export interface StoreOptions extends DatabaseOptions {
  /** The most bytes the database file (and its write-ahead log) may take before appends are refused. */
  maxBytes: number;
  /** How long one Query may run. */
  queryTimeoutMs: number;
  /** How long any other DuckDB call may run. */
  callTimeoutMs: number;
}

export interface ColumnInfo {
  name: string;
  type: DataType;
  scale: number;
}

export interface TableDescription {
  name: string;
  columns: ColumnInfo[];
  rowCount: number;
  sizeBytes: number;
}

export interface ReadRequest {
  table: string;
  columns: string[];
  filters: { column: string; op: FilterOp; value?: Scalar | undefined }[];
  orderBy?: { column: string; descending: boolean } | undefined;
  limit: number;
  pageToken: string;
}

export interface PageResult {
  table: Table;
  nextPageToken: string;
}

/** Where a sub-job stands in one partition: the offset after the last message whose rows are in the table. */
export interface StoredPosition {
  topic: string;
  partition: number;
  nextOffset: number;
}

/** A sub-job's definition as stored for resuming it (JSON the sub-jobs module writes and reads). */
export interface StoredJob {
  actionName: string;
  definition: string;
}

// The gateway's own bookkeeping lives in schema kgw, beside the principal's tables (schema main): the catalog
// lists main only, and no client table name can reach another schema.
const BOOKKEEPING = [
  'CREATE SCHEMA IF NOT EXISTS kgw',
  'CREATE TABLE IF NOT EXISTS kgw.positions (table_name VARCHAR, group_id VARCHAR, topic VARCHAR, "partition" INTEGER, next_offset BIGINT, PRIMARY KEY (table_name, group_id, topic, "partition"))',
  'CREATE TABLE IF NOT EXISTS kgw.subjobs (action_name VARCHAR PRIMARY KEY, definition VARCHAR)',
];

export interface Frame {
  table: Table;
  firstRow: number;
  rows: number;
}

/**
 * One principal's tables: one DuckDB database file of its own, so that nothing run on it (Query included) can see
 * another principal's tables. Writes (create, append, drop) go one after the other on one connection; reads each
 * get a connection of their own. The catalog of tables and their DolphinDB types is kept in memory, read from the
 * database's column comments at open.
 */
export class TableStore {
  private readonly tables = new Map<string, TableMeta>();
  private readonly writes = new SerialQueue();
  private readonly appended = new Notifier();
  private generations = 0;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    private readonly path: string,
    private readonly gate: CallGate,
    private readonly options: StoreOptions,
  ) {}

  static async open(dir: string, gate: CallGate, options: StoreOptions): Promise<TableStore> {
    const { instance, path } = await openDatabase(dir, options);
    const store = new TableStore(instance, await instance.connect(), path, gate, options);
    for (const statement of BOOKKEEPING) await store.writer.run(statement);
    await store.loadCatalog();
    return store;
  }

  private async loadCatalog(): Promise<void> {
    const reader = await this.writer.runAndReadAll(
      "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' ORDER BY table_name, column_index",
    );
    const found = new Map<string, TableColumn[] | undefined>();
    for (const [table, column, comment] of reader.getRows() as [string, string, string | null][]) {
      const typed = typeFromComment(comment);
      const columns = found.has(table) ? found.get(table) : [];
      // A table with a column the gateway did not type is not one of ours: it is left alone and not listed.
      found.set(table, typed && columns ? [...columns, { name: column, ...typed }] : undefined);
    }
    for (const [name, columns] of found) {
      if (!columns || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) continue;
      const count = await this.writer.runAndReadAll(`SELECT count(*) FROM ${quoted(name)}`);
      this.tables.set(name.toLowerCase(), tableMeta(name, columns, Number(count.getRows()[0]![0] as bigint), ++this.generations));
    }
  }

  list(): string[] {
    return [...this.tables.values()].map((t) => t.name).sort();
  }

  /** Whether a table of that name exists (names compare ignoring case). */
  has(name: string): boolean {
    return this.tables.has(name.toLowerCase());
  }

  /** The table of that name, or NOT_FOUND. */
  meta(name: string): TableMeta {
    const meta = this.tables.get(tableName(name).toLowerCase());
    if (!meta) throw notFound(`table ${cut(name)} does not exist`, 'TABLE_NOT_FOUND');
    return meta;
  }

  async create(name: string, specs: ColumnInfo[], ifNotExists: boolean): Promise<{ table: TableDescription; created: boolean }> {
    tableName(name);
    const columns = checkedColumns(specs);
    return this.writes.run(async () => {
      if (this.tables.has(name.toLowerCase())) {
        if (ifNotExists) return { table: await this.describe(name), created: false };
        throw new GatewayError('ALREADY_EXISTS', 'TABLE_ALREADY_EXISTS', `table ${name} already exists`);
      }
      if (this.tables.size >= TABLE_LIMITS.maxTables) {
        throw new GatewayError('RESOURCE_EXHAUSTED', 'TOO_MANY_TABLES', `a database holds at most ${TABLE_LIMITS.maxTables} tables`);
      }
      await this.checkSize();
      const table = quoted(name);
      const ddl = [
        `CREATE TABLE ${table} (${columns.map((c) => `${quoted(c.name)} ${c.type.duck(c.scale).toString()}`).join(', ')})`,
        // The comments are the gateway's own text (kgw:NAME or kgw:NAME(scale)), never a client's.
        ...columns.map((c) => `COMMENT ON COLUMN ${table}.${quoted(c.name)} IS '${typeComment(c)}'`),
      ];
      await this.onWriter(async () => {
        await this.writer.run('BEGIN TRANSACTION');
        try {
          for (const statement of ddl) await this.writer.run(statement);
          await this.writer.run('COMMIT');
        } catch (err) {
          await this.writer.run('ROLLBACK').catch(() => undefined);
          throw err;
        }
      });
      this.tables.set(name.toLowerCase(), tableMeta(name, columns, 0, ++this.generations));
      return { table: await this.describe(name), created: true };
    });
  }

  async describe(name: string): Promise<TableDescription> {
    const meta = this.meta(name);
    let fixedBytes = 0;
    const variable: string[] = [];
    for (const c of meta.columns) {
      const type = c.type.duck(c.scale);
      const width = fixedWidth(type);
      // strlen counts a VARCHAR's UTF-8 bytes, octet_length a BLOB's.
      const length = type.typeId === DuckDBTypeId.VARCHAR ? 'strlen' : 'octet_length';
      if (width === undefined) variable.push(`coalesce(sum(${length}(${quoted(c.name)})), 0)`);
      else fixedBytes += width;
    }
    let variableBytes = 0;
    if (variable.length > 0 && meta.nextRow > 0) {
      const sums = await this.onReader('call', this.options.callTimeoutMs, (conn) =>
        conn.runAndReadAll(`SELECT ${variable.join(' + ')} FROM ${quoted(meta.name)}`),
      );
      variableBytes = Number(sums.getRows()[0]![0] as bigint);
    }
    return {
      name: meta.name,
      columns: meta.columns.map((c) => ({ name: c.name, type: c.type.dataType, scale: c.scale })),
      rowCount: meta.nextRow,
      sizeBytes: fixedBytes * meta.nextRow + variableBytes,
    };
  }

  /** Appends all of a table Value's rows in one transaction; resolves with the number of the first. */
  async append(name: string, rows: Value | undefined): Promise<{ appended: number; firstRow: number }> {
    const meta = this.meta(name);
    const { chunks, count } = await appendChunks(meta, rows);
    return this.commitRows(meta, chunks, count, undefined);
  }

  /**
   * A sub-job's batch: parts of rows already in the table's column order and types, and the positions after them, in one
   * transaction. Either both are in the database afterwards or neither is: that is what makes a job's writes
   * exactly once across crashes. With no rows, only the positions are written (a batch that failed is not read again).
   */
  async appendWithPositions(
    name: string,
    parts: readonly TypedRows[],
    group: string,
    positions: readonly StoredPosition[],
  ): Promise<{ appended: number; firstRow: number }> {
    const meta = this.meta(name);
    const count = parts.reduce((n, p) => n + p.count, 0);
    const chunks = count > 0 ? await columnChunks(meta, parts) : [];
    return this.commitRows(meta, chunks, count, { group, positions });
  }

  /**
   * The one write of rows: the chunks (and a sub-job's positions) in one transaction, after the writes before it,
   * so that rows get their numbers in order. Resolves with the number of the first row.
   */
  private commitRows(
    meta: TableMeta,
    chunks: readonly DuckDBDataChunk[],
    count: number,
    positions: { group: string; positions: readonly StoredPosition[] } | undefined,
  ): Promise<{ appended: number; firstRow: number }> {
    return this.writes.run(async () => {
      if (this.tables.get(meta.name.toLowerCase()) !== meta) throw notFound(`table ${meta.name} was dropped`, 'TABLE_NOT_FOUND');
      if (count === 0 && !positions) return { appended: 0, firstRow: meta.nextRow };
      if (count > 0) await this.checkSize();
      await this.onWriter(async () => {
        await this.writer.run('BEGIN TRANSACTION');
        try {
          if (count > 0) {
            // The appender is DuckDB's fastest way in; inside the transaction all chunks commit at once or not at all.
            const appender = await this.writer.createAppender(meta.name);
            try {
              for (const chunk of chunks) appender.appendDataChunk(chunk);
              appender.flushSync();
            } finally {
              appender.closeSync();
            }
          }
          if (positions) await this.writePositions(meta.name.toLowerCase(), positions.group, positions.positions);
          await this.writer.run('COMMIT');
        } catch (err) {
          await this.writer.run('ROLLBACK').catch(() => undefined);
          throw err;
        }
      });
      const firstRow = meta.nextRow;
      meta.nextRow += count;
      if (count > 0) this.appended.notify(meta.name.toLowerCase());
      return { appended: count, firstRow };
    });
  }

  /** The positions sub-jobs of `group` stored with their rows in `table`. */
  async storedPositions(table: string, group: string): Promise<StoredPosition[]> {
    const meta = this.meta(table);
    return this.writes.run(async () => {
      const result = await this.onWriter(() =>
        this.writer.runAndReadAll('SELECT topic, "partition", next_offset FROM kgw.positions WHERE table_name = $1 AND group_id = $2', [meta.name.toLowerCase(), group]),
      );
      return (result.getRows() as [string, number, bigint][]).map(([topic, partition, next]) => ({ topic, partition, nextOffset: Number(next) }));
    });
  }

  async saveJob(job: StoredJob): Promise<void> {
    await this.writes.run(() =>
      this.onWriter(() => this.writer.run('INSERT OR REPLACE INTO kgw.subjobs VALUES ($1, $2)', [job.actionName, job.definition])),
    );
  }

  async deleteJob(actionName: string): Promise<void> {
    await this.writes.run(() => this.onWriter(() => this.writer.run('DELETE FROM kgw.subjobs WHERE action_name = $1', [actionName])));
  }

  async storedJobs(): Promise<StoredJob[]> {
    return this.writes.run(async () => {
      const result = await this.onWriter(() => this.writer.runAndReadAll('SELECT action_name, definition FROM kgw.subjobs ORDER BY action_name'));
      return (result.getRows() as [string, string][]).map(([actionName, definition]) => ({ actionName, definition }));
    });
  }

  private async writePositions(table: string, group: string, positions: readonly StoredPosition[]): Promise<void> {
    if (positions.length === 0) return;
    const rows = positions.map((_p, i) => `($1, $2, $${3 * i + 3}, $${3 * i + 4}, $${3 * i + 5})`).join(', ');
    const values = positions.flatMap((p) => [p.topic, p.partition, BigInt(p.nextOffset)]);
    const types = positions.flatMap(() => [VARCHAR, INTEGER, BIGINT]);
    await this.writer.run(`INSERT OR REPLACE INTO kgw.positions VALUES ${rows}`, [table, group, ...values], [VARCHAR, VARCHAR, ...types]);
  }

  async read(req: ReadRequest, timeLeftMs: number): Promise<PageResult> {
    const meta = this.meta(req.table);
    const columns = pick(meta, req.columns);
    const limit = pageLimit(req.limit);
    if (req.filters.length > TABLE_LIMITS.maxFilters) throw invalidArgument(`at most ${TABLE_LIMITS.maxFilters} filters, got ${req.filters.length}`);
    const params = new Params();
    const where = req.filters.map((f) => filterClause(column(meta, f.column), f.op, f.value, params));
    const order = req.orderBy ? column(meta, req.orderBy.column) : undefined;
    const shape = { t: meta.name, g: meta.generation, c: columns.map((c) => c.name), f: req.filters, o: req.orderBy };
    const position = tokenPosition(req.pageToken, shape);
    let sql = `SELECT ${[...columns.map((c) => quoted(c.name)), 'rowid'].join(', ')} FROM ${quoted(meta.name)}`;
    if (order) {
      if (where.length) sql += ` WHERE ${where.join(' AND ')}`;
      sql += ` ORDER BY ${quoted(order.name)} ${req.orderBy!.descending ? 'DESC' : 'ASC'} NULLS LAST, rowid LIMIT ${params.add(BigInt(limit + 1), BIGINT)} OFFSET ${params.add(BigInt(position), BIGINT)}`;
    } else {
      // Row order pages by row number, not by offset: a page costs the same however deep it is.
      where.unshift(`rowid >= ${params.add(BigInt(position), BIGINT)}`);
      sql += ` WHERE ${where.join(' AND ')} ORDER BY rowid LIMIT ${params.add(BigInt(limit + 1), BIGINT)}`;
    }
    const page = await this.onReader('call', Math.min(timeLeftMs, this.options.callTimeoutMs), async (conn) =>
      readPage(await conn.stream(sql, params.values, params.types), columns.map(tableReadColumn), { skip: 0, limit, maxBytes: TABLE_LIMITS.maxPageBytes, rowNumbers: true }),
    );
    const next = !page.more ? '' : order ? pageToken(position + page.rows, shape) : pageToken(page.lastRow! + 1, shape);
    return { table: page.table, nextPageToken: next };
  }

  /**
   * The rows of a table from `fromRow` on (undefined: from the next row appended), frame by frame, for as long as
   * the caller keeps asking and `signal` is not aborted. The first frame comes at once (it may be empty) and says
   * where the tail starts. A frame is read only when the caller asks for it: the caller's pace is the pace.
   */
  async *follow(name: string, fromRow: number | undefined, names: string[], maxRows: number, signal: AbortSignal): AsyncGenerator<Frame> {
    const meta = this.meta(name);
    const columns = pick(meta, names).map(tableReadColumn);
    if (fromRow !== undefined && (!Number.isSafeInteger(fromRow) || fromRow < 0)) throw invalidArgument(`from_row must be 0 or more, got ${fromRow}`);
    const frameRows = maxRows === 0 ? TABLE_LIMITS.defaultFrameRows : maxRows;
    if (!Number.isInteger(frameRows) || frameRows < 1 || frameRows > TABLE_LIMITS.maxFrameRows) {
      throw invalidArgument(`max_rows must be 0 to ${TABLE_LIMITS.maxFrameRows}, got ${maxRows}`);
    }
    let position = fromRow ?? meta.nextRow;
    let first = true;
    while (!signal.aborted) {
      if (this.tables.get(meta.name.toLowerCase()) !== meta) throw notFound(`table ${meta.name} was dropped`, 'TABLE_NOT_FOUND');
      if (meta.nextRow > position) {
        const page = await this.frameAt(meta, columns, position, frameRows);
        yield { table: page.table, firstRow: position, rows: page.rows };
        position = page.lastRow === undefined ? position : page.lastRow + 1;
        first = false;
      } else if (first) {
        yield { table: emptyTable(columns), firstRow: position, rows: 0 };
        first = false;
      } else {
        await this.appended.wait(meta.name.toLowerCase(), 1000, signal);
      }
    }
  }

  private frameAt(meta: TableMeta, columns: ReadColumn[], position: number, rows: number): Promise<Page> {
    const sql = `SELECT ${[...columns.map((c) => quoted(c.name)), 'rowid'].join(', ')} FROM ${quoted(meta.name)} WHERE rowid >= $1 ORDER BY rowid LIMIT $2`;
    return this.onReader('call', this.options.callTimeoutMs, async (conn) =>
      readPage(await conn.stream(sql, [BigInt(position), BigInt(rows)], [BIGINT, BIGINT]), columns, { skip: 0, limit: rows, maxBytes: TABLE_LIMITS.maxPageBytes, rowNumbers: true }),
    );
  }

  /**
   * One read-only statement. Three walls: the statement must be a single SELECT by DuckDB's own parse (not by
   * looking at its text), it runs in a READ ONLY transaction, and the database was opened with no access outside
   * its file (openDatabase). Each page runs the statement again and passes over the rows of the pages before.
   */
  async query(sql: string, limitAsked: number, token: string, timeLeftMs: number): Promise<PageResult> {
    if (sql.trim() === '') throw invalidArgument('sql is empty');
    if (Buffer.byteLength(sql) > TABLE_LIMITS.maxSqlBytes) throw invalidArgument(`sql is at most ${TABLE_LIMITS.maxSqlBytes} bytes`);
    const limit = pageLimit(limitAsked);
    const skip = tokenPosition(token, { q: sql });
    const page = await this.onReader('query', Math.min(timeLeftMs, this.options.queryTimeoutMs), async (conn) => {
      await conn.run('BEGIN TRANSACTION READ ONLY');
      try {
        const statements = await conn.extractStatements(sql).catch((err: unknown) => {
          throw invalidArgument(`the statement does not parse: ${String((err as { message?: unknown }).message ?? err).split('\n')[0]!.slice(0, 300)}`, 'QUERY_INVALID');
        });
        if (statements.count !== 1) throw invalidArgument(`Query runs exactly one statement, got ${statements.count}`, 'QUERY_NOT_ONE_STATEMENT');
        const prepared = await statements.prepare(0);
        if (prepared.statementType !== StatementType.SELECT) {
          throw invalidArgument(`Query runs only reads (SELECT, WITH ... SELECT, VALUES, FROM ...), got ${StatementType[prepared.statementType] ?? 'another statement'}`, 'QUERY_NOT_READ_ONLY');
        }
        if (prepared.parameterCount > 0) throw invalidArgument('Query takes no parameters ($1, ?): write the values into the statement');
        const result = await prepared.stream();
        const columns = Array.from({ length: result.columnCount }, (_x, i) => resultReadColumn(result.columnName(i), result.columnType(i)));
        return await readPage(result, columns, { skip, limit, maxBytes: TABLE_LIMITS.maxPageBytes, rowNumbers: false });
      } finally {
        await conn.run('ROLLBACK').catch(() => undefined);
      }
    });
    return { table: page.table, nextPageToken: page.more ? pageToken(skip + page.rows, { q: sql }) : '' };
  }

  async drop(name: string, ifExists: boolean): Promise<boolean> {
    tableName(name);
    return this.writes.run(async () => {
      const meta = this.tables.get(name.toLowerCase());
      if (!meta) {
        if (ifExists) return false;
        throw notFound(`table ${cut(name)} does not exist`, 'TABLE_NOT_FOUND');
      }
      await this.onWriter(async () => {
        await this.writer.run(`DROP TABLE ${quoted(meta.name)}`);
        // A table made again under the name starts empty: its jobs start from Kafka's offsets, not the old rows'.
        await this.writer.run('DELETE FROM kgw.positions WHERE table_name = $1', [meta.name.toLowerCase()]);
      });
      this.tables.delete(name.toLowerCase());
      this.appended.notify(name.toLowerCase());
      return true;
    });
  }

  /** Checkpoints and closes the database: what was committed is in the file. */
  close(): void {
    this.writer.closeSync();
    this.instance.closeSync();
  }

  private async checkSize(): Promise<void> {
    const size = async (p: string) => (await stat(p).catch(() => ({ size: 0 }))).size;
    const used = (await size(this.path)) + (await size(`${this.path}.wal`));
    if (used >= this.options.maxBytes) {
      throw new GatewayError('RESOURCE_EXHAUSTED', 'TABLE_STORAGE_FULL', `the tables' database holds ${used} bytes, its cap is ${this.options.maxBytes} (--tables-max-mb): drop tables to make room`);
    }
  }

  private onWriter<T>(fn: () => Promise<T>): Promise<T> {
    return this.gate.run(() => withTimeout(this.writer, this.options.callTimeoutMs, 'call', fn));
  }

  private onReader<T>(what: 'query' | 'call', ms: number, fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.gate.run(async () => {
      const conn = await this.instance.connect();
      try {
        return await withTimeout(conn, ms, what, () => fn(conn));
      } finally {
        conn.closeSync();
      }
    });
  }
}

function column(meta: TableMeta, name: string): TableColumn {
  const c = meta.byName.get(name);
  if (!c) throw invalidArgument(`table ${meta.name} has no column ${cut(name)}`, 'UNKNOWN_COLUMN');
  return c;
}

function pick(meta: TableMeta, names: string[]): TableColumn[] {
  if (names.length > TABLE_LIMITS.maxColumns) throw invalidArgument(`at most ${TABLE_LIMITS.maxColumns} columns, got ${names.length}`);
  return names.length === 0 ? meta.columns : names.map((n) => column(meta, n));
}

function pageLimit(limit: number): number {
  if (limit === 0) return TABLE_LIMITS.defaultPageRows;
  if (!Number.isInteger(limit) || limit < 1 || limit > TABLE_LIMITS.maxPageRows) {
    throw invalidArgument(`limit must be 1 to ${TABLE_LIMITS.maxPageRows} (0: ${TABLE_LIMITS.defaultPageRows}), got ${limit}`, 'PAGE_TOO_LARGE');
  }
  return limit;
}

function emptyTable(columns: ReadColumn[]): Table {
  return { name: '', columns: columns.map((c) => ({ name: c.name, values: { ...newVector(c.dataType), scale: c.scale } })) };
}

/** Bytes per value of a fixed-width DuckDB type; undefined for text and blobs. */
function fixedWidth(type: DuckDBType): number | undefined {
  switch (type.typeId) {
    case DuckDBTypeId.VARCHAR:
    case DuckDBTypeId.BLOB:
      return undefined;
    case DuckDBTypeId.BOOLEAN:
    case DuckDBTypeId.TINYINT:
      return 1;
    case DuckDBTypeId.SMALLINT:
      return 2;
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.DATE:
    case DuckDBTypeId.FLOAT:
      return 4;
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.UUID:
      return 16;
    case DuckDBTypeId.DECIMAL:
      return (type as { width: number }).width > 18 ? 16 : 8;
    default:
      return 8;
  }
}
