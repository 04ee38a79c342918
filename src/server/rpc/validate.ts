import { invalidArgument } from '../../errors';

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

/** Topic/partition(/offset) lists as the plugin checks them: names not empty, partitions not negative. */
export function partitionList<T extends { topic: string; partition: number }>(list: T[]): T[] {
  for (const p of list) {
    if (p.topic === '') throw invalidArgument('topic must be a string scalar or string vector. (an empty topic name)');
    if (!Number.isInteger(p.partition) || p.partition < 0) {
      throw invalidArgument(`partition must be an integer scalar or integer vector. (got ${p.partition} for ${p.topic})`);
    }
  }
  return list;
}
