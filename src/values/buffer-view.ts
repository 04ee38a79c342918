/**
 * Bytes as a Buffer without copying them: the Buffer itself, or a Buffer view of the same memory. Payloads
 * travel this way from a request to librdkafka (which copies what it produces) and from a consumed message into
 * a Value.
 */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
