import { cut } from '../errors';
import { formatDecimal, parseDecimal, type DecimalWidth } from '../values/decimal';
import { ValueError } from '../values/errors';
import { NULL, outOfRange, show, type Params } from './fit-params';

// Conversions between the numeric types (BOOL, the integers, FLOAT, DOUBLE, DECIMAL), as DolphinDB's append does them.

const FLOAT_MAX = 3.4028234663852886e38;

/** CHAR, SHORT, INT, LONG, and the temporal types from their raw count. */
export function numberToIntegral(x: unknown, p: Params): unknown {
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

export function numberToBool(x: unknown): unknown {
  if (typeof x === 'number') return x !== x ? NULL : x !== 0;
  if (typeof x === 'bigint') return x !== 0n;
  return x;
}

export function numberToDouble(x: unknown): unknown {
  if (typeof x === 'number') return x !== x ? NULL : x;
  if (typeof x === 'bigint') return Number(x);
  return x ? 1 : 0;
}

export function numberToFloat(x: unknown, p: Params): unknown {
  const d = numberToDouble(x);
  if (d === NULL) return NULL;
  return checkedFloat(d as number, x, p);
}

export function checkedFloat(d: number, x: unknown, p: Params): number {
  if (Number.isFinite(d) && Math.abs(d) > FLOAT_MAX) throw new ValueError(`${show(x)} is out of range for a FLOAT column`);
  return Math.fround(d);
}

// DECIMAL

/**
 * A number, bigint or decimal text as the target's decimal text, rounded half away from zero to its scale, as
 * DolphinDB rounds; a value beyond the width is refused.
 */
export function toDecimal(x: unknown, p: Params): unknown {
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
export function decimalToText(x: unknown, p: Params): unknown {
  if (x === '') return NULL;
  return formatDecimal(parseDecimal(x as string, p.fromScale, p.from.layout as DecimalWidth), p.fromScale);
}

export function decimalToFloating(x: unknown, p: Params): unknown {
  if (x === '') return NULL;
  const d = Number(x as string);
  return p.to.name === 'FLOAT' ? checkedFloat(d, x, p) : d;
}

export function decimalToIntegral(x: unknown, p: Params): unknown {
  if (x === '') return NULL;
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(x as string);
  if (!m || /[1-9]/.test(m[3] ?? '')) throw new ValueError(`${show(x)} is not a whole number, which a ${p.to.name} column needs`);
  return numberToIntegral(BigInt(`${m[1]}${m[2] || '0'}`), p);
}
