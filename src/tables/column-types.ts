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
  /**
   * For a type DuckDB holds as a plain array (numbers, or text and bytes), the way in without a DuckDB value per
   * element (append-columns): the array's layout and the element as the array holds it (null for NULL), checked as
   * `write` checks. `write` is this value wrapped.
   */
  raw?: RawWrite | undefined;
}

/** How a vector holds a type: a fixed-width array of numbers or bigints, or a string per element. */
export type Layout = 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'float32' | 'float64' | 'varchar' | 'blob';

export interface RawWrite {
  layout: Layout;
  /** int64 takes a bigint or, where the count is a safe integer, a number (no bigint made per element). */
  value(element: unknown, scale: number): number | bigint | boolean | string | Uint8Array | null;
}

/** `write` and `raw` of a type from its raw value, and how that value becomes a DuckDB value (as it is, if not given). */
function viaRaw(layout: Layout, value: RawWrite['value'], wrap?: (v: never) => DuckDBValue): Pick<ColumnType, 'write' | 'raw'> {
  return {
    raw: { layout, value },
    write: (e, scale) => {
      const v = value(e, scale);
      return v === null ? null : wrap ? wrap(v as never) : (v as DuckDBValue);
    },
  };
}

const fixed = (t: DuckDBType) => () => t;

function integer(min: number, sentinel: number, name: string) {
  return (e: unknown): number | null => {
    const n = e as number;
    if (n === sentinel) return null;
    if (!Number.isInteger(n) || n < min || n > -min) throw new Error(`${n} is not a ${name} (${min} to ${-min})`);
    return n;
  };
}
const number = (v: DuckDBValue) => v as number;
const notLongNull = (e: unknown) => ((e as bigint) === NULLS.int64 ? null : (e as bigint));
const notFloatNull = (e: unknown) => ((e as number) === NULLS.float32 ? null : (e as number));
const notDoubleNull = (e: unknown) => ((e as number) === NULLS.float64 ? null : (e as number));
const notEmpty = (e: unknown) => ((e as string) === '' ? null : (e as string));

/** A time of day as DuckDB's TIME count, microseconds (a safe integer: at most a day's). */
function timeOfDay(unit: number, max: number, name: string) {
  return (e: unknown): number | null => {
    const n = e as number;
    if (n === NULLS.int32) return null;
    if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${n} is not a ${name} (0 to ${max})`);
    return n * unit;
  };
}
const timeValue = (micros: number) => new DuckDBTimeValue(BigInt(micros));
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
  { dataType: T.DATA_TYPE_BOOL, name: 'BOOL', storage: 'bools', duck: fixed(BOOLEAN), stored: 'BOOLEAN', ...viaRaw('bool', (e) => e as boolean), read: (v) => v as boolean },
  { dataType: T.DATA_TYPE_CHAR, name: 'CHAR', storage: 'ints', duck: fixed(TINYINT), stored: 'TINYINT', ...viaRaw('int8', integer(-127, NULLS.int8, 'CHAR')), read: number },
  { dataType: T.DATA_TYPE_SHORT, name: 'SHORT', storage: 'ints', duck: fixed(SMALLINT), stored: 'SMALLINT', ...viaRaw('int16', integer(-32767, NULLS.int16, 'SHORT')), read: number },
  { dataType: T.DATA_TYPE_INT, name: 'INT', storage: 'ints', duck: fixed(INTEGER), stored: 'INTEGER', ...viaRaw('int32', (e) => int32OrNull(e, 'INT')), read: number },
  { dataType: T.DATA_TYPE_LONG, name: 'LONG', storage: 'longs', duck: fixed(BIGINT), stored: 'BIGINT', ...viaRaw('int64', notLongNull), read: (v) => v as bigint },
  {
    dataType: T.DATA_TYPE_DATE, name: 'DATE', storage: 'ints', duck: fixed(DATE), stored: 'DATE (days since 1970-01-01, as DolphinDB)',
    ...viaRaw('int32', (e) => int32OrNull(e, 'DATE'), (days: number) => new DuckDBDateValue(days)),
    read: (v) => (v as DuckDBDateValue).days,
  },
  {
    dataType: T.DATA_TYPE_MONTH, name: 'MONTH', storage: 'ints', duck: fixed(INTEGER),
    stored: 'INTEGER: year * 12 + month - 1, as DolphinDB counts (DuckDB has no month type; a DATE could not hold every INT month)',
    ...viaRaw('int32', (e) => int32OrNull(e, 'MONTH')), read: number,
  },
  { dataType: T.DATA_TYPE_TIME, name: 'TIME', storage: 'ints', duck: fixed(TIME), stored: 'TIME (microseconds; the milliseconds x 1000)', ...viaRaw('int64', timeOfDay(1000, 86_399_999, 'TIME'), timeValue), read: readTimeOfDay(1000n) },
  { dataType: T.DATA_TYPE_MINUTE, name: 'MINUTE', storage: 'ints', duck: fixed(TIME), stored: 'TIME (whole minutes)', ...viaRaw('int64', timeOfDay(60_000_000, 1439, 'MINUTE'), timeValue), read: readTimeOfDay(60_000_000n) },
  { dataType: T.DATA_TYPE_SECOND, name: 'SECOND', storage: 'ints', duck: fixed(TIME), stored: 'TIME (whole seconds)', ...viaRaw('int64', timeOfDay(1_000_000, 86_399, 'SECOND'), timeValue), read: readTimeOfDay(1_000_000n) },
  {
    dataType: T.DATA_TYPE_DATETIME, name: 'DATETIME', storage: 'ints', duck: fixed(TIMESTAMP_S), stored: 'TIMESTAMP_S',
    ...viaRaw('int64', (e) => int32OrNull(e, 'DATETIME'), (seconds: number) => new DuckDBTimestampSecondsValue(BigInt(seconds))),
    read: (v) => Number((v as DuckDBTimestampSecondsValue).seconds),
  },
  {
    dataType: T.DATA_TYPE_TIMESTAMP, name: 'TIMESTAMP', storage: 'longs', duck: fixed(TIMESTAMP_MS), stored: 'TIMESTAMP_MS',
    ...viaRaw('int64', notLongNull, (millis: bigint) => new DuckDBTimestampMillisecondsValue(millis)),
    read: (v) => (v as DuckDBTimestampMillisecondsValue).millis,
  },
  {
    dataType: T.DATA_TYPE_NANOTIME, name: 'NANOTIME', storage: 'longs', duck: fixed(TIME_NS), stored: 'TIME_NS',
    ...viaRaw(
      'int64',
      (e) => {
        const n = notLongNull(e);
        if (n === null) return null;
        if (n < 0n || n > 86_399_999_999_999n) throw new Error(`${n} is not a NANOTIME (0 to 86399999999999)`);
        return n;
      },
      (nanos: bigint) => new DuckDBTimeNSValue(nanos),
    ),
    read: (v) => (v as DuckDBTimeNSValue).nanos,
  },
  {
    dataType: T.DATA_TYPE_NANOTIMESTAMP, name: 'NANOTIMESTAMP', storage: 'longs', duck: fixed(TIMESTAMP_NS), stored: 'TIMESTAMP_NS',
    ...viaRaw('int64', notLongNull, (nanos: bigint) => new DuckDBTimestampNanosecondsValue(nanos)),
    read: (v) => (v as DuckDBTimestampNanosecondsValue).nanos,
  },
  {
    dataType: T.DATA_TYPE_DATEHOUR, name: 'DATEHOUR', storage: 'ints', duck: fixed(TIMESTAMP_S),
    stored: 'TIMESTAMP_S at the whole hour (DuckDB has no hour type)',
    ...viaRaw(
      'int64',
      (e) => { const n = int32OrNull(e, 'DATEHOUR'); return n === null ? null : n * 3600; },
      (seconds: number) => new DuckDBTimestampSecondsValue(BigInt(seconds)),
    ),
    read: (v) => Number((v as DuckDBTimestampSecondsValue).seconds / 3600n),
  },
  { dataType: T.DATA_TYPE_FLOAT, name: 'FLOAT', storage: 'floats', duck: fixed(FLOAT), stored: 'FLOAT', ...viaRaw('float32', notFloatNull), read: number },
  { dataType: T.DATA_TYPE_DOUBLE, name: 'DOUBLE', storage: 'doubles', duck: fixed(DOUBLE), stored: 'DOUBLE', ...viaRaw('float64', notDoubleNull), read: number },
  { dataType: T.DATA_TYPE_SYMBOL, name: 'SYMBOL', storage: 'strings', duck: fixed(VARCHAR), stored: 'VARCHAR (DuckDB compresses repeated strings by dictionary)', ...viaRaw('varchar', notEmpty), read: (v) => v as string },
  { dataType: T.DATA_TYPE_STRING, name: 'STRING', storage: 'strings', duck: fixed(VARCHAR), stored: 'VARCHAR', ...viaRaw('varchar', notEmpty), read: (v) => v as string },
  {
    dataType: T.DATA_TYPE_BLOB, name: 'BLOB', storage: 'blobs', duck: fixed(BLOB), stored: 'BLOB',
    ...viaRaw('blob', (e) => e as Uint8Array, (bytes: Uint8Array) => new DuckDBBlobValue(bytes)),
    read: (v) => Buffer.from((v as DuckDBBlobValue).bytes),
  },
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
