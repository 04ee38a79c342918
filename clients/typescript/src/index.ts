// The TypeScript client of kafka-grpc-gateway. The generated messages and grpc-js clients are re-exported as
// they are (pb); the rest is a thin layer over them.
export * as pb from './pb';
export { CHUNK_HEADER, ChunkAssembler, chunkInfo, joinChunks, type ChunkInfo } from './chunks';
export { DEFAULT_CHANNEL_OPTIONS, Gateway, subJobRef, type QueueItem, type StreamOptions, type SubJobLike } from './gateway';
export { errorDetails, type ErrorDetails } from './errors';
export { tlsCredentials, type TlsOptions } from './tls';
export { columnTypes, fromValue, scalar, table, toValue, vector, vectorType, type Native, type TypeName } from './values';
