import { endianness } from 'node:os';
import { ValueError } from './errors';

// DolphinDB's format is little-endian; the bulk paths below copy typed arrays, which use the host's byte order.
if (endianness() !== 'LE') throw new Error('kafka-grpc-gateway: the DolphinDB codec needs a little-endian host');

type RunArray = Int8Array | Int16Array | Int32Array | BigInt64Array | Float32Array | Float64Array;
interface RunConstructor<T extends RunArray> {
  readonly BYTES_PER_ELEMENT: number;
  new (length: number): T;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
}

/**
 * An append-only little-endian buffer that grows by doubling. It can be reused (`reset`) by a caller that passes
 * the bytes on at once: memory already mapped is several times faster to fill than a new buffer.
 */
export class ByteWriter {
  private buf: Buffer;
  pos = 0;

  constructor(initial = 256) {
    this.buf = Buffer.allocUnsafe(initial);
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
    const memory = Buffer.allocUnsafeSlow(size + align - 1); // its own memory, starting at offset 0
    const start = (align - (this.pos % align)) % align;
    const next = memory.subarray(start, start + size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
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
    this.buf.writeInt32LE(v, this.pos);
    this.pos += 4;
  }
  i64(v: bigint): void {
    this.ensure(8);
    this.buf.writeBigInt64LE(v, this.pos);
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
   * A typed array of `n` elements to fill, for the bytes at the position: a view of the buffer itself where the
   * position is aligned for the element size (growing aligns it, see `ensure`), else a new array that `commit`
   * copies in. In place, a run costs one pass over the output instead of a fill and a copy.
   */
  run<T extends RunArray>(Ctor: RunConstructor<T>, n: number): T {
    const width = Ctor.BYTES_PER_ELEMENT;
    this.ensure(n * width, width);
    const at = this.buf.byteOffset + this.pos;
    return at % width === 0 ? new Ctor(this.buf.buffer, at, n) : new Ctor(n);
  }

  /** Moves past a run from `run`, copying it in when it was not a view of the buffer. */
  commit(run: RunArray): void {
    if (run.buffer === this.buf.buffer && run.byteOffset === this.buf.byteOffset + this.pos) this.pos += run.byteLength;
    else this.typed(run);
  }
}
