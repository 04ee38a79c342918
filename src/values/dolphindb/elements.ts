import type { Value } from '../../gen/kafkagateway/v1/value';
import { runAt, runLength, type ByteReader, type RunConstructor } from '../byte-reader';
import type { ByteWriter } from '../byte-writer';
import { bytes16FromText, bytesToInt128, bytesToIpaddr, bytesToUuid, isZero16, type Bytes16Name } from '../bytes16';
import { formatDecimal, isDecimalScale, parseDecimal, type DecimalWidth } from '../decimal';
import { ValueError, withPath } from '../errors';
import { NULLS, type TypeInfo } from '../types';
import type { VectorShape } from '../vector-shape';

/** Hooks for nested objects (ANY elements), supplied by the encoder and decoder. */
export interface NestedCodec {
  writeNested(w: ByteWriter, value: Value, path: string): void;
  readNested(r: ByteReader): Value;
}

// The lowest value of each range is DolphinDB's NULL for that width, so it is accepted and means NULL.
const INT_RANGE: Record<string, [number, number]> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
};
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/**
 * Writes the elements of a scalar or vector in DolphinDB's layout. DECIMAL types start with their int32 scale,
 * which sits right before the elements in both scalars and vectors.
 */
export function writeElements(w: ByteWriter, shape: VectorShape, path: string, nested: NestedCodec): void {
  const { info, elements, length, nulls } = shape;
  const at = (i: number) => `${path}[${i}]`;
  switch (info.layout) {
    case 'void':
      w.u8(1);
      return;
    case 'bool':
      w.ensure(length);
      for (let i = 0; i < length; i++) w.u8(nulls?.has(i) ? 0x80 : elements[i] ? 1 : 0);
      return;
    case 'int8':
    case 'int16':
    case 'int32': {
      const [min, max] = INT_RANGE[info.layout]!;
      const out = info.layout === 'int8' ? w.run(Int8Array, length) : info.layout === 'int16' ? w.run(Int16Array, length) : w.run(Int32Array, length);
      const sentinel = info.layout === 'int8' ? NULLS.int8 : info.layout === 'int16' ? NULLS.int16 : NULLS.int32;
      const ints = elements as number[];
      for (let i = 0; i < length; i++) {
        const x = ints[i]!;
        if (!Number.isInteger(x) || x < min || x > max) {
          throw new ValueError(`${at(i)}: ${String(x)} is not a ${info.name} (${min} to ${max})`);
        }
        out[i] = x;
      }
      if (nulls) for (const i of nulls) out[i] = sentinel;
      w.commit(out);
      return;
    }
    case 'int64': {
      const out = w.run(BigInt64Array, length);
      const longs = elements as (bigint | number)[];
      for (let i = 0; i < length; i++) {
        let x = longs[i]!;
        if (typeof x === 'number') {
          if (!Number.isSafeInteger(x)) throw new ValueError(`${at(i)}: ${x} is not a ${info.name}`);
          x = BigInt(x);
        }
        if (x < INT64_MIN || x > INT64_MAX) throw new ValueError(`${at(i)}: ${x} does not fit in 64 bits`);
        out[i] = x;
      }
      if (nulls) for (const i of nulls) out[i] = NULLS.int64;
      w.commit(out);
      return;
    }
    case 'float32':
    case 'float64': {
      const out = info.layout === 'float32' ? w.run(Float32Array, length) : w.run(Float64Array, length);
      const numbers = elements as number[];
      // set() copies a JavaScript array of doubles in bulk; the conversion is the same as element by element.
      if (numbers.length === length) out.set(numbers);
      else for (let i = 0; i < length; i++) out[i] = numbers[i]!;
      if (nulls) for (const i of nulls) out[i] = info.layout === 'float32' ? NULLS.float32 : NULLS.float64;
      w.commit(out);
      return;
    }
    case 'cstring':
      for (let i = 0; i < length; i++) w.cstring(nulls?.has(i) ? '' : (elements[i] as string), () => at(i));
      return;
    case 'blob':
      for (let i = 0; i < length; i++) {
        const b = nulls?.has(i) ? Buffer.alloc(0) : (elements[i] as Uint8Array);
        w.i32(b.length);
        w.bytes(b);
      }
      return;
    case 'bytes16': {
      const name = info.name as Bytes16Name;
      w.ensure(length * 16);
      for (let i = 0; i < length; i++) {
        if (nulls?.has(i) || elements[i] === '') w.bytes(new Uint8Array(16));
        else w.bytes(withPath(at(i), () => bytes16FromText(name, elements[i] as string)));
      }
      return;
    }
    case 'decimal32':
    case 'decimal64':
    case 'decimal128': {
      const width: DecimalWidth = info.layout;
      w.i32(shape.scale); // checked when the shape was built
      for (let i = 0; i < length; i++) {
        const unscaled = nulls?.has(i) || elements[i] === '' ? null : withPath(at(i), () => parseDecimal(elements[i] as string, shape.scale, width));
        writeDecimal(w, width, unscaled);
      }
      return;
    }
    case 'object':
      for (let i = 0; i < length; i++) nested.writeNested(w, elements[i] as Value, at(i));
      return;
  }
}

function writeDecimal(w: ByteWriter, width: DecimalWidth, unscaled: bigint | null): void {
  if (width === 'decimal32') w.i32(unscaled === null ? NULLS.int32 : Number(unscaled));
  else if (width === 'decimal64') w.i64(unscaled ?? NULLS.int64);
  else {
    const v = BigInt.asUintN(128, unscaled ?? NULLS.int128);
    w.i64(BigInt.asIntN(64, v & 0xffffffffffffffffn));
    w.i64(BigInt.asIntN(64, v >> 64n));
  }
}

/** Elements read back: the storage array, the NULL positions and (DECIMAL) the scale. */
export interface ReadElements {
  elements: unknown[];
  nulls: number[];
  scale: number;
}

/** Reads `n` elements of `info`'s layout; the caller has already checked that `n` can fit. */
export function readElements(r: ByteReader, info: TypeInfo, n: number, nested: NestedCodec): ReadElements {
  const nulls: number[] = [];
  const what = `${info.name} element`;
  switch (info.layout) {
    case 'void':
      r.u8(what);
      return { elements: [0], nulls: [0], scale: 0 };
    case 'bool': {
      const bytes = r.bytes(n, what);
      const out = new Array<boolean>(n);
      for (let i = 0; i < n; i++) {
        const b = bytes[i]!;
        if (b === 0x80) {
          nulls.push(i);
          out[i] = false;
        } else out[i] = b !== 0;
      }
      return { elements: out, nulls, scale: 0 };
    }
    case 'int8':
      return { elements: numbersWithoutSentinel(r, Int8Array, n, NULLS.int8, nulls, what), nulls, scale: 0 };
    case 'int16':
      return { elements: numbersWithoutSentinel(r, Int16Array, n, NULLS.int16, nulls, what), nulls, scale: 0 };
    case 'int32':
      return { elements: numbersWithoutSentinel(r, Int32Array, n, NULLS.int32, nulls, what), nulls, scale: 0 };
    case 'float32':
      return { elements: numbersWithoutSentinel(r, Float32Array, n, NULLS.float32, nulls, what), nulls, scale: 0 };
    case 'float64':
      return { elements: numbersWithoutSentinel(r, Float64Array, n, NULLS.float64, nulls, what), nulls, scale: 0 };
    case 'int64':
      return { elements: bigintsWithoutSentinel(r, n, nulls, what), nulls, scale: 0 };
    case 'cstring':
      return { elements: r.cstrings(n, what), nulls, scale: 0 };
    case 'blob': {
      const out = new Array<Buffer>(n);
      for (let i = 0; i < n; i++) {
        const length = r.i32(`${what} length`);
        if (length < 0) throw new ValueError(`negative BLOB length ${length} at offset ${r.pos - 4}`);
        out[i] = Buffer.from(r.bytes(length, what));
      }
      return { elements: out, nulls, scale: 0 };
    }
    case 'bytes16': {
      const format = info.name === 'UUID' ? bytesToUuid : info.name === 'IPADDR' ? bytesToIpaddr : bytesToInt128;
      const out = new Array<string>(n);
      for (let i = 0; i < n; i++) {
        const b = r.bytes(16, what);
        if (isZero16(b)) {
          nulls.push(i);
          out[i] = '';
        } else out[i] = format(b);
      }
      return { elements: out, nulls, scale: 0 };
    }
    case 'decimal32':
    case 'decimal64':
    case 'decimal128': {
      const scale = r.i32(`${info.name} scale`);
      if (!isDecimalScale(info.layout, scale)) {
        throw new ValueError(`${info.name} scale ${scale} at offset ${r.pos - 4} is out of range`);
      }
      r.needElements(n, info.minBytes, what);
      const out = new Array<string>(n);
      for (let i = 0; i < n; i++) {
        const unscaled = readDecimal(r, info.layout, what);
        if (unscaled === null) {
          nulls.push(i);
          out[i] = '';
        } else out[i] = formatDecimal(unscaled, scale);
      }
      return { elements: out, nulls, scale };
    }
    case 'object': {
      const out = new Array<Value>(n);
      for (let i = 0; i < n; i++) out[i] = nested.readNested(r);
      return { elements: out, nulls, scale: 0 };
    }
  }
}

// The elements as a plain array, each NULL sentinel replaced by the empty element and its position added to
// `nulls`. Two copies, one per element kind, so that each loop stays monomorphic (this is the decoder's hot path);
// the array is filled run by run (`runAt`), so a vector's bytes are read once and never copied whole.

function numbersWithoutSentinel(
  r: ByteReader,
  Ctor: RunConstructor<Int8Array | Int16Array | Int32Array | Float32Array | Float64Array>,
  n: number,
  sentinel: number,
  nulls: number[],
  what: string,
): number[] {
  const bytes = r.bytes(n * Ctor.BYTES_PER_ELEMENT, what);
  const out = new Array<number>(n);
  const perRun = runLength(Ctor);
  for (let first = 0; first < n; first += perRun) {
    const run = runAt(Ctor, bytes, first, Math.min(perRun, n - first));
    for (let i = 0; i < run.length; i++) {
      const x = run[i]!;
      if (x === sentinel) {
        nulls.push(first + i);
        out[first + i] = 0;
      } else out[first + i] = x;
    }
  }
  return out;
}

function bigintsWithoutSentinel(r: ByteReader, n: number, nulls: number[], what: string): bigint[] {
  const bytes = r.bytes(n * 8, what);
  const out = new Array<bigint>(n);
  const perRun = runLength(BigInt64Array);
  for (let first = 0; first < n; first += perRun) {
    const run = runAt(BigInt64Array, bytes, first, Math.min(perRun, n - first));
    for (let i = 0; i < run.length; i++) {
      const x = run[i]!;
      if (x === NULLS.int64) {
        nulls.push(first + i);
        out[first + i] = 0n;
      } else out[first + i] = x;
    }
  }
  return out;
}

function readDecimal(r: ByteReader, width: DecimalWidth, what: string): bigint | null {
  if (width === 'decimal32') {
    const v = r.i32(what);
    return v === NULLS.int32 ? null : BigInt(v);
  }
  if (width === 'decimal64') {
    const v = r.i64(what);
    return v === NULLS.int64 ? null : v;
  }
  const low = BigInt.asUintN(64, r.i64(what));
  const high = r.i64(what);
  const v = (high << 64n) | low;
  return v === NULLS.int128 ? null : v;
}
