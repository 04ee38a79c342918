import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { GatewayError, type ErrorKind } from '../../errors';
import type { Logger } from '../../logger';
import { ValueError } from '../../values/errors';

const KIND_TO_CODE: Record<ErrorKind, status> = {
  INVALID_ARGUMENT: status.INVALID_ARGUMENT,
  NOT_FOUND: status.NOT_FOUND,
  ALREADY_EXISTS: status.ALREADY_EXISTS,
  FAILED_PRECONDITION: status.FAILED_PRECONDITION,
  RESOURCE_EXHAUSTED: status.RESOURCE_EXHAUSTED,
  UNAVAILABLE: status.UNAVAILABLE,
  DEADLINE_EXCEEDED: status.DEADLINE_EXCEEDED,
};

interface KafkaRule {
  code: status;
  reason: string;
}

// librdkafka error codes (negative: raised inside librdkafka; positive: returned by a broker).
const KAFKA_RULES = new Map<number, KafkaRule>([
  [3, { code: status.NOT_FOUND, reason: 'TOPIC_NOT_FOUND' }], // UNKNOWN_TOPIC_OR_PART
  [-188, { code: status.NOT_FOUND, reason: 'TOPIC_NOT_FOUND' }], // _UNKNOWN_TOPIC
  [-190, { code: status.NOT_FOUND, reason: 'PARTITION_NOT_FOUND' }], // _UNKNOWN_PARTITION
  [36, { code: status.ALREADY_EXISTS, reason: 'TOPIC_ALREADY_EXISTS' }], // TOPIC_ALREADY_EXISTS
  [37, { code: status.INVALID_ARGUMENT, reason: 'INVALID_PARTITIONS' }], // INVALID_PARTITIONS
  [38, { code: status.INVALID_ARGUMENT, reason: 'INVALID_REPLICATION_FACTOR' }], // INVALID_REPLICATION_FACTOR
  [40, { code: status.INVALID_ARGUMENT, reason: 'INVALID_TOPIC_CONFIG' }], // INVALID_CONFIG
  [-195, { code: status.UNAVAILABLE, reason: 'BROKERS_UNAVAILABLE' }], // _TRANSPORT
  [-187, { code: status.UNAVAILABLE, reason: 'BROKERS_UNAVAILABLE' }], // _ALL_BROKERS_DOWN
  [-185, { code: status.DEADLINE_EXCEEDED, reason: 'KAFKA_TIMED_OUT' }], // _TIMED_OUT
  [-192, { code: status.DEADLINE_EXCEEDED, reason: 'DELIVERY_TIMED_OUT' }], // _MSG_TIMED_OUT
  [-184, { code: status.RESOURCE_EXHAUSTED, reason: 'PRODUCER_QUEUE_FULL' }], // _QUEUE_FULL
  [-186, { code: status.INVALID_ARGUMENT, reason: 'INVALID_ARGUMENT' }], // _INVALID_ARG
  [-168, { code: status.FAILED_PRECONDITION, reason: 'NO_OFFSET' }], // _NO_OFFSET: nothing consumed or stored to commit
  [-172, { code: status.FAILED_PRECONDITION, reason: 'KAFKA_WRONG_STATE' }], // _STATE, e.g. storing offsets of a partition the group did not assign
  [-191, { code: status.FAILED_PRECONDITION, reason: 'KAFKA_PARTITION_EOF' }], // _PARTITION_EOF
  [10, { code: status.INVALID_ARGUMENT, reason: 'MESSAGE_TOO_LARGE' }], // MSG_SIZE_TOO_LARGE
]);

/** A librdkafka error as node-rdkafka delivers it. */
interface LibrdKafkaErrorLike {
  code: number;
  message: string;
  isRetriable?: boolean;
}

function isLibrdKafkaError(err: unknown): err is LibrdKafkaErrorLike {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'number';
}

/**
 * The one place where an error becomes a gRPC status. Unknown errors become INTERNAL with a generic text; their
 * details go to the log only, never to the client.
 */
export function toGrpcStatus(err: unknown, log: Logger): Partial<ServiceError> {
  if (err instanceof GatewayError) return statusOf(KIND_TO_CODE[err.kind], err.message);
  if (err instanceof ValueError) return statusOf(status.INVALID_ARGUMENT, err.message);
  if (isLibrdKafkaError(err)) {
    const rule = KAFKA_RULES.get(err.code);
    if (rule) return statusOf(rule.code, `[PLUGIN::KAFKA] ${err.message}`);
    if (err.isRetriable) return statusOf(status.UNAVAILABLE, `[PLUGIN::KAFKA] ${err.message}`);
    log.warn({ err }, 'unmapped Kafka error');
    return statusOf(status.UNKNOWN, `[PLUGIN::KAFKA] ${err.message}`);
  }
  log.error({ err }, 'unexpected error');
  return statusOf(status.INTERNAL, 'internal error');
}

function statusOf(code: status, details: string): Partial<ServiceError> {
  return { code, details, metadata: new Metadata() };
}
