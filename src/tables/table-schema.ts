import { invalidArgument } from '../errors';
import { DataType } from '../gen/kafkagateway/v1/value';
import { columnType, columnTypeNamed, maxScale, type ColumnType } from './column-types';
import { TABLE_LIMITS } from './limits';
import { identifier } from './names';

/** One column of a table: its name, its DolphinDB type and (DECIMAL) scale. */
export interface TableColumn {
  name: string;
  type: ColumnType;
  scale: number;
}

/** What the gateway knows of one table without asking DuckDB. */
export interface TableMeta {
  name: string;
  columns: TableColumn[];
  byName: Map<string, TableColumn>;
  /** The number the next appended row gets. */
  nextRow: number;
  /** Changes when a table of this name is dropped and made again, so that a follower of the old one notices. */
  generation: number;
}

/** A client's column list checked: identifiers, distinct, types that can be columns, scales in range. */
export function checkedColumns(specs: { name: string; type: DataType; scale: number }[]): TableColumn[] {
  if (specs.length === 0) throw invalidArgument('a table needs at least one column');
  if (specs.length > TABLE_LIMITS.maxColumns) throw invalidArgument(`a table has at most ${TABLE_LIMITS.maxColumns} columns, got ${specs.length}`);
  const seen = new Set<string>();
  return specs.map((spec, i) => {
    const name = identifier(spec.name, `columns[${i}].name`, 'INVALID_COLUMN_NAME');
    // DuckDB's row number is the pseudo column rowid: a column of that name would hide it.
    if (name.toLowerCase() === 'rowid') throw invalidArgument('a column cannot be named rowid', 'INVALID_COLUMN_NAME');
    const key = name.toLowerCase();
    if (seen.has(key)) throw invalidArgument(`column "${name}" appears twice (names are compared ignoring case)`, 'INVALID_COLUMN_NAME');
    seen.add(key);
    const type = columnType(spec.type);
    if (!type) throw invalidArgument(`column "${name}": ${DataType[spec.type] ?? spec.type} cannot be a column type`, 'INVALID_COLUMN_TYPE');
    const top = maxScale(type);
    if (!Number.isInteger(spec.scale) || spec.scale < 0 || spec.scale > top) {
      throw invalidArgument(`column "${name}": scale must be 0 to ${top} for ${type.name}, got ${spec.scale}`, 'INVALID_COLUMN_TYPE');
    }
    return { name, type, scale: spec.scale };
  });
}

export function tableMeta(name: string, columns: TableColumn[], nextRow: number, generation: number): TableMeta {
  return { name, columns, byName: new Map(columns.map((c) => [c.name, c])), nextRow, generation };
}

// The DolphinDB type of a column is kept in the column's DuckDB comment, written in the same transaction as the
// table: the table and its types cannot part, and a restart reads them back with the table.
const COMMENT = /^kgw:([A-Z0-9]+)(?:\((\d+)\))?$/;

export function typeComment(column: TableColumn): string {
  return column.type.name.startsWith('DECIMAL') ? `kgw:${column.type.name}(${column.scale})` : `kgw:${column.type.name}`;
}

/** A column's type from its comment; undefined for a comment the gateway did not write. */
export function typeFromComment(comment: string | null): { type: ColumnType; scale: number } | undefined {
  const m = COMMENT.exec(comment ?? '');
  const type = m ? columnTypeNamed(m[1]!) : undefined;
  return type ? { type, scale: Number(m![2] ?? 0) } : undefined;
}
