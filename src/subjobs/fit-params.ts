import { cut } from '../errors';
import { DECIMAL_LIMITS, type DecimalWidth } from '../values/decimal';
import { ValueError } from '../values/errors';
import type { TypeInfo } from '../values/types';

// What every conversion of fit-columns shares: the families of types, the ranges they hold, the parameters of a
// column's conversion (built once per column), and how a refused value is shown.
//
// A conversion (convert-numbers, convert-text, convert-temporal) is a module-level function of one element and its
// column's parameters: it returns the target's element, or NULL, or throws a ValueError saying what is wrong.

export const INTEGRAL = new Set(['CHAR', 'SHORT', 'INT', 'LONG']);
export const FLOATING = new Set(['FLOAT', 'DOUBLE']);
export const NUMERIC = new Set(['BOOL', ...INTEGRAL, ...FLOATING]);
export const DECIMAL = new Set(['DECIMAL32', 'DECIMAL64', 'DECIMAL128']);
export const TEXT = new Set(['STRING', 'SYMBOL']);
export const BYTES16 = new Set(['UUID', 'IPADDR', 'INT128']);
/** Date-and-time types, by the nanoseconds in one unit of their count (MONTH, 0: it counts calendar months). */
export const DATE_TIME: Record<string, number> = { DATE: 86_400e9, MONTH: 0, DATETIME: 1e9, TIMESTAMP: 1e6, NANOTIMESTAMP: 1, DATEHOUR: 3_600e9 };
/** Time-of-day types, the same way. */
export const TIME_OF_DAY: Record<string, number> = { TIME: 1e6, MINUTE: 60e9, SECOND: 1e9, NANOTIME: 1 };
export const isTemporal = (name: string) => DATE_TIME[name] !== undefined || TIME_OF_DAY[name] !== undefined;

const INT64 = (1n << 63n) - 1n;
/** The values each type holds, its NULL sentinel excluded (for the time-of-day types: one day). */
const RANGE: Record<string, [bigint, bigint]> = {
  CHAR: [-127n, 127n], SHORT: [-32767n, 32767n], INT: [-2147483647n, 2147483647n], LONG: [-INT64, INT64],
  DATE: [-2147483647n, 2147483647n], MONTH: [-2147483647n, 2147483647n], DATETIME: [-2147483647n, 2147483647n],
  DATEHOUR: [-2147483647n, 2147483647n], TIMESTAMP: [-INT64, INT64], NANOTIMESTAMP: [-INT64, INT64],
  TIME: [0n, 86_399_999n], MINUTE: [0n, 1439n], SECOND: [0n, 86_399n], NANOTIME: [0n, 86_399_999_999_999n],
};

/** What a conversion needs to know about its column, computed once. */
export interface Params {
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
export const NULL = Symbol('NULL');
export type Convert = (x: unknown, p: Params) => unknown;

export function params(from: TypeInfo, to: TypeInfo, scale: number, fromScale: number): Params {
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

/** A value for a message: text quoted and cut short, numbers as DolphinDB writes them. */
export function show(x: unknown): string {
  if (typeof x === 'string') return cut(x);
  if (typeof x === 'number') return Number.isNaN(x) ? 'nan' : Number.isFinite(x) ? String(x) : x > 0 ? 'inf' : '-inf';
  if (typeof x === 'bigint' || typeof x === 'boolean') return String(x);
  if (x instanceof Uint8Array) return `a BLOB of ${x.length} bytes`;
  return String(x);
}

export function outOfRange(x: unknown, p: Params): ValueError {
  return new ValueError(`${show(x)} is out of range for a ${p.to.name} column (${p.min} to ${p.max})`);
}

