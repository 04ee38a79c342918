import { randomUUID } from 'node:crypto';
import type { Header } from '../../gen/kafkagateway/v1/common';
import type { ProduceRecord } from '../../gen/kafkagateway/v1/producer_service';
import type { OutgoingRecord } from '../../kafka/producer-session';
import { asBuffer } from '../../values/buffer-view';
import { chunkHeaders } from '../../values/chunks';
import { keyBytes } from '../../values/key';
import { encodePayloads, isSplittable, splittingEncoder } from '../../values/marshal';
import { splitBySize, type SizeLimits } from '../../values/split';
import { invalidArgument } from '../../errors';
import { timestampIn } from '../../kafka/offsets';
import { topicName } from '../rpc/validate';

/**
 * A record to produce (a ProduceRequest or a ProduceRecord of a batch or stream) as the Kafka records it becomes:
 * the key by the plugin's key rule, the value encoded with its marshal type and, for DOLPHINDB and JSON, split by
 * the size settings (chunks marked with chunk headers).
 */
export function produceRecords(req: ProduceRecord, limits: SizeLimits): OutgoingRecord[] {
  topicName(req.topic, 'topic must be a string scalar.');
  if (req.partition !== undefined && req.partition < 0) throw invalidArgument('partition must be a non-negative integer scalar.');
  const key = recordKey(req.keyKind);
  const headers = req.headers.map((h: Header) => ({ [h.key]: asBuffer(h.value) }));
  const timestampMs = timestampIn(req.timestampMs, 'timestamp_ms');
  const record = (value: Buffer | null, extra?: Record<string, string>): OutgoingRecord => ({
    topic: req.topic,
    partition: req.partition,
    key,
    value,
    headers: extra ? [...headers, ...Object.entries(extra).map(([k, v]) => ({ [k]: Buffer.from(v) }))] : headers,
    timestampMs,
  });

  const payload = req.payload;
  if (!payload) throw invalidArgument('a value is required: set value (a typed Value) or raw_value (bytes)');
  if (payload.$case === 'rawValue') return [record(asBuffer(payload.value))];
  if (!isSplittable(req.marshalType)) return encodePayloads(payload.value, req.marshalType).map((p) => record(p));
  const chunks = splitBySize(payload.value, splittingEncoder(req.marshalType), key?.length ?? 0, limits);
  if (chunks.length === 1) return [record(chunks[0]!)];
  const id = randomUUID();
  // librdkafka's partitioner hashes a key to one partition, but places each record with an empty or no key at random.
  const onePartition = req.partition === undefined && (key === null || key.length === 0);
  return chunks.map((c, index) => ({ ...record(c, chunkHeaders({ id, index, count: chunks.length })), onePartition }));
}

function recordKey(key: ProduceRecord['keyKind']): Buffer | null {
  if (!key) return null;
  if (key.$case === 'key') return Buffer.from(key.value, 'utf8');
  if (key.$case === 'rawKey') return asBuffer(key.value);
  return keyBytes(key.value);
}
