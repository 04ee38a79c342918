import { isUtf8 } from 'node:buffer';
import { cut } from '../errors';
import type { DataType } from '../gen/kafkagateway/v1/value';
import { bytes16FromText, type Bytes16Name } from '../values/bytes16';
import { DECIMAL_LIMITS, formatDecimal, parseDecimal, type DecimalWidth } from '../values/decimal';
import { ValueError } from '../values/errors';
import { elementText } from '../values/text';
import { typeOf, type TypeInfo } from '../values/types';
import { emptyElement, type VectorShape } from '../values/vector-shape';
import type { RowColumn, Rows } from './rows';

// Rows made to fit a table: the table's columns, in its order, each converted to its type the way DolphinDB's
// append converts, and refused with the column, the row and the value where DolphinDB would refuse.
//
// Each conversion is a module-level function of one element and the column's parameters (built once per column),
// run by one loop: no closure per element, and a column whose type already matches keeps its arrays.

export interface TargetColumn {
  name: string;
  dataType: DataType;
  scale: number;
}

/** The target's columns, in its order, from the payload column each maps to (rename: target -> payload name). */
export function fitToTarget(rows: Rows, target: readonly TargetColumn[], rename: Readonly<Record<string, string>>): Rows {
  const byName = new Map<string, RowColumn>();
  for (const c of rows.columns) byName.set(c.name, c);
  const columns = target.map((t) => {
    const to = targetType(t);
    const from = Object.hasOwn(rename, t.name) ? rename[t.name]! : t.name;
    const source = byName.get(from);
    if (source) return fitColumn(source, t, to, rows.count);
    // A payload with no shape at all (an empty JSON array) has no rows to put anywhere.
    if (rows.count === 0 && rows.columns.length === 0) return { name: t.name, info: to, elements: [], nulls: undefined, scale: scaleOf(to, t.scale) };
    throw new ValueError(`the payload has no column ${cut(from)} for column ${cut(t.name)}`);
  });
  return { columns, count: rows.count };
}

/** A table for rows that has none yet: their own columns and types. */
export function targetFromRows(rows: Rows): TargetColumn[] {
  return rows.columns.map((c) => {
    if (c.info.name === 'VOID') {
      throw new ValueError(`column ${cut(c.name)} holds only NULLs, so its type is unknown; create the table first, or send a typed value`);
    }
    if (c.info.storage === 'values') throw new ValueError(`column ${cut(c.name)} holds values of mixed forms (ANY), which a table column cannot`);
    return { name: c.name, dataType: c.info.dataType, scale: c.scale };
  });
}

/** Every rename names a column of the target, so that a misspelt name is an error, not a column left NULL. */
export function checkRename(rename: Readonly<Record<string, string>>, target: readonly TargetColumn[]): void {
  const names = new Set(target.map((t) => t.name));
  for (const key of Object.keys(rename)) {
    if (!names.has(key)) throw new ValueError(`rename names column ${cut(key)}, which the target does not have`);
    if (rename[key] === '') throw new ValueError(`rename of column ${cut(key)} names no payload column`);
  }
}

function targetType(t: TargetColumn): TypeInfo {
  const info = typeOf(t.dataType);
  if (!info || info.name === 'VOID' || info.storage === 'values') {
    throw new ValueError(`column ${cut(t.name)}: ${info?.name ?? `type ${t.dataType}`} is not a table column type`);
  }
  return info;
}

const scaleOf = (to: TypeInfo, scale: number) => (DECIMAL.has(to.name) ? scale : 0);

// ---- families

const INTEGRAL = new Set(['CHAR', 'SHORT', 'INT', 'LONG']);
const FLOATING = new Set(['FLOAT', 'DOUBLE']);
const NUMERIC = new Set(['BOOL', ...INTEGRAL, ...FLOATING]);
const DECIMAL = new Set(['DECIMAL32', 'DECIMAL64', 'DECIMAL128']);
const TEXT = new Set(['STRING', 'SYMBOL']);
const BYTES16 = new Set(['UUID', 'IPADDR', 'INT128']);
/** Date-and-time types, by the nanoseconds in one unit of their count (MONTH, 0: it counts calendar months). */
const DATE_TIME: Record<string, number> = { DATE: 86_400e9, MONTH: 0, DATETIME: 1e9, TIMESTAMP: 1e6, NANOTIMESTAMP: 1, DATEHOUR: 3_600e9 };
/** Time-of-day types, the same way. */
const TIME_OF_DAY: Record<string, number> = { TIME: 1e6, MINUTE: 60e9, SECOND: 1e9, NANOTIME: 1 };
const isTemporal = (name: string) => DATE_TIME[name] !== undefined || TIME_OF_DAY[name] !== undefined;

const INT64 = (1n << 63n) - 1n;
/** The values each type holds, its NULL sentinel excluded (for the time-of-day types: one day). */
const RANGE: Record<string, [bigint, bigint]> = {
  CHAR: [-127n, 127n], SHORT: [-32767n, 32767n], INT: [-2147483647n, 2147483647n], LONG: [-INT64, INT64],
  DATE: [-2147483647n, 2147483647n], MONTH: [-2147483647n, 2147483647n], DATETIME: [-2147483647n, 2147483647n],
  DATEHOUR: [-2147483647n, 2147483647n], TIMESTAMP: [-INT64, INT64], NANOTIMESTAMP: [-INT64, INT64],
  TIME: [0n, 86_399_999n], MINUTE: [0n, 1439n], SECOND: [0n, 86_399n], NANOTIME: [0n, 86_399_999_999_999n],
};
const FLOAT_MAX = 3.4028234663852886e38;
const DAY_NS = 86_400_000_000_000n;

/** What a conversion needs to know about its column, computed once. */
interface Params {
  to: TypeInfo;
  from: TypeInfo;
  scale: number;
  fromScale: number;
  /** The target's range (integral and temporal targets), as bigint and as number. */
  min: bigint;
  max: bigint;
  minN: number;
  maxN: number;
  /** Whether the target holds bigints (LONG, TIMESTAMP, NANOTIME, NANOTIMESTAMP). */
  long: boolean;
  /** Temporal: nanoseconds per unit of the source and of the target (0: MONTH), and which count a time of day. */
  fromUnit: number;
  toUnit: number;
  fromTimeOfDay: boolean;
  toTimeOfDay: boolean;
  /** DECIMAL target: 10^scale and the largest unscaled magnitude. */
  pow: bigint;
  limit: bigint;
}

/** Returned by a conversion for an element that becomes NULL. */
const NULL = Symbol('NULL');
type Convert = (x: unknown, p: Params) => unknown;

function fitColumn(source: RowColumn, t: TargetColumn, to: TypeInfo, count: number): RowColumn {
  const from = source.info;
  const scale = scaleOf(to, t.scale);
  if (from === to && (!DECIMAL.has(to.name) || source.scale === scale)) return { name: t.name, info: to, elements: source.elements, nulls: source.nulls, scale };
  const p = params(from, to, scale, source.scale);
  const f = from.name;
  const n = to.name;
  if (f === 'VOID') return allNull(t.name, to, scale, count);
  if (TEXT.has(n)) {
    if (TEXT.has(f)) return { name: t.name, info: to, elements: source.elements, nulls: source.nulls, scale: 0 };
    if (f === 'BLOB') return map(source, t.name, count, blobToText, p);
    if (DECIMAL.has(f)) return map(source, t.name, count, decimalToText, p);
    if (from.storage !== 'values') return toText(source, t.name, to, count);
  }
  const convert = converter(f, n);
  if (!convert) throw new ValueError(`column ${cut(t.name)}: ${f} cannot be appended to a ${n} column`);
  return map(source, t.name, count, convert, p);
}

/** The conversion from type `f` to type `n` (neither text-to-text nor from VOID), or undefined where DolphinDB refuses. */
function converter(f: string, n: string): Convert | undefined {
  if (TEXT.has(f)) {
    if (n === 'BLOB') return textToBlob;
    if (n === 'BOOL') return textToBool;
    if (INTEGRAL.has(n)) return textToIntegral;
    if (FLOATING.has(n)) return textToFloating;
    if (DECIMAL.has(n)) return toDecimal;
    if (BYTES16.has(n)) return textToBytes16;
    if (isTemporal(n)) return textToTemporal;
    return undefined;
  }
  if (NUMERIC.has(f) && NUMERIC.has(n)) {
    if (n === 'BOOL') return numberToBool;
    if (n === 'FLOAT') return numberToFloat;
    if (n === 'DOUBLE') return numberToDouble;
    return numberToIntegral;
  }
  if (DECIMAL.has(n) && (INTEGRAL.has(f) || FLOATING.has(f) || DECIMAL.has(f))) return toDecimal;
  if (DECIMAL.has(f)) {
    if (FLOATING.has(n)) return decimalToFloating;
    if (INTEGRAL.has(n)) return decimalToIntegral;
    return undefined;
  }
  if (INTEGRAL.has(f) && isTemporal(n)) return numberToIntegral; // the number is the type's own count
  if (isTemporal(f) && isTemporal(n)) {
    // A time of day has no date to give, and a DATE or MONTH no time of day.
    if (TIME_OF_DAY[f] !== undefined && DATE_TIME[n] !== undefined) return undefined;
    if ((f === 'DATE' || f === 'MONTH') && TIME_OF_DAY[n] !== undefined) return undefined;
    return temporalToTemporal;
  }
  return undefined;
}

function params(from: TypeInfo, to: TypeInfo, scale: number, fromScale: number): Params {
  const range = RANGE[to.name] ?? [0n, 0n];
  const width = to.layout as DecimalWidth;
  const decimal = DECIMAL.has(to.name);
  return {
    to, from, scale, fromScale,
    min: range[0], max: range[1], minN: Number(range[0]), maxN: Number(range[1]),
    long: to.storage === 'longs',
    fromUnit: DATE_TIME[from.name] ?? TIME_OF_DAY[from.name] ?? 0,
    toUnit: DATE_TIME[to.name] ?? TIME_OF_DAY[to.name] ?? 0,
    fromTimeOfDay: TIME_OF_DAY[from.name] !== undefined,
    toTimeOfDay: TIME_OF_DAY[to.name] !== undefined,
    pow: 10n ** BigInt(decimal ? scale : 0),
    // DuckDB's DECIMAL holds 38 digits at most, a little less than DECIMAL128's 127 bits.
    limit: decimal ? (width === 'decimal128' ? 10n ** 38n - 1n : DECIMAL_LIMITS[width].max) : 0n,
  };
}

// ---- the loops

function map(source: RowColumn, name: string, count: number, convert: Convert, p: Params): RowColumn {
  const elements = source.elements;
  const nulls = source.nulls;
  const out = new Array<unknown>(count);
  const empty = emptyElement(p.to);
  let outNulls = nulls;
  let copied = false;
  let i = 0;
  try {
    for (; i < count; i++) {
      if (nulls !== undefined && nulls.has(i)) {
        out[i] = empty;
        continue;
      }
      const y = convert(elements[i], p);
      if (y === NULL) {
        if (!copied) {
          outNulls = new Set(nulls);
          copied = true;
        }
        outNulls!.add(i);
        out[i] = empty;
      } else out[i] = y;
    }
  } catch (err) {
    if (err instanceof ValueError) throw new ValueError(`column ${cut(name)} row ${i}: ${err.message}`);
    throw err;
  }
  return { name, info: p.to, elements: out, nulls: outNulls, scale: p.scale };
}

function allNull(name: string, to: TypeInfo, scale: number, count: number): RowColumn {
  const nulls = new Set<number>();
  for (let i = 0; i < count; i++) nulls.add(i);
  return { name, info: to, elements: new Array<unknown>(count).fill(emptyElement(to)), nulls: count ? nulls : undefined, scale };
}

/** Any typed column as DolphinDB's text of each element. */
function toText(source: RowColumn, name: string, to: TypeInfo, count: number): RowColumn {
  const shape: VectorShape = { info: source.info, elements: source.elements, length: count, nulls: source.nulls, scale: source.scale };
  const out = new Array<string>(count);
  let outNulls = source.nulls;
  let copied = false;
  const path = `column ${cut(name)}`;
  for (let i = 0; i < count; i++) {
    const text = elementText(shape, i, path);
    if (text === null) {
      if (!source.nulls?.has(i)) {
        if (!copied) {
          outNulls = new Set(source.nulls);
          copied = true;
        }
        outNulls!.add(i);
      }
      out[i] = '';
    } else out[i] = text;
  }
  return { name, info: to, elements: out, nulls: outNulls, scale: 0 };
}

// ---- element conversions: each returns the target's element, or NULL, or throws a ValueError saying what

/** A value for a message: text quoted and cut short, numbers as DolphinDB writes them. */
function show(x: unknown): string {
  if (typeof x === 'string') return cut(x);
  if (typeof x === 'number') return Number.isNaN(x) ? 'nan' : Number.isFinite(x) ? String(x) : x > 0 ? 'inf' : '-inf';
  if (typeof x === 'bigint' || typeof x === 'boolean') return String(x);
  if (x instanceof Uint8Array) return `a BLOB of ${x.length} bytes`;
  return String(x);
}

function outOfRange(x: unknown, p: Params): ValueError {
  return new ValueError(`${show(x)} is out of range for a ${p.to.name} column (${p.min} to ${p.max})`);
}

/** CHAR, SHORT, INT, LONG, and the temporal types from their raw count. */
function numberToIntegral(x: unknown, p: Params): unknown {
  if (typeof x === 'number') {
    if (x !== x) return NULL;
    if (!Number.isInteger(x)) throw new ValueError(`${show(x)} is not a whole number, which a ${p.to.name} column needs`);
    if (x < p.minN || x > p.maxN) throw outOfRange(x, p);
    if (!p.long) return x + 0; // + 0: -0 is 0
    // As a double, -2^63 passes the bounds above; as a bigint it is LONG's NULL.
    const b = BigInt(x);
    if (b < p.min || b > p.max) throw outOfRange(x, p);
    return b;
  }
  if (typeof x === 'bigint') {
    if (x < p.min || x > p.max) throw outOfRange(x, p);
    return p.long ? x : Number(x);
  }
  const one = x ? 1 : 0;
  return p.long ? BigInt(one) : one;
}

function numberToBool(x: unknown): unknown {
  if (typeof x === 'number') return x !== x ? NULL : x !== 0;
  if (typeof x === 'bigint') return x !== 0n;
  return x;
}

function numberToDouble(x: unknown): unknown {
  if (typeof x === 'number') return x !== x ? NULL : x;
  if (typeof x === 'bigint') return Number(x);
  return x ? 1 : 0;
}

function numberToFloat(x: unknown, p: Params): unknown {
  const d = numberToDouble(x);
  if (d === NULL) return NULL;
  return checkedFloat(d as number, x, p);
}

function checkedFloat(d: number, x: unknown, p: Params): number {
  if (Number.isFinite(d) && Math.abs(d) > FLOAT_MAX) throw new ValueError(`${show(x)} is out of range for a FLOAT column`);
  return Math.fround(d);
}

// DECIMAL

/**
 * A number, bigint or decimal text as the target's decimal text, rounded half away from zero to its scale, as
 * DolphinDB rounds; a value beyond the width is refused.
 */
function toDecimal(x: unknown, p: Params): unknown {
  let unscaled: bigint;
  if (typeof x === 'bigint') unscaled = x * p.pow;
  else if (typeof x === 'number') {
    if (x !== x) return NULL;
    if (!Number.isFinite(x)) throw new ValueError(`${show(x)} is not a ${p.to.name}`);
    unscaled = Number.isSafeInteger(x) ? BigInt(x) * p.pow : scaledText(String(x), p);
  } else {
    const text = (x as string).trim();
    if (text === '') return NULL;
    unscaled = scaledText(text, p);
  }
  if (unscaled > p.limit || unscaled < -p.limit) throw new ValueError(`${show(x)} does not fit in a ${p.to.name} column at scale ${p.scale}`);
  return formatDecimal(unscaled, p.scale);
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Decimal text (an exponent allowed) -> the unscaled integer at p.scale, rounded half away from zero. */
function scaledText(text: string, p: Params): bigint {
  const m = DECIMAL_TEXT.exec(text);
  const whole = m?.[2] ?? '';
  const fraction = m?.[3] ?? '';
  if (!m || whole.length + fraction.length === 0) throw new ValueError(`${cut(text)} is not a decimal number`);
  let digits = whole + fraction;
  let point = whole.length + (m[4] ? Number(m[4]) : 0);
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead);
  point -= lead;
  if (digits === '') return 0n;
  const keep = point + p.scale;
  // The first digit is not 0: more than 40 digits before the scale's end is beyond every width.
  if (keep > 40) throw new ValueError(`${cut(text)} does not fit in a ${p.to.name} column at scale ${p.scale}`);
  let unscaled: bigint;
  let next: string;
  if (keep >= digits.length) {
    unscaled = BigInt(digits + '0'.repeat(keep - digits.length));
    next = '0';
  } else if (keep <= 0) {
    unscaled = 0n;
    next = keep === 0 ? digits[0]! : '0';
  } else {
    unscaled = BigInt(digits.slice(0, keep));
    next = digits[keep]!;
  }
  if (next >= '5') unscaled += 1n;
  return m[1] === '-' ? -unscaled : unscaled;
}

/** The source's decimal text in DolphinDB's form: all the digits of its scale. */
function decimalToText(x: unknown, p: Params): unknown {
  if (x === '') return NULL;
  return formatDecimal(parseDecimal(x as string, p.fromScale, p.from.layout as DecimalWidth), p.fromScale);
}

function decimalToFloating(x: unknown, p: Params): unknown {
  if (x === '') return NULL;
  const d = Number(x as string);
  return p.to.name === 'FLOAT' ? checkedFloat(d, x, p) : d;
}

function decimalToIntegral(x: unknown, p: Params): unknown {
  if (x === '') return NULL;
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(x as string);
  if (!m || /[1-9]/.test(m[3] ?? '')) throw new ValueError(`${show(x)} is not a whole number, which a ${p.to.name} column needs`);
  return numberToIntegral(BigInt(`${m[1]}${m[2] || '0'}`), p);
}

// text

function textToBlob(x: unknown): unknown {
  return x === '' ? NULL : Buffer.from(x as string, 'utf8');
}

function blobToText(x: unknown): unknown {
  const b = x as Uint8Array;
  if (b.length === 0) return NULL;
  if (!isUtf8(b)) throw new ValueError(`${show(x)} is not UTF-8 text`);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
}

function textToBool(x: unknown): unknown {
  const text = (x as string).trim().toLowerCase();
  if (text === '') return NULL;
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new ValueError(`${show(x)} is not a BOOL (true, false, 1 or 0)`);
}

const INTEGER_TEXT = /^[+-]?\d+$/;

function textToIntegral(x: unknown, p: Params): unknown {
  const text = (x as string).trim();
  if (text === '') return NULL;
  // Up to 15 digits a double is exact, and cheaper than a bigint.
  if (INTEGER_TEXT.test(text)) return numberToIntegral(text.length < 16 ? Number(text) : BigInt(text), p);
  // JSON writes a printable CHAR as its character.
  if (p.to.name === 'CHAR' && text.length === 1 && text.charCodeAt(0) < 127) return text.charCodeAt(0);
  throw new ValueError(`${show(x)} is not a ${p.to.name}`);
}

const FLOAT_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function textToFloating(x: unknown, p: Params): unknown {
  const text = (x as string).trim();
  if (text === '' || text === 'nan' || text === 'NaN') return NULL;
  let d: number;
  if (FLOAT_TEXT.test(text)) d = Number(text);
  else if (text === 'inf' || text === '+inf' || text === 'Infinity') d = Infinity;
  else if (text === '-inf' || text === '-Infinity') d = -Infinity;
  else throw new ValueError(`${show(x)} is not a ${p.to.name}`);
  return p.to.name === 'FLOAT' ? checkedFloat(d, x, p) : d;
}

function textToBytes16(x: unknown, p: Params): unknown {
  if (x === '') return NULL;
  bytes16FromText(p.to.name as Bytes16Name, x as string);
  return x;
}

// temporal
//
// A moment is held as whole days since 1970-01-01 and nanoseconds into the day: both fit in a double, where
// nanoseconds since the epoch would need a bigint for every element. splitMoment and the text parser leave it in
// these two variables, read right after (no object per element).

let momentDays = 0;
let momentNs = 0;
const DAY = 86_400e9;
const SAFE = Number.MAX_SAFE_INTEGER;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 -> DolphinDB's month count (year * 12 + month - 1). */
function monthOfDays(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

function monthStartDays(months: number): number {
  const year = Math.floor(months / 12);
  return daysFromCivil(year, months - year * 12 + 1, 1);
}

/** An element of a temporal source type as the moment. */
function splitMoment(x: unknown, p: Params): void {
  const unit = p.fromUnit;
  if (p.fromTimeOfDay) {
    momentDays = 0;
    momentNs = Number(x as number | bigint) * unit;
  } else if (unit === 0) {
    momentDays = monthStartDays(x as number);
    momentNs = 0;
  } else if (typeof x === 'number' || (x as bigint) <= SAFE_BIG && (x as bigint) >= -SAFE_BIG) {
    const n = Number(x as number | bigint);
    const perDay = DAY / unit;
    momentDays = Math.floor(n / perDay);
    momentNs = (n - momentDays * perDay) * unit;
  } else {
    const ns = (x as bigint) * BigInt(unit);
    const days = ns / DAY_NS - (ns % DAY_NS < 0n ? 1n : 0n);
    momentDays = Number(days);
    momentNs = Number(ns - days * DAY_NS);
  }
}
const SAFE_BIG = BigInt(SAFE);

/** The moment as the target's count, range-checked (`x`: the source value, for the message). */
function joinMoment(p: Params, x: unknown): unknown {
  const unit = p.toUnit;
  if (p.toTimeOfDay) {
    const count = Math.floor(momentNs / unit);
    return p.long ? BigInt(count) : count;
  }
  if (unit === 0) return checkedCount(monthOfDays(momentDays), p, x);
  const perDay = DAY / unit;
  const count = momentDays * perDay + Math.floor(momentNs / unit);
  if (count >= -SAFE && count <= SAFE) return checkedCount(count, p, x);
  const big = BigInt(momentDays) * BigInt(perDay) + BigInt(Math.floor(momentNs / unit));
  if (big < p.min || big > p.max) throw outOfRange(x, p);
  return big;
}

function checkedCount(count: number, p: Params, x: unknown): unknown {
  if (count < p.minN || count > p.maxN) throw outOfRange(x, p);
  return p.long ? BigInt(count) : count;
}

function temporalToTemporal(x: unknown, p: Params): unknown {
  splitMoment(x, p);
  return joinMoment(p, x);
}

// 2024.01.02, 2024-01-02, with T or a space and 10[:11[:12[.345]]], and an optional Z.
const DATE_TEXT = /^(-?\d{4,7})([.-])(\d{2})\2(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?(Z)?$/;
const MONTH_TEXT = /^(-?\d{4,7})[.-](\d{2})M?$/;
const TIME_TEXT = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(m)?$/;

const FORMS: Record<string, string> = {
  DATE: '2024.01.02 or 2024-01-02',
  MONTH: '2024.01M or 2024-01',
  TIME: '10:11:12.345', MINUTE: '10:11m', SECOND: '10:11:12', NANOTIME: '10:11:12.345678901',
};
const DATE_TIME_FORM = '2024.01.02T10:11:12.345 or 2024-01-02T10:11:12.345Z';

function notTemporal(x: unknown, p: Params, why = ''): ValueError {
  return new ValueError(`${show(x)} is not a ${p.to.name}${why} (${FORMS[p.to.name] ?? DATE_TIME_FORM})`);
}

/** Nanoseconds since midnight of a clock text's parts. */
function clockNs(x: unknown, p: Params, h: string, m: string | undefined, s: string | undefined, fraction: string | undefined): number {
  const hours = Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 23 || minutes > 59 || seconds > 59) throw notTemporal(x, p);
  const nanos = fraction === undefined ? 0 : Number(fraction) * 10 ** (9 - fraction.length);
  return ((hours * 60 + minutes) * 60 + seconds) * 1e9 + nanos;
}

function textToTemporal(x: unknown, p: Params): unknown {
  const text = (x as string).trim();
  if (text === '') return NULL;
  const date = DATE_TEXT.exec(text);
  if (date) {
    if (p.toTimeOfDay && date[5] === undefined) throw notTemporal(x, p, ': it has no time of day');
    const year = Number(date[1]);
    const month = Number(date[3]);
    const day = Number(date[4]);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) throw notTemporal(x, p);
    momentDays = daysFromCivil(year, month, day);
    momentNs = date[5] === undefined ? 0 : clockNs(x, p, date[5], date[6], date[7], date[8]);
    return joinMoment(p, x);
  }
  const month = MONTH_TEXT.exec(text);
  if (month && !p.toTimeOfDay) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) throw notTemporal(x, p);
    momentDays = monthStartDays(Number(month[1]) * 12 + m - 1);
    momentNs = 0;
    return joinMoment(p, x);
  }
  const time = TIME_TEXT.exec(text);
  if (time) {
    if (!p.toTimeOfDay) throw notTemporal(x, p, ': it is a time of day, with no date');
    momentDays = 0;
    momentNs = clockNs(x, p, time[1]!, time[2], time[3], time[4]);
    return joinMoment(p, x);
  }
  throw notTemporal(x, p);
}

function daysIn(year: number, month: number): number {
  const next = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
  return next - daysFromCivil(year, month, 1);
}

