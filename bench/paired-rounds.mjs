// Pools the paired rounds of comparison runs (BENCH_METRICS=compare or control) from their logs: for each twin
// row, the median over every round of every log of twin / plain, with its 95% interval, per metric.
//   node bench/paired-rounds.mjs <bench log> [<bench log> ...]
// A log is what `npm run bench` writes to stderr; its "bench: round i/N <row> <size> B: {json}" lines are read.
import { readFileSync } from 'node:fs';
import { median, medianInterval } from './lib/stats.mjs';

const logs = process.argv.slice(2);
if (logs.length === 0) {
  console.error('usage: node bench/paired-rounds.mjs <bench log> [<bench log> ...]');
  process.exit(2);
}

const ratios = new Map(); // "<twin row> <size> <metric>" -> [twin / plain of each round]
for (const log of logs) {
  const rounds = new Map(); // "<round> <size>" -> { row: gateway figures }
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const m = /^bench: round (\d+)\/\d+ (\S+) (\d+) B: (.*)$/.exec(line);
    if (!m) continue;
    const key = `${m[1]} ${m[3]}`;
    rounds.set(key, { ...rounds.get(key), [m[2]]: JSON.parse(m[4]).gateway });
  }
  for (const [key, rows] of rounds) {
    const size = key.split(' ')[1];
    for (const [row, twin] of Object.entries(rows)) {
      const plain = rows[row.split('+')[0]];
      if (!row.includes('+') || !plain || !twin) continue;
      for (const metric of Object.keys(twin)) {
        if (!(plain[metric] > 0) || typeof twin[metric] !== 'number') continue;
        const k = `${row} ${size} ${metric}`;
        ratios.set(k, [...(ratios.get(k) ?? []), twin[metric] / plain[metric]]);
      }
    }
  }
}

for (const [k, values] of [...ratios].sort(([a], [b]) => a.localeCompare(b))) {
  const [row, size, metric] = k.split(' ');
  const interval = medianInterval(values);
  const range = interval ? ` (${interval[0].toFixed(3)}-${interval[1].toFixed(3)})` : '';
  console.log(`${row} ${size} B ${metric}: ${median(values).toFixed(3)}${range} over ${values.length} rounds`);
}
