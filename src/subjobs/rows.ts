import { cut } from '../errors';
import { ValueError } from '../values/errors';
import type { TypeInfo } from '../values/types';

/**
 * One column of rows on their way into a table: the elements as a Vector's storage field holds them for `info`
 * (so that a table's ColumnType.write takes them as they are), and the NULL positions, whose elements are
 * placeholders.
 */
export interface RowColumn {
  name: string;
  info: TypeInfo;
  elements: unknown[];
  nulls: Set<number> | undefined;
  /** Digits after the point, for the DECIMAL types; 0 otherwise. */
  scale: number;
}

/** Columns of equal length. Arrays may be shared with the decoded payload, so nothing here is changed in place. */
export interface Rows {
  columns: RowColumn[];
  count: number;
}

/**
 * The rows of several parts one after another, as one batch. Every part must have the same columns (names, types
 * and scales, in order): parts are meant to have been fitted to one target first.
 */
export function concatRows(parts: Rows[]): Rows {
  const first = parts[0];
  if (!first) return { columns: [], count: 0 };
  if (parts.length === 1) return first;
  let count = 0;
  for (const part of parts) {
    checkSameColumns(first, part);
    count += part.count;
  }
  const columns = first.columns.map((column, c): RowColumn => {
    const elements = new Array<unknown>(count);
    let nulls: Set<number> | undefined;
    let at = 0;
    for (const part of parts) {
      const from = part.columns[c]!;
      const source = from.elements;
      for (let i = 0; i < part.count; i++) elements[at + i] = source[i];
      if (from.nulls?.size) {
        nulls ??= new Set<number>();
        for (const i of from.nulls) nulls.add(at + i);
      }
      at += part.count;
    }
    return { name: column.name, info: column.info, elements, nulls, scale: column.scale };
  });
  return { columns, count };
}

function checkSameColumns(first: Rows, part: Rows): void {
  const same =
    part.columns.length === first.columns.length &&
    part.columns.every((c, i) => {
      const f = first.columns[i]!;
      return c.name === f.name && c.info.dataType === f.info.dataType && c.scale === f.scale;
    });
  if (!same) {
    const describe = (r: Rows) => cut(r.columns.map((c) => `${c.name} ${c.info.name}`).join(', '), 200, false);
    throw new ValueError(`rows to join have different columns: (${describe(first)}) and (${describe(part)})`);
  }
}
