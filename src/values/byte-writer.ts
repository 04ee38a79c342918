import { endianness } from 'node:os';
import { ValueError } from './errors';

// DolphinDB's format is little-endian; the bulk paths below copy typed arrays, which use the host's byte order.
if (endianness() !== 'LE') throw new Error('kafka-grpc-gateway: the DolphinDB codec needs a little-endian host');

/** An append-only little-endian buffer that grows by doubling. */
export class ByteWriter {
  private buf: Buffer;
  pos = 0;

  constructor(initial = 256) {
    this.buf = Buffer.allocUnsafe(initial);
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
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
}
