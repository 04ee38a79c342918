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
