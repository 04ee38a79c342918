// Prints the functions with the most self time in a V8 CPU profile (node --cpu-prof), for the README's notes on
// what limits the gateway.   node bench/profile-top.mjs FILE.cpuprofile [N]
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const sampled = new Map();
profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const self = new Map();
let total = 0;
for (const node of profile.nodes) {
  const us = sampled.get(node.id) ?? 0;
  total += us;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? ` ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
  const name = `${functionName || '(anonymous)'}${where}`;
  self.set(name, (self.get(name) ?? 0) + us);
}
console.log(`total ${(total / 1000).toFixed(0)} ms sampled\n`);
console.log('| self ms | share | function |\n|---:|---:|---|');
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`| ${(us / 1000).toFixed(0)} | ${((100 * us) / total).toFixed(1)}% | ${name} |`);
}
