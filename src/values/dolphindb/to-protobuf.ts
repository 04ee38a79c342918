import { isUtf8 } from 'node:buffer';
import { DataType, Value, Vector } from '../../gen/kafkagateway/v1/value';
import { ByteReader } from '../byte-reader';
import { ValueError } from '../errors';
import { Form, NULLS, SYMBOL_BASE_ID, typeById, typeOf, type Layout, type TypeInfo } from '../types';
import { Decoder, expectEnd } from './decode';
import {
  CStrings, Field, PackedBools, PackedFixed, PackedIndices, PackedSint32, PackedSint64, Raw, stringField, Symbols,
  varintField, WireOut, type Part,
} from './wire-parts';

// Tags (field number << 3 | wire type) of the value.proto fields written here.
const TAG = {
  valueVector: 0x12,
  valueTable: 0x3a,
  vectorType: 0x08,
  vectorNulls: 0x12,
  vectorBools: 0x22,
  vectorInts: 0x2a,
  vectorLongs: 0x32,
  vectorFloats: 0x3a,
  vectorDoubles: 0x42,
  vectorStrings: 0x4a,
  tableName: 0x0a,
  tableColumns: 0x12,
  columnName: 0x0a,
  columnValues: 0x12,
} as const;

const FAST_LAYOUTS = new Set<Layout>(['bool', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'cstring']);

/**
 * DolphinDB bytes straight to the Protobuf wire bytes of the Value they hold: the bytes of
 * `Value.encode(decodeDolphinDB(bytes)).finish()`, and the same ValueError where that throws, without building
 * the JavaScript objects in between. This is how the gateway sends consumed DOLPHINDB payloads. One difference,
 * on purpose: a FLOAT or DOUBLE NaN in a vector keeps its exact bits here, where a JavaScript number may lose a
 * signalling NaN's (V8 quiets some and canonicalises others); both decode to NaN.
 *
 * Vectors and tables of the common types are copied or re-encoded element by element (packed DOUBLEs are the same
 * bytes in both formats; strings only trade their NUL for a length). Everything else (scalars, tuples, matrices,
 * sets, dictionaries, 16-byte types, DECIMALs, BLOBs, invalid UTF-8) and anything malformed goes through the
 * decoder and the generated encoder, so that the two paths cannot disagree on results or errors.
 */
export function dolphinDBToProtobuf(bytes: Uint8Array): WireBytes {
  const reader = new ByteReader(bytes);
  const parts = new Transcoder(reader).value();
  expectEnd(reader);
  const size = parts.reduce((s, p) => s + p.size, 0);
  // Unsafe (not zeroed) is safe here: every byte up to the end of the last chunk is written.
  const out = new WireOut(Buffer.allocUnsafe(size));
  for (const p of parts) p.write(out);
  return { size, chunks: out.finish() };
}

/**
 * Protobuf bytes in pieces, to be written one after another. A piece may be a view of the DolphinDB bytes it was
 * transcoded from (a vector of DOUBLEs without NULLs is not copied at all), so those must not change until then.
 */
export interface WireBytes {
  size: number;
  chunks: Uint8Array[];
}

interface PlannedVector {
  parts: Part[];
  rows: number;
}

class Transcoder {
  /** Shared with the decoder it falls back to, in the decoder's form. */
  private readonly symbolBases = new Map<number, string[]>();
  /** Each base's entries already encoded as repeated-string fields. */
  private readonly encodedBases = new WeakMap<string[], Uint8Array[]>();
  private readonly view: DataView;

  constructor(private readonly r: ByteReader) {
    this.view = new DataView(r.buf.buffer, r.buf.byteOffset, r.buf.byteLength);
  }

  /** The fields of the Value at the reader's position (the top-level object). */
  value(): Part[] {
    const fast = this.attempt(() => {
      const typeId = this.r.u8('type');
      const form = this.r.u8('form');
      if (form === Form.VECTOR) {
        const vector = this.vector(typeId);
        return vector && [new Field(TAG.valueVector, vector.parts)];
      }
      return form === Form.TABLE ? this.table() : undefined;
    });
    return fast ?? [new Raw(Value.encode(new Decoder(this.r, this.symbolBases).value()).finish())];
  }

  /**
   * Runs a fast path. When it gives up (undefined) or meets malformed bytes (ValueError), the reader and the
   * symbol bases go back to where they were, for the decoder to read the same bytes.
   */
  private attempt<T>(fast: () => T | undefined): T | undefined {
    const start = this.r.pos;
    const bases = new Map(this.symbolBases);
    let result: T | undefined;
    try {
      result = fast();
    } catch (err) {
      if (!(err instanceof ValueError)) throw err;
    }
    if (result === undefined) {
      this.r.pos = start;
      this.symbolBases.clear();
      for (const [id, base] of bases) this.symbolBases.set(id, base);
    }
    return result;
  }

  private table(): Part[] | undefined {
    const r = this.r;
    const rows = r.i32('table rows');
    const columns = r.i32('table columns');
    if (rows < 0) return undefined;
    r.needElements(columns, 1, 'table column names');
    const name = r.cstring('table name');
    const names = r.cstrings(columns, 'column name');
    const fields: Part[] = name === '' ? [] : [stringField(TAG.tableName, name)];
    for (const [i, columnName] of names.entries()) {
      const column = this.column(i);
      if (column.rows !== rows) return undefined;
      const columnFields: Part[] = columnName === '' ? [] : [stringField(TAG.columnName, columnName)];
      columnFields.push(new Field(TAG.columnValues, column.parts));
      fields.push(new Field(TAG.tableColumns, columnFields));
    }
    return [new Field(TAG.valueTable, fields)];
  }

  /** A table column: a vector object, by the fast path or else by the decoder. */
  private column(i: number): PlannedVector {
    const fast = this.attempt(() => {
      const typeId = this.r.u8('type');
      return this.r.u8('form') === Form.VECTOR ? this.vector(typeId) : undefined;
    });
    if (fast) return fast;
    const vector = new Decoder(this.r, this.symbolBases, 1).nestedVector(`column ${i}`);
    const info = typeOf(vector.type);
    return { parts: [new Raw(Vector.encode(vector).finish())], rows: info ? (vector[info.storage] as unknown[]).length : 0 };
  }

  /** The fields of a Vector, after the object's type and form bytes. */
  private vector(typeId: number): PlannedVector | undefined {
    if (typeId === SYMBOL_BASE_ID) return this.symbolVector();
    const info = typeById(typeId);
    if (!info || !FAST_LAYOUTS.has(info.layout)) return undefined;
    const rows = this.r.i32('rows');
    if (this.r.i32('columns') !== 1) return undefined;
    this.r.needElements(rows, info.minBytes, `${info.name} vector`);
    const elements = this.elements(info, rows);
    if (!elements) return undefined;
    return { parts: [varintField(TAG.vectorType, info.dataType), ...elements], rows };
  }

  /** The NULL positions and the storage field of `n` elements. */
  private elements(info: TypeInfo, n: number): Part[] | undefined {
    const r = this.r;
    const at = r.pos;
    let field: Part & { nulls: number[] };
    switch (info.layout) {
      case 'bool':
        field = new PackedBools(TAG.vectorBools, r.bytes(n, 'BOOL element'));
        break;
      case 'int8':
        field = new PackedSint32(TAG.vectorInts, this.view, at, n, 1, NULLS.int8);
        r.bytes(n, 'element');
        break;
      case 'int16':
        field = new PackedSint32(TAG.vectorInts, this.view, at, n, 2, NULLS.int16);
        r.bytes(n * 2, 'element');
        break;
      case 'int32':
        field = new PackedSint32(TAG.vectorInts, this.view, at, n, 4, NULLS.int32);
        r.bytes(n * 4, 'element');
        break;
      case 'int64':
        field = new PackedSint64(TAG.vectorLongs, this.view, at, n);
        r.bytes(n * 8, 'element');
        break;
      case 'float32':
        field = new PackedFixed(TAG.vectorFloats, this.view, at, n, 4);
        r.bytes(n * 4, 'element');
        break;
      case 'float64':
        field = new PackedFixed(TAG.vectorDoubles, this.view, at, n, 8);
        r.bytes(n * 8, 'element');
        break;
      case 'cstring': {
        const strings = this.cstrings(n);
        return strings && (n === 0 ? [] : [strings]);
      }
      default:
        return undefined;
    }
    if (n === 0) return [];
    return field.nulls.length ? [new PackedIndices(TAG.vectorNulls, field.nulls), field] : [field];
  }

  /** `n` NUL-terminated strings, if they are all there and valid UTF-8 (else the decoder's replacement applies). */
  private cstrings(n: number): CStrings | undefined {
    const { buf, pos: start } = this.r;
    const ends = new Int32Array(n);
    if (n === 0) return new CStrings(TAG.vectorStrings, buf, start, ends);
    const last = this.r.findNuls(n, ends);
    if (last < 0 || !isUtf8(buf.subarray(start, last + 1))) return undefined;
    this.r.pos = last + 1;
    return new CStrings(TAG.vectorStrings, buf, start, ends);
  }

  private symbolVector(): PlannedVector | undefined {
    const r = this.r;
    const rows = r.i32('rows');
    if (r.i32('columns') !== 1) return undefined;
    const id = r.i32('symbol base id');
    const count = r.i32('symbol base size');
    let base = this.symbolBases.get(id);
    if (count !== 0) {
      r.needElements(count, 1, 'symbol base');
      base = r.cstrings(count, 'symbol');
      this.symbolBases.set(id, base);
    }
    if (!base) return undefined;
    r.needElements(rows, 4, 'SYMBOL vector');
    const indices = new Int32Array(rows);
    for (let i = 0, at = r.pos; i < rows; i++, at += 4) {
      const index = this.view.getInt32(at, true);
      if (index < 0 || index >= base.length) return undefined;
      indices[i] = index;
    }
    r.bytes(rows * 4, 'symbol index');
    const type = varintField(TAG.vectorType, DataType.DATA_TYPE_SYMBOL);
    return { parts: rows === 0 ? [type] : [type, new Symbols(this.encodedBase(base), indices)], rows };
  }

  private encodedBase(base: string[]): Uint8Array[] {
    let entries = this.encodedBases.get(base);
    if (!entries) {
      entries = base.map((s) => stringField(TAG.vectorStrings, s).bytes);
      this.encodedBases.set(base, entries);
    }
    return entries;
  }
}
