import type { RawCaller } from './raw-caller';

/**
 * What another caller sees while the fuzz runs: a health check and a cheap unary call, one after the other every
 * 100 ms on a connection of its own. A call's latency counts from when it was due, so that a blocked event loop
 * (which delays the timer too) shows. Also samples the process's RSS, which in-process is the gateway's.
 */
export class GatewayWatch {
  worstMs = 0;
  worstCall = '';
  /** When the slowest call was due and when it was answered. */
  worstWindow: [number, number] = [0, 0];
  calls = 0;
  failures: string[] = [];
  peakRss = 0;
  private running = true;
  private loop: Promise<void> | undefined;
  private rssTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly caller: RawCaller,
    private readonly probes: { path: string; bytes: Buffer }[],
  ) {}

  start(): void {
    this.rssTimer = setInterval(() => (this.peakRss = Math.max(this.peakRss, process.memoryUsage().rss)), 50);
    this.loop = (async () => {
      let due = Date.now();
      while (this.running) {
        for (const probe of this.probes) {
          const o = await this.caller.unary(probe.path, probe.bytes, 5000);
          const ms = Date.now() - due;
          this.calls++;
          if (ms > this.worstMs) [this.worstMs, this.worstCall, this.worstWindow] = [ms, probe.path, [due, Date.now()]];
          if (o.code !== 0 && this.failures.length < 5) this.failures.push(`${probe.path}: code ${o.code} ${o.details}`);
          due = Date.now() + 100;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.rssTimer);
    await this.loop;
  }
}
