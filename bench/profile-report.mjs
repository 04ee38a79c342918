// Turns the CPU profiles of one profiled benchmark run (scripts/bench-profile.sh) into a flame graph per process
// role and a summary of where each role's time went.
//   node bench/profile-report.mjs RUN_DIR OUT_DIR TITLE
// RUN_DIR holds ROLE/*.cpuprofile (gateway, client, direct) and the run's latest.json; OUT_DIR gets ROLE.svg and
// summary.md. Flame graphs are drawn by inferno-flamegraph (crates.io), which the script expects on PATH.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldedStacks, read, selfTimes } from './lib/cpuprofile.mjs';

const [runDir, outDir, title] = process.argv.slice(2);
const ROLES = {
  gateway: 'the gateway process',
  client: 'the generated TypeScript client (the gateway side of the benchmark)',
  direct: 'direct node-rdkafka',
};
const TOP = 12;
mkdirSync(outDir, { recursive: true });

const ms = (us) => (us / 1000).toFixed(0);
const share = (us, total) => `${((100 * us) / total).toFixed(1)}%`;
const summary = [`# CPU profile: ${title}`, ''];

const results = JSON.parse(readFileSync(join(runDir, 'latest.json'), 'utf8'));
summary.push('| metric | gateway | direct | gateway / direct |', '|---|---:|---:|---:|');
for (const r of results) {
  const f = (v) => (v === null ? '-' : Number(v.toPrecision(4)).toString());
  summary.push(`| ${r.metric} | ${f(r.gateway)} | ${f(r.direct)} | ${f(r.ratio_direct)} |`);
}
summary.push('', 'Profiled with `node --cpu-prof`, which slows every process a little; the figures above are from this run.', '');

for (const [role, what] of Object.entries(ROLES)) {
  const dir = join(runDir, role);
  if (!existsSync(dir)) continue;
  const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => read(join(dir, f)));
  if (profiles.length === 0) continue;
  const self = new Map();
  let total = 0;
  for (const p of profiles) {
    const t = selfTimes(p);
    total += t.total;
    for (const [name, us] of t.rows) self.set(name, (self.get(name) ?? 0) + us);
  }
  const idle = self.get('(idle)') ?? 0;
  const gc = self.get('(garbage collector)') ?? 0;
  const folded = join(runDir, `${role}.folded`);
  writeFileSync(folded, profiles.flatMap(foldedStacks).join('\n') + '\n');
  const svg = execFileSync('inferno-flamegraph', ['--title', `${title}: ${role}`, '--countname', 'us', folded], { maxBuffer: 256 << 20 });
  writeFileSync(join(outDir, `${role}.svg`), svg);

  summary.push(`## ${role}: ${what}`, '');
  summary.push(
    `${ms(total)} ms sampled in ${profiles.length} process(es): ${share(total - idle, total)} busy, ` +
      `${share(idle, total)} idle (waiting for I/O or timers), ${share(gc, total)} in the garbage collector. ` +
      `Flame graph of the busy time: [${role}.svg](${role}.svg).`,
    '',
    '| self ms | share of busy | function |',
    '|---:|---:|---|',
  );
  const busy = [...self].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]);
  for (const [name, us] of busy.slice(0, TOP)) summary.push(`| ${ms(us)} | ${share(us, total - idle)} | ${name.replaceAll('|', '\\|')} |`);
  summary.push('');
}
writeFileSync(join(outDir, 'summary.md'), summary.join('\n'));
console.error(`profile: ${outDir}/summary.md`);
