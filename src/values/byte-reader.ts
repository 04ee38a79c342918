import { ValueError } from './errors';

/**
 * Reads DolphinDB's little-endian format without trusting any length it reads: every read, and every count
 * about to allocate, is checked against the bytes that are really left.
 */
export class ByteReader {
  pos: number;
  readonly end: number;
  readonly buf: Buffer;

  constructor(bytes: Uint8Array, start = 0, end = bytes.length) {
    this.buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

  /** A copy of `n` bytes into a fresh, aligned ArrayBuffer, for typed-array views. */
  aligned(n: number, what: string): ArrayBuffer {
    this.need(n, what);
    const out = new ArrayBuffer(n);
    new Uint8Array(out).set(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return out;
  }
}
