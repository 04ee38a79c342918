import { BinaryWriter } from '@bufbuild/protobuf/wire';
import type { ServiceDefinition } from '@grpc/grpc-js';

/** What ts-proto generates for each message type (the part used here). */
interface MessageType<T> {
  encode(message: T, writer?: BinaryWriter): BinaryWriter;
}

/** After a response larger than this the writer (whose buffer is at least as large) is dropped, so that it does not stay resident. */
const KEEP_BYTES = 4 * 1024 * 1024;

let shared = new BinaryWriter();

/**
 * Encodes a response into one writer kept for the whole process. The generated serializer starts every response
 * in a fresh writer, which grows by doubling (copying all it holds each time), and then copies the result once
 * more into a Buffer; for a 1 MiB Consume frame that is most of the encoding time and much of the garbage. Here
 * the writer's buffer is already large, and the one copy `finish()` makes is viewed as a Buffer, not copied.
 * (@bufbuild/protobuf's writer keeps its buffer across finish(); with one that did not, this is merely no faster.)
 * Encoding is synchronous, so no two responses share the writer at once.
 */
export function encodeReusing<T>(type: MessageType<T>, value: T): Buffer {
  let bytes: Uint8Array;
  try {
    bytes = type.encode(value, shared).finish();
  } catch (err) {
    shared = new BinaryWriter(); // a failed encode leaves the writer mid-message
    throw err;
  }
  if (bytes.byteLength > KEEP_BYTES) shared = new BinaryWriter();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The service definition with the named methods' responses encoded by `encodeReusing`: meant for the methods that
 * send many or large responses (the consume streams, PollBatch, ProduceStream).
 */
export function withReusedWriter<S extends ServiceDefinition>(
  service: S,
  responseTypes: { [K in keyof S]?: S[K] extends { responseSerialize(value: infer Res): Buffer } ? MessageType<Res> : never },
): S {
  const out: Record<string, unknown> = { ...service };
  for (const [name, type] of Object.entries(responseTypes) as [string, MessageType<unknown>][]) {
    out[name] = { ...service[name]!, responseSerialize: (value: unknown) => encodeReusing(type, value) };
  }
  return out as S;
}
