import { endianness } from 'node:os';
import bindings from '@duckdb/node-bindings';
import type { DuckDBDataChunk } from '@duckdb/node-api';
import type { Layout, RawWrite } from './column-types';
import { CHUNK_ROWS } from './limits';

/**
 * The arrays below are laid out as DuckDB lays out a vector in memory: numbers in the machine's order and the
 * validity mask as 64-bit words, whose bits are the bytes' bits in order only on a little-endian machine.
 * Elsewhere every column takes the DuckDB value way (append-columns).
 */
export const RAW_WRITES = endianness() === 'LE' && bindings.sizeof_bool === 1;

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const TWO_32 = 2 ** 32;
/** A string's slot in a VARCHAR or BLOB vector, and the most bytes DuckDB keeps in the slot itself. */
const SLOT = 16;
const INLINED = 12;

type NumberArray = Uint8Array<ArrayBuffer> | Int8Array<ArrayBuffer> | Int16Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Float32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

function numberArray(layout: Layout): NumberArray | undefined {
  switch (layout) {
    case 'bool':
      return new Uint8Array(CHUNK_ROWS);
    case 'int8':
      return new Int8Array(CHUNK_ROWS);
    case 'int16':
      return new Int16Array(CHUNK_ROWS);
    case 'int32':
      return new Int32Array(CHUNK_ROWS);
    case 'float32':
      return new Float32Array(CHUNK_ROWS);
    case 'float64':
      return new Float64Array(CHUNK_ROWS);
    default:
      return undefined;
  }
}

/**
 * One column of data chunks written without a DuckDB value per element: the elements go into an array of the
 * vector's own layout, and the whole array is copied into the chunk's vector at once. Text and bytes short enough
 * to sit in their slot go the same way; DuckDB stores the longer ones itself, one call each. One fill serves every
 * chunk of a column, one chunk at a time.
 */
export class VectorFill {
  private readonly numbers: NumberArray | undefined;
  private readonly longs: BigInt64Array<ArrayBuffer> | undefined;
  /** The same bytes as `longs`, for int64 counts that arrive as numbers (two 32-bit halves, low first). */
  private readonly halves: Int32Array | undefined;
  private readonly validity = new Uint8Array(CHUNK_ROWS / 8).fill(0xff);
  private nulls = false;
  private vector: bindings.Vector | undefined;
  /** Text and bytes: a chunk's string slots, and the values too long to inline, set after the slots are copied. */
  private readonly slots: Uint8Array<ArrayBuffer> | undefined;
  private readonly words: Uint32Array | undefined;
  private readonly laterRows: number[] = [];
  private readonly laterValues: (string | Uint8Array)[] = [];

  constructor(
    private readonly raw: RawWrite,
    private readonly scale: number,
  ) {
    this.numbers = numberArray(raw.layout);
    if (raw.layout === 'varchar' || raw.layout === 'blob') {
      this.slots = new Uint8Array(CHUNK_ROWS * SLOT);
      this.words = new Uint32Array(this.slots.buffer);
    }
    if (raw.layout === 'int64') {
      this.longs = new BigInt64Array(CHUNK_ROWS);
      this.halves = new Int32Array(this.longs.buffer);
    }
  }

  /** Starts a chunk's column: the elements set next are its rows from 0 on. */
  begin(chunk: DuckDBDataChunk, column: number): void {
    this.vector = bindings.data_chunk_get_vector(chunk.chunk, column);
  }

  /**
   * Rows [from, to) of a column's elements into the chunk's rows from `at` on. Throws what the type's check
   * threw, with `failedAt` set to the element's index.
   */
  put(elements: readonly unknown[], nulls: ReadonlySet<number> | undefined, from: number, to: number, at: number): void {
    const { value } = this.raw;
    const scale = this.scale;
    let i = from;
    try {
      switch (this.raw.layout) {
        case 'varchar':
        case 'blob': {
          for (; i < to; i++, at++) {
            const v = nulls !== undefined && nulls.has(i) ? null : (value(elements[i], scale) as string | Uint8Array | null);
            if (v === null) this.setNull(at);
            else if (!(typeof v === 'string' ? this.inlineText(at, v) : this.inlineBytes(at, v))) this.later(at, v);
          }
          return;
        }
        case 'int64': {
          const longs = this.longs!;
          const halves = this.halves!;
          for (; i < to; i++, at++) {
            const v = nulls !== undefined && nulls.has(i) ? null : (value(elements[i], scale) as bigint | number | null);
            if (v === null) {
              this.setNull(at);
              longs[at] = 0n;
            } else if (typeof v === 'bigint') {
              if (v < INT64_MIN || v > INT64_MAX) throw new Error('bigint out of int64 range');
              longs[at] = v;
            } else {
              if (!Number.isSafeInteger(v)) throw new Error(`${v} is not a whole number of at most 53 bits`);
              halves[2 * at] = v | 0;
              halves[2 * at + 1] = Math.floor(v / TWO_32);
            }
          }
          return;
        }
        case 'bool': {
          const numbers = this.numbers!;
          for (; i < to; i++, at++) {
            const v = nulls !== undefined && nulls.has(i) ? null : value(elements[i], scale);
            if (v === null) this.setNull(at);
            numbers[at] = v ? 1 : 0;
          }
          return;
        }
        default: {
          // The integer types' checks (in the type's value) keep a typed array from wrapping or truncating silently.
          const numbers = this.numbers!;
          for (; i < to; i++, at++) {
            const v = nulls !== undefined && nulls.has(i) ? null : (value(elements[i], scale) as number | null);
            if (v === null) {
              this.setNull(at);
              numbers[at] = 0;
            } else numbers[at] = v;
          }
        }
      }
    } catch (err) {
      throw Object.assign(err instanceof Error ? err : new Error(String(err)), { failedAt: i });
    }
  }

  /** Copies the chunk's first `rows` values and their NULLs into its vector, and makes the fill ready for the next. */
  finish(rows: number): void {
    const vector = this.vector!;
    const data = this.numbers ?? this.longs ?? this.slots;
    if (data) bindings.copy_data_to_vector(vector, 0, data.buffer, data.byteOffset, rows * (this.slots ? SLOT : data.BYTES_PER_ELEMENT));
    // After the copy, which would overwrite them: the strings DuckDB keeps out of line, in the vector's own heap.
    const { laterRows, laterValues } = this;
    for (let k = 0; k < laterRows.length; k++) {
      const v = laterValues[k]!;
      if (typeof v === 'string') bindings.vector_assign_string_element(vector, laterRows[k]!, v);
      else bindings.vector_assign_string_element_len(vector, laterRows[k]!, v);
    }
    laterRows.length = 0;
    laterValues.length = 0;
    if (this.nulls) {
      bindings.vector_ensure_validity_writable(vector);
      bindings.copy_data_to_vector_validity(vector, 0, this.validity.buffer, this.validity.byteOffset, Math.ceil(rows / 64) * 8);
      this.validity.fill(0xff);
      this.nulls = false;
    }
    this.vector = undefined;
  }

  private setNull(row: number): void {
    this.validity[row >> 3]! &= ~(1 << (row & 7));
    this.nulls = true;
    // A NULL's slot holds an empty string rather than the chunk before's.
    if (this.words) this.words.fill(0, row * 4, row * 4 + 4);
  }

  /**
   * A short ASCII string into its slot as DuckDB inlines it (duckdb.h, duckdb_string_t): the byte length, then up
   * to 12 bytes, the rest zero. Longer or other text is left to DuckDB (false).
   */
  private inlineText(row: number, text: string): boolean {
    const n = text.length;
    if (n > INLINED) return false;
    const slots = this.clearSlot(row);
    const base = row * SLOT + 4;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c > 0x7f) return false;
      slots[base + k] = c;
    }
    this.words![row * 4] = n;
    return true;
  }

  /** Bytes into their slot the same way; more than 12 are left to DuckDB (false). */
  private inlineBytes(row: number, bytes: Uint8Array): boolean {
    const n = bytes.length;
    if (n > INLINED) return false;
    const slots = this.clearSlot(row);
    const base = row * SLOT + 4;
    for (let k = 0; k < n; k++) slots[base + k] = bytes[k]!;
    this.words![row * 4] = n;
    return true;
  }

  /** Zeroes the 12 inline bytes of a row's slot (what a shorter value leaves of the chunk before's). */
  private clearSlot(row: number): Uint8Array<ArrayBuffer> {
    const words = this.words!;
    words[row * 4 + 1] = 0;
    words[row * 4 + 2] = 0;
    words[row * 4 + 3] = 0;
    return this.slots!;
  }

  private later(row: number, value: string | Uint8Array): void {
    this.laterRows.push(row);
    this.laterValues.push(value);
  }
}
