import type { Message, TopicPartition } from 'node-rdkafka';
import { DataType } from '../gen/kafkagateway/v1/value';
import { typeOf } from '../values/types';
import { partitionKey } from '../kafka/consumer-events';
import type { ConsumerSession } from '../kafka/consumer-session';
import type { Logger } from '../logger';
import type { TableMeta } from '../tables/table-schema';
import type { StoredPosition, TableStore } from '../tables/table-store';
import type { JobDefinition } from './definition';
import { fitToTarget, targetFromRows, type TargetColumn } from './fit-columns';
import { batchRows, messageRows, type SourceMessage } from './message-rows';
import { concatRows, type Rows } from './rows';
import type { WatchChannel } from './watch-channel';

/** The most messages one read of the consumer takes, and their bytes. */
const TAKE_MESSAGES = 1000;
const TAKE_BYTES = 16 * 1024 * 1024;
/** How long one read waits for a message: also how soon a cancel is noticed between batches. */
const TAKE_WAIT_MS = 200;
/** The most rows one write carries: DuckDB appends large batches fastest, and one batch is held in memory. */
const WRITE_ROWS = 100_000;
/** Parsing is JavaScript work: a turn for other callers after this long. */
const YIELD_AFTER_MS = 5;
const ERROR_BACKOFF_MS = 200;

export interface JobCounters {
  /** Messages taken from the consumer, failed ones included. */
  processed: number;
  failed: number;
  lastErrMsg: string;
  /** Nanoseconds since the epoch; 0n: no failure yet. */
  lastFailedNs: bigint;
  rowsWritten: number;
}

/** Where the job's rows go: a table (with positions, in one transaction) or a watching client. */
export type JobSink = { kind: 'table'; store: TableStore; group: string } | { kind: 'watch'; channel: WatchChannel };

/**
 * One sub-job: it reads its consumer through the consumer's router, turns messages into rows with its
 * declarative parser, and writes them batch by batch. A batch's rows and the positions after it are written in
 * one transaction, then committed to Kafka if the job commits. A message that fails to parse or fit counts as
 * failed and is passed over; it never stops the job. Messages below a position already written are skipped, so
 * a re-delivery after a crash or a rebalance adds nothing twice.
 */
export class SubJob {
  readonly counters: JobCounters = { processed: 0, failed: 0, lastErrMsg: '', lastFailedNs: 0n, rowsWritten: 0 };
  readonly createdAt = Date.now();
  private readonly next = new Map<string, StoredPosition>();
  private stopping = false;
  private running: Promise<void> | undefined;
  private targetOf: { meta: TableMeta; columns: TargetColumn[] } | undefined;
  private lastYield = 0;
  /** The table write in progress. */
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    readonly id: number,
    readonly def: JobDefinition,
    readonly session: ConsumerSession,
    private readonly sink: JobSink,
    /** Whether each batch's positions are committed to Kafka after it is written. */
    readonly commits: boolean,
    private readonly log: Logger,
  ) {
    // A watched job commits what its watcher has been sent, not what it queued for it.
    if (sink.kind === 'watch') sink.channel.onDelivered = (batch) => this.commit(batch.positions);
  }

  /**
   * Loads the positions the table holds for the job's group, and makes them where the consumer starts: for the
   * partitions the group will assign, and (with a seek) for those it already reads.
   */
  async prepare(): Promise<void> {
    if (this.sink.kind !== 'table') return;
    if (this.sink.store.has(tableOf(this.def))) {
      for (const p of await this.sink.store.storedPositions(tableOf(this.def), this.sink.group)) this.next.set(partitionKey(p), p);
    }
    this.session.setStartPositions((tp) => this.next.get(partitionKey(tp))?.nextOffset);
    for (const tp of this.session.assignedPartitions()) {
      const stored = this.next.get(partitionKey(tp));
      if (!stored) continue;
      await this.session.seek(tp.topic, tp.partition, stored.nextOffset, 5000).catch((err: unknown) =>
        // The skip below still keeps what was written from being written again.
        this.log.warn({ err, topic: tp.topic, partition: tp.partition }, 'sub-job: seeking to the stored position failed'),
      );
    }
  }

  /** The next offset the table holds for a partition ("topic\0partition"), if it holds one. */
  storedNext(key: string): number | undefined {
    return this.next.get(key)?.nextOffset;
  }

  start(): void {
    this.running ??= this.loop().catch((err: unknown) => this.log.error({ err, job: this.def.actionName }, 'sub-job loop failed'));
  }

  /** Stops after the batch in progress, which is written and committed first. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
    this.session.setStartPositions(undefined);
    if (this.sink.kind === 'watch') this.sink.channel.close();
  }

  /** Where the job stands per partition: the next offset to write, and the partition's end as last seen. */
  async partitions(): Promise<{ topic: string; partition: number; nextOffset: number; high: number }[]> {
    const all = new Map<string, TopicPartition>();
    for (const p of this.next.values()) all.set(partitionKey(p), { topic: p.topic, partition: p.partition });
    for (const p of this.session.assignedPartitions()) all.set(partitionKey(p), p);
    const out = [];
    for (const [k, p] of all) {
      const w = await this.session.watermarks(p.topic, p.partition, false, 0).catch(() => ({ low: -1, high: -1 }));
      out.push({ topic: p.topic, partition: p.partition, nextOffset: this.next.get(k)?.nextOffset ?? -1001, high: w.high });
    }
    return out.sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
  }

  private async loop(): Promise<void> {
    const router = this.session.router;
    let batch: Message[] = [];
    let deadline = 0;
    while (!this.stopping && !router.isStopped) {
      const want = this.def.msgAsTable ? Math.max(1, this.def.batchSize) - batch.length : TAKE_MESSAGES;
      const wait = batch.length > 0 ? Math.max(0, Math.min(TAKE_WAIT_MS, deadline - Date.now())) : TAKE_WAIT_MS;
      let got: Message[];
      try {
        got = (await router.take(router.consumerQueue, want, TAKE_BYTES, wait)).messages;
      } catch (err) {
        // The plugin passes over error events: the consumer goes on, and so does the job.
        this.log.debug({ err, job: this.def.actionName }, 'sub-job: the consumer reported an error');
        await sleep(ERROR_BACKOFF_MS);
        continue;
      }
      const fresh = got.filter((m) => m.offset >= (this.next.get(partitionKey(m))?.nextOffset ?? -1));
      if (!this.def.msgAsTable) {
        if (fresh.length) await this.messagesBatch(fresh);
        continue;
      }
      if (fresh.length && batch.length === 0) deadline = Date.now() + this.def.throttleMs;
      batch = batch.concat(fresh);
      if (batch.length > 0 && (batch.length >= Math.max(1, this.def.batchSize) || Date.now() >= deadline)) {
        const done = batch;
        batch = [];
        await this.tableBatch(done);
      }
    }
    // What a msg_as_table batch gathered before the stop is written too: it was taken from the consumer.
    if (batch.length) await this.tableBatch(batch);
    await this.inFlight;
  }

  /** Each message parsed on its own; the rows of many written together. */
  private async messagesBatch(messages: Message[]): Promise<void> {
    let parts: Rows[] = [];
    let rows = 0;
    let taken: Message[] = [];
    const flushAt = Math.min(WRITE_ROWS, this.def.queueDepth);
    for (const m of messages) {
      taken.push(m);
      this.counters.processed++;
      try {
        const parsed = messageRows(source(m), this.def.parser);
        const fitted = await this.fit(parsed);
        if (fitted.count > 0) {
          parts.push(fitted);
          rows += fitted.count;
        }
      } catch (err) {
        this.fail(1, err);
      }
      if (rows >= flushAt) {
        await this.write(parts, taken);
        parts = [];
        rows = 0;
        taken = [];
      }
      await this.maybeYield();
    }
    if (taken.length) await this.write(parts, taken);
  }

  /** msg_as_table: the batch is one table of the messages themselves. */
  private async tableBatch(messages: Message[]): Promise<void> {
    this.counters.processed += messages.length;
    let rows: Rows | undefined;
    try {
      rows = await this.fit(batchRows(messages.map(source)));
    } catch (err) {
      this.fail(messages.length, err);
    }
    await this.write(rows ? [rows] : [], messages);
  }

  /** Rows in the target's columns and types (a watch takes them as parsed). */
  private async fit(rows: Rows): Promise<Rows> {
    if (this.sink.kind !== 'table' || this.def.target.kind !== 'table') return rows;
    const { store } = this.sink;
    const name = this.def.target.table;
    if (this.def.target.createTable && !store.has(name)) {
      const columns = targetFromRows(rows).map((c) => ({ name: c.name, type: c.dataType, scale: c.scale }));
      await store.create(name, columns, true);
    }
    const meta = store.meta(name);
    if (this.targetOf?.meta !== meta) {
      this.targetOf = { meta, columns: meta.columns.map((c) => ({ name: c.name, dataType: c.type.dataType, scale: c.scale })) };
    }
    return fitToTarget(rows, this.targetOf.columns, this.def.parser.rename);
  }

  /**
   * Writes the rows of `taken` and the positions after them. Into a table, one write is in flight while the next
   * batch is parsed: DuckDB's commit runs off the event loop meanwhile. The positions count as the job's from the
   * moment the write is queued (a write that fails still stores them), so a rebalance in between starts after
   * them. A failed write counts its messages as failed, as the plugin passes a failure over.
   */
  private async write(parts: Rows[], taken: Message[]): Promise<void> {
    const positions = after(taken);
    for (const p of positions) this.next.set(partitionKey(p), p);
    if (this.sink.kind === 'watch') {
      // Messages need not share columns without a table to fit them to: each run of alike ones is one batch, and
      // the positions go with the last.
      const runs = alikeRuns(parts.map(watchable));
      for (const [i, run] of runs.entries()) {
        const rows = concatRows(run);
        if (!(await this.sink.channel.put({ rows, positions: i === runs.length - 1 ? positions : [] }))) return;
        this.counters.rowsWritten += rows.count;
      }
      return;
    }
    await this.inFlight;
    this.inFlight = this.writeTable(this.sink.store, this.sink.group, parts, taken.length, positions);
  }

  private async writeTable(store: TableStore, group: string, parts: Rows[], messages: number, positions: StoredPosition[]): Promise<void> {
    const table = tableOf(this.def);
    const count = parts.reduce((n, p) => n + p.count, 0);
    try {
      await store.appendWithPositions(table, parts, group, positions);
      this.counters.rowsWritten += count;
    } catch (err) {
      this.fail(messages, err);
      await store.appendWithPositions(table, [], group, positions).catch((e: unknown) =>
        this.log.warn({ err: e, job: this.def.actionName }, 'sub-job: storing positions after a failed write failed'),
      );
    }
    this.commit(positions);
  }

  private commit(positions: readonly StoredPosition[]): void {
    if (!this.commits || positions.length === 0) return;
    this.session
      .commit(positions.map((p) => ({ topic: p.topic, partition: p.partition, offset: p.nextOffset })), true, 0)
      .catch((err: unknown) => this.log.warn({ err, job: this.def.actionName }, 'sub-job: commit failed'));
  }

  private fail(messages: number, err: unknown): void {
    const what = err instanceof Error ? err.message : String(err);
    this.counters.failed += messages;
    this.counters.lastErrMsg = `topic=${this.def.actionName} length=${messages} exception=${what.slice(0, 1000)}`;
    this.counters.lastFailedNs = BigInt(Date.now()) * 1_000_000n;
  }

  private async maybeYield(): Promise<void> {
    const now = performance.now();
    if (now - this.lastYield < YIELD_AFTER_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.lastYield = performance.now();
  }
}

/** Rows a client can be sent: a column that held only NULLs (VOID, from JSON nulls) is sent as STRING NULLs. */
function watchable(rows: Rows): Rows {
  if (!rows.columns.some((c) => c.info.dataType === DataType.DATA_TYPE_VOID)) return rows;
  const string = typeOf(DataType.DATA_TYPE_STRING)!;
  const all = new Set(Array.from({ length: rows.count }, (_x, i) => i));
  return {
    count: rows.count,
    columns: rows.columns.map((c) => (c.info.dataType === DataType.DATA_TYPE_VOID ? { ...c, info: string, elements: new Array<string>(rows.count).fill(''), nulls: all } : c)),
  };
}

/** Consecutive parts with the same columns (names, types, scales), each run in order. */
function alikeRuns(parts: Rows[]): Rows[][] {
  const runs: Rows[][] = [];
  let key = '';
  for (const part of parts) {
    if (part.count === 0) continue;
    const k = part.columns.map((c) => `${c.name}\0${c.info.dataType}\0${c.scale}`).join('\0');
    if (runs.length === 0 || k !== key) runs.push([]);
    runs[runs.length - 1]!.push(part);
    key = k;
  }
  return runs;
}

function source(m: Message): SourceMessage {
  return { value: m.value, key: m.key ?? null, topic: m.topic, partition: m.partition, offset: m.offset, timestamp: m.timestamp };
}

/** Per partition, the offset after the last of these messages. */
function after(messages: readonly Message[]): StoredPosition[] {
  const last = new Map<string, StoredPosition>();
  for (const m of messages) {
    const k = partitionKey(m);
    const next = m.offset + 1;
    if ((last.get(k)?.nextOffset ?? -1) < next) last.set(k, { topic: m.topic, partition: m.partition, nextOffset: next });
  }
  return [...last.values()];
}

function tableOf(def: JobDefinition): string {
  return def.target.kind === 'table' ? def.target.table : '';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
