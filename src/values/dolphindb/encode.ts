import type { Matrix, Table, Value, Vector } from '../../gen/kafkagateway/v1/value';
import { ByteWriter } from '../byte-writer';
import { ValueError } from '../errors';
import { Form, SYMBOL_BASE_ID } from '../types';
import { scalarShape, vectorShape, type VectorShape } from '../vector-shape';
import { writeElements, type NestedCodec } from './elements';

/** Nesting deeper than this (tuples in tuples...) is refused rather than risking the stack. */
export const MAX_DEPTH = 64;

/** Encodes a Value in DolphinDB's binary format, byte for byte as the plugin and DolphinDB's APIs write it. */
export function encodeDolphinDB(value: Value): Buffer {
  return encodeDolphinDBInto(value, new ByteWriter());
}

/**
 * Encodes into a writer that is reset first, for a caller that reuses one: the result is a view of the writer's
 * memory, valid until the writer is used again. Memory already mapped is much faster to fill than a new buffer.
 */
export function encodeDolphinDBInto(value: Value, writer: ByteWriter): Buffer {
  writer.reset();
  new Encoder(writer).value(value, 'value');
  return writer.finish();
}

class Encoder implements NestedCodec {
  /** SYMBOL vectors number their symbol bases 0, 1, ... within one top-level object. */
  private symbolBases = 0;
  private depth = 0;

  constructor(readonly w: ByteWriter) {}

  writeNested(_w: ByteWriter, value: Value, path: string): void {
    this.value(value, path);
  }
  readNested(): Value {
    throw new Error('not a decoder');
  }

  value(value: Value, path: string): void {
    const kind = value.kind;
    if (!kind) throw new ValueError(`${path}: no form set (scalar, vector, pair, matrix, set, dictionary or table)`);
    if (++this.depth > MAX_DEPTH) throw new ValueError(`${path}: nested more than ${MAX_DEPTH} levels deep`);
    switch (kind.$case) {
      case 'scalar': {
        const shape = scalarShape(kind.value, `${path}.scalar`);
        this.flag(shape.info.id, Form.SCALAR);
        writeElements(this.w, shape, `${path}.scalar`, this);
        break;
      }
      case 'vector':
        this.vector(vectorShape(kind.value, `${path}.vector`), Form.VECTOR, `${path}.vector`);
        break;
      case 'pair': {
        const shape = vectorShape(kind.value, `${path}.pair`);
        if (shape.length !== 2) throw new ValueError(`${path}.pair: a pair has 2 elements, got ${shape.length}`);
        this.vector(shape, Form.PAIR, `${path}.pair`);
        break;
      }
      case 'set': {
        const shape = vectorShape(kind.value, `${path}.set`);
        if (shape.info.storage === 'values') throw new ValueError(`${path}.set: a set cannot hold ANY elements`);
        this.flag(shape.info.id, Form.SET);
        this.vector(shape, Form.VECTOR, `${path}.set`);
        break;
      }
      case 'matrix':
        this.matrix(kind.value, `${path}.matrix`);
        break;
      case 'dictionary':
        this.dictionary(kind.value.keys, kind.value.values, `${path}.dictionary`);
        break;
      case 'table':
        this.table(kind.value, `${path}.table`);
        break;
    }
    this.depth--;
  }

  private flag(typeId: number, form: Form): void {
    this.w.u8(typeId);
    this.w.u8(form);
  }

  /** A complete vector object: flag, rows, columns (1), then the elements. */
  private vector(shape: VectorShape, form: Form, path: string): void {
    if (shape.info.name === 'SYMBOL') return this.symbolVector(shape, form, path);
    this.flag(shape.info.id, form);
    this.w.i32(shape.length);
    this.w.i32(1);
    writeElements(this.w, shape, path, this);
  }

  /**
   * SYMBOL vectors as the server writes them: a symbol base (entry 0 is "") and one int32 index per element. An
   * empty one has nothing to index, and DolphinDB's C++ serializer writes it as a plain SYMBOL vector (type 17, no
   * base, no base id used), in a table's column too; the JS API's one-entry base is also read.
   */
  private symbolVector(shape: VectorShape, form: Form, path: string): void {
    if (shape.length === 0) {
      this.flag(shape.info.id, form);
      this.w.i32(0);
      this.w.i32(1);
      return;
    }
    this.flag(SYMBOL_BASE_ID, form);
    this.w.i32(shape.length);
    this.w.i32(1);
    const base = new Map<string, number>([['', 0]]);
    const indices = new Int32Array(shape.length);
    const symbols = shape.elements as string[];
    for (let i = 0; i < shape.length; i++) {
      const s = shape.nulls?.has(i) ? '' : symbols[i]!;
      let index = base.get(s);
      if (index === undefined) base.set(s, (index = base.size));
      indices[i] = index;
    }
    this.w.i32(this.symbolBases++);
    this.w.i32(base.size);
    for (const s of base.keys()) this.w.cstring(s, () => `${path}: symbol "${s.slice(0, 20)}"`);
    this.w.typed(indices);
  }

  private matrix(matrix: Matrix, path: string): void {
    if (!matrix.data) throw new ValueError(`${path}: data is required`);
    const shape = vectorShape(matrix.data, `${path}.data`);
    const { rows, columns } = matrix;
    if (rows < 0 || columns < 0 || rows * columns !== shape.length) {
      throw new ValueError(`${path}: ${rows} rows x ${columns} columns need ${rows * columns} elements, got ${shape.length}`);
    }
    if (shape.info.storage === 'values') throw new ValueError(`${path}: a matrix cannot hold ANY elements`);
    const labels = [matrix.rowLabels, matrix.columnLabels];
    this.flag(shape.info.id, Form.MATRIX);
    this.w.u8((labels[0] ? 1 : 0) | (labels[1] ? 2 : 0));
    labels.forEach((label, i) => {
      if (!label) return;
      const name = i === 0 ? 'row_labels' : 'column_labels';
      const labelShape = vectorShape(label, `${path}.${name}`);
      const expected = i === 0 ? rows : columns;
      if (labelShape.length !== expected) throw new ValueError(`${path}.${name}: ${expected} labels needed, got ${labelShape.length}`);
      this.vector(labelShape, Form.VECTOR, `${path}.${name}`);
    });
    this.flag(shape.info.id, Form.MATRIX);
    this.w.i32(rows);
    this.w.i32(columns);
    writeElements(this.w, shape, `${path}.data`, this);
  }

  private dictionary(keys: Vector | undefined, values: Vector | undefined, path: string): void {
    if (!keys || !values) throw new ValueError(`${path}: keys and values are both required`);
    const keyShape = vectorShape(keys, `${path}.keys`);
    const valueShape = vectorShape(values, `${path}.values`);
    if (keyShape.info.storage === 'values') throw new ValueError(`${path}.keys: keys cannot be ANY`);
    if (keyShape.length !== valueShape.length) {
      throw new ValueError(`${path}: ${keyShape.length} keys but ${valueShape.length} values`);
    }
    this.flag(valueShape.info.id, Form.DICTIONARY);
    this.vector(keyShape, Form.VECTOR, `${path}.keys`);
    this.vector(valueShape, Form.VECTOR, `${path}.values`);
  }

  private table(table: Table, path: string): void {
    const shapes = table.columns.map((column, i) => {
      if (!column.values) throw new ValueError(`${path}.columns[${i}]: values are required`);
      return vectorShape(column.values, `${path}.columns[${i}]`);
    });
    const rows = shapes[0]?.length ?? 0;
    shapes.forEach((shape, i) => {
      if (shape.length !== rows) throw new ValueError(`${path}.columns[${i}]: ${shape.length} rows, but column 0 has ${rows}`);
    });
    // The low byte of a table's flag is its table type; 0 is a basic in-memory table.
    this.flag(0, Form.TABLE);
    this.w.i32(rows);
    this.w.i32(shapes.length);
    this.w.cstring(table.name, () => `${path}.name`);
    table.columns.forEach((column, i) => this.w.cstring(column.name, () => `${path}.columns[${i}].name`));
    shapes.forEach((shape, i) => this.vector(shape, Form.VECTOR, `${path}.columns[${i}]`));
  }
}
