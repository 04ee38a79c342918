import { bytes16FromText, type Bytes16Name } from './bytes16';
import { parseDecimal, type DecimalWidth } from './decimal';
import { ValueError, withPath } from './errors';
import type { VectorShape } from './vector-shape';

// DolphinDB's string form of an element: what `string(x)` gives in DolphinDB and what the plugin writes for a
// key and for JSON. Dates count days from 1970-01-01 in the proleptic Gregorian calendar; NULL has no text.

/**
 * The text of element `i` of a shape (at `path`), or null when it is NULL. Floating-point numbers use the shortest
 * text that reads back to the same number (DolphinDB's display rounds; a key or a JSON number should not lose
 * precision). UUID, IPADDR, INT128 and DECIMAL text is written as given, once it has passed the rule that
 * DOLPHINDB's bytes pass too, so that no form writes what another refuses.
 */
export function elementText(shape: VectorShape, i: number, path: string): string | null {
  if (shape.nulls?.has(i)) return null;
  const x = shape.elements[i];
  switch (shape.info.name) {
    case 'BOOL':
      return x ? 'true' : 'false';
    case 'CHAR':
      return charText(x as number);
    case 'SHORT':
    case 'INT':
    case 'LONG':
      return String(x);
    case 'FLOAT':
      return floatText(x as number);
    case 'DOUBLE':
      return doubleText(x as number);
    case 'DATE':
      return dateText(x as number);
    case 'MONTH':
      return monthText(x as number);
    case 'TIME':
      return `${clock(BigInt(x as number) * 1_000_000n, 'ms')}`;
    case 'MINUTE': {
      const m = x as number;
      return `${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}m`;
    }
    case 'SECOND':
      return clock(BigInt(x as number) * 1_000_000_000n, 's');
    case 'DATETIME':
      return dateTime(BigInt(x as number) * 1_000_000_000n, 's');
    case 'TIMESTAMP':
      return dateTime(BigInt(x as bigint) * 1_000_000n, 'ms');
    case 'NANOTIME':
      return clock(BigInt(x as bigint), 'ns');
    case 'NANOTIMESTAMP':
      return dateTime(BigInt(x as bigint), 'ns');
    case 'DATEHOUR': {
      const h = x as number;
      return `${dateText(Math.floor(h / 24))}T${pad(((h % 24) + 24) % 24, 2)}`;
    }
    case 'STRING':
    case 'SYMBOL':
      return x === '' ? null : (x as string);
    case 'BLOB':
      return (x as Buffer).length === 0 ? null : (x as Buffer).toString('utf8');
    case 'UUID':
    case 'IPADDR':
    case 'INT128':
      if (x === '') return null;
      withPath(`${path}[${i}]`, () => bytes16FromText(shape.info.name as Bytes16Name, x as string));
      return x as string;
    case 'DECIMAL32':
    case 'DECIMAL64':
    case 'DECIMAL128':
      if (x === '') return null;
      withPath(`${path}[${i}]`, () => parseDecimal(x as string, shape.scale, shape.info.layout as DecimalWidth));
      return x as string;
    default:
      throw new ValueError(`${shape.info.name} elements have no text form`);
  }
}

/** A printable ASCII CHAR is its character, any other its number (as DolphinDB prints them). */
function charText(c: number): string {
  return c >= 32 && c < 127 ? String.fromCharCode(c) : String(c);
}

function doubleText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return String(x);
}

/** The shortest decimal text that reads back to the same 32-bit float. */
function floatText(x: number): string {
  if (!Number.isFinite(x)) return doubleText(x);
  for (let digits = 1; digits < 9; digits++) {
    const text = x.toPrecision(digits);
    if (Math.fround(Number(text)) === x) return String(Number(text));
  }
  return String(Number(x.toPrecision(9)));
}

function pad(n: number | bigint, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 -> year, month (1-12), day, by Howard Hinnant's civil_from_days. */
export function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function year(y: number): string {
  return y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
}

function dateText(days: number): string {
  const [y, m, d] = civil(days);
  return `${year(y)}.${pad(m, 2)}.${pad(d, 2)}`;
}

function monthText(months: number): string {
  const y = Math.floor(months / 12);
  return `${year(y)}.${pad(months - y * 12 + 1, 2)}M`;
}

const NS_PER_DAY = 86_400_000_000_000n;
type Precision = 's' | 'ms' | 'ns';

/** Nanoseconds since midnight -> HH:mm:ss[.fff | .fffffffff]. */
function clock(ns: bigint, precision: Precision): string {
  const seconds = ns / 1_000_000_000n;
  const text = `${pad(seconds / 3600n, 2)}:${pad((seconds / 60n) % 60n, 2)}:${pad(seconds % 60n, 2)}`;
  const fraction = ns % 1_000_000_000n;
  if (precision === 'ms') return `${text}.${pad(fraction / 1_000_000n, 3)}`;
  if (precision === 'ns') return `${text}.${pad(fraction, 9)}`;
  return text;
}

/** Nanoseconds since the epoch -> yyyy.MM.ddTHH:mm:ss[.fraction]. */
function dateTime(ns: bigint, precision: Precision): string {
  let days = ns / NS_PER_DAY;
  let rest = ns % NS_PER_DAY;
  if (rest < 0n) {
    days -= 1n;
    rest += NS_PER_DAY;
  }
  return `${dateText(Number(days))}T${clock(rest, precision)}`;
}
