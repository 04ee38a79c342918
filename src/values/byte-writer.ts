import { endianness } from 'node:os';
import { ValueError } from './errors';

// DolphinDB's format is little-endian; the bulk paths below copy typed arrays, which use the host's byte order.
if (endianness() !== 'LE') throw new Error('kafka-grpc-gateway: the DolphinDB codec needs a little-endian host');

/**
 * An append-only little-endian buffer that grows by doubling. It can be reused (`reset`), so that a caller that
 * hands the bytes on at once (librdkafka copies a payload when it is produced) writes into memory that is already
 * mapped: filling fresh memory costs about as much as the encoding itself.
 */
export class ByteWriter {
  private buf: Buffer;
  private dv: DataView;
  pos = 0;

  constructor(initial = 256) {
    this.buf = Buffer.allocUnsafe(initial);
    this.dv = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
  }

  /** Starts over at position 0, keeping the memory; views returned by `finish` before see the new bytes. */
  reset(): void {
    this.pos = 0;
  }

  /** The bytes held, written or not: what keeping this writer for reuse costs. */
  get capacity(): number {
    return this.buf.length;
  }

  /**
   * Makes room for `n` more bytes. When it has to grow, the new buffer is placed so that the current position
   * falls on an `align`-byte boundary of its memory, which lets a run of numbers that follows be copied as a
   * typed array instead of element by element.
   */
  ensure(n: number, align = 1): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const memory = new ArrayBuffer(size + align - 1);
    const start = (align - (this.pos % align)) % align;
    const next = Buffer.from(memory, start, size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
    this.dv = new DataView(memory, start, size);
  }

  /** The bytes written so far (a view, not a copy). */
  finish(): Buffer {
    return this.buf.subarray(0, this.pos);
  }

  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v & 0xff;
  }
  i32(v: number): void {
    this.ensure(4);
    this.dv.setInt32(this.pos, v, true);
    this.pos += 4;
  }
  i64(v: bigint): void {
    this.ensure(8);
    this.dv.setBigInt64(this.pos, v, true);
    this.pos += 8;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** UTF-8 text and a NUL terminator; text holding a NUL cannot be framed this way and is refused. */
  cstring(s: string, what: () => string): void {
    if (s.includes('\0')) throw new ValueError(`${what()} contains a NUL character, which DolphinDB strings cannot hold`);
    this.ensure(s.length * 3 + 1);
    this.pos += this.buf.write(s, this.pos, 'utf8');
    this.buf[this.pos++] = 0;
  }

  /** Copies a typed array's bytes (host order, checked little-endian above). */
  typed(view: ArrayBufferView): void {
    this.bytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }

  /**
   * Writes `n` numbers as float64 (or float32): straight into the buffer, as one typed-array copy where the
   * position is aligned, else one DataView store per number. Conversion is JavaScript's, as a typed array's.
   */
  floats(numbers: ArrayLike<number>, n: number, width: 4 | 8): void {
    this.ensure(n * width, width);
    const at = this.buf.byteOffset + this.pos;
    if (at % width === 0) {
      const run = width === 8 ? new Float64Array(this.buf.buffer, at, n) : new Float32Array(this.buf.buffer, at, n);
      if (numbers.length === n) run.set(numbers);
      else for (let i = 0; i < n; i++) run[i] = numbers[i]!;
    } else if (width === 8) {
      for (let i = 0, p = this.pos; i < n; i++, p += 8) this.dv.setFloat64(p, numbers[i]!, true);
    } else {
      for (let i = 0, p = this.pos; i < n; i++, p += 4) this.dv.setFloat32(p, numbers[i]!, true);
    }
    this.pos += n * width;
  }

  /** The offset of `n` reserved bytes, to fill with `setAt` stores; the position moves past them. */
  reserve(n: number): number {
    this.ensure(n);
    const at = this.pos;
    this.pos += n;
    return at;
  }

  /** DataView stores at an offset from `reserve`. */
  get view(): DataView {
    return this.dv;
  }
}
