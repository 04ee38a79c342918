import { cut } from '../errors';
import { ValueError } from './errors';

// The one definition of a valid DECIMAL: its scale (checkDecimalScale, which every shape of a DECIMAL passes, so an
// empty or all-NULL vector is checked too) and its text (parseDecimal, which DOLPHINDB's bytes and the text of
// JSON, keys and the Java formats all go through).

/** Per width: the largest scale, and the largest unscaled magnitude (the smallest value is DolphinDB's NULL). */
export const DECIMAL_LIMITS = {
  decimal32: { maxScale: 9, max: (1n << 31n) - 1n },
  decimal64: { maxScale: 18, max: (1n << 63n) - 1n },
  decimal128: { maxScale: 38, max: (1n << 127n) - 1n },
} as const;
export type DecimalWidth = keyof typeof DECIMAL_LIMITS;

/** Digits after the point in decimal text ("1.250" -> 3). */
export function fractionDigits(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

export function isDecimalScale(width: DecimalWidth, scale: number): boolean {
  return Number.isInteger(scale) && scale >= 0 && scale <= DECIMAL_LIMITS[width].maxScale;
}

export function checkDecimalScale(width: DecimalWidth, scale: number): void {
  if (!isDecimalScale(width, scale)) {
    throw new ValueError(`${width.toUpperCase()} scale must be 0 to ${DECIMAL_LIMITS[width].maxScale}, got ${scale}`);
  }
}

/** Decimal text -> the unscaled integer at `scale` ("-1.5" at scale 2 -> -150n). */
export function parseDecimal(text: string, scale: number, width: DecimalWidth): bigint {
  checkDecimalScale(width, scale);
  const limits = DECIMAL_LIMITS[width];
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(text) ?? /^([+-]?)()\.(\d+)$/.exec(text);
  if (!m) throw new ValueError(`${cut(text)} is not a decimal number`);
  const fraction = m[3] ?? '';
  if (fraction.length > scale) throw new ValueError(`${cut(text)} has more than ${scale} digits after the point`);
  const unscaled = BigInt(`${m[2] || '0'}${fraction.padEnd(scale, '0')}`) * (m[1] === '-' ? -1n : 1n);
  if (unscaled > limits.max || unscaled < -limits.max) throw new ValueError(`${cut(text)} does not fit in ${width.toUpperCase()} at scale ${scale}`);
  return unscaled;
}

/** The unscaled integer at `scale` -> decimal text (-150n at scale 2 -> "-1.50"). */
export function formatDecimal(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}
