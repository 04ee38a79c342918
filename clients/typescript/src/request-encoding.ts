import { BinaryWriter } from '@bufbuild/protobuf/wire';
import type { ServiceDefinition } from '@grpc/grpc-js';

/** What ts-proto generates for each message type (the part used here). */
interface MessageType<T> {
  encode(message: T, writer?: BinaryWriter): BinaryWriter;
}

/** After a request larger than this the writer (whose buffer is at least as large) is dropped, so that it does not stay resident. */
const KEEP_BYTES = 4 * 1024 * 1024;

let shared = new BinaryWriter();

/**
 * Encodes a request into one writer kept for the whole process. The generated serializer starts every request in
 * a fresh writer, which grows by doubling (copying all it holds each time), and then copies the result twice
 * more (`finish()`, then `Buffer.from`). For a ProduceStream request of 64 KiB of records that was most of the
 * client's encoding time and a quarter of its time in the garbage collector. Here the writer's buffer is already
 * large, and the one copy `finish()` makes is viewed as a Buffer, not copied again; that copy is the request's
 * own, so reusing the writer never changes a request already handed to grpc-js. Encoding is synchronous, so no
 * two requests share the writer at once. (The gateway encodes its large responses the same way.)
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

/** The service definition with the named methods' requests encoded by `encodeReusing`: the methods that upload. */
export function withReusedRequestWriter<S extends ServiceDefinition>(
  service: S,
  requestTypes: { [K in keyof S]?: S[K] extends { requestSerialize(value: infer Req): Buffer } ? MessageType<Req> : never },
): S {
  const out: Record<string, unknown> = { ...service };
  for (const [name, type] of Object.entries(requestTypes) as [string, MessageType<unknown>][]) {
    out[name] = { ...service[name]!, requestSerialize: (value: unknown) => encodeReusing(type, value) };
  }
  return out as S;
}
