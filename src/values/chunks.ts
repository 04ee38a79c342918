// A value split into several messages marks each one with three headers, so that a consumer can put it together
// again: which split value (a random id), which chunk (0-based) and how many chunks. A value sent whole has none.
// Putting the value together is the consumer's side: each client library has a ChunkAssembler.

export const CHUNK_HEADER = { id: 'kgw-chunk-id', index: 'kgw-chunk-index', count: 'kgw-chunk-count' } as const;

export interface ChunkInfo {
  id: string;
  index: number;
  count: number;
}

export function chunkHeaders(info: ChunkInfo): Record<string, string> {
  return { [CHUNK_HEADER.id]: info.id, [CHUNK_HEADER.index]: String(info.index), [CHUNK_HEADER.count]: String(info.count) };
}
