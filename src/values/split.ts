import type { Table, Value, Vector } from '../gen/kafkagateway/v1/value';
import { ValueError } from './errors';
import { STORAGES } from './types';
import { vectorShape } from './vector-shape';

/**
 * The plugin's two size settings. A value whose key and payload fit in `bufferSize` bytes is sent whole. A larger
 * vector or table is cut into chunks of whole elements or rows of about `messageSize` bytes each (at most that,
 * unless one element or row is larger on its own, which then travels alone, once). One element or row larger than
 * `bufferSize` is refused: it could not be sent without cutting it.
 */
export interface SizeLimits {
  bufferSize: number;
  messageSize: number;
}

/** The plugin's defaults (BUFFER_SIZE 900000, MESSAGE_SIZE 10000). */
export const DEFAULT_SIZE_LIMITS: SizeLimits = { bufferSize: 900_000, messageSize: 10_000 };

/**
 * Encodes a value into one payload, or into the payloads of consecutive chunks, each a complete value of the
 * same form and types. Sizes are measured on the real encoding, so the limits hold for every marshal type.
 */
export function splitBySize(value: Value, encode: (v: Value) => Buffer, keyLength: number, limits: SizeLimits): Buffer[] {
  const whole = encode(value);
  if (keyLength + whole.length <= limits.bufferSize) return [whole];
  const kind = value.kind;
  if (kind?.$case !== 'vector' && kind?.$case !== 'table') {
    throw new ValueError(
      `the value takes ${keyLength + whole.length} bytes with its key, above the buffer size ${limits.bufferSize}; ` +
        `only a vector or a table can be split into several messages`,
    );
  }
  const rows = rowCount(value);
  const out: Buffer[] = [];
  const place = (start: number, end: number): void => {
    const bytes = encode(sliceRows(value, start, end));
    if (keyLength + bytes.length <= limits.messageSize) {
      out.push(bytes);
      return;
    }
    if (end - start > 1) {
      const middle = start + Math.ceil((end - start) / 2);
      place(start, middle);
      place(middle, end);
      return;
    }
    if (keyLength + bytes.length > limits.bufferSize) {
      const what = kind.$case === 'table' ? 'row' : 'element';
      throw new ValueError(
        `${what} ${start} alone takes ${keyLength + bytes.length} bytes with the key, above the buffer size ${limits.bufferSize}`,
      );
    }
    out.push(bytes);
  };
  // A first cut into even windows from the whole size avoids most halving; the halving then fixes uneven rows.
  const windows = Math.min(rows, Math.ceil((keyLength + whole.length) / limits.messageSize));
  const step = Math.ceil(rows / windows);
  for (let start = 0; start < rows; start += step) place(start, Math.min(rows, start + step));
  return out;
}

function rowCount(value: Value): number {
  const kind = value.kind;
  if (kind?.$case === 'vector') return vectorShape(kind.value, 'value.vector').length;
  if (kind?.$case === 'table') return kind.value.columns[0]?.values ? vectorShape(kind.value.columns[0].values, 'value.table').length : 0;
  throw new ValueError('only a vector or a table has rows');
}

/** Rows [start, end) of a vector or table, as a complete value of the same form. */
function sliceRows(value: Value, start: number, end: number): Value {
  const kind = value.kind;
  if (kind?.$case === 'vector') return { kind: { $case: 'vector', value: sliceVector(kind.value, start, end) } };
  if (kind?.$case === 'table') {
    const table: Table = {
      name: kind.value.name,
      columns: kind.value.columns.map((c) => ({ name: c.name, values: c.values && sliceVector(c.values, start, end) })),
    };
    return { kind: { $case: 'table', value: table } };
  }
  throw new ValueError('only a vector or a table can be sliced');
}

function sliceVector(vector: Vector, start: number, end: number): Vector {
  const shape = vectorShape(vector, 'value');
  const out: Vector = { ...vector, type: shape.info.dataType, scale: shape.scale };
  for (const s of STORAGES) (out[s] as unknown[]) = s === shape.info.storage ? (vector[s] as unknown[]).slice(start, end) : [];
  out.nulls = vector.nulls.filter((i) => i >= start && i < end).map((i) => i - start);
  return out;
}

/** The chunks of one value, in order, joined back into that value. */
export function joinChunks(chunks: Value[]): Value {
  const first = chunks[0]?.kind;
  if (!first) throw new ValueError('no chunks to join');
  if (first.$case === 'vector') {
    const vectors = chunks.map((c, i) => {
      if (c.kind?.$case !== 'vector') throw new ValueError(`chunk ${i} is not a vector like chunk 0`);
      return c.kind.value;
    });
    return { kind: { $case: 'vector', value: joinVectors(vectors, 'chunk') } };
  }
  if (first.$case === 'table') {
    const tables = chunks.map((c, i) => {
      if (c.kind?.$case !== 'table') throw new ValueError(`chunk ${i} is not a table like chunk 0`);
      return c.kind.value;
    });
    const names = tables[0]!.columns.map((c) => c.name);
    tables.forEach((t, i) => {
      if (t.columns.map((c) => c.name).join('\0') !== names.join('\0')) throw new ValueError(`chunk ${i} has other columns than chunk 0`);
    });
    const columns = names.map((name, j) => ({
      name,
      values: joinVectors(tables.map((t) => t.columns[j]!.values!), `column ${name}`),
    }));
    return { kind: { $case: 'table', value: { name: tables[0]!.name, columns } } };
  }
  if (chunks.length === 1) return chunks[0]!;
  throw new ValueError(`a ${first.$case} is never split into chunks`);
}

function joinVectors(vectors: Vector[], what: string): Vector {
  const shapes = vectors.map((v, i) => vectorShape(v, `${what} ${i}`));
  const { info, scale } = shapes[0]!;
  const out: Vector = { ...vectors[0]!, type: info.dataType, scale, nulls: [] };
  const elements: unknown[] = [];
  shapes.forEach((shape, i) => {
    if (shape.info !== info || shape.scale !== scale) throw new ValueError(`${what} ${i} has another type than the first chunk`);
    for (const n of vectors[i]!.nulls) out.nulls.push(n + elements.length);
    for (const x of shape.elements) elements.push(x);
  });
  (out[info.storage] as unknown[]) = elements;
  return out;
}
