import { cut, invalidArgument } from '../../errors';
import { MarshalType } from '../../gen/kafkagateway/v1/value';
import { offsetIn } from '../../kafka/offsets';
import { isDecodable } from '../../values/marshal';

/** The most topics or partitions one request may list: librdkafka's list calls grow worse than linearly. */
export const MAX_LIST = 1000;
/** The longest a single call to the cluster (a committed-offsets or watermark query, a seek) may wait. */
export const MAX_BROKER_WAIT_MS = 60_000;

/** A timeout argument: not set means the handle's own; negative is refused. */
export function timeoutOr(value: number | undefined, fallback: number, name = 'timeout_ms'): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw invalidArgument(`${name} must be 0 or more (milliseconds), got ${value}`);
  return value;
}

/** A wait on the cluster: as timeoutOr, 0 meaning the handle's own, and never beyond MAX_BROKER_WAIT_MS. */
export function brokerWait(value: number | undefined, fallback: number, name = 'timeout_ms'): number {
  return Math.min(timeoutOr(value, fallback, name) || fallback, MAX_BROKER_WAIT_MS);
}

/** The most messages one PollBatch, PollDict or QueuePollBatch returns. */
export const MAX_BATCH_SIZE = 100_000;
/** What a batch poll returns at most in payloads and keys, unless the request says: inside gRPC's default 4 MiB. */
const DEFAULT_POLL_BYTES = 2 * 1024 * 1024;
const MAX_POLL_BYTES = 64 * 1024 * 1024;

/** A batch poll's batch_size (the plugin's check and text) and max_bytes (0: the default budget). */
export function batchLimits(batchSize: number, maxBytes: number): { size: number; maxBytes: number } {
  if (!Number.isInteger(batchSize) || batchSize <= 0) throw invalidArgument(`batchSize need positive integer, got ${batchSize}`);
  if (batchSize > MAX_BATCH_SIZE) throw invalidArgument(`batch_size is at most ${MAX_BATCH_SIZE}, got ${batchSize}`);
  if (!Number.isInteger(maxBytes) || maxBytes < 0 || maxBytes > MAX_POLL_BYTES) {
    throw invalidArgument(`max_bytes must be from 1 to ${MAX_POLL_BYTES} (0: ${DEFAULT_POLL_BYTES}), got ${maxBytes}`);
  }
  return { size: batchSize, maxBytes: maxBytes || DEFAULT_POLL_BYTES };
}

/** The most records one ProduceBatch or ProduceStream request may carry. */
export const MAX_RECORDS = 10_000;

export function recordCount<T>(records: T[]): T[] {
  if (records.length > MAX_RECORDS) throw invalidArgument(`a request carries at most ${MAX_RECORDS} records, got ${records.length}; send several`, 'LIST_TOO_LONG');
  return records;
}

function listSize(length: number, what: string): void {
  if (length > MAX_LIST) throw invalidArgument(`${what} lists ${length} entries; at most ${MAX_LIST} may be given at once`, 'LIST_TOO_LONG');
}

/**
 * Topics to subscribe to: Kafka topic names, or patterns starting with '^' (librdkafka matches them against the
 * cluster's topics), at most MAX_LIST.
 */
export function nonEmptyTopics(topics: string[]): string[] {
  if (topics.length === 0) throw invalidArgument('Not a topic vector. (topics is empty)');
  listSize(topics.length, 'topics');
  for (const t of topics) {
    if (t === '') throw invalidArgument('topic must be a string scalar or string vector. (an empty topic name)');
    if (t.startsWith('^')) {
      if (t.length > MAX_TOPIC_LENGTH + 1) throw invalidArgument(`a topic pattern is at most ${MAX_TOPIC_LENGTH + 1} characters, got ${t.length}`, 'INVALID_TOPIC');
    } else topicName(t, '');
  }
  return topics;
}

const MAX_TOPIC_LENGTH = 249;

/**
 * A topic name Kafka can hold (letters, digits, '.', '_', '-'; at most 249; not '.' or '..'), checked before the
 * name reaches librdkafka, whose produce() reports a bad name only as a generic error.
 */
export function topicName(topic: string, emptyMessage: string): string {
  if (topic === '') throw invalidArgument(emptyMessage);
  if (topic.length > MAX_TOPIC_LENGTH || !/^[A-Za-z0-9._-]+$/.test(topic) || topic === '.' || topic === '..') {
    throw invalidArgument(
      `invalid topic name ${cut(topic)}: Kafka allows letters, digits, '.', '_' and '-', at most ${MAX_TOPIC_LENGTH} characters`,
      'INVALID_TOPIC',
    );
  }
  return topic;
}

/** A partition number: 0 or more. */
export function partitionNumber(partition: number, topic: string): number {
  if (!Number.isInteger(partition) || partition < 0) {
    throw invalidArgument(`partition must be an integer scalar or integer vector. (got ${partition} for ${cut(topic)})`);
  }
  return partition;
}

/**
 * Topic/partition lists as the plugin checks them: names valid, partitions not negative; besides, at most
 * MAX_LIST, each partition once (librdkafka refuses a list with a partition twice, without saying which).
 */
export function partitionList<T extends { topic: string; partition: number }>(list: T[]): T[] {
  listSize(list.length, 'partitions');
  const seen = new Set<string>();
  for (const p of list) {
    topicName(p.topic, 'topic must be a string scalar or string vector. (an empty topic name)');
    partitionNumber(p.partition, p.topic);
    const key = `${p.topic}\0${p.partition}`;
    if (seen.has(key)) throw invalidArgument(`partition ${p.partition} of ${cut(p.topic)} is listed twice`, 'DUPLICATE_PARTITION');
    seen.add(key);
  }
  return list;
}

/**
 * A partition list with offsets, as librdkafka takes them: real offsets, or the logical ones the call allows
 * (Assign: BEGINNING, END, STORED, INVALID).
 */
export function offsetList(list: { topic: string; partition: number; offset: bigint }[], logical: readonly number[] = []) {
  return partitionList(list).map((p) => ({ topic: p.topic, partition: p.partition, offset: offsetIn(p.offset, `the offset of ${cut(p.topic)}[${p.partition}]`, logical) }));
}

/** A marshal type to decode with; an unknown one fails before anything is consumed. */
export function decodableMarshalType(type: MarshalType): MarshalType {
  if (!isDecodable(type)) throw invalidArgument(`marshal_type ${type} is not one of ${Object.keys(MarshalType).filter((k) => k.startsWith('MARSHAL')).join(', ')}`);
  return type;
}

/** A gateway-level duration (not one of the plugin's): 0 or more; 0 means `fallback`. */
export function msOrDefault(value: number, fallback: number, name = 'timeout_ms'): number {
  if (!Number.isInteger(value) || value < 0) throw invalidArgument(`${name} must be 0 or more (milliseconds), got ${value}`);
  return value || fallback;
}
