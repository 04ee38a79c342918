import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';

/** What the bystander saw while the fuzz ran. */
export interface WatchReport {
  calls: number;
  worstMs: number;
  worstCall: string;
  /** When the slowest call was due and when it was answered (Date.now() of both processes: one clock). */
  worstWindow: [number, number];
  failures: string[];
  /** The gateway's peak VmRSS in bytes. */
  peakRss: number;
}

/**
 * What another caller sees while the fuzz runs: a health check and a cheap unary call, one after the other every
 * 100 ms on a connection of its own, and the gateway's RSS sampled every 50 ms. It runs in a process of its own
 * (gateway-watch-process.cjs), so that it measures the gateway (a child process too), not the test's event loop.
 */
export class GatewayWatch {
  private child: ChildProcessWithoutNullStreams | undefined;

  constructor(
    private readonly address: string,
    private readonly gatewayPid: number,
    private readonly probes: { path: string; bytes: Buffer }[],
  ) {}

  start(): void {
    const probes = JSON.stringify(this.probes.map((p) => ({ path: p.path, hex: p.bytes.toString('hex') })));
    this.child = spawn(process.execPath, [resolve(__dirname, 'gateway-watch-process.cjs'), this.address, String(this.gatewayPid), probes]);
    this.child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  }

  /** Ends the watch process at once, if it runs; what it saw is lost. */
  kill(): void {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  /** Ends the watch and returns what it saw. */
  async stop(): Promise<WatchReport> {
    const child = this.child;
    if (!child) throw new Error('the watch was not started');
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.once('close', (code) => r(code)));
    child.stdin.end('stop\n');
    const code = await exited;
    if (code !== 0) throw new Error(`the bystander process exited with ${code}: ${out}`);
    return JSON.parse(out) as WatchReport;
  }
}
