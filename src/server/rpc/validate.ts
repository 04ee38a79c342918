import { invalidArgument } from '../../errors';
import { MarshalType } from '../../gen/kafkagateway/v1/value';
import { isDecodable } from '../../values/marshal';

/** A timeout argument: not set means the handle's own; negative is refused with the plugin's text. */
export function timeoutOr(value: number | undefined, fallback: number, name = 'timeout_ms'): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw invalidArgument(`${name} should be a positive integer, got ${value}`);
  return value;
}

export function nonEmptyTopics(topics: string[]): string[] {
  if (topics.length === 0) throw invalidArgument('Not a topic vector. (topics is empty)');
  if (topics.some((t) => t === '')) throw invalidArgument('topic must be a string scalar or string vector. (an empty topic name)');
  return topics;
}

/**
 * A topic name Kafka can hold (letters, digits, '.', '_', '-'; at most 249; not '.' or '..'), checked before the
 * name reaches librdkafka, whose produce() reports a bad name only as a generic error.
 */
export function topicName(topic: string, emptyMessage: string): string {
  if (topic === '') throw invalidArgument(emptyMessage);
  if (!/^[A-Za-z0-9._-]{1,249}$/.test(topic) || topic === '.' || topic === '..') {
    throw invalidArgument(
      `invalid topic name ${JSON.stringify(topic)}: Kafka allows letters, digits, '.', '_' and '-', at most 249 characters`,
      'INVALID_TOPIC',
    );
  }
  return topic;
}

/** Topic/partition(/offset) lists as the plugin checks them: names not empty, partitions not negative. */
export function partitionList<T extends { topic: string; partition: number }>(list: T[]): T[] {
  for (const p of list) {
    topicName(p.topic, 'topic must be a string scalar or string vector. (an empty topic name)');
    if (!Number.isInteger(p.partition) || p.partition < 0) {
      throw invalidArgument(`partition must be an integer scalar or integer vector. (got ${p.partition} for ${p.topic})`);
    }
  }
  return list;
}

/** A marshal type to decode with; an unknown one fails before anything is consumed. */
export function decodableMarshalType(type: MarshalType): MarshalType {
  if (!isDecodable(type)) throw invalidArgument(`marshal_type ${type} is not one of ${Object.keys(MarshalType).filter((k) => k.startsWith('MARSHAL')).join(', ')}`);
  return type;
}

/** A gateway-level duration (not one of the plugin's): 0 or more; 0 means `fallback`. */
export function msOrDefault(value: number, fallback: number, name = 'timeout_ms'): number {
  if (!Number.isInteger(value) || value < 0) throw invalidArgument(`${name} must not be negative, got ${value}`);
  return value || fallback;
}
