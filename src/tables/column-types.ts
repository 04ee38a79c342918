import {
  BIGINT, BLOB, BOOLEAN, DATE, DECIMAL, DOUBLE, FLOAT, HUGEINT, INTEGER, SMALLINT, TIME, TIME_NS, TIMESTAMP_MS,
  TIMESTAMP_NS, TIMESTAMP_S, TINYINT, UHUGEINT, UUID, VARCHAR,
  DuckDBBlobValue, DuckDBDateValue, DuckDBDecimalValue, DuckDBTimeNSValue, DuckDBTimeValue, DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue, DuckDBTimestampSecondsValue, DuckDBUUIDValue,
  type DuckDBType, type DuckDBValue,
} from '@duckdb/node-api';
import { DataType } from '../gen/kafkagateway/v1/value';
import { bytesToIpaddr, int128ToBytes, ipaddrToBytes, isZero16, uuidToBytes } from '../values/bytes16';
import { DECIMAL_LIMITS, formatDecimal, parseDecimal, type DecimalWidth } from '../values/decimal';
import { NULLS, type Storage } from '../values/types';

/**
 * How one DolphinDB type lives in a DuckDB column. `write` turns an element of the type's Vector storage into the
 * DuckDB value (null for a DolphinDB NULL, its sentinel included) and throws an Error saying why for a value the
 * column cannot hold; `read` turns a (non-NULL) DuckDB value back into the very element that was written.
 */
export interface ColumnType {
  dataType: DataType;
  name: string;
  storage: Storage;
  duck(scale: number): DuckDBType;
  /** For the README's table: how DuckDB holds it, where that is not obvious. */
  stored: string;
  write(element: unknown, scale: number): DuckDBValue;
  read(value: DuckDBValue, scale: number): unknown;
}

const fixed = (t: DuckDBType) => () => t;

function integer(min: number, sentinel: number, name: string) {
  return (e: unknown): DuckDBValue => {
    const n = e as number;
    if (n === sentinel) return null;
    if (!Number.isInteger(n) || n < min || n > -min) throw new Error(`${n} is not a ${name} (${min} to ${-min})`);
    return n;
  };
}
const number = (v: DuckDBValue) => v as number;
const notLongNull = (e: unknown) => ((e as bigint) === NULLS.int64 ? null : (e as bigint));

function timeOfDay(unit: bigint, max: number, name: string) {
  return (e: unknown): DuckDBValue => {
    const n = e as number;
    if (n === NULLS.int32) return null;
    if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${n} is not a ${name} (0 to ${max})`);
    return new DuckDBTimeValue(BigInt(n) * unit);
  };
}
const readTimeOfDay = (unit: bigint) => (v: DuckDBValue) => Number((v as DuckDBTimeValue).micros / unit);

function int32OrNull(e: unknown, name: string): number | null {
  const n = e as number;
  if (n === NULLS.int32) return null;
  if (!Number.isInteger(n) || n < -0x7fffffff || n > 0x7fffffff) throw new Error(`${n} is not a ${name}`);
  return n;
}

// The 16-byte types: text in the Vector, a 128-bit number in DuckDB. '' and all-zero bytes are NULL, as in DolphinDB.
function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = 15; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}
function toLittleEndian(n: bigint): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++, n >>= 8n) out[i] = Number(n & 0xffn);
  return out;
}
const hex32 = (n: bigint) => BigInt.asUintN(128, n).toString(16).padStart(32, '0');
function bytes16(parse: (text: string) => Uint8Array) {
  return (e: unknown): bigint | null => {
    if (e === '') return null;
    const b = parse(e as string);
    return isZero16(b) ? null : littleEndian(b);
  };
}

// DuckDB's DECIMAL(p, s) holds up to p digits. DECIMAL32 and DECIMAL64 take one digit more than DolphinDB's
// precision, so that every int32 / int64 unscaled value the codecs accept fits; DECIMAL128 stops at DuckDB's 38.
const DECIMAL_WIDTH: Record<DecimalWidth, number> = { decimal32: 10, decimal64: 19, decimal128: 38 };
const MAX_38_DIGITS = 10n ** 38n - 1n;
function decimal(width: DecimalWidth, dataType: DataType): ColumnType {
  const precision = DECIMAL_WIDTH[width];
  return {
    dataType,
    name: width.toUpperCase(),
    storage: 'strings',
    duck: (scale) => DECIMAL(precision, scale),
    stored: `DECIMAL(${precision}, s)`,
    write(e, scale) {
      if (e === '') return null;
      const unscaled = parseDecimal(e as string, scale, width);
      if (width === 'decimal128' && (unscaled > MAX_38_DIGITS || unscaled < -MAX_38_DIGITS)) {
        throw new Error(`"${e as string}" has more than 38 digits, the most a DuckDB DECIMAL holds`);
      }
      return new DuckDBDecimalValue(unscaled, precision, scale);
    },
    read: (v, scale) => formatDecimal((v as DuckDBDecimalValue).value, scale),
  };
}

const T = DataType;
/** The one mapping of DolphinDB column types to DuckDB types (README, "Tables": keep the two in step). */
export const COLUMN_TYPES: readonly ColumnType[] = [
  { dataType: T.DATA_TYPE_BOOL, name: 'BOOL', storage: 'bools', duck: fixed(BOOLEAN), stored: 'BOOLEAN', write: (e) => e as boolean, read: (v) => v as boolean },
  { dataType: T.DATA_TYPE_CHAR, name: 'CHAR', storage: 'ints', duck: fixed(TINYINT), stored: 'TINYINT', write: integer(-127, NULLS.int8, 'CHAR'), read: number },
  { dataType: T.DATA_TYPE_SHORT, name: 'SHORT', storage: 'ints', duck: fixed(SMALLINT), stored: 'SMALLINT', write: integer(-32767, NULLS.int16, 'SHORT'), read: number },
  { dataType: T.DATA_TYPE_INT, name: 'INT', storage: 'ints', duck: fixed(INTEGER), stored: 'INTEGER', write: (e) => int32OrNull(e, 'INT'), read: number },
  { dataType: T.DATA_TYPE_LONG, name: 'LONG', storage: 'longs', duck: fixed(BIGINT), stored: 'BIGINT', write: notLongNull, read: (v) => v as bigint },
  {
    dataType: T.DATA_TYPE_DATE, name: 'DATE', storage: 'ints', duck: fixed(DATE), stored: 'DATE (days since 1970-01-01, as DolphinDB)',
    write: (e) => { const n = int32OrNull(e, 'DATE'); return n === null ? null : new DuckDBDateValue(n); },
    read: (v) => (v as DuckDBDateValue).days,
  },
  {
    dataType: T.DATA_TYPE_MONTH, name: 'MONTH', storage: 'ints', duck: fixed(INTEGER),
    stored: 'INTEGER: year * 12 + month - 1, as DolphinDB counts (DuckDB has no month type; a DATE could not hold every INT month)',
    write: (e) => int32OrNull(e, 'MONTH'), read: number,
  },
  { dataType: T.DATA_TYPE_TIME, name: 'TIME', storage: 'ints', duck: fixed(TIME), stored: 'TIME (microseconds; the milliseconds x 1000)', write: timeOfDay(1000n, 86_399_999, 'TIME'), read: readTimeOfDay(1000n) },
  { dataType: T.DATA_TYPE_MINUTE, name: 'MINUTE', storage: 'ints', duck: fixed(TIME), stored: 'TIME (whole minutes)', write: timeOfDay(60_000_000n, 1439, 'MINUTE'), read: readTimeOfDay(60_000_000n) },
  { dataType: T.DATA_TYPE_SECOND, name: 'SECOND', storage: 'ints', duck: fixed(TIME), stored: 'TIME (whole seconds)', write: timeOfDay(1_000_000n, 86_399, 'SECOND'), read: readTimeOfDay(1_000_000n) },
  {
    dataType: T.DATA_TYPE_DATETIME, name: 'DATETIME', storage: 'ints', duck: fixed(TIMESTAMP_S), stored: 'TIMESTAMP_S',
    write: (e) => { const n = int32OrNull(e, 'DATETIME'); return n === null ? null : new DuckDBTimestampSecondsValue(BigInt(n)); },
    read: (v) => Number((v as DuckDBTimestampSecondsValue).seconds),
  },
  {
    dataType: T.DATA_TYPE_TIMESTAMP, name: 'TIMESTAMP', storage: 'longs', duck: fixed(TIMESTAMP_MS), stored: 'TIMESTAMP_MS',
    write: (e) => { const n = notLongNull(e); return n === null ? null : new DuckDBTimestampMillisecondsValue(n); },
    read: (v) => (v as DuckDBTimestampMillisecondsValue).millis,
  },
  {
    dataType: T.DATA_TYPE_NANOTIME, name: 'NANOTIME', storage: 'longs', duck: fixed(TIME_NS), stored: 'TIME_NS',
    write: (e) => {
      const n = notLongNull(e);
      if (n === null) return null;
      if (n < 0n || n > 86_399_999_999_999n) throw new Error(`${n} is not a NANOTIME (0 to 86399999999999)`);
      return new DuckDBTimeNSValue(n);
    },
    read: (v) => (v as DuckDBTimeNSValue).nanos,
  },
  {
    dataType: T.DATA_TYPE_NANOTIMESTAMP, name: 'NANOTIMESTAMP', storage: 'longs', duck: fixed(TIMESTAMP_NS), stored: 'TIMESTAMP_NS',
    write: (e) => { const n = notLongNull(e); return n === null ? null : new DuckDBTimestampNanosecondsValue(n); },
    read: (v) => (v as DuckDBTimestampNanosecondsValue).nanos,
  },
  {
    dataType: T.DATA_TYPE_DATEHOUR, name: 'DATEHOUR', storage: 'ints', duck: fixed(TIMESTAMP_S),
    stored: 'TIMESTAMP_S at the whole hour (DuckDB has no hour type)',
    write: (e) => { const n = int32OrNull(e, 'DATEHOUR'); return n === null ? null : new DuckDBTimestampSecondsValue(BigInt(n) * 3600n); },
    read: (v) => Number((v as DuckDBTimestampSecondsValue).seconds / 3600n),
  },
  { dataType: T.DATA_TYPE_FLOAT, name: 'FLOAT', storage: 'floats', duck: fixed(FLOAT), stored: 'FLOAT', write: (e) => ((e as number) === NULLS.float32 ? null : (e as number)), read: number },
  { dataType: T.DATA_TYPE_DOUBLE, name: 'DOUBLE', storage: 'doubles', duck: fixed(DOUBLE), stored: 'DOUBLE', write: (e) => ((e as number) === NULLS.float64 ? null : (e as number)), read: number },
  { dataType: T.DATA_TYPE_SYMBOL, name: 'SYMBOL', storage: 'strings', duck: fixed(VARCHAR), stored: 'VARCHAR (DuckDB compresses repeated strings by dictionary)', write: (e) => ((e as string) === '' ? null : (e as string)), read: (v) => v as string },
  { dataType: T.DATA_TYPE_STRING, name: 'STRING', storage: 'strings', duck: fixed(VARCHAR), stored: 'VARCHAR', write: (e) => ((e as string) === '' ? null : (e as string)), read: (v) => v as string },
  { dataType: T.DATA_TYPE_BLOB, name: 'BLOB', storage: 'blobs', duck: fixed(BLOB), stored: 'BLOB', write: (e) => new DuckDBBlobValue(e as Uint8Array), read: (v) => Buffer.from((v as DuckDBBlobValue).bytes) },
  {
    dataType: T.DATA_TYPE_UUID, name: 'UUID', storage: 'strings', duck: fixed(UUID), stored: 'UUID',
    write: (e) => { const n = bytes16(uuidToBytes)(e); return n === null ? null : DuckDBUUIDValue.fromUint128(n); },
    read: (v) => (v as DuckDBUUIDValue).toString(),
  },
  {
    dataType: T.DATA_TYPE_IPADDR, name: 'IPADDR', storage: 'strings', duck: fixed(UHUGEINT),
    stored: "UHUGEINT: the address as a 128-bit number (an IPv4 address is its 32-bit value); DuckDB's inet type is an extension the gateway does not load",
    write: bytes16(ipaddrToBytes), read: (v) => bytesToIpaddr(toLittleEndian(v as bigint)),
  },
  {
    dataType: T.DATA_TYPE_INT128, name: 'INT128', storage: 'strings', duck: fixed(HUGEINT), stored: 'HUGEINT (two\'s complement of the 32 hex digits)',
    write: (e) => { const n = bytes16(int128ToBytes)(e); return n === null ? null : BigInt.asIntN(128, n); },
    read: (v) => hex32(v as bigint),
  },
  decimal('decimal32', T.DATA_TYPE_DECIMAL32),
  decimal('decimal64', T.DATA_TYPE_DECIMAL64),
  decimal('decimal128', T.DATA_TYPE_DECIMAL128),
];

const BY_DATA_TYPE = new Map(COLUMN_TYPES.map((t) => [t.dataType, t]));
const BY_NAME = new Map(COLUMN_TYPES.map((t) => [t.name, t]));

export const columnType = (dataType: DataType): ColumnType | undefined => BY_DATA_TYPE.get(dataType);
export const columnTypeNamed = (name: string): ColumnType | undefined => BY_NAME.get(name);
export const maxScale = (t: ColumnType): number => (t.name.startsWith('DECIMAL') ? DECIMAL_LIMITS[t.name.toLowerCase() as DecimalWidth].maxScale : 0);
