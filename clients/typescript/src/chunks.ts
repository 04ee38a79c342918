// Reassembly of values the gateway split into several messages. A vector or table larger than the gateway's
// buffer size is sent as chunks of whole elements or rows, each a complete value with three headers:
// kgw-chunk-id (one per split value), kgw-chunk-index (0-based) and kgw-chunk-count.
import type { ConsumedMessage } from './gen/kafkagateway/v1/common';
import type { Value, Vector } from './gen/kafkagateway/v1/value';

export const CHUNK_HEADER = { id: 'kgw-chunk-id', index: 'kgw-chunk-index', count: 'kgw-chunk-count' } as const;

export interface ChunkInfo {
  id: string;
  index: number;
  count: number;
}

/** The chunk headers of a consumed message; undefined for a value sent whole. Malformed headers throw. */
export function chunkInfo(message: Pick<ConsumedMessage, 'headers'>): ChunkInfo | undefined {
  const get = (key: string) => {
    const h = message.headers.find((x) => x.key === key);
    return h && Buffer.from(h.value).toString('utf8');
  };
  const id = get(CHUNK_HEADER.id);
  if (id === undefined) return undefined;
  const index = Number(get(CHUNK_HEADER.index));
  const count = Number(get(CHUNK_HEADER.count));
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 0 || index >= count) {
    throw new Error(`chunk headers of ${id} are malformed: index ${get(CHUNK_HEADER.index)}, count ${get(CHUNK_HEADER.count)}`);
  }
  return { id, index, count };
}

/**
 * Collects consumed chunks, in any order, and gives back each split value when its last chunk arrives. At most
 * `maxPending` values wait half-complete; beyond that the oldest is dropped, so that lost chunks cannot grow
 * memory without bound.
 *
 *   const assembler = new ChunkAssembler();
 *   for await (const m of gw.consume(request)) {
 *     const value = assembler.add(m); // a value sent whole, or the last chunk of a split one
 *     if (value) use(value);
 *   }
 */
export class ChunkAssembler {
  private readonly pending = new Map<string, { count: number; parts: Map<number, Value> }>();

  constructor(private readonly maxPending = 64) {
    if (!Number.isInteger(maxPending) || maxPending < 1) throw new Error(`maxPending must be a positive integer, got ${maxPending}`);
  }

  /** The whole value when this message completes one (or was never split), else undefined. */
  add(message: Pick<ConsumedMessage, 'headers' | 'value' | 'decodeError'>): Value | undefined {
    const info = chunkInfo(message);
    if (!info) return message.value;
    if (!message.value) throw new Error(`chunk ${info.index} of ${info.id} has no value: ${message.decodeError || 'not decoded'}`);
    let entry = this.pending.get(info.id);
    if (!entry) {
      entry = { count: info.count, parts: new Map() };
      this.pending.set(info.id, entry);
      if (this.pending.size > this.maxPending) this.pending.delete(this.pending.keys().next().value!);
    }
    if (entry.count !== info.count) throw new Error(`chunk ${info.index} of ${info.id} says ${info.count} chunks, an earlier one ${entry.count}`);
    entry.parts.set(info.index, message.value);
    if (entry.parts.size < entry.count) return undefined;
    this.pending.delete(info.id);
    return joinChunks(Array.from({ length: entry.count }, (_x, i) => entry.parts.get(i)!));
  }

  /** How many split values are waiting for more chunks. */
  get waiting(): number {
    return this.pending.size;
  }
}

/** The chunks of one split value, in order, as that value. */
export function joinChunks(chunks: readonly Value[]): Value {
  const first = chunks[0]?.kind;
  if (!first) throw new Error('no chunks to join');
  if (chunks.some((c) => c.kind?.$case !== first.$case)) throw new Error(`chunks of a ${first.$case} hold other forms`);
  if (first.$case === 'vector') {
    return { kind: { $case: 'vector', value: joinVectors(chunks.map((c) => (c.kind as typeof first).value)) } };
  }
  if (first.$case === 'table') {
    const tables = chunks.map((c) => (c.kind as typeof first).value);
    const names = first.value.columns.map((c) => c.name);
    if (tables.some((t) => t.columns.map((c) => c.name).join('\0') !== names.join('\0'))) throw new Error('chunks of a table have other columns');
    const columns = names.map((name, j) => ({ name, values: joinVectors(tables.map((t) => t.columns[j]!.values!)) }));
    return { kind: { $case: 'table', value: { name: first.value.name, columns } } };
  }
  if (chunks.length === 1) return chunks[0]!;
  throw new Error(`a ${first.$case} is never split into chunks`);
}

/** The Vector fields that hold elements; a vector fills exactly one of them. */
const STORAGE = ['bools', 'ints', 'longs', 'floats', 'doubles', 'strings', 'blobs', 'values'] as const;

function joinVectors(vectors: readonly Vector[]): Vector {
  const { type, scale } = vectors[0]!;
  const out: Vector = { type, scale, nulls: [], bools: [], ints: [], longs: [], floats: [], doubles: [], strings: [], blobs: [], values: [] };
  let offset = 0;
  for (const v of vectors) {
    if (v.type !== type || v.scale !== scale) throw new Error('chunks of a vector have other types');
    for (const n of v.nulls) out.nulls.push(n + offset);
    for (const field of STORAGE) {
      const into = out[field] as unknown[];
      for (const x of v[field]) into.push(x);
      offset += v[field].length;
    }
  }
  return out;
}
