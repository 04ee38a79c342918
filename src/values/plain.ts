import { isUtf8 } from 'node:buffer';
import type { Value } from '../gen/kafkagateway/v1/value';
import { ValueError } from './errors';
import { elementShape } from './vector-shape';

/**
 * PLAIN: the bytes of a STRING, SYMBOL or BLOB, one message per element (a NULL element is an empty message).
 * Nothing else can be PLAIN, as in the plugin.
 */
export function encodePlain(value: Value): Buffer[] {
  const shape = elementShape(value, 'value');
  const name = shape?.info.name;
  if (!shape || (name !== 'STRING' && name !== 'SYMBOL' && name !== 'BLOB')) {
    throw new ValueError('PLAIN needs a STRING, SYMBOL or BLOB scalar or vector');
  }
  return shape.elements.map((x, i) =>
    shape.nulls?.has(i) ? Buffer.alloc(0) : typeof x === 'string' ? Buffer.from(x, 'utf8') : Buffer.from(x as Uint8Array),
  );
}

/** The payload as a STRING. Bytes that are not UTF-8 would be mangled in a Protobuf string, so they are refused. */
export function decodePlain(bytes: Uint8Array): Value {
  if (!isUtf8(bytes)) throw new ValueError('the payload is not UTF-8 text; read it as JAVA_BYTES to get a BLOB');
  return { kind: { $case: 'scalar', value: { value: { $case: 'string', value: Buffer.from(bytes).toString('utf8') } } } };
}
