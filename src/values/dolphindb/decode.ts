import type { Scalar, Value, Vector } from '../../gen/kafkagateway/v1/value';
import { ByteReader, runAt, runLength } from '../byte-reader';
import { ValueError } from '../errors';
import { Form, SYMBOL_BASE_ID, typeById, typeOf, type TypeInfo } from '../types';
import { newVector } from '../vector-shape';
import { readElements, type NestedCodec } from './elements';
import { MAX_DEPTH } from './encode';

/**
 * Decodes DolphinDB's binary format. Lengths in the bytes are never trusted: a count that the remaining bytes
 * cannot hold fails at once, before anything is allocated. Trailing bytes after the value are an error.
 */
export function decodeDolphinDB(bytes: Uint8Array): Value {
  const reader = new ByteReader(bytes);
  const value = new Decoder(reader).value();
  expectEnd(reader);
  return value;
}

/** A payload is one object: bytes after it are an error, not something to ignore. */
export function expectEnd(reader: ByteReader): void {
  if (reader.left !== 0) throw new ValueError(`${reader.left} unexpected bytes after the value, at offset ${reader.pos}`);
}

/**
 * Decodes one object at the reader's position. The transcoder (to-protobuf.ts) hands it the objects it has no fast
 * path for, with its own symbol bases and depth, so that both read one payload as one.
 */
export class Decoder implements NestedCodec {
  /**
   * @param symbolBases by id: a later SYMBOL vector of the same object may send only the id of an earlier base.
   * @param depth how deep the next object is nested.
   */
  constructor(
    private readonly r: ByteReader,
    private readonly symbolBases = new Map<number, string[]>(),
    private depth = 0,
  ) {}

  readNested(): Value {
    return this.value();
  }
  writeNested(): void {
    throw new Error('not an encoder');
  }

  value(): Value {
    if (++this.depth > MAX_DEPTH) throw new ValueError(`nested more than ${MAX_DEPTH} levels deep at offset ${this.r.pos}`);
    const start = this.r.pos;
    const typeId = this.r.u8('type');
    const form = this.r.u8('form');
    let value: Value;
    switch (form) {
      case Form.SCALAR:
        value = { kind: { $case: 'scalar', value: this.scalar(this.type(typeId, start)) } };
        break;
      case Form.VECTOR:
        value = { kind: { $case: 'vector', value: this.vectorBody(typeId, start) } };
        break;
      case Form.PAIR: {
        const pair = this.vectorBody(typeId, start);
        if (this.length(pair) !== 2) throw new ValueError(`pair at offset ${start} has ${this.length(pair)} elements`);
        value = { kind: { $case: 'pair', value: pair } };
        break;
      }
      case Form.SET:
        value = { kind: { $case: 'set', value: this.nestedVector('set keys') } };
        break;
      case Form.DICTIONARY: {
        const keys = this.nestedVector('dictionary keys');
        const values = this.nestedVector('dictionary values');
        if (this.length(keys) !== this.length(values)) {
          throw new ValueError(`dictionary at offset ${start} has ${this.length(keys)} keys but ${this.length(values)} values`);
        }
        value = { kind: { $case: 'dictionary', value: { keys, values } } };
        break;
      }
      case Form.MATRIX:
        value = { kind: { $case: 'matrix', value: this.matrix(typeId, start) } };
        break;
      case Form.TABLE:
        value = { kind: { $case: 'table', value: this.table(start) } };
        break;
      default:
        throw new ValueError(`unsupported data form ${form} at offset ${start}`);
    }
    this.depth--;
    return value;
  }

  private type(typeId: number, offset: number): TypeInfo {
    const info = typeById(typeId);
    if (!info) throw new ValueError(`unsupported data type ${typeId} at offset ${offset}`);
    return info;
  }

  private scalar(info: TypeInfo): Scalar {
    if (info.storage === 'values') throw new ValueError(`an ANY scalar is not a value, at offset ${this.r.pos - 2}`);
    const { elements, nulls, scale } = readElements(this.r, info, 1, this);
    const decimal = info.layout.startsWith('decimal');
    if (nulls.length && !decimal) return { value: { $case: 'null', value: info.dataType } };
    const element = elements[0];
    if (decimal) {
      const c = info.scalarCase as 'decimal32' | 'decimal64' | 'decimal128';
      return { value: { $case: c, value: { value: element as string, scale } } } as Scalar;
    }
    return { value: { $case: info.scalarCase, value: element } } as Scalar;
  }

  /** rows, columns, then the elements of a vector (or pair) of `typeId`. */
  private vectorBody(typeId: number, start: number): Vector {
    if (typeId === SYMBOL_BASE_ID) return this.symbolVector(start);
    const info = this.type(typeId, start);
    if (info.layout === 'void') throw new ValueError(`a VOID vector cannot be decoded, at offset ${start}`);
    const rows = this.r.i32('rows');
    const columns = this.r.i32('columns');
    if (columns !== 1) throw new ValueError(`a vector has 1 column, got ${columns} at offset ${this.r.pos - 4}`);
    this.r.needElements(rows, info.minBytes, `${info.name} vector`);
    return this.toVector(info, readElements(this.r, info, rows, this));
  }

  private symbolVector(start: number): Vector {
    const info = this.type(17, start);
    const rows = this.r.i32('rows');
    const columns = this.r.i32('columns');
    if (columns !== 1) throw new ValueError(`a vector has 1 column, got ${columns} at offset ${this.r.pos - 4}`);
    const id = this.r.i32('symbol base id');
    const count = this.r.i32('symbol base size');
    let base: string[];
    if (count === 0) {
      const known = this.symbolBases.get(id);
      if (!known) throw new ValueError(`symbol base ${id} is used before it is defined, at offset ${this.r.pos - 8}`);
      base = known;
    } else {
      this.r.needElements(count, 1, 'symbol base');
      base = this.r.cstrings(count, 'symbol');
      this.symbolBases.set(id, base);
    }
    this.r.needElements(rows, 4, 'SYMBOL vector');
    const bytes = this.r.bytes(rows * 4, 'symbol index');
    const strings = new Array<string>(rows);
    for (let first = 0, perRun = runLength(Int32Array); first < rows; first += perRun) {
      const indices = runAt(Int32Array, bytes, first, Math.min(perRun, rows - first));
      for (let i = 0; i < indices.length; i++) {
        const symbol = base[indices[i]!];
        if (symbol === undefined) throw new ValueError(`symbol index ${indices[i]} is outside its base of ${base.length}`);
        strings[first + i] = symbol;
      }
    }
    const vector = newVector(info.dataType);
    vector.strings = strings;
    return vector;
  }

  /** A complete vector object nested in a set, dictionary or table. */
  nestedVector(what: string): Vector {
    const offset = this.r.pos;
    const nested = this.value();
    if (nested.kind?.$case !== 'vector') throw new ValueError(`${what} at offset ${offset} are not a vector`);
    return nested.kind.value;
  }

  private matrix(typeId: number, start: number) {
    const labelFlags = this.r.u8('matrix label flags');
    const rowLabels = labelFlags & 1 ? this.nestedVector('matrix row labels') : undefined;
    const columnLabels = labelFlags & 2 ? this.nestedVector('matrix column labels') : undefined;
    const innerType = this.r.u8('matrix type');
    const innerForm = this.r.u8('matrix form');
    if (innerForm !== Form.MATRIX || innerType !== typeId) {
      throw new ValueError(`matrix at offset ${start} repeats a different flag (${innerType}, ${innerForm})`);
    }
    const info = this.type(typeId, start);
    const rows = this.r.i32('matrix rows');
    const columns = this.r.i32('matrix columns');
    if (rows < 0 || columns < 0) throw new ValueError(`matrix at offset ${start} has ${rows} x ${columns} elements`);
    this.r.needElements(rows * columns, info.minBytes, `${info.name} matrix`);
    const data = this.toVector(info, readElements(this.r, info, rows * columns, this));
    return { rows, columns, data, rowLabels, columnLabels };
  }

  private table(start: number) {
    const rows = this.r.i32('table rows');
    const columns = this.r.i32('table columns');
    if (rows < 0) throw new ValueError(`table at offset ${start} has ${rows} rows`);
    this.r.needElements(columns, 1, 'table column names');
    const name = this.r.cstring('table name');
    const names = this.r.cstrings(columns, 'column name');
    const result = names.map((columnName, i) => {
      const values = this.nestedVector(`column ${i}`);
      if (this.length(values) !== rows) {
        throw new ValueError(`column "${columnName}" has ${this.length(values)} rows, the table ${rows}`);
      }
      return { name: columnName, values };
    });
    return { name, columns: result };
  }

  private toVector(info: TypeInfo, read: { elements: unknown[]; nulls: number[]; scale: number }): Vector {
    const vector = newVector(info.dataType);
    (vector[info.storage] as unknown[]) = read.elements;
    vector.nulls = read.nulls;
    vector.scale = read.scale;
    return vector;
  }

  private length(vector: Vector): number {
    const info = typeOf(vector.type);
    return info ? (vector[info.storage] as unknown[]).length : 0;
  }
}
