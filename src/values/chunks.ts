import type { Value } from '../gen/kafkagateway/v1/value';
import { ValueError } from './errors';
import { joinChunks } from './split';

// A value split into several messages marks each one with three headers, so that a consumer can put it together
// again: which split value (a random id), which chunk (0-based) and how many chunks. A value sent whole has none.

export const CHUNK_HEADER = { id: 'kgw-chunk-id', index: 'kgw-chunk-index', count: 'kgw-chunk-count' } as const;

export interface ChunkInfo {
  id: string;
  index: number;
  count: number;
}

export function chunkHeaders(info: ChunkInfo): Record<string, string> {
  return { [CHUNK_HEADER.id]: info.id, [CHUNK_HEADER.index]: String(info.index), [CHUNK_HEADER.count]: String(info.count) };
}

/** The chunk headers of a message, if it has them; malformed ones are an error rather than a silent whole value. */
export function readChunkHeaders(headers: ReadonlyArray<{ key: string; value: Uint8Array | string }>): ChunkInfo | undefined {
  const get = (key: string) => {
    const h = headers.find((x) => x.key === key);
    return h === undefined ? undefined : typeof h.value === 'string' ? h.value : Buffer.from(h.value).toString('utf8');
  };
  const id = get(CHUNK_HEADER.id);
  if (id === undefined) return undefined;
  const index = Number(get(CHUNK_HEADER.index));
  const count = Number(get(CHUNK_HEADER.count));
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 0 || index >= count) {
    throw new ValueError(`chunk headers of ${id} are malformed: index ${get(CHUNK_HEADER.index)}, count ${get(CHUNK_HEADER.count)}`);
  }
  return { id, index, count };
}

/**
 * Collects chunks as they arrive and gives back the whole value when the last one is in. At most `maxPending`
 * values are held half-complete; beyond that the oldest is dropped, so that lost chunks cannot grow memory forever.
 */
export class ChunkAssembler {
  private readonly pending = new Map<string, { count: number; parts: Map<number, Value> }>();

  constructor(private readonly maxPending = 64) {}

  /** The whole value when this chunk completes it, else undefined. */
  add(info: ChunkInfo, value: Value): Value | undefined {
    let entry = this.pending.get(info.id);
    if (!entry) {
      entry = { count: info.count, parts: new Map() };
      this.pending.set(info.id, entry);
      if (this.pending.size > this.maxPending) this.pending.delete(this.pending.keys().next().value!);
    }
    if (entry.count !== info.count) throw new ValueError(`chunk ${info.index} of ${info.id} says ${info.count} chunks, an earlier one ${entry.count}`);
    entry.parts.set(info.index, value);
    if (entry.parts.size < entry.count) return undefined;
    this.pending.delete(info.id);
    return joinChunks(Array.from({ length: entry.count }, (_x, i) => entry.parts.get(i)!));
  }

  /** How many split values are waiting for more chunks. */
  get waiting(): number {
    return this.pending.size;
  }
}
