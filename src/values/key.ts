import type { Value } from '../gen/kafkagateway/v1/value';
import { ValueError } from './errors';
import { elementText } from './text';
import { elementShape, elementsPath } from './vector-shape';

/**
 * The key rule of the plugin: a key is sent as the DolphinDB string form of the value given. A scalar is its
 * text (INT 1 is "1", a NULL is the empty key); a vector is its elements in brackets ([1,2,3], ["a","b"]).
 */
export function keyBytes(key: Value): Buffer {
  const shape = elementShape(key, 'key');
  if (!shape) throw new ValueError('key: a key must be a scalar or a vector (not a tuple, pair, matrix, set, dictionary or table)');
  const path = elementsPath(key, 'key');
  if (key.kind?.$case === 'scalar') return Buffer.from(elementText(shape, 0, path) ?? '', 'utf8');
  const quoted = shape.info.storage === 'strings' || shape.info.storage === 'blobs';
  const parts = shape.elements.map((_x, i) => {
    const text = elementText(shape, i, path) ?? '';
    return quoted ? JSON.stringify(text) : text;
  });
  return Buffer.from(`[${parts.join(',')}]`, 'utf8');
}
