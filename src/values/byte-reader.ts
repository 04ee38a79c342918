import { asBuffer } from './buffer-view';
import { ValueError } from './errors';

export type NumberRun = Int8Array | Int16Array | Int32Array | BigInt64Array | Float32Array | Float64Array;
export interface RunConstructor<T extends NumberRun> {
  readonly BYTES_PER_ELEMENT: number;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
}

/** Where unaligned runs of numbers are copied to be read (decoding is synchronous, so one buffer serves all). */
const SCRATCH = new Uint8Array(64 * 1024);

/** How many elements of `Ctor`'s type a run from `runAt` may hold. */
export function runLength(Ctor: RunConstructor<NumberRun>): number {
  return SCRATCH.byteLength / Ctor.BYTES_PER_ELEMENT;
}

/**
 * Elements [first, first + count) of `bytes` as a typed array, `count` at most `runLength(Ctor)`: a view of
 * `bytes` where it is aligned for the element size, else a copy in a scratch buffer that the next call reuses.
 * Reading a large vector run by run never allocates in proportion to its length, and its bytes are read once.
 */
export function runAt<T extends NumberRun>(Ctor: RunConstructor<T>, bytes: Uint8Array, first: number, count: number): T {
  const width = Ctor.BYTES_PER_ELEMENT;
  const at = bytes.byteOffset + first * width;
  if (at % width === 0) return new Ctor(bytes.buffer, at, count);
  SCRATCH.set(bytes.subarray(first * width, (first + count) * width));
  return new Ctor(SCRATCH.buffer, 0, count);
}

/**
 * Reads DolphinDB's little-endian format without trusting any length it reads: every read, and every count
 * about to allocate, is checked against the bytes that are really left.
 */
export class ByteReader {
  pos: number;
  readonly end: number;
  readonly buf: Buffer;

  constructor(bytes: Uint8Array, start = 0, end = bytes.length) {
    this.buf = asBuffer(bytes);
    this.pos = start;
    this.end = end;
  }

  get left(): number {
    return this.end - this.pos;
  }

  need(n: number, what: string): void {
    if (n > this.left) throw new ValueError(`truncated: ${what} needs ${n} bytes at offset ${this.pos}, ${this.left} left`);
  }

  /** Checks that `count` elements of at least `minBytes` each can still follow, before anything is allocated. */
  needElements(count: number, minBytes: number, what: string): void {
    if (count < 0) throw new ValueError(`${what}: negative length ${count} at offset ${this.pos}`);
    if (count * minBytes > this.left) {
      throw new ValueError(`${what}: ${count} elements declared at offset ${this.pos}, but only ${this.left} bytes left`);
    }
  }

  u8(what: string): number {
    this.need(1, what);
    return this.buf[this.pos++]!;
  }
  i32(what: string): number {
    this.need(4, what);
    const v = this.buf.readInt32LE(this.pos);
    this.pos += 4;
    return v;
  }
  i64(what: string): bigint {
    this.need(8, what);
    const v = this.buf.readBigInt64LE(this.pos);
    this.pos += 8;
    return v;
  }
  bytes(n: number, what: string): Buffer {
    this.need(n, what);
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  /** NUL-terminated UTF-8. */
  cstring(what: string): string {
    const nul = this.buf.indexOf(0, this.pos);
    if (nul < 0 || nul >= this.end) throw new ValueError(`truncated: ${what} at offset ${this.pos} has no NUL terminator`);
    const s = this.buf.toString('utf8', this.pos, nul);
    this.pos = nul + 1;
    return s;
  }

  /**
   * `n` NUL-terminated UTF-8 strings. The run is decoded once and split at its NULs: a NUL is never part of a
   * multi-byte UTF-8 sequence, so each piece is what decoding it alone would give (invalid bytes become U+FFFD
   * the same way). A column of a million short strings decodes in about a quarter less time than with a native
   * search and a decode per string.
   */
  cstrings(n: number, what: string): string[] {
    const last = this.findNuls(n);
    if (last < 0) {
      for (let i = 0; i < n; i++) this.cstring(what); // throws, naming the string that has no terminator
    }
    if (n === 0) return [];
    const text = this.buf.toString('utf8', this.pos, last);
    this.pos = last + 1;
    return text.split('\0');
  }

  /**
   * The offset of the `n`th NUL at or after the position, or -1 when fewer are left (or `n` is 0); the position
   * does not move. With `ends`, the offset of each NUL goes there.
   */
  findNuls(n: number, ends?: Int32Array): number {
    const { buf, end } = this;
    let p = this.pos;
    let nul = -1;
    for (let i = 0; i < n; i++) {
      // Most strings are short: look a few bytes ahead before asking for a native search.
      const near = Math.min(p + 24, end);
      while (p < near && buf[p] !== 0) p++;
      if (p === near) p = near === end ? -1 : buf.indexOf(0, near);
      if (p < 0 || p >= end) return -1;
      if (ends) ends[i] = p;
      nul = p++;
    }
    return nul;
  }
}
