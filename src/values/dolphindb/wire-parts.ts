// Pieces of Protobuf wire output whose exact size is known before any byte is written. The DolphinDB-to-Protobuf
// transcoder plans a Value as a tree of these, sums the sizes, allocates the output once and writes each byte
// once: no growing buffer, no length prefix shifted after the fact.

import { NULLS } from '../types';

/**
 * A cursor over the one output buffer. Bytes that can stay where they are (a vector's DOUBLEs) are referred to, not
 * copied: the output is a list of chunks, the buffer's written segments around those views.
 */
export class WireOut {
  pos = 0;
  private segment = 0;
  private readonly chunks: Uint8Array[] = [];
  constructor(readonly buf: Uint8Array) {}

  byte(b: number): void {
    this.buf[this.pos++] = b;
  }
  varint(n: number): void {
    const buf = this.buf;
    while (n > 0x7f) {
      buf[this.pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    buf[this.pos++] = n;
  }
  bytes(b: Uint8Array): void {
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  /** Bytes to send as they are, without a copy (they must not change until the output is sent). */
  view(b: Uint8Array): void {
    this.cut();
    this.chunks.push(b);
  }
  finish(): Uint8Array[] {
    this.cut();
    return this.chunks;
  }
  private cut(): void {
    if (this.pos > this.segment) this.chunks.push(this.buf.subarray(this.segment, this.pos));
    this.segment = this.pos;
  }
}

export interface Part {
  readonly size: number;
  write(out: WireOut): void;
}

/** Bytes of a uint32 varint. */
export function varintSize(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

/** Bytes of the zigzag varint of a 64-bit integer given as its 32-bit halves (hi signed). */
function sint64Size(lo: number, hi: number): number {
  const sign = hi >> 31;
  const zhi = (((hi << 1) | (lo >>> 31)) ^ sign) >>> 0;
  if (zhi === 0) return varintSize(((lo << 1) ^ sign) >>> 0);
  return Math.ceil((64 - Math.clz32(zhi)) / 7);
}

const sumSizes = (parts: readonly Part[]) => parts.reduce((s, p) => s + p.size, 0);

/** Bytes already in wire form (a tag with its value, or a message the generated encoder wrote). */
export class Raw implements Part {
  constructor(readonly bytes: Uint8Array) {}
  get size(): number {
    return this.bytes.length;
  }
  write(out: WireOut): void {
    out.bytes(this.bytes);
  }
}

/** A length-delimited field: a tag (field number under 16), the length, then the parts. */
export class Field implements Part {
  readonly size: number;
  private readonly inner: number;
  constructor(private readonly tag: number, private readonly parts: readonly Part[]) {
    this.inner = sumSizes(parts);
    this.size = 1 + varintSize(this.inner) + this.inner;
  }
  write(out: WireOut): void {
    out.byte(this.tag);
    out.varint(this.inner);
    for (const p of this.parts) p.write(out);
  }
}

/** A varint field (the Vector's type). */
export function varintField(tag: number, n: number): Raw {
  return new Raw(tagged(tag, n));
}

/** A string field, encoded as the generated encoder encodes a JavaScript string. */
export function stringField(tag: number, s: string): Raw {
  const utf8 = Buffer.from(s, 'utf8');
  return new Raw(tagged(tag, utf8.length, utf8));
}

/** A tag, a varint, then `body` if given, in a buffer of their own. */
function tagged(tag: number, n: number, body?: Uint8Array): Uint8Array {
  const out = new WireOut(new Uint8Array(1 + varintSize(n) + (body?.length ?? 0)));
  out.byte(tag);
  out.varint(n);
  if (body) out.bytes(body);
  return out.buf;
}

/** Packed uint32s: the Vector's NULL positions. */
export class PackedIndices implements Part {
  readonly size: number;
  private readonly inner: number;
  constructor(private readonly tag: number, private readonly indices: readonly number[]) {
    this.inner = indices.reduce((s, i) => s + varintSize(i), 0);
    this.size = 1 + varintSize(this.inner) + this.inner;
  }
  write(out: WireOut): void {
    out.byte(this.tag);
    out.varint(this.inner);
    for (const i of this.indices) out.varint(i);
  }
}

/**
 * Packed sint32s read from little-endian CHAR, SHORT or INT elements, each NULL written as 0. The positions of the
 * NULLs are known once it is built: they go into the field before it.
 */
export class PackedSint32 implements Part {
  readonly size: number;
  readonly nulls: number[] = [];
  private readonly inner: number;
  constructor(
    private readonly tag: number,
    private readonly view: DataView,
    private readonly offset: number,
    private readonly n: number,
    private readonly width: 1 | 2 | 4,
    private readonly sentinel: number,
  ) {
    let inner = 0;
    for (let i = 0; i < n; i++) {
      const x = this.read(i);
      if (x === sentinel) {
        this.nulls.push(i);
        inner += 1;
      } else inner += varintSize(((x << 1) ^ (x >> 31)) >>> 0);
    }
    this.inner = inner;
    this.size = 1 + varintSize(inner) + inner;
  }
  private read(i: number): number {
    const at = this.offset + i * this.width;
    return this.width === 4 ? this.view.getInt32(at, true) : this.width === 2 ? this.view.getInt16(at, true) : this.view.getInt8(at);
  }
  write(out: WireOut): void {
    out.byte(this.tag);
    out.varint(this.inner);
    for (let i = 0; i < this.n; i++) {
      const x = this.read(i);
      out.varint(x === this.sentinel ? 0 : ((x << 1) ^ (x >> 31)) >>> 0);
    }
  }
}

/** Packed sint64s read from little-endian 64-bit elements as two 32-bit halves (no BigInt), each NULL written as 0. */
export class PackedSint64 implements Part {
  readonly size: number;
  readonly nulls: number[] = [];
  private readonly inner: number;
  constructor(private readonly tag: number, private readonly view: DataView, private readonly offset: number, private readonly n: number) {
    let inner = 0;
    for (let i = 0, at = offset; i < n; i++, at += 8) {
      const lo = view.getInt32(at, true);
      const hi = view.getInt32(at + 4, true);
      if (lo === 0 && hi === INT64_NULL_HI) {
        this.nulls.push(i);
        inner += 1;
      } else inner += sint64Size(lo, hi);
    }
    this.inner = inner;
    this.size = 1 + varintSize(inner) + inner;
  }
  write(out: WireOut): void {
    out.byte(this.tag);
    out.varint(this.inner);
    // The hot loops keep the cursor in a local and write varints inline: calling out.varint per element was slower.
    const buf = out.buf;
    const view = this.view;
    let pos = out.pos;
    for (let i = 0, at = this.offset; i < this.n; i++, at += 8) {
      let lo = view.getInt32(at, true);
      let hi = view.getInt32(at + 4, true);
      if (lo === 0 && hi === INT64_NULL_HI) hi = 0;
      const sign = hi >> 31;
      hi = (((hi << 1) | (lo >>> 31)) ^ sign) >>> 0;
      lo = ((lo << 1) ^ sign) >>> 0;
      while (hi !== 0) {
        buf[pos++] = (lo & 0x7f) | 0x80;
        lo = ((lo >>> 7) | (hi << 25)) >>> 0;
        hi >>>= 7;
      }
      while (lo > 0x7f) {
        buf[pos++] = (lo & 0x7f) | 0x80;
        lo >>>= 7;
      }
      buf[pos++] = lo;
    }
    out.pos = pos;
  }
}
const INT64_NULL_HI = -0x80000000;

/**
 * Packed FLOATs or DOUBLEs: DolphinDB's little-endian bytes as they are, each NULL then zeroed. Every other value
 * keeps its exact bits, a NaN's payload included (a JavaScript number may not: V8 can quiet or canonicalise a NaN
 * that passes through an array, so the decoder's Value is only equal, NaN for NaN, not bit for bit).
 */
export class PackedFixed implements Part {
  readonly size: number;
  readonly nulls: number[];
  private readonly src: Uint8Array;
  constructor(private readonly tag: number, view: DataView, offset: number, n: number, private readonly width: 4 | 8) {
    this.src = new Uint8Array(view.buffer, view.byteOffset + offset, n * width);
    this.nulls = width === 8 ? doubleNulls(this.src, n) : floatNulls(this.src, n);
    this.size = 1 + varintSize(this.src.length) + this.src.length;
  }
  write(out: WireOut): void {
    out.byte(this.tag);
    out.varint(this.src.length);
    if (this.nulls.length === 0) {
      out.view(this.src);
      return;
    }
    const start = out.pos;
    const w = this.width;
    out.bytes(this.src);
    for (const i of this.nulls) out.buf.fill(0, start + i * w, start + (i + 1) * w);
  }
}

// The positions of the NULL sentinels (-DBL_MAX, ff ef ff ff ff ff ff ff big-endian; -FLT_MAX, ff 7f ff ff) among
// `n` little-endian floats. Bytes need no alignment, so the payload is never copied to be read (a DOLPHINDB
// vector's numbers start 10 bytes in).

function doubleNulls(bytes: Uint8Array, n: number): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return sentinelPositions(bytes, n, 8, 0xef, (i) => view.getFloat64(i * 8, true) === NULLS.float64);
}

function floatNulls(bytes: Uint8Array, n: number): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return sentinelPositions(bytes, n, 4, 0x7f, (i) => view.getFloat32(i * 4, true) === NULLS.float32);
}

/**
 * The elements whose top byte is 0xff and next byte `second`, confirmed by `isSentinel`. Eight top bytes are
 * tested at once (`b + 1` has bit 8 set only for 0xff), and almost every group of eight is passed over on that
 * one test: the only numbers with a top byte of 0xff are NaNs and those at most -2^1009 (a DOUBLE) or -2^127 (a
 * FLOAT). This runs at about twice the speed of testing each element on its own.
 */
function sentinelPositions(bytes: Uint8Array, n: number, width: number, second: number, isSentinel: (i: number) => boolean): number[] {
  const nulls: number[] = [];
  const w = width;
  let i = 0;
  for (const groups = n - 7; i < groups; i += 8) {
    const t = i * w + w - 1;
    const any =
      (bytes[t]! + 1) | (bytes[t + w]! + 1) | (bytes[t + 2 * w]! + 1) | (bytes[t + 3 * w]! + 1) |
      (bytes[t + 4 * w]! + 1) | (bytes[t + 5 * w]! + 1) | (bytes[t + 6 * w]! + 1) | (bytes[t + 7 * w]! + 1);
    if ((any & 0x100) === 0) continue;
    for (let j = i; j < i + 8; j++) if (bytes[j * w + w - 1] === 0xff && bytes[j * w + w - 2] === second && isSentinel(j)) nulls.push(j);
  }
  for (; i < n; i++) if (bytes[i * w + w - 1] === 0xff && bytes[i * w + w - 2] === second && isSentinel(i)) nulls.push(i);
  return nulls;
}

/** Packed BOOLs: 0 or 1 per element (DolphinDB's NULL, 0x80, is false, and listed in `nulls`). */
export class PackedBools implements Part {
  readonly size: number;
  readonly nulls: number[] = [];
  constructor(private readonly tag: number, private readonly src: Uint8Array) {
    for (let i = 0; i < src.length; i++) if (src[i] === 0x80) this.nulls.push(i);
    this.size = 1 + varintSize(src.length) + src.length;
  }
  write(out: WireOut): void {
    out.byte(this.tag);
    out.varint(this.src.length);
    const buf = out.buf;
    let pos = out.pos;
    const src = this.src;
    for (let i = 0; i < src.length; i++) buf[pos++] = src[i] !== 0 && src[i] !== 0x80 ? 1 : 0;
    out.pos = pos;
  }
}

/** Repeated strings copied from NUL-terminated UTF-8 (already checked to be valid): `ends[i]` is string i's NUL. */
export class CStrings implements Part {
  readonly size: number;
  constructor(private readonly tag: number, private readonly src: Uint8Array, private readonly start: number, private readonly ends: Int32Array) {
    let size = 0;
    let from = start;
    for (const end of ends) {
      size += 1 + varintSize(end - from) + end - from;
      from = end + 1;
    }
    this.size = size;
  }
  write(out: WireOut): void {
    const { src, tag } = this;
    const buf = out.buf;
    let pos = out.pos;
    let from = this.start;
    for (const end of this.ends) {
      let len = end - from;
      buf[pos++] = tag;
      while (len > 0x7f) {
        buf[pos++] = (len & 0x7f) | 0x80;
        len >>>= 7;
      }
      buf[pos++] = len;
      if (end - from > 32) {
        buf.set(src.subarray(from, end), pos);
        pos += end - from;
      } else {
        for (let k = from; k < end; k++) buf[pos++] = src[k]!;
      }
      from = end + 1;
    }
    out.pos = pos;
  }
}

/**
 * Repeated strings given as indices into a symbol base. The base's entries are encoded once (tag, length, UTF-8),
 * back to back in one array, so that each row is a short copy from it.
 */
export class Symbols implements Part {
  readonly size: number;
  private readonly flat: Uint8Array;
  private readonly starts: Int32Array;
  constructor(entries: readonly Uint8Array[], private readonly indices: Int32Array) {
    this.starts = new Int32Array(entries.length + 1);
    entries.forEach((e, i) => (this.starts[i + 1] = this.starts[i]! + e.length));
    this.flat = new Uint8Array(this.starts[entries.length]!);
    entries.forEach((e, i) => this.flat.set(e, this.starts[i]));
    let size = 0;
    for (const i of indices) size += this.starts[i + 1]! - this.starts[i]!;
    this.size = size;
  }
  write(out: WireOut): void {
    const { flat, starts, indices } = this;
    const buf = out.buf;
    let pos = out.pos;
    for (let r = 0; r < indices.length; r++) {
      const i = indices[r]!;
      const end = starts[i + 1]!;
      for (let k = starts[i]!; k < end; k++) buf[pos++] = flat[k]!;
    }
    out.pos = pos;
  }
}
