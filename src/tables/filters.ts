import type { DuckDBType, DuckDBValue } from '@duckdb/node-api';
import { invalidArgument } from '../errors';
import { FilterOp } from '../gen/kafkagateway/v1/table_service';
import type { Scalar } from '../gen/kafkagateway/v1/value';
import { ValueError } from '../values/errors';
import { scalarShape } from '../values/vector-shape';
import { quoted } from './names';
import type { TableColumn } from './table-schema';

const COMPARE: Partial<Record<FilterOp, string>> = {
  [FilterOp.FILTER_OP_EQ]: '=',
  [FilterOp.FILTER_OP_NE]: '<>',
  [FilterOp.FILTER_OP_LT]: '<',
  [FilterOp.FILTER_OP_LE]: '<=',
  [FilterOp.FILTER_OP_GT]: '>',
  [FilterOp.FILTER_OP_GE]: '>=',
};

/** Parameters of a statement being built: each value goes in as $n with its DuckDB type, never as SQL text. */
export class Params {
  readonly values: DuckDBValue[] = [];
  readonly types: DuckDBType[] = [];
  add(value: DuckDBValue, type: DuckDBType): string {
    this.values.push(value);
    this.types.push(type);
    return `$${this.values.length}`;
  }
}

/** One filter as SQL over a checked column, its value a parameter of the column's own type. */
export function filterClause(column: TableColumn, op: FilterOp, value: Scalar | undefined, params: Params): string {
  const col = quoted(column.name);
  if (op === FilterOp.FILTER_OP_IS_NULL) return `${col} IS NULL`;
  if (op === FilterOp.FILTER_OP_IS_NOT_NULL) return `${col} IS NOT NULL`;
  const sqlOp = COMPARE[op];
  if (!sqlOp) throw invalidArgument(`filter on "${column.name}": set op (FILTER_OP_EQ, ..., FILTER_OP_IS_NULL)`);
  if (!value) throw invalidArgument(`filter on "${column.name}": ${FilterOp[op]} needs a value`);
  const shape = scalarShape(value, `filter on "${column.name}"`);
  if (shape.info.dataType !== column.type.dataType) {
    throw invalidArgument(`filter on "${column.name}": the column is ${column.type.name}, the value ${shape.info.name}`, 'COLUMN_TYPE_MISMATCH');
  }
  let duck: DuckDBValue;
  try {
    duck = shape.nulls ? null : column.type.write(shape.elements[0], column.scale);
  } catch (err) {
    throw new ValueError(`filter on "${column.name}": ${err instanceof Error ? err.message : String(err)}`);
  }
  if (duck === null) throw invalidArgument(`filter on "${column.name}": compare with NULL by FILTER_OP_IS_NULL`);
  return `${col} ${sqlOp} ${params.add(duck, column.type.duck(column.scale))}`;
}
