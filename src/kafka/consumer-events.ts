import type { Message } from 'node-rdkafka';
import type { LibrdKafkaErrorLike } from './kafka-errors';

export interface PartitionOffset {
  topic: string;
  partition: number;
  offset: number;
}

/**
 * What a consumer's queues hold besides messages, as librdkafka's events name them. A queue of librdkafka hands
 * these out with rd_kafka_queue_poll; node-rdkafka reports them as emitted events, which the router turns back
 * into queue items.
 */
export type ConsumerEvent =
  | { name: 'Error'; error: LibrdKafkaErrorLike }
  | { name: 'Rebalance'; kind: 'assigned' | 'revoked'; partitions: PartitionOffset[] }
  | { name: 'OffsetCommit'; error: LibrdKafkaErrorLike | undefined; partitions: PartitionOffset[] }
  | { name: 'Stats'; json: string }
  | { name: 'Log'; severity: number; facility: string; message: string };

/** An event as an event handle holds it: a Fetch event carries messages; an empty one carries nothing. */
export type HeldEvent = ConsumerEvent | { name: 'Fetch'; messages: Message[] } | { name: 'None' };

/** One entry of a consumer queue: a message, an error the fetch met (read in its place), or an event. */
export type QueueItem =
  | { kind: 'message'; message: Message; bytes: number }
  | { kind: 'error'; error: LibrdKafkaErrorLike }
  | { kind: 'event'; event: ConsumerEvent };

/** What a message weighs against a byte budget: its payload and key. */
export const messageBytes = (m: Message): number => (m.value?.length ?? 0) + (m.key?.length ?? 0);

/** One string per topic partition, for maps keyed by partition. */
export const topicPartitionKey = (topic: string, partition: number): string => `${topic}\0${partition}`;

export const partitionKey = (p: { topic: string; partition: number }): string => topicPartitionKey(p.topic, p.partition);
