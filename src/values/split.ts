import type { Value, Vector } from '../gen/kafkagateway/v1/value';
import { ValueError } from './errors';
import { newVector, vectorShape } from './vector-shape';

/**
 * The plugin's two size settings. A value whose key and payload fit in `bufferSize` bytes is sent whole. A larger
 * vector or table is cut into chunks of whole elements or rows of about `messageSize` bytes each (at most that,
 * unless one element or row is larger on its own, which then travels alone, once). One element or row larger than
 * `bufferSize` is refused: it could not be sent without cutting it.
 */
export interface SizeLimits {
  bufferSize: number;
  messageSize: number;
}

/** The plugin's defaults (BUFFER_SIZE 900000, MESSAGE_SIZE 10000). */
export const DEFAULT_SIZE_LIMITS: SizeLimits = { bufferSize: 900_000, messageSize: 10_000 };

/**
 * An encoder of a whole value. Its bytes need only stay valid until its next call, so that it can encode into
 * memory it reuses: splitting encodes a large value several times over (whole, then chunk by chunk) and keeps
 * only copies of the payloads it returns.
 */
export type PayloadEncoder = (value: Value) => Buffer;

/**
 * Encodes a value into one payload, or into the payloads of consecutive chunks, each a complete value of the
 * same form and types. Sizes are measured on the real encoding, so the limits hold for every marshal type. The
 * payloads are the caller's own (copied from the encoder's bytes).
 */
export function splitBySize(value: Value, encode: PayloadEncoder, keyLength: number, limits: SizeLimits): Buffer[] {
  const whole = encode(value); // also validates the value, so the slicing below can trust it
  if (keyLength + whole.length <= limits.bufferSize) return [Buffer.from(whole)];
  const wholeLength = whole.length;
  const kind = value.kind;
  if (kind?.$case !== 'vector' && kind?.$case !== 'table') {
    throw new ValueError(
      `the value takes ${keyLength + wholeLength} bytes with its key, above the buffer size ${limits.bufferSize}; ` +
        `only a vector or a table can be split into several messages`,
    );
  }
  const rows = rowsOf(value);
  if (rows.count === 0) {
    throw new ValueError(
      `the value takes ${keyLength + wholeLength} bytes with its key, above the buffer size ${limits.bufferSize}, and has no rows to split it by`,
    );
  }
  const room = limits.messageSize - keyLength;
  // What a chunk costs besides its rows (the form's header, a table's column names): an encoding of no rows.
  const overhead = encode(rows.slice(0, 0)).length;
  // How many rows fill `room`, given that `n` rows took `bytes`: rows differ in size, so this is an estimate
  // that the loop below checks against the real encoding.
  const fill = (n: number, bytes: number) => Math.max(1, Math.floor((n * (room - overhead)) / Math.max(1, bytes - overhead)));

  const out: Buffer[] = [];
  let guess = fill(rows.count, wholeLength);
  for (let start = 0; start < rows.count; ) {
    let n = Math.min(guess, rows.count - start);
    let bytes = encode(rows.slice(start, start + n));
    // Shrink by the excess until the chunk fits; every round takes at least one row off.
    while (keyLength + bytes.length > limits.messageSize && n > 1) {
      n = Math.min(n - 1, fill(n, bytes.length));
      bytes = encode(rows.slice(start, start + n));
    }
    if (keyLength + bytes.length > limits.bufferSize) {
      const what = kind.$case === 'table' ? 'row' : 'element';
      throw new ValueError(
        `${what} ${start} alone takes ${keyLength + bytes.length} bytes with the key, above the buffer size ${limits.bufferSize}`,
      );
    }
    out.push(Buffer.from(bytes)); // one row larger than the message size travels alone, once
    start += n;
    guess = fill(n, bytes.length);
  }
  return out;
}

/** The rows of a vector or table, and rows [start, end) as a complete value of the same form. */
interface Rows {
  count: number;
  slice(start: number, end: number): Value;
}

function rowsOf(value: Value): Rows {
  const kind = value.kind;
  if (kind?.$case === 'vector') {
    const vector = vectorSlicer(kind.value, 'value.vector');
    return { count: vector.length, slice: (start, end) => ({ kind: { $case: 'vector', value: vector.slice(start, end) } }) };
  }
  if (kind?.$case === 'table') {
    const { name, columns } = kind.value;
    const slicers = columns.map((c, i) => c.values && vectorSlicer(c.values, `value.table.columns[${i}]`));
    const slice = (start: number, end: number): Value => ({
      kind: {
        $case: 'table',
        value: { name, columns: columns.map((c, i) => ({ name: c.name, values: slicers[i]?.slice(start, end) })) },
      },
    });
    return { count: slicers[0]?.length ?? 0, slice };
  }
  throw new ValueError('only a vector or a table has rows');
}

/**
 * Slices of one vector. The vector is checked once here, not once per slice, and a slice finds its NULLs by
 * binary search in the ascending `nulls`: a copy or scan of the whole vector per slice made splitting a vector of
 * a million elements, half of them NULL, take close to a minute.
 */
function vectorSlicer(vector: Vector, path: string): { length: number; slice(start: number, end: number): Vector } {
  const { info, scale, length } = vectorShape(vector, path);
  const elements = vector[info.storage] as unknown[];
  const nulls = vector.nulls;
  return {
    length,
    slice(start, end) {
      const out = newVector(info.dataType);
      out.scale = scale;
      (out[info.storage] as unknown[]) = elements.slice(start, end);
      out.nulls = nulls.slice(firstAtLeast(nulls, start), firstAtLeast(nulls, end)).map((i) => i - start);
      return out;
    },
  };
}

/** The index of the first element of ascending `sorted` that is at least `x` (sorted.length if none). */
function firstAtLeast(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
