import { DuckDBDataChunk, type DuckDBValue } from '@duckdb/node-api';
import { invalidArgument } from '../errors';
import type { Value } from '../gen/kafkagateway/v1/value';
import { ValueError } from '../values/errors';
import { vectorShape } from '../values/vector-shape';
import { CHUNK_ROWS, TABLE_LIMITS } from './limits';
import type { TableMeta } from './table-schema';
import { RAW_WRITES, VectorFill } from './vector-fill';

/**
 * A table Value checked against a table and turned into DuckDB data chunks, in the table's column order. Every
 * check happens here, before the database is touched, so that a bad request appends nothing and names what was
 * wrong: the column, and for a value the row.
 */
export async function appendChunks(meta: TableMeta, rows: Value | undefined): Promise<{ chunks: DuckDBDataChunk[]; count: number }> {
  if (rows?.kind?.$case !== 'table') throw invalidArgument('rows must be a table Value ({"table": {"columns": [...]}})');
  const given = rows.kind.value.columns;
  const byName = new Map<string, (typeof given)[number]>();
  for (const col of given) {
    const column = meta.byName.get(col.name);
    if (!column) throw invalidArgument(`table ${meta.name} has no column ${JSON.stringify(col.name.slice(0, 64))}`, 'UNKNOWN_COLUMN');
    if (byName.has(col.name)) throw invalidArgument(`column "${col.name}" appears twice in rows`);
    byName.set(col.name, col);
  }
  let count = -1;
  const columns = meta.columns.map((column) => {
    const col = byName.get(column.name);
    if (!col) throw invalidArgument(`rows lack column "${column.name}" of table ${meta.name}`, 'MISSING_COLUMN');
    if (!col.values) throw invalidArgument(`column "${column.name}" has no values`);
    const shape = vectorShape(col.values, `rows.${column.name}`);
    if (shape.info.dataType !== column.type.dataType) {
      throw invalidArgument(`column "${column.name}" is ${column.type.name} in table ${meta.name}, got ${shape.info.name}`, 'COLUMN_TYPE_MISMATCH');
    }
    if (column.type.name.startsWith('DECIMAL') && col.values.scale !== 0 && col.values.scale !== column.scale) {
      throw invalidArgument(`column "${column.name}" has scale ${column.scale}, got ${col.values.scale}`, 'COLUMN_TYPE_MISMATCH');
    }
    if (count >= 0 && shape.length !== count) throw invalidArgument(`column "${column.name}" has ${shape.length} rows, the columns before it ${count}`);
    count = shape.length;
    return { shape };
  });
  if (count > TABLE_LIMITS.maxAppendRows) throw invalidArgument(`AppendRows takes at most ${TABLE_LIMITS.maxAppendRows} rows, got ${count}`, 'TOO_MANY_ROWS');

  const typed = columns.map(({ shape }) => ({ elements: shape.elements, nulls: shape.nulls }));
  return { chunks: await columnChunks(meta, [{ columns: typed, count: Math.max(count, 0) }]), count: Math.max(count, 0) };
}

/** A column's elements in its table type's Vector storage, and where its NULLs are. */
export interface TypedColumn {
  elements: readonly unknown[];
  nulls: ReadonlySet<number> | undefined;
}

/** Rows whose columns are in a table's order and types: a request's, or one message's in a sub-job's batch. */
export interface TypedRows {
  columns: readonly TypedColumn[];
  count: number;
}

/**
 * Parts of rows already in the table's order and types (AppendRows after its checks, a sub-job's messages after
 * its parser) as DuckDB data chunks, the parts one after another without being joined first. A value the column
 * cannot hold is named by column and row.
 *
 * A column whose type DuckDB holds as a plain array is written into the chunk's vector directly (VectorFill), with
 * no DuckDB value made per element; the others (the 16-byte types, DECIMAL) take a DuckDB value each.
 */
export async function columnChunks(meta: TableMeta, parts: readonly TypedRows[]): Promise<DuckDBDataChunk[]> {
  for (const part of parts) {
    if (part.columns.length !== meta.columns.length) throw new Error(`${part.columns.length} columns for the ${meta.columns.length} of table ${meta.name}`);
  }
  const count = parts.reduce((n, p) => n + p.count, 0);
  const types = meta.columns.map((c) => c.type.duck(c.scale));
  const fills = meta.columns.map((c) => (RAW_WRITES && c.type.raw ? new VectorFill(c.type.raw, c.scale) : undefined));
  const chunks: DuckDBDataChunk[] = [];
  // Where the next chunk starts: a part, and a row in it.
  let part = 0;
  let row = 0;
  for (let first = 0; first < count; first += CHUNK_ROWS) {
    const n = Math.min(CHUNK_ROWS, count - first);
    const chunk = DuckDBDataChunk.create(types, n);
    const values = fills.map((fill, c) => {
      fill?.begin(chunk, c);
      return fill ? undefined : new Array<DuckDBValue>(n);
    });
    let filled = 0;
    while (filled < n) {
      const p = parts[part]!;
      const take = Math.min(n - filled, p.count - row);
      meta.columns.forEach((column, c) => {
        const { elements, nulls } = p.columns[c]!;
        const fill = fills[c];
        let i = row;
        try {
          if (fill) fill.put(elements, nulls, row, row + take, filled);
          else {
            const out = values[c]!;
            for (; i < row + take; i++) out[filled + i - row] = nulls?.has(i) ? null : column.type.write(elements[i], column.scale);
          }
        } catch (err) {
          const at = fill ? ((err as { failedAt?: number }).failedAt ?? row) : i;
          const why = err instanceof Error ? err.message : String(err);
          throw new ValueError(`column "${column.name}" row ${first + filled + at - row}: ${why}`);
        }
      });
      filled += take;
      row += take;
      if (row === p.count) [part, row] = [part + 1, 0];
    }
    fills.forEach((fill, c) => (fill ? fill.finish(n) : chunk.setColumnValues(c, values[c]!)));
    chunks.push(chunk);
    // Converting is JavaScript work: a turn for other callers between chunks keeps a 100,000-row call from
    // holding the event loop for all of its rows.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return chunks;
}
