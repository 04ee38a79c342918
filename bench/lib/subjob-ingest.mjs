// The subjob_ingest row: 1,000,000 rows of the codec bench's 6-column dataset as 10,000 DOLPHINDB messages of 100
// rows, read by a sub-job of the bench's gateway into a table, beside DuckDB's own appender writing the same rows
// (table_append's ceiling). Timed from the first row in the table to the last, as consumption is timed elsewhere:
// creating the consumer and its first fetch are left out.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { createTopic } from './kafka-setup.mjs';
import { sleep } from './stats.mjs';
import { batch, withAppender } from './table-append.mjs';

const require = createRequire(import.meta.url);
const grpc = require('@grpc/grpc-js');
const Kafka = require('node-rdkafka');
const { SubJobServiceClient } = require('../../dist/gen/kafkagateway/v1/subjob_service.js');
const { TableServiceClient } = require('../../dist/gen/kafkagateway/v1/table_service.js');
const { MarshalType } = require('../../dist/gen/kafkagateway/v1/value.js');
const { encodePayloads } = require('../../dist/values/marshal.js');

const ROWS_PER_MESSAGE = 100;
const PARTITIONS = 3;

const call = (client, method, request) => new Promise((resolve, reject) => client[method](request, (err, res) => (err ? reject(err) : resolve(res))));

async function produceTables(brokers, topic, rows) {
  const producer = new Kafka.Producer({ 'bootstrap.servers': brokers, 'linger.ms': 20, 'queue.buffering.max.messages': 1_000_000, 'queue.buffering.max.kbytes': 1_048_576 });
  await new Promise((resolve, reject) => producer.connect({ timeout: 10_000 }, (err) => (err ? reject(err) : resolve())));
  for (let first = 0, i = 0; first < rows; first += ROWS_PER_MESSAGE, i++) {
    const value = Buffer.from(encodePayloads(batch(first, Math.min(ROWS_PER_MESSAGE, rows - first)), MarshalType.MARSHAL_TYPE_DOLPHINDB)[0]);
    producer.produce(topic, i % PARTITIONS, value, null);
  }
  await new Promise((resolve, reject) => producer.flush(60_000, (err) => (err ? reject(err) : resolve())));
  await new Promise((resolve) => producer.disconnect(() => resolve()));
}

async function throughSubJob(address, brokers, rows) {
  const id = Date.now().toString(36);
  const topic = `bench-subjob-${id}`;
  await createTopic(brokers, topic, PARTITIONS);
  await produceTables(brokers, topic, rows);
  const tables = new TableServiceClient(address, grpc.credentials.createInsecure());
  const subjobs = new SubJobServiceClient(address, grpc.credentials.createInsecure());
  const name = `bench_subjob_${id}`;
  const count = async () => Number((await call(tables, 'describeTable', { name })).table.rowCount);
  const job = await call(subjobs, 'createSubJob', {
    source: { $case: 'create', value: { config: { 'group.id': `bench-subjob-${id}` }, topics: [], partitions: Array.from({ length: PARTITIONS }, (_x, p) => ({ topic, partition: p, offset: -2n })) } },
    target: { kind: { $case: 'table', value: name }, createTable: true },
    parser: { marshalType: MarshalType.MARSHAL_TYPE_DOLPHINDB, rename: {}, valueColumn: '' },
    actionName: `bench-${id}`,
    msgAsTable: false,
    durable: false,
  });
  let first;
  let firstRows = 0;
  const deadline = performance.now() + 600_000;
  for (;;) {
    const n = await count().catch(() => 0);
    if (first === undefined && n > 0) [first, firstRows] = [performance.now(), n];
    if (n >= rows) break;
    if (performance.now() > deadline) throw new Error(`subjob_ingest: ${n} of ${rows} rows after 600 s`);
    await sleep(20);
  }
  const seconds = (performance.now() - first) / 1000;
  await call(subjobs, 'cancelSubJob', { job: { ref: { $case: 'handle', value: job.subjob } } });
  await call(tables, 'dropTable', { name, ifExists: true });
  tables.close();
  subjobs.close();
  return { rows_per_s: (rows - firstRows) / seconds };
}

/** Both sides of the row: { gateway: { rows_per_s }, direct: { rows_per_s } }. */
export async function subjobIngest({ address, brokers, rows }) {
  return { gateway: await throughSubJob(address, brokers, rows), direct: await withAppender(rows), kcat: null };
}
