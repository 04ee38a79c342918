// Renders the main panels of dashboards/kafka-grpc-gateway.json to a PNG with gnuplot, from a running Prometheus:
// each panel's queries over [start, end], as Grafana would draw them ($__rate_interval becomes RATE).
//   node bench/dashboard.mjs PROMETHEUS_URL START_S END_S OUT.png
// scripts/metrics-dashboard.sh runs Prometheus, a gateway and the load, then this.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, start, end, out] = process.argv.slice(2);
if (!out) throw new Error('usage: node bench/dashboard.mjs PROMETHEUS_URL START_S END_S OUT.png');
const PANELS = 8; // the first eight: calls, errors, latency, records, bytes, lag, handles and streams, event loop
const RATE = '5s';
const STEP = 2;

const dashboard = JSON.parse(readFileSync(new URL('../dashboards/kafka-grpc-gateway.json', import.meta.url), 'utf8'));
const dataDir = mkdtempSync(join(tmpdir(), 'kgw-dashboard-'));

async function queryRange(expr) {
  const q = new URLSearchParams({ query: expr.replaceAll('$__rate_interval', RATE), start, end, step: String(STEP) });
  const res = await fetch(`${url}/api/v1/query_range?${q}`);
  const body = await res.json();
  if (body.status !== 'success') throw new Error(`Prometheus refused ${expr}: ${body.error}`);
  return body.data.result;
}

const legend = (format, metric) => format.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, l) => metric[l] ?? '');
const fetched = [];
for (const panel of dashboard.panels.slice(0, PANELS)) {
  const series = [];
  for (const target of panel.targets) {
    for (const r of await queryRange(target.expr)) {
      const points = r.values.map(([t, v]) => [Number(t), Number(v)]).filter(([, v]) => Number.isFinite(v));
      if (points.length) series.push({ points, title: legend(target.legendFormat, r.metric) || target.refId });
    }
  }
  fetched.push({ panel, series });
}
// Time runs from the first sample: the script's start includes building, before the gateway serves anything.
const t0 = Math.min(...fetched.flatMap(({ series }) => series.map((s) => s.points[0][0])));
let files = 0;
const plots = fetched.map(({ panel, series }) => ({
  panel,
  series: series.map((s) => {
    const file = join(dataDir, `s${files++}.tsv`);
    writeFileSync(file, s.points.map(([t, v]) => `${t - t0}\t${v}`).join('\n') + '\n');
    return { file, title: s.title };
  }),
}));

const unitLabel = { s: 'seconds', reqps: 'calls/s', ops: 'per second', Bps: 'bytes/s', bytes: 'bytes', short: '' };
const esc = (t) => t.replaceAll('"', '\\"').replaceAll('_', '\\_');
const script = [
  `set terminal pngcairo size 1600,1800 font "sans,10"`,
  `set output "${out}"`,
  `set multiplot layout 4,2 title "kafka-grpc-gateway under the benchmark's load (Prometheus, 1 s scrapes)"`,
  'set key top left font ",8" noenhanced',
  'set grid',
  'set xlabel "seconds into the run"',
  ...plots.flatMap(({ panel, series }) => [
    `set title "${esc(panel.title)}" noenhanced`,
    `set ylabel "${unitLabel[panel.fieldConfig.defaults.unit] ?? ''}"`,
    series.length === 0
      ? 'plot [0:1] 0 lt 0 title "no data in this run"'
      : `plot ${series.slice(0, 12).map((s) => `"${s.file}" using 1:2 with lines lw 1.5 title "${s.title.replaceAll('"', '')}"`).join(', ')}`,
  ]),
  'unset multiplot',
].join('\n');
writeFileSync(join(dataDir, 'dashboard.gp'), script + '\n');
execFileSync('gnuplot', [join(dataDir, 'dashboard.gp')]);
console.error(`dashboard: ${plots.length} panels, ${files} series -> ${out}`);
