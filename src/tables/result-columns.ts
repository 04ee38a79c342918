import { DuckDBTypeId, type DuckDBDecimalType, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { DataType } from '../gen/kafkagateway/v1/value';
import { formatDecimal } from '../values/decimal';
import type { Storage } from '../values/types';
import { columnType } from './column-types';
import type { TableColumn } from './table-schema';

/** How to read one column of a result into a Vector. */
export interface ReadColumn {
  name: string;
  dataType: DataType;
  storage: Storage;
  scale: number;
  read(value: DuckDBValue): unknown;
}

/** A table's own column, read back exactly as it was written. */
export function tableReadColumn(c: TableColumn): ReadColumn {
  return { name: c.name, dataType: c.type.dataType, storage: c.type.storage, scale: c.scale, read: (v) => c.type.read(v, c.scale) };
}

const T = DataType;
const own = (name: string, dataType: DataType): ReadColumn => {
  const t = columnType(dataType)!;
  return { name, dataType, storage: t.storage, scale: 0, read: (v) => t.read(v, 0) };
};
const custom = (name: string, dataType: DataType, storage: Storage, read: (v: DuckDBValue) => unknown, scale = 0): ReadColumn => ({ name, dataType, storage, scale, read });
const micros = (v: DuckDBValue) => (v as { micros: bigint }).micros * 1000n;

/**
 * A Query result column: DuckDB's type read as the nearest DolphinDB type that holds every value exactly (a
 * TIME in microseconds as a NANOTIME, a HUGEINT sum as a DECIMAL128 at scale 0). Types with no DolphinDB
 * counterpart (lists, structs, intervals) come back as STRING, in DuckDB's text form.
 */
export function resultReadColumn(name: string, type: DuckDBType): ReadColumn {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN: return own(name, T.DATA_TYPE_BOOL);
    case DuckDBTypeId.TINYINT: return own(name, T.DATA_TYPE_CHAR);
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.UTINYINT: return custom(name, T.DATA_TYPE_SHORT, 'ints', (v) => v as number);
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.USMALLINT: return custom(name, T.DATA_TYPE_INT, 'ints', (v) => v as number);
    case DuckDBTypeId.BIGINT: return own(name, T.DATA_TYPE_LONG);
    case DuckDBTypeId.UINTEGER: return custom(name, T.DATA_TYPE_LONG, 'longs', (v) => BigInt(v as number));
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT: return custom(name, T.DATA_TYPE_DECIMAL128, 'strings', (v) => (v as bigint).toString());
    case DuckDBTypeId.DATE: return own(name, T.DATA_TYPE_DATE);
    case DuckDBTypeId.TIME: return custom(name, T.DATA_TYPE_NANOTIME, 'longs', micros);
    case DuckDBTypeId.TIME_NS: return own(name, T.DATA_TYPE_NANOTIME);
    case DuckDBTypeId.TIMESTAMP_S: return custom(name, T.DATA_TYPE_TIMESTAMP, 'longs', (v) => (v as { seconds: bigint }).seconds * 1000n);
    case DuckDBTypeId.TIMESTAMP_MS: return own(name, T.DATA_TYPE_TIMESTAMP);
    case DuckDBTypeId.TIMESTAMP: return custom(name, T.DATA_TYPE_NANOTIMESTAMP, 'longs', micros);
    case DuckDBTypeId.TIMESTAMP_NS: return own(name, T.DATA_TYPE_NANOTIMESTAMP);
    case DuckDBTypeId.FLOAT: return own(name, T.DATA_TYPE_FLOAT);
    case DuckDBTypeId.DOUBLE: return own(name, T.DATA_TYPE_DOUBLE);
    case DuckDBTypeId.VARCHAR: return own(name, T.DATA_TYPE_STRING);
    case DuckDBTypeId.BLOB: return own(name, T.DATA_TYPE_BLOB);
    case DuckDBTypeId.UUID: return own(name, T.DATA_TYPE_UUID);
    case DuckDBTypeId.DECIMAL: {
      const { width, scale } = type as DuckDBDecimalType;
      const dataType = width <= 9 ? T.DATA_TYPE_DECIMAL32 : width <= 18 ? T.DATA_TYPE_DECIMAL64 : T.DATA_TYPE_DECIMAL128;
      return custom(name, dataType, 'strings', (v) => formatDecimal((v as { value: bigint }).value, scale), scale);
    }
    default:
      return custom(name, T.DATA_TYPE_STRING, 'strings', (v) => String(v));
  }
}
