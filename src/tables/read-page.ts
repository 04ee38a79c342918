import type { DuckDBResult } from '@duckdb/node-api';
import type { Table, Vector } from '../gen/kafkagateway/v1/value';
import { emptyElement, newVector } from '../values/vector-shape';
import { typeOf } from '../values/types';
import type { ReadColumn } from './result-columns';

/** One page read from a result: the rows as a table, and whether the result had more. */
export interface Page {
  table: Table;
  rows: number;
  more: boolean;
  /** The row number (rowid) of the last row returned, when the result's last column carries it. */
  lastRow: number | undefined;
}

export interface PageBounds {
  /** Rows to pass over first (a Query page that is not the first). */
  skip: number;
  limit: number;
  maxBytes: number;
  /** Whether the result has one more column than `columns`, holding each row's number. */
  rowNumbers: boolean;
}

/**
 * Reads a page chunk by chunk from a streaming result: DuckDB fetches each chunk on its own thread, and this
 * converts it on the JavaScript thread, at most one chunk (2,048 rows) at a time. The page stops at `limit` rows
 * or before its values pass `maxBytes`, whichever comes first; a single row bigger than that is still sent alone.
 */
export async function readPage(result: DuckDBResult, columns: readonly ReadColumn[], bounds: PageBounds): Promise<Page> {
  const vectors: Vector[] = columns.map((c) => ({ ...newVector(c.dataType), scale: c.scale }));
  const empties = columns.map((c) => emptyElement(typeOf(c.dataType)!));
  let skip = bounds.skip;
  let rows = 0;
  let bytes = 0;
  let lastRow: number | undefined;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) return finish(false);
    const n = chunk.rowCount;
    if (skip >= n) {
      skip -= n;
      continue;
    }
    const vecs = columns.map((_c, i) => chunk.getColumnVector(i));
    const rowVec = bounds.rowNumbers ? chunk.getColumnVector(columns.length) : undefined;
    for (let r = skip; r < n; r++) {
      if (rows >= bounds.limit) return finish(true);
      let rowBytes = 0;
      const values = vecs.map((v) => v.getItem(r));
      for (const v of values) rowBytes += typeof v === 'string' ? v.length : ((v as { bytes?: Uint8Array } | null)?.bytes?.length ?? 0) + 8;
      if (rows > 0 && bytes + rowBytes > bounds.maxBytes) return finish(true);
      bytes += rowBytes;
      columns.forEach((c, i) => {
        const target = vectors[i]![c.storage] as unknown[];
        const v = values[i];
        if (v === null || v === undefined) {
          vectors[i]!.nulls.push(rows);
          target.push(empties[i]);
        } else target.push(c.read(v));
      });
      if (rowVec) lastRow = Number(rowVec.getItem(r) as bigint);
      rows++;
    }
    skip = 0;
  }

  function finish(more: boolean): Page {
    return { table: { name: '', columns: columns.map((c, i) => ({ name: c.name, values: vectors[i]! })) }, rows, more, lastRow };
  }
}
