// bench/results/faults.md from the fault suite's rows (scripts/faults.sh): one table, then each row's notes.
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const seconds = (ms) => (ms === undefined || ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);
const errors = (e) => Object.entries(e).map(([code, n]) => `${code}: ${n}`).join(', ') || 'none';
const out = [
  `# Fault suite (npm run faults), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  '| # | scenario | messages | lost | duplicated | recovery | errors by code |',
  '|---|---|---:|---:|---:|---:|---|',
  ...rows.map((r, i) => `| ${i + 1} | ${r.scenario} | ${r.messages} | ${r.lost} | ${r.duplicated} | ${seconds(r.recoveryMs)} | ${errors(r.errors)} |`),
  '',
  ...rows.flatMap((r, i) => (r.notes ? [`${i + 1}. ${r.notes}`] : [])),
  '',
];
process.stdout.write(out.join('\n'));
