// The benchmark's outputs: latest.json (the rows), latest.md (a table with the goals) and latest.png (gnuplot).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';

const require = createRequire(import.meta.url);

/** The issue's goals, as checks on a result row; rows without a goal get none. */
const GOALS = [
  { scenario: 'consume_stream', metric: 'msgs_per_s', text: '>= 0.8 x direct, >= 0.5 x kcat', ok: (r) => r.ratio_direct >= 0.8 && r.ratio_kcat >= 0.5 },
  { scenario: 'produce_stream', metric: 'msgs_per_s', text: '>= 0.8 x direct', ok: (r) => r.ratio_direct >= 0.8 },
  { scenario: 'produce_batch', metric: 'msgs_per_s', text: '>= 0.8 x direct', ok: (r) => r.ratio_direct >= 0.8 },
  { scenario: 'table_append', metric: 'rows_per_s', text: '>= 0.5 x DuckDB appender', ok: (r) => r.ratio_direct >= 0.5 },
  { scenario: 'subjob_ingest', metric: 'rows_per_s', text: '>= 0.5 x DuckDB appender', ok: (r) => r.ratio_direct >= 0.5 },
  { scenario: 'produce_unary_64', metric: 'p99_ms', text: '<= 2 x direct', ok: (r) => r.ratio_direct <= 2 },
  { scenario: 'e2e_latency', metric: 'p99_ms', text: '<= 1.5 x direct', ok: (r) => r.ratio_direct <= 1.5 },
  { scenario: 'stalled_memory', metric: 'rss_growth_mb', text: '<= 64 MiB', ok: (r) => r.gateway <= 64 },
  // Metrics must not slow the hot paths (BENCH_METRICS=compare): within 3% of the plain gateway, paired by round.
  { scenario: /\+metrics$/, metric: 'msgs_per_s', text: '>= 0.97 x plain (paired)', ok: (r) => r.ratio_twin >= 0.97, bound: 0.97 },
  { scenario: /\+metrics$/, metric: 'cpu_us_per_msg', text: '<= 1.03 x plain (paired)', ok: (r) => r.ratio_twin <= 1.03, bound: 1.03 },
];

/** A paired goal whose bound lies inside the median's 95% interval: the rounds do not tell which side it is on. */
const unsettled = (goal, r) => goal.bound !== undefined && r.ratio_twin_low !== undefined && r.ratio_twin_low < goal.bound && goal.bound < r.ratio_twin_high;

const goalOf = (r) => GOALS.find((g) => (typeof g.scenario === 'string' ? g.scenario === r.scenario : g.scenario.test(r.scenario)) && g.metric === r.metric);

export function machine() {
  const version = (cmd, args) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return r.status === 0 ? r.stdout : '';
  };
  const kcatVersion = /Version (\S+)/.exec(version('kcat', ['-V']))?.[1];
  return {
    cpu: `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    memory_gib: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    librdkafka: require('node-rdkafka').librdkafkaVersion,
    kcat: kcatVersion ?? 'not found',
  };
}

const fmt3 = (v) => (v === null ? '-' : v.toFixed(3));
const fmt = (v) => (v === null || v === undefined ? '-' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));

function markdown(results, info) {
  const lines = [
    `Machine: ${info.machine.cpu}, ${info.machine.memory_gib} GiB; node ${info.machine.node}, librdkafka ${info.machine.librdkafka}, kcat ${info.machine.kcat}.`,
    `Broker, gateway, clients and kcat all on this machine; median of ${info.runs} runs; message counts x ${info.scale} (BENCH_SCALE); ${info.date}.`,
    '',
    '| scenario | size | metric | gateway | direct | kcat | gateway / direct | gateway / kcat | twin / plain (95% interval) | goal |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    const goal = goalOf(r);
    const verdict = goal ? `${goal.text}: ${goal.ok(r) ? 'met' : '**not met**'}${unsettled(goal, r) ? ' (not settled: the 95% interval spans the goal)' : ''}` : '';
    const twin = r.ratio_twin === undefined ? '' : `${fmt3(r.ratio_twin)}${r.ratio_twin_low === undefined ? '' : ` (${fmt3(r.ratio_twin_low)}-${fmt3(r.ratio_twin_high)})`}`;
    lines.push(
      `| ${r.scenario} | ${r.size_bytes} B | ${r.metric} | ${fmt(r.gateway)} | ${fmt(r.direct)} | ${fmt(r.kcat)} | ${fmt(r.ratio_direct)} | ${fmt(r.ratio_kcat)} | ${twin} | ${verdict} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A clustered bar chart of gateway/direct and gateway/kcat for every row that has a ratio. */
function chart(results, info, out) {
  const rows = results.filter((r) => r.ratio_direct !== null || r.ratio_kcat !== null);
  const data = rows
    .map((r) => `"${r.scenario} ${r.size_bytes >= 1024 ? `${r.size_bytes / 1024}K` : r.size_bytes} ${r.metric.replace(/_/g, ' ')}" ${r.ratio_direct ?? '?'} ${r.ratio_kcat ?? '?'}`)
    .join('\n');
  writeFileSync(`${out}/latest.dat`, `${data}\n`);
  const script = [
    'set terminal pngcairo size 1400,700 font "sans,10"',
    `set output "${out}/latest.png"`,
    `set title "kafka-grpc-gateway: gateway / direct node-rdkafka and gateway / kcat (median of ${info.runs}; ${info.machine.cpu})"`,
    'set style data histograms',
    'set style histogram clustered gap 1',
    'set style fill solid 0.8 border -1',
    'set boxwidth 0.9',
    'set xtics rotate by -40 left',
    'set ylabel "ratio (throughput: higher is better; latency: lower is better)"',
    'set grid ytics',
    'set datafile missing "?"',
    'set key top left',
    'set yrange [0:*]',
    'set bmargin 12',
    `plot "${out}/latest.dat" using 2:xtic(1) title "gateway / direct", "" using 3 title "gateway / kcat", 1 with lines lc rgb "black" dt 2 title "parity"`,
  ].join('\n');
  execFileSync('gnuplot', [], { input: script });
}

export async function writeReport(out, results, { runs, scale, seconds }) {
  mkdirSync(out, { recursive: true });
  const info = { runs, scale, seconds, date: new Date().toISOString().slice(0, 10), machine: machine() };
  writeFileSync(`${out}/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${out}/latest.md`, markdown(results, info));
  chart(results, info, out);
}
