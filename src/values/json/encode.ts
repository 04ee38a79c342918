import { isUtf8 } from 'node:buffer';
import type { Value, Vector } from '../../gen/kafkagateway/v1/value';
import { MAX_DEPTH } from '../dolphindb/encode';
import { ValueError } from '../errors';
import { elementText } from '../text';
import { scalarShape, vectorShape, type VectorShape } from '../vector-shape';

/**
 * Encodes a Value as the plugin's JSON (a scalar is a one-element array, a vector or tuple an array, a dictionary an
 * object, a table an object of columns), but always as valid JSON: strings are escaped, a NULL BOOL is null (the
 * plugin writes false), dictionary keys are always quoted, and a table without rows keeps its columns as empty
 * arrays (the plugin writes {}). 64-bit integers are written with all their digits.
 */
export function encodeJson(value: Value): Buffer {
  const out: string[] = [];
  new JsonWriter(out).top(value, 'value');
  return Buffer.from(out.join(''), 'utf8');
}

/**
 * A number's text as JSON: nan and inf have none (null), and a float of 2^63 or more is written with an exponent, so
 * that it is not read back as an integer too large for LONG (which decodes as STRING digits, as in the plugin).
 */
function jsonNumber(text: string, name: string): string {
  if (!/^-?\d/.test(text)) return 'null';
  if ((name === 'FLOAT' || name === 'DOUBLE') && /^-?\d{19,}$/.test(text)) return Number(text).toExponential();
  return text;
}

/** Numbers that JSON writes bare; everything else with text is a JSON string. */
const BARE = new Set(['SHORT', 'INT', 'LONG', 'FLOAT', 'DOUBLE']);

class JsonWriter {
  private depth = 0;
  constructor(private readonly out: string[]) {}

  top(value: Value, path: string): void {
    const kind = value.kind;
    if (kind?.$case === 'scalar') {
      this.out.push('[');
      this.element(scalarShape(kind.value, `${path}.scalar`), 0, `${path}.scalar`);
      this.out.push(']');
    } else this.nested(value, path);
  }

  /** A value inside an array or object: a scalar is written bare. */
  private nested(value: Value, path: string): void {
    const kind = value.kind;
    if (!kind) throw new ValueError(`${path}: no form set (scalar, vector, pair, matrix, set, dictionary or table)`);
    if (++this.depth > MAX_DEPTH) throw new ValueError(`${path}: nested more than ${MAX_DEPTH} levels deep`);
    switch (kind.$case) {
      case 'scalar':
        this.element(scalarShape(kind.value, `${path}.scalar`), 0, `${path}.scalar`);
        break;
      case 'vector':
        this.array(vectorShape(kind.value, `${path}.vector`), `${path}.vector`);
        break;
      case 'dictionary':
        this.dictionary(kind.value.keys, kind.value.values, `${path}.dictionary`);
        break;
      case 'table':
        this.table(kind.value.columns, `${path}.table`);
        break;
      default:
        throw new ValueError(`${path}: a ${kind.$case} cannot be written as JSON; only scalars, vectors, tuples, dictionaries and tables can`);
    }
    this.depth--;
  }

  private array(shape: VectorShape, path: string): void {
    this.out.push('[');
    for (let i = 0; i < shape.length; i++) {
      if (i) this.out.push(',');
      this.element(shape, i, path);
    }
    this.out.push(']');
  }

  private element(shape: VectorShape, i: number, path: string): void {
    if (shape.info.storage === 'values') return this.nested(shape.elements[i] as Value, `${path}[${i}]`);
    const name = shape.info.name;
    if (name === 'BLOB' && !shape.nulls?.has(i) && !isUtf8(shape.elements[i] as Buffer)) {
      throw new ValueError(`${path}[${i}]: this BLOB is not UTF-8 text, which JSON cannot carry; use DOLPHINDB`);
    }
    const text = elementText(shape, i, path);
    if (text === null) this.out.push('null');
    else if (name === 'BOOL') this.out.push(text);
    else if (BARE.has(name)) this.out.push(jsonNumber(text, name));
    else this.out.push(JSON.stringify(text));
  }

  private dictionary(keys: Vector | undefined, values: Vector | undefined, path: string): void {
    if (!keys || !values) throw new ValueError(`${path}: keys and values are both required`);
    const keyShape = vectorShape(keys, `${path}.keys`);
    const valueShape = vectorShape(values, `${path}.values`);
    if (keyShape.length !== valueShape.length) throw new ValueError(`${path}: ${keyShape.length} keys but ${valueShape.length} values`);
    if (keyShape.info.storage === 'values') throw new ValueError(`${path}.keys: keys cannot be ANY`);
    this.out.push('{');
    for (let i = 0; i < keyShape.length; i++) {
      if (i) this.out.push(',');
      this.out.push(JSON.stringify(elementText(keyShape, i, `${path}.keys`) ?? ''), ':');
      this.element(valueShape, i, `${path}.values`);
    }
    this.out.push('}');
  }

  private table(columns: { name: string; values?: Vector | undefined }[], path: string): void {
    const shapes = columns.map((column, i) => {
      if (!column.values) throw new ValueError(`${path}.columns[${i}]: values are required`);
      return vectorShape(column.values, `${path}.columns[${i}]`);
    });
    const rows = shapes[0]?.length ?? 0;
    this.out.push('{');
    shapes.forEach((shape, i) => {
      if (shape.length !== rows) throw new ValueError(`${path}.columns[${i}]: ${shape.length} rows, but column 0 has ${rows}`);
      if (i) this.out.push(',');
      this.out.push(JSON.stringify(columns[i]!.name), ':');
      this.array(shape, `${path}.columns[${i}]`);
    });
    this.out.push('}');
  }
}
