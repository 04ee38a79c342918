import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

/** The official `dolphindb` package in a child process (see oracle-process.cjs). */
export class DdbOracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: ((line: string) => void)[] = [];

  constructor() {
    this.child = spawn(process.execPath, [resolve(__dirname, 'oracle-process.cjs')]);
    createInterface({ input: this.child.stdout }).on('line', (line) => this.pending.shift()?.(line));
    this.child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  }

  /** DdbObj.pack() of each wire object: hex, or {error}. */
  pack(objs: unknown[]): Promise<(string | { error: string })[]> {
    return this.request({ op: 'pack', objs }).then((r) => r['hexes'] as (string | { error: string })[]);
  }

  /** DdbObj.parse(bytes, true) of each payload, as wire objects (or {error}). */
  parse(payloads: Buffer[]): Promise<unknown[]> {
    return this.request({ op: 'parse', hexes: payloads.map((p) => p.toString('hex')) }).then((r) => r['objs'] as unknown[]);
  }

  close(): void {
    this.child.kill();
  }

  private request(body: object): Promise<Record<string, unknown>> {
    return new Promise((res) => {
      this.pending.push((line) => res(JSON.parse(line) as Record<string, unknown>));
      this.child.stdin.write(`${JSON.stringify(body)}\n`);
    });
  }
}
