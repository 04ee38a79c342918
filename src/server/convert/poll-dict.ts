import type { ConsumedMessage } from '../../gen/kafkagateway/v1/common';
import type { PollDictResponse } from '../../gen/kafkagateway/v1/consumer_service';

/**
 * The plugin's pollDict: values by key, a later message replacing an earlier one with the same key. What cannot
 * be a map entry (a key that is not text, a payload that did not decode) is returned beside the map, not dropped.
 */
export function pollDict(messages: ConsumedMessage[]): PollDictResponse {
  // No prototype: a key such as "__proto__" is a key like any other.
  const values: PollDictResponse['values'] = Object.create(null) as PollDictResponse['values'];
  const rejected: ConsumedMessage[] = [];
  for (const m of messages) {
    if (m.rawKey.length > 0 || m.value === undefined) rejected.push(m);
    else values[m.key] = m.value;
  }
  return { values, rejected };
}
