// Codec benchmark: our DOLPHINDB encoder/decoder against the official `dolphindb` package (DdbObj.pack /
// DdbObj.parse) on the same data, in the same process. Not a test: it prints numbers, for the README.
//   npm run bench:codec            (builds first; ROUNDS=n to change the number of timed rounds)
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import * as ddb from 'dolphindb';

const require = createRequire(import.meta.url);
const { encodeDolphinDB, encodeDolphinDBInto } = require('../dist/values/dolphindb/encode.js');
const { ByteWriter } = require('../dist/values/byte-writer.js');
const { decodeDolphinDB } = require('../dist/values/dolphindb/decode.js');
const { dolphinDBToProtobuf } = require('../dist/values/dolphindb/to-protobuf.js');
const { DataType } = require('../dist/gen/kafkagateway/v1/value.js');

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const VECTOR = 1;
const TABLE = 6;
const T = { INT: 4, LONG: 5, TIMESTAMP: 12, DOUBLE: 16, SYMBOL: 17, STRING: 18 };

function newVector(type, fields) {
  return { type, nulls: [], scale: 0, bools: [], ints: [], longs: [], floats: [], doubles: [], strings: [], blobs: [], values: [], ...fields };
}

/** The same data twice: as our Value, and as the package's DdbObj. */
function tableData(rows) {
  const ints = new Int32Array(rows);
  const longs = new BigInt64Array(rows);
  const doubles = new Float64Array(rows);
  const stamps = new BigInt64Array(rows);
  const symbols = new Array(rows);
  const strings = new Array(rows);
  const tickers = Array.from({ length: 100 }, (_x, i) => `SYM${i}`);
  for (let i = 0; i < rows; i++) {
    ints[i] = i;
    longs[i] = BigInt(i) * 1_000_003n;
    doubles[i] = i * 0.25 + 0.1;
    stamps[i] = 1_700_000_000_000n + BigInt(i);
    symbols[i] = tickers[i % 100];
    strings[i] = `order-${i}`;
  }
  const columns = [
    ['id', DataType.DATA_TYPE_INT, 'ints', Array.from(ints), T.INT, ints],
    ['qty', DataType.DATA_TYPE_LONG, 'longs', Array.from(longs), T.LONG, longs],
    ['price', DataType.DATA_TYPE_DOUBLE, 'doubles', Array.from(doubles), T.DOUBLE, doubles],
    ['sym', DataType.DATA_TYPE_SYMBOL, 'strings', symbols, T.SYMBOL, symbols],
    ['note', DataType.DATA_TYPE_STRING, 'strings', strings, T.STRING, strings],
    ['ts', DataType.DATA_TYPE_TIMESTAMP, 'longs', Array.from(stamps), T.TIMESTAMP, stamps],
  ];
  const ours = {
    kind: { $case: 'table', value: { name: '', columns: columns.map(([name, type, field, data]) => ({ name, values: newVector(type, { [field]: data }) })) } },
  };
  const theirs = new ddb.DdbTable(
    columns.map(([name, , , , type, data]) => {
      if (type === T.SYMBOL) return new ddb.DdbVectorSymbol(data, name);
      return new ddb.DdbObj({ form: VECTOR, type, rows, cols: 1, name, value: data });
    }),
    '',
  );
  return { ours, theirs };
}

function vectorData(n) {
  const doubles = new Float64Array(n);
  for (let i = 0; i < n; i++) doubles[i] = i * 0.5 + 0.25;
  return {
    ours: { kind: { $case: 'vector', value: newVector(DataType.DATA_TYPE_DOUBLE, { doubles: Array.from(doubles) }) } },
    theirs: new ddb.DdbObj({ form: VECTOR, type: T.DOUBLE, rows: n, cols: 1, value: doubles }),
  };
}

/**
 * The best of ROUNDS timed runs, after one warm-up run, in ms per call. A call much shorter than a millisecond
 * is repeated within each run, so that the clock's resolution and one pause do not decide the result.
 */
function best(fn) {
  const t = performance.now();
  fn();
  const reps = Math.max(1, Math.min(1000, Math.round(20 / Math.max(0.001, performance.now() - t))));
  let min = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) fn();
    min = Math.min(min, (performance.now() - t0) / reps);
  }
  return min;
}

const ms = (x) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3));

function compare(label, { ours, theirs }) {
  const bytes = encodeDolphinDB(ours);
  const theirBytes = theirs.pack();
  if (bytes.length !== theirBytes.length) throw new Error(`${label}: ${bytes.length} bytes ours, ${theirBytes.length} theirs`);
  const mb = bytes.length / 1e6;
  const parse = best(() => ddb.DdbObj.parse(theirBytes, true));
  const writer = new ByteWriter();
  const pack = best(() => theirs.pack());
  const rows = [
    ['encode to a new buffer', best(() => encodeDolphinDB(ours)), pack],
    // A writer kept from one value to the next, for a caller that passes the bytes on at once (librdkafka copies).
    ['encode into a reused buffer', best(() => encodeDolphinDBInto(ours, writer)), pack],
    // What the gateway does with a consumed DOLPHINDB payload: straight to the Protobuf bytes it sends.
    ['decode to Protobuf bytes', best(() => dolphinDBToProtobuf(bytes)), parse],
    // What PollDict (and a caller of decodeDolphinDB) gets: the Value as JavaScript objects.
    ['decode to JS objects', best(() => decodeDolphinDB(bytes)), parse],
  ];
  // The least any encoder that returns a fresh buffer can take: allocate the output and copy the bytes into it.
  const floor = best(() => Buffer.allocUnsafe(bytes.length).set(bytes));
  console.log(`\n${label}: ${mb.toFixed(1)} MB; allocating and copying that many bytes takes ${ms(floor)} ms`);
  console.log('| direction | ours ms | ours MB/s | dolphindb ms | dolphindb MB/s | ratio |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [direction, a, b] of rows) {
    console.log(`| ${direction} | ${ms(a)} | ${(mb / (a / 1000)).toFixed(0)} | ${ms(b)} | ${(mb / (b / 1000)).toFixed(0)} | ${(b / a).toFixed(2)}x |`);
  }
}

console.log(`node ${process.version}, dolphindb ${require('dolphindb/package.json').version}, best of ${ROUNDS} rounds`);
compare('table, 1,000,000 rows (INT, LONG, DOUBLE, SYMBOL, STRING, TIMESTAMP)', tableData(1_000_000));
compare('DOUBLE vector, 10,000,000 elements', vectorData(10_000_000));
// One that fits in one Kafka message at the default buffer size (900 KB), so both sides fill memory in use.
compare('DOUBLE vector, 100,000 elements', vectorData(100_000));
