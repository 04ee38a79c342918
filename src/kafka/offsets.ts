import { invalidArgument } from '../errors';

/**
 * Offsets and timestamps cross node-rdkafka as JavaScript numbers, so only integers up to 2^53-1 reach librdkafka
 * exactly. Every offset or timestamp a client sends is checked here and refused beyond that, rather than rounded
 * (2^53+1 would become 2^53) or wrapped (2^63-1 would be committed as a number no int64 field can hold again).
 */
export const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** librdkafka's logical offsets. */
export const OFFSET_BEGINNING = -2;
export const OFFSET_END = -1;
export const OFFSET_STORED = -1000;
/** librdkafka's "no offset" (nothing committed, no position yet). */
export const OFFSET_INVALID = -1001;

/** Where a partition assigned by hand may start: besides a real offset, these. */
export const LOGICAL_STARTS: readonly number[] = [OFFSET_BEGINNING, OFFSET_END, OFFSET_STORED, OFFSET_INVALID];

const LOGICAL_NAMES: Record<number, string> = {
  [OFFSET_BEGINNING]: '-2 (BEGINNING)',
  [OFFSET_END]: '-1 (END)',
  [OFFSET_STORED]: '-1000 (STORED)',
  [OFFSET_INVALID]: '-1001 (INVALID)',
};

/**
 * A client's offset as the number librdkafka takes: 0 to 2^53-1, or one of `logical` (BEGINNING, END, STORED,
 * INVALID) where the call gives them a meaning.
 */
export function offsetIn(value: bigint, what: string, logical: readonly number[] = []): number {
  if (value >= 0n && value <= MAX_EXACT) return Number(value);
  if (value < 0n && value >= -1001n && logical.includes(Number(value))) return Number(value);
  const also = logical.length ? `, or ${logical.map((l) => LOGICAL_NAMES[l]).join(', ')}` : '';
  throw invalidArgument(`${what} must be from 0 to ${MAX_EXACT}${also}, got ${value}`, 'INVALID_OFFSET');
}

/** A timestamp in milliseconds since the epoch: 0 to 2^53-1 (some 285,000 years). */
export function timestampIn(value: bigint, what: string): number {
  if (value >= 0n && value <= MAX_EXACT) return Number(value);
  throw invalidArgument(`${what} must be from 0 to ${MAX_EXACT} (milliseconds since 1970), got ${value}`, 'INVALID_TIMESTAMP');
}

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/**
 * An offset librdkafka reports, as the int64 the proto carries. One committed by another client beyond 2^53 comes
 * back rounded, possibly past int64's range: it is held at the range's end rather than failing the response.
 */
export function offsetOut(value: number | undefined): bigint {
  if (typeof value !== 'number' || !Number.isFinite(value)) return BigInt(OFFSET_INVALID);
  const big = BigInt(Math.trunc(value));
  return big > INT64_MAX ? INT64_MAX : big < INT64_MIN ? INT64_MIN : big;
}
