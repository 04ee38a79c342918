// Child processes of the benchmark: the broker script, the gateway, one process per measured run, and kcat.
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { sleep } from './stats.mjs';

/** Runs a command to completion; rejects with its stderr when it fails or runs past `timeoutMs`. */
export function run(command, args, { env, timeoutMs = 600_000, stdin } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${command} ${args.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
    if (stdin !== undefined) child.stdin.end(stdin);
  });
}

/**
 * Node's flags for a process of the benchmark: with BENCH_PROFILE=DIR, a V8 CPU profile of the whole process,
 * written at its exit under DIR/ROLE (scripts/bench-profile.sh turns them into flame graphs).
 */
function nodeFlags(role) {
  const dir = process.env.BENCH_PROFILE;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}/${role}`] : [];
}

/** One measured run of a side's script (bench/sides/*.mjs): a fresh process, one JSON line back. */
export async function side(script, job, timeoutMs = 300_000) {
  const role = script.includes('gateway') ? 'client' : 'direct';
  const out = await run(process.execPath, [...nodeFlags(role), script, JSON.stringify(job)], { timeoutMs });
  return JSON.parse(out.trim().split('\n').pop());
}

/** Wall-clock seconds of a kcat run (stdout discarded), reading its input from `inputFile` when producing. */
export function kcat(args, timeoutMs = 300_000) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('kcat', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - t0) / 1000;
      if (code === 0) resolve(seconds);
      else reject(new Error(`kcat ${args.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

/** A gateway process on `port`; `rssMb()` reads its resident memory from /proc. */
export async function startGateway({ brokers, port, args = [], dir = '.' }) {
  // scripts/gateway.sh starts it as users do, with its Node flags; BENCH_PROFILE adds the profiler's. `dir` is
  // the checkout whose build runs (another one: BENCH_TWIN_DIR).
  const env = { ...process.env, GATEWAY_NODE_FLAGS: nodeFlags('gateway').join(' ') };
  const child = spawn(`${dir}/scripts/gateway.sh`, ['--brokers', brokers, '--port', String(port), '--log-level', 'warn', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = performance.now() + 30_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || performance.now() > deadline) throw new Error(`the gateway did not start on port ${port}`);
    await sleep(100);
  }
  return {
    pid: child.pid,
    address: `127.0.0.1:${port}`,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024,
    /** CPU seconds the gateway process has used (user + system, from /proc; clock ticks of 1/100 s). */
    cpuSeconds: () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
