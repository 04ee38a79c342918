// Prints the functions with the most self time in a V8 CPU profile (node --cpu-prof), for the README's notes on
// what limits the gateway.   node bench/profile-top.mjs FILE.cpuprofile [N]
import { read, selfTimes } from './lib/cpuprofile.mjs';

const [file, top = '25'] = process.argv.slice(2);
const { total, rows } = selfTimes(read(file));
console.log(`total ${(total / 1000).toFixed(0)} ms sampled\n`);
console.log('| self ms | share | function |\n|---:|---:|---|');
for (const [name, us] of rows.slice(0, Number(top))) {
  console.log(`| ${(us / 1000).toFixed(0)} | ${((100 * us) / total).toFixed(1)}% | ${name} |`);
}
