import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { CODES } from 'node-rdkafka';
import { GatewayError, type ErrorKind } from '../../errors';
import { ErrorInfo } from '../../gen/google/rpc/error_details';
import { Status } from '../../gen/google/rpc/status';
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
  [17, { code: status.INVALID_ARGUMENT, reason: 'INVALID_TOPIC' }], // TOPIC_EXCEPTION: a name the broker refuses
  [-195, { code: status.UNAVAILABLE, reason: 'BROKERS_UNAVAILABLE' }], // _TRANSPORT
  [-187, { code: status.UNAVAILABLE, reason: 'BROKERS_UNAVAILABLE' }], // _ALL_BROKERS_DOWN
  [-185, { code: status.DEADLINE_EXCEEDED, reason: 'KAFKA_TIMED_OUT' }], // _TIMED_OUT
  [-192, { code: status.DEADLINE_EXCEEDED, reason: 'DELIVERY_TIMED_OUT' }], // _MSG_TIMED_OUT
  [-184, { code: status.RESOURCE_EXHAUSTED, reason: 'PRODUCER_QUEUE_FULL' }], // _QUEUE_FULL
  [-186, { code: status.INVALID_ARGUMENT, reason: 'INVALID_ARGUMENT' }], // _INVALID_ARG
  [-168, { code: status.FAILED_PRECONDITION, reason: 'NO_OFFSET' }], // _NO_OFFSET: nothing consumed or stored to commit
  [-172, { code: status.FAILED_PRECONDITION, reason: 'KAFKA_WRONG_STATE' }], // _STATE, e.g. a partition that is not assigned
  [-191, { code: status.FAILED_PRECONDITION, reason: 'KAFKA_PARTITION_EOF' }], // _PARTITION_EOF
  [10, { code: status.INVALID_ARGUMENT, reason: 'MESSAGE_TOO_LARGE' }], // MSG_SIZE_TOO_LARGE
]);

/** librdkafka's names by code (ERR__QUEUE_FULL for -184), for ErrorInfo. */
const KAFKA_NAMES = new Map<number, string>(Object.entries(CODES.ERRORS as Record<string, number>).map(([name, code]) => [code, name]));

/** A librdkafka error as node-rdkafka delivers it. */
interface LibrdKafkaErrorLike {
  code: number;
  message: string;
  isRetriable?: boolean;
}

function isLibrdKafkaError(err: unknown): err is LibrdKafkaErrorLike {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'number';
}

/** An error as the client sees it: code, text, and the ErrorInfo that programs branch on. */
export interface DescribedError {
  code: status;
  message: string;
  reason: string;
  metadata: Record<string, string>;
}

export const ERROR_DOMAIN = 'kafkagateway';
export const ERROR_INFO_TYPE_URL = 'type.googleapis.com/google.rpc.ErrorInfo';

/**
 * The one error table: what any error thrown below the gRPC layer means for a client. Unknown errors become
 * INTERNAL with a generic text; their details go to the log only, never to the client.
 */
export function describeError(err: unknown, log: Logger): DescribedError {
  if (err instanceof GatewayError) return { code: KIND_TO_CODE[err.kind], message: err.message, reason: err.reason, metadata: {} };
  if (err instanceof ValueError) return { code: status.INVALID_ARGUMENT, message: err.message, reason: 'INVALID_VALUE', metadata: {} };
  if (isLibrdKafkaError(err)) {
    const rule = KAFKA_RULES.get(err.code);
    if (!rule && !err.isRetriable) log.warn({ err }, 'unmapped Kafka error');
    const fallback = err.isRetriable ? { code: status.UNAVAILABLE, reason: 'KAFKA_RETRIABLE' } : { code: status.UNKNOWN, reason: 'KAFKA_ERROR' };
    const { code, reason } = rule ?? fallback;
    const metadata = { kafka_code: String(err.code), kafka_name: KAFKA_NAMES.get(err.code) ?? '', retriable: String(err.isRetriable === true) };
    return { code, message: `[PLUGIN::KAFKA] ${err.message}`, reason, metadata };
  }
  log.error({ err }, 'unexpected error');
  return { code: status.INTERNAL, message: 'internal error', reason: 'INTERNAL', metadata: {} };
}

/** The google.rpc.Status of an error, with one ErrorInfo: sent in-band where one record of many failed. */
export function toStatusProto(err: unknown, log: Logger): Status {
  const d = describeError(err, log);
  const info = ErrorInfo.encode({ reason: d.reason, domain: ERROR_DOMAIN, metadata: d.metadata }).finish();
  return { code: d.code, message: d.message, details: [{ typeUrl: ERROR_INFO_TYPE_URL, value: Buffer.from(info) }] };
}

/** A failed call's status; the trailer grpc-status-details-bin carries the same as a google.rpc.Status. */
export function toGrpcStatus(err: unknown, log: Logger): Partial<ServiceError> {
  const proto = toStatusProto(err, log);
  const metadata = new Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(Status.encode(proto).finish()));
  return { code: proto.code, details: proto.message, metadata };
}
