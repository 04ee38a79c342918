import { ValueError } from '../values/errors';
import { civil } from '../values/text';
import { NULL, outOfRange, show, type Params } from './fit-params';

// Conversions between the temporal types, and temporal text parsed (DolphinDB's forms and ISO 8601's).
//
// A moment is held as whole days since 1970-01-01 and nanoseconds into the day: both fit in a double, where
// nanoseconds since the epoch would need a bigint for every element. splitMoment and the text parser leave it in
// these two variables, read right after (no object per element).

let momentDays = 0;
let momentNs = 0;
const DAY = 86_400e9;
const SAFE = Number.MAX_SAFE_INTEGER;
const DAY_NS = 86_400_000_000_000n;

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
  const [year, month] = civil(days);
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

export function temporalToTemporal(x: unknown, p: Params): unknown {
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

export function textToTemporal(x: unknown, p: Params): unknown {
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
