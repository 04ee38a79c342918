import { requireConsumeTopics, requireGroup } from '../auth/permissions';
import type { Caller } from '../auth/principal';
import { invalidArgument } from '../errors';
import { MarshalType } from '../gen/kafkagateway/v1/value';
import { isDecodable } from '../values/marshal';
import type { ParserSpec } from './message-rows';

/** The consumer a job reads: a handle the client made, or one the job makes (and closes) itself. */
export type JobSource =
  | { kind: 'handle'; consumer: string }
  | { kind: 'create'; config: Record<string, string>; topics: string[]; partitions: { topic: string; partition: number; offset: number }[] };

export type JobTarget = { kind: 'table'; table: string; createTable: boolean } | { kind: 'watch' };

/** Everything a job is made from: what CreateSubJob asked for, checked, and what a durable job stores. */
export interface JobDefinition {
  actionName: string;
  source: JobSource;
  target: JobTarget;
  parser: ParserSpec & { rename: Record<string, string> };
  /** How long a msg_as_table batch waits to fill. */
  throttleMs: number;
  /** The client's auto_commit; undefined: the plugin's rule from the consumer's enable.auto.commit. */
  autoCommit: boolean | undefined;
  msgAsTable: boolean;
  batchSize: number;
  /** The most rows held parsed and not yet written or sent. */
  queueDepth: number;
  durable: boolean;
}

/**
 * PERMISSION_DENIED unless the caller's principal may read what a job that makes its own consumer reads: its
 * topics and its group. A job on a client's consumer reads what that consumer was let read. Checked when a job is
 * created and again when a durable one resumes, against the principals as they are then.
 */
export function requireJobPermitted(caller: Caller, def: JobDefinition): void {
  if (def.source.kind !== 'create') return;
  requireConsumeTopics(caller, [...def.source.topics, ...def.source.partitions.map((p) => p.topic)]);
  requireGroup(caller, def.source.config);
}

export const DEFAULT_THROTTLE_S = 1;
export const DEFAULT_QUEUE_DEPTH = 100_000;
export const MAX_QUEUE_DEPTH = 1_000_000;
/** The most messages one msg_as_table batch takes: its table is built in memory at once. */
export const MAX_BATCH_SIZE = 100_000;
const MAX_ACTION_NAME = 128;
/** The longest throttle: a batch that waits longer holds its messages uncommitted for longer than is useful. */
const MAX_THROTTLE_S = 3600;

/** The options the plugin's createSubJob takes, as the request gave them (unset: undefined). */
export interface RawOptions {
  actionName: string;
  throttle: number | undefined;
  batchSize: bigint | undefined;
  queueDepth: bigint | undefined;
}

/** Checks the plugin's options with generation B's texts; returns them with their defaults filled in. */
export function checkOptions(raw: RawOptions): { actionName: string; throttleMs: number; batchSize: number; queueDepth: number } {
  if (raw.actionName === '' || raw.actionName.length > MAX_ACTION_NAME) {
    throw invalidArgument(`actionName must be a string scalar. (1 to ${MAX_ACTION_NAME} characters)`, 'INVALID_ACTION_NAME');
  }
  const throttle = raw.throttle ?? DEFAULT_THROTTLE_S;
  if (!Number.isFinite(throttle) || throttle < 0 || throttle > MAX_THROTTLE_S) {
    throw invalidArgument(`throttle must be a non-negative float (at most ${MAX_THROTTLE_S} seconds), got ${throttle}`);
  }
  const batchSize = raw.batchSize ?? 0n;
  if (batchSize < 0n || batchSize > BigInt(MAX_BATCH_SIZE)) {
    throw invalidArgument(`batchSize must be a non-negative integer (at most ${MAX_BATCH_SIZE}), got ${batchSize}`);
  }
  const depth = raw.queueDepth ?? BigInt(DEFAULT_QUEUE_DEPTH);
  if (depth <= 0n || depth > BigInt(MAX_QUEUE_DEPTH)) throw invalidArgument(`queueDepth must be a positive integer (at most ${MAX_QUEUE_DEPTH}), got ${depth}`);
  return { actionName: raw.actionName, throttleMs: Math.round(throttle * 1000), batchSize: Number(batchSize), queueDepth: Number(depth) };
}

/** The marshal type a parser decodes with: AUTO when not set; one that consuming knows. */
export function parserMarshalType(type: MarshalType): MarshalType {
  if (!isDecodable(type)) throw invalidArgument(`parser.marshal_type ${type} is not a known marshal type`);
  return type === MarshalType.MARSHAL_TYPE_UNSPECIFIED ? MarshalType.MARSHAL_TYPE_AUTO : type;
}

/** The plugin's rule for committing: an explicit auto_commit wins; else commit when the consumer does not itself. */
export function effectiveAutoCommit(asked: boolean | undefined, consumerAutoCommits: boolean): boolean {
  return asked ?? !consumerAutoCommits;
}
