// The table_append row: 1,000,000 rows of the codec bench's 6-column dataset appended through AppendRows (the
// generated grpc-js client, against the bench's gateway process), beside DuckDB's own appender writing the same
// rows from typed arrays in this process, into a database file of its own: the ceiling for the RPC path.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const grpc = require('@grpc/grpc-js');
const duck = require('@duckdb/node-api');
const { TableServiceClient } = require('../../dist/gen/kafkagateway/v1/table_service.js');
const { DataType } = require('../../dist/gen/kafkagateway/v1/value.js');

const BATCH = 50_000;
const IN_FLIGHT = 2;
const COLUMNS = [
  ['id', DataType.DATA_TYPE_INT, 'ints'],
  ['qty', DataType.DATA_TYPE_LONG, 'longs'],
  ['price', DataType.DATA_TYPE_DOUBLE, 'doubles'],
  ['sym', DataType.DATA_TYPE_SYMBOL, 'strings'],
  ['note', DataType.DATA_TYPE_STRING, 'strings'],
  ['ts', DataType.DATA_TYPE_TIMESTAMP, 'longs'],
];
const tickers = Array.from({ length: 100 }, (_x, i) => `SYM${i}`);
const element = [(i) => i, (i) => BigInt(i) * 1_000_003n, (i) => i * 0.25 + 0.1, (i) => tickers[i % 100], (i) => `order-${i}`, (i) => 1_700_000_000_000n + BigInt(i)];

function newVector(type, fields) {
  return { type, nulls: [], scale: 0, bools: [], ints: [], longs: [], floats: [], doubles: [], strings: [], blobs: [], values: [], ...fields };
}
/** Rows [first, first + n) as a table Value. */
export function batch(first, n) {
  const columns = COLUMNS.map(([name, type, field], c) => ({ name, values: newVector(type, { [field]: Array.from({ length: n }, (_x, k) => element[c](first + k)) }) }));
  return { kind: { $case: 'table', value: { name: '', columns } } };
}

const call = (client, method, request) => new Promise((resolve, reject) => client[method](request, (err, res) => (err ? reject(err) : resolve(res))));

async function throughRpc(address, rows) {
  const client = new TableServiceClient(address, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': 64 * 1024 * 1024 });
  const name = `bench_append_${Date.now().toString(36)}`;
  const columns = COLUMNS.map(([n, type]) => ({ name: n, type, scale: 0 }));
  await call(client, 'createTable', { name, columns, ifNotExists: false });
  const batches = [];
  for (let first = 0; first < rows; first += BATCH) batches.push(batch(first, Math.min(BATCH, rows - first)));
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (next < batches.length) await call(client, 'appendRows', { table: name, rows: batches[next++] });
  }));
  const seconds = (performance.now() - started) / 1000;
  await call(client, 'dropTable', { name, ifExists: true });
  client.close();
  return { rows_per_s: rows / seconds };
}

/** DuckDB's own appender writing the rows from typed arrays in this process: the ceiling of every table path. */
export async function withAppender(rows) {
  const dir = mkdtempSync(join(tmpdir(), 'kgw-bench-duck-'));
  try {
    const instance = await duck.DuckDBInstance.create(join(dir, 'bench.duckdb'));
    const conn = await instance.connect();
    await conn.run('CREATE TABLE t (id INTEGER, qty BIGINT, price DOUBLE, sym VARCHAR, note VARCHAR, ts TIMESTAMP_MS)');
    const types = [duck.INTEGER, duck.BIGINT, duck.DOUBLE, duck.VARCHAR, duck.VARCHAR, duck.TIMESTAMP_MS];
    const started = performance.now();
    await conn.run('BEGIN TRANSACTION');
    const appender = await conn.createAppender('t');
    for (let first = 0; first < rows; first += 2048) {
      const n = Math.min(2048, rows - first);
      const chunk = duck.DuckDBDataChunk.create(types, n);
      for (let c = 0; c < 6; c++) {
        const values = new Array(n);
        for (let k = 0; k < n; k++) values[k] = c === 5 ? new duck.DuckDBTimestampMillisecondsValue(element[c](first + k)) : element[c](first + k);
        chunk.setColumnValues(c, values);
      }
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
    appender.closeSync();
    await conn.run('COMMIT');
    const seconds = (performance.now() - started) / 1000;
    conn.closeSync();
    instance.closeSync();
    return { rows_per_s: rows / seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Both sides of the row: { gateway: { rows_per_s }, direct: { rows_per_s } }. */
export async function tableAppend({ address, rows }) {
  return { gateway: await throughRpc(address, rows), direct: await withAppender(rows), kcat: null };
}
