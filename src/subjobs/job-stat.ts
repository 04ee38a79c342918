import { DataType, type Table, type Vector } from '../gen/kafkagateway/v1/value';
import { newVector } from '../values/vector-shape';
import { NULLS } from '../values/types';
import type { SubJob } from './subjob';

/** One row of getJobStat, with generation B's columns, and what the gateway adds. */
export interface JobStatRow {
  subscriptionId: string;
  user: string;
  actionName: string;
  createTimestamp: number;
  processedMsgCount: number;
  failedMsgCount: number;
  lastErrMsg: string;
  /** Nanoseconds since the epoch; 0n: none. */
  lastFailedTimestamp: bigint;
  msgAsTable: boolean;
  batchSize: number;
  throttle: number;
  autoCommit: boolean;
  handle: string;
  target: string;
  durable: boolean;
  rowsWritten: number;
  partitions: { topic: string; partition: number; nextOffset: number; high: number; lag: number }[];
}

export async function jobStatRow(job: SubJob, owner: string, handle: string): Promise<JobStatRow> {
  const { def, counters } = job;
  const partitions = (await job.partitions()).map((p) => ({ ...p, lag: p.high >= 0 && p.nextOffset >= 0 ? Math.max(0, p.high - p.nextOffset) : -1 }));
  return {
    subscriptionId: String(job.id),
    user: owner,
    actionName: def.actionName,
    createTimestamp: job.createdAt,
    // As the plugin: processed counts the messages that did not fail.
    processedMsgCount: counters.processed - counters.failed,
    failedMsgCount: counters.failed,
    lastErrMsg: counters.lastErrMsg,
    lastFailedTimestamp: counters.lastFailedNs,
    msgAsTable: def.msgAsTable,
    batchSize: def.batchSize,
    throttle: def.throttleMs / 1000,
    autoCommit: job.commits,
    handle,
    target: def.target.kind === 'table' ? def.target.table : 'watch',
    durable: def.durable,
    rowsWritten: counters.rowsWritten,
    partitions,
  };
}

/** getJobStat's table as the plugin returns it: its twelve columns, typed as in DolphinDB. */
export function jobStatTable(rows: readonly JobStatRow[]): Table {
  const column = (name: string, type: DataType, fill: (v: Vector) => void) => {
    const values = newVector(type);
    fill(values);
    return { name, values };
  };
  return {
    name: '',
    columns: [
      column('subscriptionId', DataType.DATA_TYPE_STRING, (v) => (v.strings = rows.map((r) => r.subscriptionId))),
      column('user', DataType.DATA_TYPE_STRING, (v) => (v.strings = rows.map((r) => r.user))),
      column('actionName', DataType.DATA_TYPE_STRING, (v) => (v.strings = rows.map((r) => r.actionName))),
      column('createTimestamp', DataType.DATA_TYPE_TIMESTAMP, (v) => (v.longs = rows.map((r) => BigInt(r.createTimestamp)))),
      column('processedMsgCount', DataType.DATA_TYPE_LONG, (v) => (v.longs = rows.map((r) => BigInt(r.processedMsgCount)))),
      column('failedMsgCount', DataType.DATA_TYPE_LONG, (v) => (v.longs = rows.map((r) => BigInt(r.failedMsgCount)))),
      column('lastErrMsg', DataType.DATA_TYPE_STRING, (v) => (v.strings = rows.map((r) => r.lastErrMsg))),
      column('lastFailedTimestamp', DataType.DATA_TYPE_NANOTIMESTAMP, (v) => {
        v.longs = rows.map((r) => (r.lastFailedTimestamp === 0n ? BigInt(NULLS.int64) : r.lastFailedTimestamp));
        v.nulls = rows.flatMap((r, i) => (r.lastFailedTimestamp === 0n ? [i] : []));
      }),
      column('msgAsTable', DataType.DATA_TYPE_BOOL, (v) => (v.bools = rows.map((r) => r.msgAsTable))),
      column('batchSize', DataType.DATA_TYPE_LONG, (v) => (v.longs = rows.map((r) => BigInt(r.batchSize)))),
      column('throttle', DataType.DATA_TYPE_FLOAT, (v) => (v.floats = rows.map((r) => r.throttle))),
      column('autoCommit', DataType.DATA_TYPE_BOOL, (v) => (v.bools = rows.map((r) => r.autoCommit))),
    ],
  };
}
