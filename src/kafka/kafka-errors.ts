import { CODES } from 'node-rdkafka';
import { GatewayError } from '../errors';

/**
 * librdkafka's error codes by the names node-rdkafka gives them (negative: raised inside librdkafka; positive:
 * returned by a broker). Code elsewhere names a code through this table, never as a number.
 */
const E = CODES.ERRORS as Record<string, number>;

function code(name: string): number {
  const value = E[name];
  if (value === undefined) throw new Error(`node-rdkafka has no error code ${name}`);
  return value;
}

export const KafkaCode = {
  UNKNOWN_TOPIC_OR_PART: code('ERR_UNKNOWN_TOPIC_OR_PART'),
  UNKNOWN_TOPIC: code('ERR__UNKNOWN_TOPIC'),
  UNKNOWN_PARTITION: code('ERR__UNKNOWN_PARTITION'),
  TOPIC_ALREADY_EXISTS: code('ERR_TOPIC_ALREADY_EXISTS'),
  INVALID_PARTITIONS: code('ERR_INVALID_PARTITIONS'),
  INVALID_REPLICATION_FACTOR: code('ERR_INVALID_REPLICATION_FACTOR'),
  INVALID_CONFIG: code('ERR_INVALID_CONFIG'),
  TOPIC_EXCEPTION: code('ERR_TOPIC_EXCEPTION'),
  POLICY_VIOLATION: code('ERR_POLICY_VIOLATION'),
  INVALID_REQUEST: code('ERR_INVALID_REQUEST'),
  INVALID_TIMESTAMP: code('ERR_INVALID_TIMESTAMP'),
  INVALID_GROUP_ID: code('ERR_INVALID_GROUP_ID'),
  OFFSET_METADATA_TOO_LARGE: code('ERR_OFFSET_METADATA_TOO_LARGE'),
  OFFSET_OUT_OF_RANGE: code('ERR_OFFSET_OUT_OF_RANGE'),
  MSG_SIZE_TOO_LARGE: code('ERR_MSG_SIZE_TOO_LARGE'),
  RECORD_LIST_TOO_LARGE: code('ERR_RECORD_LIST_TOO_LARGE'),
  ILLEGAL_GENERATION: code('ERR_ILLEGAL_GENERATION'),
  UNKNOWN_MEMBER_ID: code('ERR_UNKNOWN_MEMBER_ID'),
  REBALANCE_IN_PROGRESS: code('ERR_REBALANCE_IN_PROGRESS'),
  NOT_COORDINATOR: code('ERR_NOT_COORDINATOR'),
  COORDINATOR_NOT_AVAILABLE: code('ERR_COORDINATOR_NOT_AVAILABLE'),
  COORDINATOR_LOAD_IN_PROGRESS: code('ERR_COORDINATOR_LOAD_IN_PROGRESS'),
  NOT_LEADER_FOR_PARTITION: code('ERR_NOT_LEADER_FOR_PARTITION'),
  LEADER_NOT_AVAILABLE: code('ERR_LEADER_NOT_AVAILABLE'),
  TOPIC_AUTHORIZATION_FAILED: code('ERR_TOPIC_AUTHORIZATION_FAILED'),
  GROUP_AUTHORIZATION_FAILED: code('ERR_GROUP_AUTHORIZATION_FAILED'),
  CLUSTER_AUTHORIZATION_FAILED: code('ERR_CLUSTER_AUTHORIZATION_FAILED'),
  UNSUPPORTED_VERSION: code('ERR_UNSUPPORTED_VERSION'),
  TRANSPORT: code('ERR__TRANSPORT'),
  ALL_BROKERS_DOWN: code('ERR__ALL_BROKERS_DOWN'),
  RESOLVE: code('ERR__RESOLVE'),
  WAIT_COORD: code('ERR__WAIT_COORD'),
  TIMED_OUT: code('ERR__TIMED_OUT'),
  MSG_TIMED_OUT: code('ERR__MSG_TIMED_OUT'),
  QUEUE_FULL: code('ERR__QUEUE_FULL'),
  INVALID_ARG: code('ERR__INVALID_ARG'),
  INVALID_TYPE: code('ERR__INVALID_TYPE'),
  NO_OFFSET: code('ERR__NO_OFFSET'),
  STATE: code('ERR__STATE'),
  CONFLICT: code('ERR__CONFLICT'),
  PARTITION_EOF: code('ERR__PARTITION_EOF'),
  ASSIGN_PARTITIONS: code('ERR__ASSIGN_PARTITIONS'),
  UNKNOWN_GROUP: code('ERR__UNKNOWN_GROUP'),
  NOT_IMPLEMENTED: code('ERR__NOT_IMPLEMENTED'),
  AUTHENTICATION: code('ERR__AUTHENTICATION'),
  SASL_AUTHENTICATION_FAILED: code('ERR_SASL_AUTHENTICATION_FAILED'),
  UNSUPPORTED_SASL_MECHANISM: code('ERR_UNSUPPORTED_SASL_MECHANISM'),
  ILLEGAL_SASL_STATE: code('ERR_ILLEGAL_SASL_STATE'),
  SSL: code('ERR__SSL'),
  DESTROY: code('ERR__DESTROY'),
  FATAL: code('ERR__FATAL'),
  MAX_POLL_EXCEEDED: code('ERR__MAX_POLL_EXCEEDED'),
} as const;

/** librdkafka's name of a code (ERR__QUEUE_FULL for -184), or '' for a code node-rdkafka does not know. */
const NAMES = new Map<number, string>(Object.entries(E).map(([name, value]) => [value, name]));
export const kafkaCodeName = (value: number): string => NAMES.get(value) ?? '';

/** A librdkafka error as node-rdkafka delivers it (an Error with a numeric code). */
export interface LibrdKafkaErrorLike extends Error {
  code: number;
  isRetriable?: boolean;
}

export function isLibrdKafkaError(err: unknown): err is LibrdKafkaErrorLike {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'number';
}

/** Anything thrown, as a librdkafka-shaped error (code -1 when it has none): what an Error event carries. */
export function asKafkaError(err: unknown): LibrdKafkaErrorLike {
  if (isLibrdKafkaError(err)) return err;
  return Object.assign(new Error(err instanceof Error ? err.message : String(err)), { code: -1 });
}

export const hasKafkaCode = (err: unknown, value: number): boolean => isLibrdKafkaError(err) && err.code === value;

/**
 * A short, bounded name for what a failed record met, for the metrics: librdkafka's error name, the gateway's
 * reason for its own errors, else UNKNOWN (never a message: those hold topic names and other open-ended text).
 */
export function kafkaErrorName(err: unknown): string {
  if (isLibrdKafkaError(err)) return kafkaCodeName(err.code) || 'UNKNOWN';
  if (err instanceof GatewayError) return err.reason;
  return 'UNKNOWN';
}
