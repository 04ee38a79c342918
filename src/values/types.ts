import { DataType, type Scalar } from '../gen/kafkagateway/v1/value';

/** DolphinDB's data forms: the second byte of every serialized object. */
export const Form = { SCALAR: 0, VECTOR: 1, PAIR: 2, MATRIX: 3, SET: 4, DICTIONARY: 5, TABLE: 6 } as const;
export type Form = (typeof Form)[keyof typeof Form];

/** The Vector field that holds a type's elements. */
export type Storage = 'bools' | 'ints' | 'longs' | 'floats' | 'doubles' | 'strings' | 'blobs' | 'values';
export const STORAGES: readonly Storage[] = ['bools', 'ints', 'longs', 'floats', 'doubles', 'strings', 'blobs', 'values'];

/** How one element of a type is laid out in DolphinDB's binary format. */
export type Layout =
  | 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'float32' | 'float64'
  | 'cstring' | 'blob' | 'bytes16' | 'decimal32' | 'decimal64' | 'decimal128' | 'object' | 'void';

export type ScalarCase = NonNullable<Scalar['value']>['$case'];

export interface TypeInfo {
  dataType: DataType;
  /** DolphinDB's type id (the first byte of a serialized object). */
  id: number;
  name: string;
  storage: Storage;
  layout: Layout;
  /** Bytes per element in a vector; the least a variable-length element can take, for length checks. */
  minBytes: number;
  /** The Scalar field that holds this type; undefined for ANY and VOID. */
  scalarCase: ScalarCase | undefined;
}

const INFO: TypeInfo[] = [];
function add(dataType: DataType, id: number, name: string, storage: Storage, layout: Layout, minBytes: number, scalarCase?: ScalarCase) {
  INFO.push({ dataType, id, name, storage, layout, minBytes, scalarCase });
}
add(DataType.DATA_TYPE_VOID, 0, 'VOID', 'ints', 'void', 1);
add(DataType.DATA_TYPE_BOOL, 1, 'BOOL', 'bools', 'bool', 1, 'bool');
add(DataType.DATA_TYPE_CHAR, 2, 'CHAR', 'ints', 'int8', 1, 'char');
add(DataType.DATA_TYPE_SHORT, 3, 'SHORT', 'ints', 'int16', 2, 'short');
add(DataType.DATA_TYPE_INT, 4, 'INT', 'ints', 'int32', 4, 'int');
add(DataType.DATA_TYPE_LONG, 5, 'LONG', 'longs', 'int64', 8, 'long');
add(DataType.DATA_TYPE_DATE, 6, 'DATE', 'ints', 'int32', 4, 'date');
add(DataType.DATA_TYPE_MONTH, 7, 'MONTH', 'ints', 'int32', 4, 'month');
add(DataType.DATA_TYPE_TIME, 8, 'TIME', 'ints', 'int32', 4, 'time');
add(DataType.DATA_TYPE_MINUTE, 9, 'MINUTE', 'ints', 'int32', 4, 'minute');
add(DataType.DATA_TYPE_SECOND, 10, 'SECOND', 'ints', 'int32', 4, 'second');
add(DataType.DATA_TYPE_DATETIME, 11, 'DATETIME', 'ints', 'int32', 4, 'datetime');
add(DataType.DATA_TYPE_TIMESTAMP, 12, 'TIMESTAMP', 'longs', 'int64', 8, 'timestamp');
add(DataType.DATA_TYPE_NANOTIME, 13, 'NANOTIME', 'longs', 'int64', 8, 'nanotime');
add(DataType.DATA_TYPE_NANOTIMESTAMP, 14, 'NANOTIMESTAMP', 'longs', 'int64', 8, 'nanotimestamp');
add(DataType.DATA_TYPE_FLOAT, 15, 'FLOAT', 'floats', 'float32', 4, 'float');
add(DataType.DATA_TYPE_DOUBLE, 16, 'DOUBLE', 'doubles', 'float64', 8, 'double');
add(DataType.DATA_TYPE_SYMBOL, 17, 'SYMBOL', 'strings', 'cstring', 1, 'symbol');
add(DataType.DATA_TYPE_STRING, 18, 'STRING', 'strings', 'cstring', 1, 'string');
add(DataType.DATA_TYPE_UUID, 19, 'UUID', 'strings', 'bytes16', 16, 'uuid');
add(DataType.DATA_TYPE_ANY, 25, 'ANY', 'values', 'object', 2);
add(DataType.DATA_TYPE_DATEHOUR, 28, 'DATEHOUR', 'ints', 'int32', 4, 'datehour');
add(DataType.DATA_TYPE_IPADDR, 30, 'IPADDR', 'strings', 'bytes16', 16, 'ipaddr');
add(DataType.DATA_TYPE_INT128, 31, 'INT128', 'strings', 'bytes16', 16, 'int128');
add(DataType.DATA_TYPE_BLOB, 32, 'BLOB', 'blobs', 'blob', 4, 'blob');
add(DataType.DATA_TYPE_DECIMAL32, 37, 'DECIMAL32', 'strings', 'decimal32', 4, 'decimal32');
add(DataType.DATA_TYPE_DECIMAL64, 38, 'DECIMAL64', 'strings', 'decimal64', 8, 'decimal64');
add(DataType.DATA_TYPE_DECIMAL128, 39, 'DECIMAL128', 'strings', 'decimal128', 16, 'decimal128');

const BY_DATA_TYPE = new Map(INFO.map((t) => [t.dataType, t]));
const BY_ID = new Map(INFO.map((t) => [t.id, t]));
const BY_SCALAR_CASE = new Map(INFO.filter((t) => t.scalarCase).map((t) => [t.scalarCase!, t]));
/** The type a Vector means when its type is not set, by the storage field that holds its elements. */
const BY_STORAGE: Record<Storage, DataType> = {
  bools: DataType.DATA_TYPE_BOOL,
  ints: DataType.DATA_TYPE_INT,
  longs: DataType.DATA_TYPE_LONG,
  floats: DataType.DATA_TYPE_FLOAT,
  doubles: DataType.DATA_TYPE_DOUBLE,
  strings: DataType.DATA_TYPE_STRING,
  blobs: DataType.DATA_TYPE_BLOB,
  values: DataType.DATA_TYPE_ANY,
};

/** The id DolphinDB gives a SYMBOL vector that carries a symbol base (17 + 128). */
export const SYMBOL_BASE_ID = 145;

export function typeOf(dataType: DataType): TypeInfo | undefined {
  return BY_DATA_TYPE.get(dataType);
}
export function typeById(id: number): TypeInfo | undefined {
  return BY_ID.get(id);
}
export function typeOfScalarCase(c: ScalarCase): TypeInfo | undefined {
  return BY_SCALAR_CASE.get(c);
}
export function typeForStorage(storage: Storage): TypeInfo {
  return BY_DATA_TYPE.get(BY_STORAGE[storage])!;
}

/** NULL sentinels of the fixed-width layouts, as DolphinDB stores them. */
export const NULLS = {
  int8: -0x80,
  int16: -0x8000,
  int32: -0x80000000,
  int64: -0x8000000000000000n,
  int128: -(1n << 127n),
  float32: -3.4028234663852886e38,
  float64: -Number.MAX_VALUE,
} as const;
