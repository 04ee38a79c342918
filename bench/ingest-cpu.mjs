// The subjob_ingest row's work without Kafka, in one process, timed in CPU time as well as wall time (CPU time
// moves less when other processes share the machine): 10,000 DOLPHINDB messages of 100 rows of the codec bench's
// 6-column dataset decoded, fitted to a table and appended in writes of 100,000 rows (as a sub-job writes), beside
// DuckDB's own appender writing the same rows (table_append's ceiling). Builds nothing: run `npm run build` first.
//   node bench/ingest-cpu.mjs [ROUNDS=3]      (BENCH_DIST=DIR: another build's dist/, to compare builds)
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { batch, withAppender } from './lib/table-append.mjs';

const require = createRequire(import.meta.url);
const dist = resolve(process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).pathname);
const duck = require('@duckdb/node-api');
const { encodePayloads } = require(`${dist}/values/marshal.js`);
const { MarshalType, DataType } = require(`${dist}/gen/kafkagateway/v1/value.js`);
const { messageRows } = require(`${dist}/subjobs/message-rows.js`);
const { fitToTarget } = require(`${dist}/subjobs/fit-columns.js`);
const { columnChunks } = require(`${dist}/tables/append-columns.js`);
const { tableMeta } = require(`${dist}/tables/table-schema.js`);
const { columnType } = require(`${dist}/tables/column-types.js`);

const ROWS = 1_000_000;
const PER_MESSAGE = 100;
const PER_WRITE = 1000;
const rounds = Number(process.argv[2] ?? 3);
const T = DataType;
const COLUMNS = [['id', T.DATA_TYPE_INT], ['qty', T.DATA_TYPE_LONG], ['price', T.DATA_TYPE_DOUBLE], ['sym', T.DATA_TYPE_SYMBOL], ['note', T.DATA_TYPE_STRING], ['ts', T.DATA_TYPE_TIMESTAMP]];
const meta = tableMeta('t', COLUMNS.map(([name, t]) => ({ name, type: columnType(t), scale: 0 })), 0, 1);
const target = COLUMNS.map(([name, dataType]) => ({ name, dataType, scale: 0 }));
const spec = { marshalType: MarshalType.MARSHAL_TYPE_DOLPHINDB, valueColumn: '', messageColumns: { topic: '', partition: '', offset: '', key: '', timestamp: '' } };
const messages = [];
for (let first = 0; first < ROWS; first += PER_MESSAGE) messages.push(Buffer.from(encodePayloads(batch(first, PER_MESSAGE), MarshalType.MARSHAL_TYPE_DOLPHINDB)[0]));

const cpuMs = (since) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

async function ingest() {
  const dir = mkdtempSync(join(tmpdir(), 'kgw-ingest-cpu-'));
  const instance = await duck.DuckDBInstance.create(join(dir, 'b.duckdb'));
  const conn = await instance.connect();
  await conn.run('CREATE TABLE t (id INTEGER, qty BIGINT, price DOUBLE, sym VARCHAR, note VARCHAR, ts TIMESTAMP_MS)');
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let m = 0; m < messages.length; m += PER_WRITE) {
    const parts = [];
    for (let k = m; k < Math.min(m + PER_WRITE, messages.length); k++) {
      const rows = fitToTarget(messageRows({ value: messages[k], key: null, topic: 't', partition: 0, offset: k }, spec), target, {});
      parts.push({ columns: rows.columns.map((c) => ({ elements: c.elements, nulls: c.nulls })), count: rows.count });
    }
    const chunks = await columnChunks(meta, parts);
    await conn.run('BEGIN TRANSACTION');
    const appender = await conn.createAppender('t');
    for (const chunk of chunks) appender.appendDataChunk(chunk);
    appender.flushSync();
    appender.closeSync();
    await conn.run('COMMIT');
  }
  const result = { rows_per_s: ROWS / ((performance.now() - started) / 1000), cpu_ms: cpuMs(cpu) };
  conn.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

async function appender() {
  const cpu = process.cpuUsage();
  const { rows_per_s } = await withAppender(ROWS);
  return { rows_per_s, cpu_ms: cpuMs(cpu) };
}

for (let r = 1; r <= rounds; r++) {
  const job = await ingest();
  const direct = await appender();
  const ratio = (a, b) => (a / b).toFixed(2);
  console.log(
    `round ${r}/${rounds}: ingest ${Math.round(job.rows_per_s)} rows/s, ${Math.round(job.cpu_ms)} CPU ms; appender ${Math.round(direct.rows_per_s)} rows/s, ${Math.round(direct.cpu_ms)} CPU ms; ` +
      `rate ${ratio(job.rows_per_s, direct.rows_per_s)} x, CPU ${ratio(direct.cpu_ms, job.cpu_ms)} x`,
  );
}
