// The gateway against direct node-rdkafka and kcat, on the same broker and data, in the same run.
//   npm run bench            (scripts/bench.sh: builds, starts a broker unless KAFKA_BROKERS names one, runs this)
// Environment: KAFKA_BROKERS (required here), BENCH_RUNS [3], BENCH_SCALE [1] (multiplies every message count;
// 0.05 makes a quick smoke run), BENCH_ONLY (comma-separated scenario names), BENCH_SIZES [100,10240],
// BENCH_OUT [bench/results], BENCH_GATEWAY_PORT [50951; the stalled-client gateway takes the next], BENCH_PROFILE (a folder for CPU profiles of every process; scripts/bench-profile.sh),
// BENCH_METRICS=compare (each gateway row runs twice in turn: on the plain gateway, and as "<row>+metrics" on a
// second gateway with --metrics-port BENCH_METRICS_PORT [port + 3] and BENCH_TWIN_ARGS, on port + 2, scraped every 5 s meanwhile;
// the two swap places every round, a first round warms both up unrecorded, and each "+metrics" row says the median
// of its per-round ratios to its plain twin); BENCH_METRICS=control (the same with a twin gateway without metrics,
// as "<row>+control": the method's own noise, which a compare run's difference has to exceed to mean anything;
// with BENCH_TWIN_DIR, another checkout of the gateway, built, is the twin, as "<row>+twin": two builds compared);
// BENCH_RESTART_EVERY=K (with a comparison: both gateways start afresh, and are warmed up again, every K rounds);
// BENCH_METRICS=on (the one gateway serves /metrics on BENCH_METRICS_PORT, for a Prometheus of the caller's).
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { freemem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createTopic, fill } from './lib/kafka-setup.mjs';
import { kcat, side, startGateway } from './lib/processes.mjs';
import { writeReport } from './lib/report.mjs';
import { subjobIngest } from './lib/subjob-ingest.mjs';
import { tableAppend } from './lib/table-append.mjs';
import { median, medianInterval, sleep } from './lib/stats.mjs';

const brokers = process.env.KAFKA_BROKERS;
if (!brokers) throw new Error('KAFKA_BROKERS is not set (scripts/bench.sh starts a broker and sets it)');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ONLY = process.env.BENCH_ONLY?.split(',');
const OUT = process.env.BENCH_OUT ?? 'bench/results';
const PARTITIONS = 3;
const SIZES = (process.env.BENCH_SIZES ?? '100,10240').split(',').map(Number);
const GATEWAY_PORT = Number(process.env.BENCH_GATEWAY_PORT ?? 50_951);
const STALLED_GATEWAY_PORT = GATEWAY_PORT + 1;
const METRICS_CONTROL = process.env.BENCH_METRICS === 'control';
const METRICS_COMPARE = process.env.BENCH_METRICS === 'compare' || METRICS_CONTROL;
const TWIN_DIR = process.env.BENCH_TWIN_DIR;
const TWIN_LABEL = METRICS_CONTROL ? (TWIN_DIR ? 'twin' : 'control') : 'metrics';
const METRICS_ON = process.env.BENCH_METRICS === 'on';
const TWIN_GATEWAY_PORT = GATEWAY_PORT + 2;
const METRICS_PORT = Number(process.env.BENCH_METRICS_PORT ?? GATEWAY_PORT + 3);
/** How often compare mode scrapes the metered gateway, as a Prometheus would (its default is 15 s, a busy one 5 s). */
const SCRAPE_MS = Number(process.env.BENCH_SCRAPE_MS ?? 5000);
const RESTART_EVERY = Number(process.env.BENCH_RESTART_EVERY ?? 0);

const GATEWAY = 'bench/sides/gateway.mjs';
const DIRECT = 'bench/sides/direct.mjs';

/** Message counts per size: large enough for a few seconds of steady state, small enough to finish. */
const n = (small, large) => (size) => Math.max(1, Math.round((size <= 100 ? small : large) * SCALE));
const COUNTS = {
  unary1: n(300, 300),
  unary64: n(20_000, 5_000),
  produce: n(200_000, 20_000),
  consume: n(300_000, 30_000),
  e2e: n(20_000, 20_000),
};
const E2E_RATE = 5_000;
const BACKLOG_BYTES = Math.round(500e6 * SCALE);
const STALLED_SECONDS = Math.max(5, Math.round(20 * Math.min(1, SCALE * 4)));

const runId = Date.now().toString(36);
const topic = (what, size) => `bench-${what}-${size}-${runId}`;

/**
 * Every row of the results: the scenario, its size, and how each side measures it (a job for a side's script,
 * or a kcat run; null where that side cannot run the scenario). Jobs that are equal run once per round and their
 * result serves every row that names them (direct produce throughput serves produce_batch and produce_stream).
 */
function rows(size) {
  const produceTopic = topic('produce', size);
  const consumeTopic = topic('consume', size);
  const job = (run, extra) => ({ run, size, partitions: PARTITIONS, ...extra });
  const produceN = COUNTS.produce(size);
  const consumeN = COUNTS.consume(size);
  // kcat is timed as a whole process; a run of one message, subtracted, takes out its start and connect.
  const kcatProducing = (n) => ['-P', '-b', brokers, '-t', produceTopic, '-l', `.bench/input-${size}-${n}`];
  const kcatConsuming = (n) => ['-C', '-b', brokers, '-t', consumeTopic, '-o', 'beginning', '-c', String(n), '-e', '-q'];
  const kcatProduce = { kcat: kcatProducing(produceN), baseline: kcatProducing(1), count: produceN };
  const kcatConsume = { kcat: kcatConsuming(consumeN), baseline: kcatConsuming(1), count: consumeN };
  const unary = (inFlight, count) => job('produceUnary', { topic: produceTopic, count, inFlight });
  const consume = (run) => job(run, { topic: consumeTopic, count: consumeN });
  const e2e = job('e2eLatency', { topic: topic('e2e', size), count: COUNTS.e2e(size), rate: E2E_RATE });
  return [
    { scenario: 'produce_unary_1', metrics: ['msgs_per_s', 'p99_ms'], gateway: unary(1, COUNTS.unary1(size)), direct: unary(1, COUNTS.unary1(size)) },
    { scenario: 'produce_unary_64', metrics: ['msgs_per_s', 'p50_ms', 'p99_ms'], gateway: unary(64, COUNTS.unary64(size)), direct: unary(64, COUNTS.unary64(size)) },
    { scenario: 'produce_batch', metrics: ['msgs_per_s'], gateway: job('produceBatch', { topic: produceTopic, count: produceN }), direct: job('produceThroughput', { topic: produceTopic, count: produceN }), kcat: kcatProduce },
    { scenario: 'produce_stream', metrics: ['msgs_per_s'], gateway: job('produceStream', { topic: produceTopic, count: produceN }), direct: job('produceThroughput', { topic: produceTopic, count: produceN }), kcat: kcatProduce },
    { scenario: 'consume_pollbatch', metrics: ['msgs_per_s'], gateway: consume('consumePollBatch'), direct: consume('consume'), kcat: kcatConsume },
    { scenario: 'consume_stream', metrics: ['msgs_per_s'], gateway: consume('consumeStream'), direct: consume('consume'), kcat: kcatConsume },
    { scenario: 'consume_acked', metrics: ['msgs_per_s'], gateway: consume('consumeAcked'), direct: consume('consume'), kcat: kcatConsume },
    { scenario: 'e2e_latency', metrics: ['p50_ms', 'p99_ms', 'max_ms'], gateway: e2e, direct: e2e },
    { scenario: 'stalled_memory', metrics: ['rss_growth_mb'], stalled: { topic: topic('backlog', size), size } },
    // Rows, not message bytes: measured once, in the first size's rows.
    ...(size === SIZES[0]
      ? [
          { scenario: 'table_append', metrics: ['rows_per_s'], table: { rows: Math.max(1000, Math.round(1_000_000 * SCALE)) } },
          { scenario: 'subjob_ingest', metrics: ['rows_per_s'], subjob: { rows: Math.max(1000, Math.round(1_000_000 * SCALE)) } },
        ]
      : []),
  ].filter((r) => !ONLY || ONLY.includes(r.scenario));
}

/** kcat's input: `count` lines of `size` bytes (kcat splits its input on newlines). */
async function kcatInput(size, count) {
  const path = `.bench/input-${size}-${count}`;
  if (existsSync(path)) return;
  mkdirSync('.bench', { recursive: true });
  const out = createWriteStream(path);
  const line = Buffer.concat([Buffer.alloc(size - 1, 0x61), Buffer.from('\n')]);
  for (let i = 0; i < count; i++) if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  await new Promise((resolve) => out.end(resolve));
}

/** The stalled-client measurement: a fresh gateway's idle RSS, then its peak while a client reads 1 frame/s. */
async function stalledMemory({ topic: backlog }) {
  const gw = await startGateway({ brokers, port: STALLED_GATEWAY_PORT });
  try {
    await sleep(2000);
    let idle = 0;
    for (let i = 0; i < 10; i++, await sleep(100)) idle = Math.max(idle, gw.rssMb());
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, gw.rssMb())), 100);
    const client = await side(GATEWAY, { run: 'stalledConsume', gateway: gw.address, topic: backlog, partitions: PARTITIONS, seconds: STALLED_SECONDS });
    clearInterval(sampler);
    return { rss_growth_mb: peak - idle, idle_rss_mb: idle, messages_read: client.messages_read };
  } finally {
    await gw.stop();
  }
}

/** kcat's rate past its start: (count - 1) messages over the time a full run takes beyond a one-message run. */
async function kcatRate({ kcat: args, baseline, count }) {
  const start = await kcat(baseline);
  const full = await kcat(args);
  return { msgs_per_s: (count - 1) / Math.max(full - start, 1e-3) };
}

async function measure(row, gateway, cache) {
  const once = async (key, fn) => {
    if (!cache.has(key)) cache.set(key, await fn());
    return cache.get(key);
  };
  if (row.stalled) return { gateway: await stalledMemory(row.stalled), direct: null, kcat: null };
  if (row.table) return tableAppend({ address: gateway.address, rows: row.table.rows });
  if (row.subjob) return subjobIngest({ address: gateway.address, brokers, rows: row.subjob.rows });
  const cpuBefore = gateway.cpuSeconds();
  const gatewayResult = await side(GATEWAY, { ...row.gateway, gateway: gateway.address });
  // The gateway's CPU time per message: unlike throughput, it hardly depends on what else the machine runs.
  if (METRICS_COMPARE && row.gateway.count) gatewayResult.cpu_us_per_msg = ((gateway.cpuSeconds() - cpuBefore) * 1e6) / row.gateway.count;
  // A reference side that fails (node-rdkafka's own process has died with nothing on stderr) costs its round's
  // reference figure, not the run: what is measured is the gateway.
  const reference = (what, fn) =>
    fn().catch((err) => {
      console.error(`bench: ${what} failed, left out of this round: ${err.message.split('\n')[0]}`);
      return null;
    });
  const directResult = row.direct ? await once(`direct ${JSON.stringify(row.direct)}`, () => reference('direct', () => side(DIRECT, { ...row.direct, brokers }))) : null;
  const kcatResult = row.kcat ? await once(`kcat ${row.kcat.kcat.join(' ')}`, () => reference('kcat', () => kcatRate(row.kcat))) : null;
  return { gateway: gatewayResult, direct: directResult, kcat: kcatResult };
}

/**
 * The plan's rows for one round, with their indices: in odd rounds each pair of twins runs in the other order,
 * so that running second (after the other gateway warmed the broker's cache, say) is no one's steady advantage.
 */
function orderFor(plan, round) {
  const rows = [...plan.entries()];
  if (round % 2 === 0) return rows;
  for (let i = 0; i + 1 < rows.length; i++) {
    if (rows[i + 1][1].twinOf === rows[i][1].scenario) {
      [rows[i], rows[i + 1]] = [rows[i + 1], rows[i]];
      i++;
    }
  }
  return rows;
}

/**
 * The median over rounds of twin / plain for one metric, and its 95% interval: each round's two runs are next to
 * each other in time, so their ratio cancels most of what the shared machine was doing then, which medians taken
 * apart do not. What is left still varies from round to round; the interval says how far that leaves the median.
 */
function pairedRatio(twinSamples, plainSamples, metric) {
  const ratios = twinSamples.flatMap((s, round) => {
    const [t, p] = [s.gateway?.[metric], plainSamples[round]?.gateway?.[metric]];
    return typeof t === 'number' && typeof p === 'number' && p > 0 ? [t / p] : [];
  });
  if (!ratios.length) return { ratio_twin: null };
  const interval = medianInterval(ratios);
  return { ratio_twin: median(ratios), ...(interval && { ratio_twin_low: interval[0], ratio_twin_high: interval[1] }) };
}

async function main() {
  const started = performance.now();
  // With BENCH_METRICS=compare, each gateway row is followed by its twin on the second gateway, so that the two
  // alternate through every round and a slow moment of the machine falls on both alike.
  const twins = (row) => {
    if (!METRICS_COMPARE || !row.gateway) return [row];
    const measured = { ...row, metrics: [...row.metrics, 'cpu_us_per_msg'] };
    return [measured, { ...measured, scenario: `${row.scenario}+${TWIN_LABEL}`, onTwin: true, twinOf: row.scenario }];
  };
  const plan = SIZES.flatMap((size) => rows(size).flatMap(twins).map((row) => ({ ...row, size })));
  console.error(`bench: ${plan.length} rows x ${RUNS} runs on ${brokers} (scale ${SCALE}, ${(freemem() / 2 ** 30).toFixed(1)} GiB free)`);

  for (const size of SIZES) {
    const sized = plan.filter((r) => r.size === size);
    if (sized.length === 0) continue;
    for (const what of ['produce', 'consume', 'e2e', 'backlog']) await createTopic(brokers, topic(what, size), PARTITIONS);
    if (sized.some((r) => r.scenario.startsWith('consume'))) {
      console.error(`bench: filling ${topic('consume', size)} with ${COUNTS.consume(size)} messages`);
      await fill(brokers, topic('consume', size), size, COUNTS.consume(size));
    }
    if (sized.some((r) => r.scenario === 'stalled_memory')) {
      const count = Math.ceil(BACKLOG_BYTES / size);
      console.error(`bench: filling ${topic('backlog', size)} with ${count} messages (${(BACKLOG_BYTES / 1e6).toFixed(0)} MB)`);
      await fill(brokers, topic('backlog', size), size, count);
    }
    if (sized.some((r) => r.kcat?.kcat[0] === '-P')) for (const n of [1, COUNTS.produce(size)]) await kcatInput(size, n);
  }

  // A data directory of its own: DuckDB lets one process hold a directory's databases. Another checkout's
  // build is started with BENCH_TWIN_ARGS alone: it may be older than either flag.
  const twinDir = METRICS_CONTROL ? TWIN_DIR : undefined;
  const ownArgs = twinDir ? [] : [...(METRICS_CONTROL ? [] : ['--metrics-port', String(METRICS_PORT)]), '--data-dir', '.kgw/bench-twin'];
  const twinArgs = [...ownArgs, ...(process.env.BENCH_TWIN_ARGS?.split(' ').filter(Boolean) ?? [])];
  const startBoth = async () => {
    const gateway = await startGateway({ brokers, port: GATEWAY_PORT, args: METRICS_ON ? ['--metrics-port', String(METRICS_PORT)] : [] });
    const twin = METRICS_COMPARE ? await startGateway({ brokers, port: TWIN_GATEWAY_PORT, args: twinArgs, dir: twinDir }).catch(async (err) => {
      await gateway.stop();
      throw err;
    }) : undefined;
    return { gateway, twin };
  };
  const stopBoth = async ({ gateway, twin }) => {
    await gateway.stop();
    await twin?.stop();
  };
  let gateways = await startBoth();
  // A scraper as Prometheus would be one: collecting is part of what metrics cost.
  const scraper = METRICS_COMPARE && !METRICS_CONTROL && setInterval(() => fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`).then((r) => r.text()).catch(() => undefined), SCRAPE_MS);
  const samples = new Map(); // row index -> list of {gateway, direct, kcat}
  try {
    // Rounds go over every row, so that a slow moment of the shared machine spreads over all rows.
    // A comparison warms both gateways up first (JIT, connections, the broker's page cache) and records nothing
    // of that round; then the twins swap places every round, so that neither always runs second. What the JIT
    // makes of a process differs from process to process: BENCH_RESTART_EVERY starts both afresh (and warms
    // them up again) every that many rounds, so that the rounds sample many pairs of processes, not one.
    const warmup = METRICS_COMPARE ? 1 : 0;
    for (let round = -warmup; round < RUNS; round++) {
      if (METRICS_COMPARE && RESTART_EVERY > 0 && round > 0 && round % RESTART_EVERY === 0) {
        await stopBoth(gateways);
        gateways = await startBoth();
        for (const [, row] of orderFor(plan, round)) {
          const result = await measure(row, row.onTwin ? gateways.twin : gateways.gateway, new Map());
          console.error(`bench: round warm-up (restarted) ${row.scenario} ${row.size} B: ${JSON.stringify(result)}`);
        }
      }
      const cache = new Map();
      for (const [i, row] of orderFor(plan, round)) {
        const result = await measure(row, row.onTwin ? gateways.twin : gateways.gateway, cache);
        const label = round < 0 ? 'warm-up' : `${round + 1}/${RUNS}`;
        console.error(`bench: round ${label} ${row.scenario} ${row.size} B: ${JSON.stringify(result)}`);
        if (round >= 0) samples.set(i, [...(samples.get(i) ?? []), result]);
      }
    }
  } finally {
    clearInterval(scraper);
    await stopBoth(gateways);
  }

  const results = plan.flatMap((row, i) =>
    row.metrics.map((metric) => {
      const of = (sideName) => {
        const values = samples.get(i).map((s) => s[sideName]?.[metric]).filter((v) => typeof v === 'number');
        return values.length ? median(values) : null;
      };
      const [gw, direct, kcatValue] = [of('gateway'), of('direct'), of('kcat')];
      const ratio = (other) => (gw !== null && other ? gw / other : null);
      const result = { scenario: row.scenario, size_bytes: row.size, metric, gateway: gw, direct, kcat: kcatValue, ratio_direct: ratio(direct), ratio_kcat: ratio(kcatValue) };
      if (row.twinOf) Object.assign(result, pairedRatio(samples.get(i), samples.get(plan.findIndex((r) => r.scenario === row.twinOf && r.size === row.size)), metric));
      return result;
    }),
  );
  await writeReport(OUT, results, { runs: RUNS, scale: SCALE, seconds: (performance.now() - started) / 1000 });
  console.error(`bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s; results in ${OUT}/latest.{json,md,png}`);
}

await main();
process.exit(0);
