import { cut } from '../errors';
import { DataType, type MarshalType, type Scalar, type Value, type Vector } from '../gen/kafkagateway/v1/value';
import { ValueError } from '../values/errors';
import { decodePayload } from '../values/marshal';
import { typeOf, typeOfScalarCase, type TypeInfo } from '../values/types';
import { emptyElement, scalarShape, vectorShape, type VectorShape } from '../values/vector-shape';
import type { RowColumn, Rows } from './rows';

/** A consumed message, as the job loop hands it over. */
export interface SourceMessage {
  value: Buffer | null | undefined;
  key: Buffer | string | null | undefined;
  topic: string;
  partition: number;
  offset: number;
  /** Milliseconds since the epoch; librdkafka's -1 ("not available") counts as missing. */
  timestamp?: number | undefined;
}

export interface ParserSpec {
  marshalType: MarshalType;
  /** The name of a vector's or scalar's one column; '' means "value". */
  valueColumn: string;
  /** The names of the columns that take the message's own fields; '' = not wanted. */
  messageColumns: { topic: string; partition: string; offset: string; key: string; timestamp: string };
}

/** What one message may turn into: the job holds a message's rows in memory before they are written. */
export const MESSAGE_LIMITS = { maxRows: 1_000_000, maxColumns: 1_024 } as const;

const ACCEPTS =
  'a parser takes a table, a vector, a scalar, a dictionary with string keys (one row, or columns when its values are ' +
  'vectors of one length) or a tuple of dictionaries (JSON [{...}, ...], one row each)';

const info = (t: DataType): TypeInfo => typeOf(t)!;
const VOID = info(DataType.DATA_TYPE_VOID);
const STRING = info(DataType.DATA_TYPE_STRING);
const INT = info(DataType.DATA_TYPE_INT);
const LONG = info(DataType.DATA_TYPE_LONG);
const TIMESTAMP = info(DataType.DATA_TYPE_TIMESTAMP);

/** A message as rows: its payload decoded and shaped into columns, then the message columns it asks for. */
export function messageRows(m: SourceMessage, spec: ParserSpec): Rows {
  const rows = payloadRows(decodePayload(m.value, spec.marshalType), spec.valueColumn || 'value');
  const names = new Set(rows.columns.map((c) => c.name));
  const mc = spec.messageColumns;
  const add = (name: string, column: (name: string, n: number) => RowColumn) => {
    if (!name) return;
    if (names.has(name)) throw new ValueError(`message column ${cut(name)} is also a column of the payload; give it another name`);
    names.add(name);
    rows.columns.push(column(name, rows.count));
  };
  add(mc.topic, (name, n) => repeated(name, STRING, m.topic, n));
  add(mc.partition, (name, n) => repeated(name, INT, m.partition, n));
  add(mc.offset, (name, n) => repeated(name, LONG, BigInt(m.offset), n));
  add(mc.key, (name, n) => repeated(name, STRING, keyText(m.key), n));
  add(mc.timestamp, (name, n) => repeated(name, TIMESTAMP, timestampOf(m), n));
  return rows;
}

/** The plugin's msgAsTable table for a batch (payload, key, topic, timestamp), plus partition and offset. */
export function batchRows(messages: SourceMessage[]): Rows {
  const n = messages.length;
  const payload = column('payload', STRING, n);
  const key = column('key', STRING, n);
  const topic = column('topic', STRING, n);
  const timestamp = column('timestamp', TIMESTAMP, n);
  const partition = column('partition', INT, n);
  const offset = column('offset', LONG, n);
  for (let i = 0; i < n; i++) {
    const m = messages[i]!;
    // STRING is text in DuckDB: bytes that are not UTF-8 read with replacement characters, as Java's StringDeserializer does.
    set(payload, i, m.value?.length ? m.value.toString('utf8') : null);
    set(key, i, keyText(m.key));
    topic.elements[i] = m.topic;
    set(timestamp, i, timestampOf(m));
    partition.elements[i] = m.partition;
    offset.elements[i] = BigInt(m.offset);
  }
  return { columns: [payload, key, topic, timestamp, partition, offset], count: n };
}

function column(name: string, type: TypeInfo, n: number): RowColumn {
  return { name, info: type, elements: new Array<unknown>(n), nulls: undefined, scale: 0 };
}

function set(c: RowColumn, i: number, x: unknown): void {
  if (x === null) {
    (c.nulls ??= new Set()).add(i);
    c.elements[i] = emptyElement(c.info);
  } else c.elements[i] = x;
}

function repeated(name: string, type: TypeInfo, x: unknown, n: number): RowColumn {
  const isNull = x === null;
  const elements = new Array<unknown>(n).fill(isNull ? emptyElement(type) : x);
  return { name, info: type, elements, nulls: isNull && n > 0 ? allRows(n) : undefined, scale: 0 };
}

function keyText(key: Buffer | string | null | undefined): string | null {
  if (key === null || key === undefined || key.length === 0) return null;
  return typeof key === 'string' ? key : key.toString('utf8');
}

function timestampOf(m: SourceMessage): bigint | null {
  return m.timestamp === undefined || m.timestamp < 0 ? null : BigInt(m.timestamp);
}

function allRows(n: number): Set<number> {
  const nulls = new Set<number>();
  for (let i = 0; i < n; i++) nulls.add(i);
  return nulls;
}

// ---- the payload's shapes

function payloadRows(value: Value, valueColumn: string): Rows {
  const kind = value.kind;
  switch (kind?.$case) {
    case 'table':
      return tableRows(kind.value.columns);
    case 'scalar': {
      const b = new ColumnBuilder(valueColumn, 1);
      b.addScalar(0, kind.value);
      return { columns: [b.finish()], count: 1 };
    }
    case 'vector':
      return vectorRows(kind.value, valueColumn);
    case 'dictionary':
      return dictionaryRows(kind.value.keys, kind.value.values);
    default:
      throw new ValueError(`the payload is a ${kind?.$case ?? 'value with no form'}; ${ACCEPTS}`);
  }
}

function checkRows(n: number, what: string): void {
  if (n > MESSAGE_LIMITS.maxRows) throw new ValueError(`the payload's ${what} has ${n} rows; a message may give at most ${MESSAGE_LIMITS.maxRows}`);
}
function checkColumns(n: number, what: string): void {
  if (n > MESSAGE_LIMITS.maxColumns) {
    throw new ValueError(`the payload's ${what} has ${n} columns; a message may give at most ${MESSAGE_LIMITS.maxColumns}`);
  }
}

/** Each column is a typed vector (its arrays are kept), or a tuple of scalars that is typed here. */
function tableRows(columns: { name: string; values?: Vector | undefined }[]): Rows {
  checkColumns(columns.length, 'table');
  const names = new Set<string>();
  let count = -1;
  const out = columns.map((c) => {
    if (names.has(c.name)) throw new ValueError(`the payload's table has two columns named ${cut(c.name)}`);
    names.add(c.name);
    if (!c.values) throw new ValueError(`the payload's column ${cut(c.name)} has no values`);
    const column = vectorColumn(c.name, c.values, `column ${cut(c.name)}`);
    const n = column.elements.length;
    if (count >= 0 && n !== count) throw new ValueError(`the payload's column ${cut(c.name)} has ${n} rows, the columns before it ${count}`);
    count = n;
    checkRows(n, 'table');
    return column;
  });
  return { columns: out, count: Math.max(count, 0) };
}

function vectorColumn(name: string, vector: Vector, path: string): RowColumn {
  const shape = vectorShape(vector, path);
  if (shape.info.storage !== 'values') return { name, info: shape.info, elements: shape.elements, nulls: shape.nulls, scale: shape.scale };
  checkRows(shape.length, path);
  const b = new ColumnBuilder(name, shape.length);
  const values = shape.elements as Value[];
  for (let i = 0; i < values.length; i++) {
    const kind = values[i]!.kind;
    if (kind?.$case !== 'scalar') throw new ValueError(`${path}: element ${i} is a ${kind?.$case ?? 'value with no form'}; a column's elements must be scalars`);
    b.addScalar(i, kind.value);
  }
  return b.finish();
}

/** A vector is one column; a tuple is one column of scalars, or rows when every element is a dictionary. */
function vectorRows(vector: Vector, valueColumn: string): Rows {
  const shape = vectorShape(vector, 'the payload');
  checkRows(shape.length, shape.info.storage === 'values' ? 'tuple' : 'vector');
  if (shape.info.storage !== 'values') {
    return { columns: [{ name: valueColumn, info: shape.info, elements: shape.elements, nulls: shape.nulls, scale: shape.scale }], count: shape.length };
  }
  const values = shape.elements as Value[];
  if (values.length === 0) return { columns: [], count: 0 };
  const first = values[0]!.kind?.$case;
  if (first === 'dictionary') return dictionariesRows(values);
  if (first === 'scalar') return { columns: [vectorColumn(valueColumn, vector, 'the payload')], count: values.length };
  throw new ValueError(`the payload is a tuple of ${first ?? 'values with no form'}s; ${ACCEPTS}`);
}

/** A dictionary's keys as column names, checked. */
function keyNames(keys: Vector | undefined): string[] {
  if (!keys) throw new ValueError('the payload is a dictionary without keys');
  const shape = vectorShape(keys, 'the dictionary keys');
  if (shape.info.name !== 'STRING' && shape.info.name !== 'SYMBOL') {
    throw new ValueError(`the payload is a dictionary with ${shape.info.name} keys; ${ACCEPTS}`);
  }
  return shape.elements as string[];
}

function dictionaryRows(keys: Vector | undefined, values: Vector | undefined): Rows {
  const names = keyNames(keys);
  checkColumns(names.length, 'dictionary');
  if (!values) throw new ValueError('the payload is a dictionary without values');
  const shape = vectorShape(values, 'the dictionary values');
  if (shape.length !== names.length) throw new ValueError(`the payload's dictionary has ${names.length} keys but ${shape.length} values`);
  checkNames(names);
  if (shape.info.storage !== 'values') {
    // Typed values: each key's one element is one column of one row.
    const columns = names.map((name, i): RowColumn => {
      const isNull = shape.nulls?.has(i) ?? false;
      return { name, info: shape.info, elements: [shape.elements[i]], nulls: isNull ? new Set([0]) : undefined, scale: shape.scale };
    });
    return { columns, count: 1 };
  }
  const items = shape.elements as Value[];
  const forms = new Set(items.map((v) => v.kind?.$case));
  if (forms.size === 0 || (forms.size === 1 && forms.has('scalar'))) {
    const columns = names.map((name, i) => {
      const b = new ColumnBuilder(name, 1);
      b.addScalar(0, (items[i]!.kind as { value: Scalar }).value);
      return b.finish();
    });
    return { columns, count: 1 };
  }
  if (forms.size === 1 && forms.has('vector')) {
    let count = -1;
    const columns = names.map((name, i) => {
      const column = vectorColumn(name, (items[i]!.kind as { value: Vector }).value, `the dictionary value ${cut(name)}`);
      const n = column.elements.length;
      if (count >= 0 && n !== count) {
        throw new ValueError(`the payload's dictionary value ${cut(name)} has ${n} elements, the values before it ${count}; columns must have one length`);
      }
      count = n;
      return column;
    });
    return { columns, count: Math.max(count, 0) };
  }
  throw new ValueError(
    `the payload is a dictionary whose values are ${[...forms].map((f) => `${f ?? 'value with no form'}s`).join(' and ')}; ` +
      'its values must all be scalars (one row) or all vectors of one length (columns)',
  );
}

function checkNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '') throw new ValueError("the payload's dictionary has an empty key, which cannot name a column");
    if (seen.has(name)) throw new ValueError(`the payload's dictionary has the key ${cut(name)} twice`);
    seen.add(name);
  }
}

/** Dictionaries as rows: the union of their keys, in the order first seen; a key a row lacks is NULL there. */
function dictionariesRows(items: Value[]): Rows {
  const n = items.length;
  const builders = new Map<string, ColumnBuilder>();
  for (let row = 0; row < n; row++) {
    const kind = items[row]!.kind;
    if (kind?.$case !== 'dictionary') {
      throw new ValueError(`the payload is a tuple whose element ${row} is a ${kind?.$case ?? 'value with no form'}, the first a dictionary; ${ACCEPTS}`);
    }
    const names = keyNames(kind.value.keys);
    const values = kind.value.values;
    if (!values) throw new ValueError(`the payload's row ${row} is a dictionary without values`);
    const shape = vectorShape(values, `row ${row}`);
    if (shape.length !== names.length) throw new ValueError(`the payload's row ${row} has ${names.length} keys but ${shape.length} values`);
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      let b = builders.get(name);
      if (!b) {
        if (name === '') throw new ValueError(`the payload's row ${row} has an empty key, which cannot name a column`);
        checkColumns(builders.size + 1, 'rows');
        b = new ColumnBuilder(name, n);
        builders.set(name, b);
      }
      if (shape.info.storage !== 'values') b.addElement(row, shape, i);
      else {
        const item = (shape.elements as Value[])[i]!.kind;
        if (item?.$case !== 'scalar') {
          throw new ValueError(`the payload's row ${row} has a ${item?.$case ?? 'value with no form'} for ${cut(name)}; a row's values must be scalars`);
        }
        b.addScalar(row, item.value);
      }
    }
  }
  return { columns: [...builders.values()].map((b) => b.finish()), count: n };
}

// ---- typing a column of scalars

const RANK: Record<string, number> = { CHAR: 1, SHORT: 2, INT: 3, LONG: 4 };
const DOUBLE = info(DataType.DATA_TYPE_DOUBLE);
const DECIMAL_RANK: Record<string, number> = { DECIMAL32: 1, DECIMAL64: 2, DECIMAL128: 3 };

/** The type that holds values of both `a` and `b` without loss of kind, or undefined when there is none. */
function common(a: TypeInfo, b: TypeInfo): TypeInfo | undefined {
  const ra = RANK[a.name];
  const rb = RANK[b.name];
  if (ra && rb) return ra > rb ? a : b;
  const floating = (t: TypeInfo) => t.name === 'FLOAT' || t.name === 'DOUBLE';
  if ((floating(a) || ra) && (floating(b) || rb)) return DOUBLE;
  if ((a.name === 'STRING' && b.name === 'SYMBOL') || (a.name === 'SYMBOL' && b.name === 'STRING')) return STRING;
  const da = DECIMAL_RANK[a.name];
  const db = DECIMAL_RANK[b.name];
  if (da && db) return da > db ? a : b;
  return undefined;
}

/**
 * Collects one column's values row by row, each with its own type, and settles the column's type: the common
 * type of all (VOID while only NULLs were seen). A row never given is NULL.
 */
class ColumnBuilder {
  private type: TypeInfo = VOID;
  private scale = 0;
  private mixed = false;
  private readonly elements: unknown[];
  private readonly nulls = new Set<number>();

  constructor(
    private readonly name: string,
    private readonly length: number,
  ) {
    this.elements = new Array<unknown>(length);
  }

  addScalar(row: number, scalar: Scalar): void {
    const v = scalar.value;
    if (!v) throw new ValueError(`column ${cut(this.name)} row ${row}: a scalar with no value`);
    if (v.$case === 'null') {
      const t = typeOf(v.value);
      if (!t || t.storage === 'values') throw new ValueError(`column ${cut(this.name)} row ${row}: no NULL of type ${v.value}`);
      this.unify(row, t, 0);
      this.nulls.add(row);
      this.elements[row] = 0;
    } else if (v.$case === 'decimal32' || v.$case === 'decimal64' || v.$case === 'decimal128') {
      this.addElement(row, scalarShape(scalar, `column ${cut(this.name)} row ${row}`), 0);
    } else {
      this.unify(row, typeOfScalarCase(v.$case)!, 0);
      this.elements[row] = v.value;
    }
  }

  addElement(row: number, shape: VectorShape, i: number): void {
    this.unify(row, shape.info, shape.scale);
    if (shape.nulls?.has(i)) {
      this.nulls.add(row);
      this.elements[row] = 0;
    } else this.elements[row] = shape.elements[i];
  }

  private unify(row: number, t: TypeInfo, scale: number): void {
    if (t === VOID) return;
    this.scale = Math.max(this.scale, scale);
    if (this.type === t) return;
    if (this.type === VOID) {
      this.type = t;
      return;
    }
    const both = common(this.type, t);
    if (!both) {
      throw new ValueError(
        `column ${cut(this.name)} row ${row}: a ${t.name}, where the rows before it hold ${this.type.name}; a column holds one type ` +
          '(INT with LONG gives LONG, integers with FLOAT or DOUBLE give DOUBLE)',
      );
    }
    this.mixed = true;
    this.type = both;
  }

  finish(): RowColumn {
    const { type, elements, nulls } = this;
    const empty = emptyElement(type);
    const toLong = this.mixed && type.name === 'LONG';
    const toDouble = this.mixed && type === DOUBLE;
    for (let i = 0; i < this.length; i++) {
      const x = elements[i];
      if (x === undefined || nulls.has(i)) {
        nulls.add(i);
        elements[i] = empty;
      } else if (toLong && typeof x === 'number') elements[i] = BigInt(x);
      else if (toDouble && typeof x === 'bigint') elements[i] = Number(x);
    }
    return { name: this.name, info: type, elements, nulls: nulls.size ? nulls : undefined, scale: type.name.startsWith('DECIMAL') ? this.scale : 0 };
  }
}
