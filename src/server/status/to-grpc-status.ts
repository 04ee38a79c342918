import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { GatewayError, type ErrorKind } from '../../errors';
import { ErrorInfo } from '../../gen/google/rpc/error_details';
import { Status } from '../../gen/google/rpc/status';
import { isLibrdKafkaError, KafkaCode, kafkaCodeName } from '../../kafka/kafka-errors';
import type { Logger } from '../../logger';
import { ValueError } from '../../values/errors';

const KIND_TO_CODE: Record<ErrorKind, status> = {
  INVALID_ARGUMENT: status.INVALID_ARGUMENT,
  NOT_FOUND: status.NOT_FOUND,
  ALREADY_EXISTS: status.ALREADY_EXISTS,
  FAILED_PRECONDITION: status.FAILED_PRECONDITION,
  PERMISSION_DENIED: status.PERMISSION_DENIED,
  UNAUTHENTICATED: status.UNAUTHENTICATED,
  RESOURCE_EXHAUSTED: status.RESOURCE_EXHAUSTED,
  UNAVAILABLE: status.UNAVAILABLE,
  DEADLINE_EXCEEDED: status.DEADLINE_EXCEEDED,
};

interface KafkaRule {
  code: status;
  reason: string;
}

const K = KafkaCode;
const rule = (code: status, reason: string): KafkaRule => ({ code, reason });

/**
 * What each librdkafka error means for a client. A code not listed is UNAVAILABLE when librdkafka calls it
 * retriable, and FAILED_PRECONDITION otherwise (the cluster refused the call): never UNKNOWN.
 */
const KAFKA_RULES = new Map<number, KafkaRule>([
  [K.UNKNOWN_TOPIC_OR_PART, rule(status.NOT_FOUND, 'TOPIC_NOT_FOUND')],
  [K.UNKNOWN_TOPIC, rule(status.NOT_FOUND, 'TOPIC_NOT_FOUND')],
  [K.UNKNOWN_PARTITION, rule(status.NOT_FOUND, 'PARTITION_NOT_FOUND')],
  [K.UNKNOWN_GROUP, rule(status.NOT_FOUND, 'GROUP_NOT_FOUND')],
  [K.TOPIC_ALREADY_EXISTS, rule(status.ALREADY_EXISTS, 'TOPIC_ALREADY_EXISTS')],
  [K.INVALID_PARTITIONS, rule(status.INVALID_ARGUMENT, 'INVALID_PARTITIONS')],
  [K.INVALID_REPLICATION_FACTOR, rule(status.INVALID_ARGUMENT, 'INVALID_REPLICATION_FACTOR')],
  [K.INVALID_CONFIG, rule(status.INVALID_ARGUMENT, 'INVALID_TOPIC_CONFIG')],
  [K.TOPIC_EXCEPTION, rule(status.INVALID_ARGUMENT, 'INVALID_TOPIC')], // a name the broker refuses
  [K.POLICY_VIOLATION, rule(status.INVALID_ARGUMENT, 'POLICY_VIOLATION')],
  [K.INVALID_REQUEST, rule(status.INVALID_ARGUMENT, 'INVALID_REQUEST')],
  [K.INVALID_TIMESTAMP, rule(status.INVALID_ARGUMENT, 'INVALID_TIMESTAMP')],
  [K.INVALID_GROUP_ID, rule(status.INVALID_ARGUMENT, 'INVALID_GROUP_ID')],
  [K.OFFSET_METADATA_TOO_LARGE, rule(status.INVALID_ARGUMENT, 'OFFSET_METADATA_TOO_LARGE')],
  [K.MSG_SIZE_TOO_LARGE, rule(status.INVALID_ARGUMENT, 'MESSAGE_TOO_LARGE')],
  [K.RECORD_LIST_TOO_LARGE, rule(status.INVALID_ARGUMENT, 'MESSAGE_TOO_LARGE')],
  [K.INVALID_ARG, rule(status.INVALID_ARGUMENT, 'INVALID_ARGUMENT')],
  [K.INVALID_TYPE, rule(status.INVALID_ARGUMENT, 'INVALID_ARGUMENT')],
  [K.CONFLICT, rule(status.INVALID_ARGUMENT, 'INVALID_ARGUMENT')],
  [K.TOPIC_AUTHORIZATION_FAILED, rule(status.PERMISSION_DENIED, 'KAFKA_NOT_AUTHORIZED')],
  [K.GROUP_AUTHORIZATION_FAILED, rule(status.PERMISSION_DENIED, 'KAFKA_NOT_AUTHORIZED')],
  [K.CLUSTER_AUTHORIZATION_FAILED, rule(status.PERMISSION_DENIED, 'KAFKA_NOT_AUTHORIZED')],
  [K.AUTHENTICATION, rule(status.UNAVAILABLE, 'KAFKA_AUTHENTICATION')],
  [K.SSL, rule(status.UNAVAILABLE, 'KAFKA_AUTHENTICATION')],
  [K.SASL_AUTHENTICATION_FAILED, rule(status.UNAVAILABLE, 'KAFKA_AUTHENTICATION')],
  [K.UNSUPPORTED_SASL_MECHANISM, rule(status.UNAVAILABLE, 'KAFKA_AUTHENTICATION')],
  [K.ILLEGAL_SASL_STATE, rule(status.UNAVAILABLE, 'KAFKA_AUTHENTICATION')],
  [K.TRANSPORT, rule(status.UNAVAILABLE, 'BROKERS_UNAVAILABLE')],
  [K.ALL_BROKERS_DOWN, rule(status.UNAVAILABLE, 'BROKERS_UNAVAILABLE')],
  [K.RESOLVE, rule(status.UNAVAILABLE, 'BROKERS_UNAVAILABLE')],
  [K.WAIT_COORD, rule(status.UNAVAILABLE, 'COORDINATOR_UNAVAILABLE')], // retriable: the coordinator is being found
  [K.NOT_COORDINATOR, rule(status.UNAVAILABLE, 'COORDINATOR_UNAVAILABLE')],
  [K.COORDINATOR_NOT_AVAILABLE, rule(status.UNAVAILABLE, 'COORDINATOR_UNAVAILABLE')],
  [K.COORDINATOR_LOAD_IN_PROGRESS, rule(status.UNAVAILABLE, 'COORDINATOR_UNAVAILABLE')],
  [K.NOT_LEADER_FOR_PARTITION, rule(status.UNAVAILABLE, 'LEADER_UNAVAILABLE')],
  [K.LEADER_NOT_AVAILABLE, rule(status.UNAVAILABLE, 'LEADER_UNAVAILABLE')],
  [K.REBALANCE_IN_PROGRESS, rule(status.ABORTED, 'REBALANCE_IN_PROGRESS')],
  [K.ILLEGAL_GENERATION, rule(status.ABORTED, 'REBALANCE_IN_PROGRESS')],
  [K.UNKNOWN_MEMBER_ID, rule(status.ABORTED, 'REBALANCE_IN_PROGRESS')],
  [K.TIMED_OUT, rule(status.DEADLINE_EXCEEDED, 'KAFKA_TIMED_OUT')],
  [K.MSG_TIMED_OUT, rule(status.DEADLINE_EXCEEDED, 'DELIVERY_TIMED_OUT')],
  [K.QUEUE_FULL, rule(status.RESOURCE_EXHAUSTED, 'PRODUCER_QUEUE_FULL')],
  [K.NO_OFFSET, rule(status.FAILED_PRECONDITION, 'NO_OFFSET')], // nothing consumed or stored to commit
  [K.STATE, rule(status.FAILED_PRECONDITION, 'KAFKA_WRONG_STATE')], // e.g. a partition that is not assigned
  [K.PARTITION_EOF, rule(status.FAILED_PRECONDITION, 'KAFKA_PARTITION_EOF')],
  [K.OFFSET_OUT_OF_RANGE, rule(status.OUT_OF_RANGE, 'OFFSET_OUT_OF_RANGE')],
  [K.UNSUPPORTED_VERSION, rule(status.FAILED_PRECONDITION, 'KAFKA_UNSUPPORTED')],
  [K.NOT_IMPLEMENTED, rule(status.FAILED_PRECONDITION, 'KAFKA_UNSUPPORTED')],
  [K.MAX_POLL_EXCEEDED, rule(status.FAILED_PRECONDITION, 'MAX_POLL_EXCEEDED')],
  [K.DESTROY, rule(status.UNAVAILABLE, 'KAFKA_CLIENT_CLOSED')],
  [K.FATAL, rule(status.UNAVAILABLE, 'KAFKA_CLIENT_FAILED')],
]);

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
    const known = KAFKA_RULES.get(err.code);
    if (!known && !err.isRetriable) log.warn({ err }, 'unmapped Kafka error');
    const fallback = err.isRetriable ? rule(status.UNAVAILABLE, 'KAFKA_RETRIABLE') : rule(status.FAILED_PRECONDITION, 'KAFKA_ERROR');
    const { code, reason } = known ?? fallback;
    const retriable = err.isRetriable === true || code === status.UNAVAILABLE;
    const metadata = { kafka_code: String(err.code), kafka_name: kafkaCodeName(err.code), retriable: String(retriable) };
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
