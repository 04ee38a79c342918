import type { PollDictResponse } from '../../gen/kafkagateway/v1/consumer_service';
import { wireValue, type WireValueMessage } from './wire-value';

/**
 * The plugin's pollDict: values by key, a later message replacing an earlier one with the same key. What cannot
 * be a map entry (a key that is not text, a payload that did not decode) is returned beside the map, not dropped.
 * A value that is already Protobuf bytes goes into the map as those bytes.
 */
export function pollDict(messages: WireValueMessage[], byteLimitReached = false): PollDictResponse {
  // No prototype: a key such as "__proto__" is a key like any other.
  const values: PollDictResponse['values'] = Object.create(null) as PollDictResponse['values'];
  const rejected: WireValueMessage[] = [];
  for (const m of messages) {
    const value = m.valueWire ? wireValue(m.valueWire) : m.value;
    if (m.rawKey.length > 0 || value === undefined) rejected.push(m);
    else values[m.key] = value;
  }
  return { values, rejected, byteLimitReached };
}
