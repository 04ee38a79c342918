import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Spec } from './to-spec';

const ROOT = resolve(__dirname, '../../..');
/** Where scripts/install-ddb-oracle.sh puts the wheel (the unit tests' global setup runs it). */
export const ORACLE_PYTHON = resolve(ROOT, '.tools/python-ddb/bin/python');

export type DumpsResult = string | { error: string } | { inexpressible: string };
export type LoadsResult = { ok: true } | { diff: string } | { error: string };

/** DolphinDB's C++ serializer (PyPI `dolphindb`) in one long-lived child process (see oracle.py). */
export class CppOracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: { resolve: (line: string) => void; reject: (err: Error) => void }[] = [];
  private stderr = '';
  private exited: Error | undefined;

  constructor() {
    if (!existsSync(ORACLE_PYTHON)) throw new Error(`${ORACLE_PYTHON} is missing: run scripts/install-ddb-oracle.sh (make test does)`);
    this.child = spawn(ORACLE_PYTHON, [resolve(__dirname, 'oracle.py')], { env: { ...process.env, PYTHONHASHSEED: '0' } });
    createInterface({ input: this.child.stdout }).on('line', (line) => this.pending.shift()?.resolve(line));
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.child.on('exit', (code, signal) => {
      this.exited = new Error(`oracle.py exited (${code ?? signal}): ${this.stderr.slice(-2000)}`);
      for (const p of this.pending.splice(0)) p.reject(this.exited);
    });
  }

  /** io.dumps of each value: hex, the API's refusal, or why no Python object can say it. */
  dumps(specs: Spec[]): Promise<DumpsResult[]> {
    return this.request({ op: 'dumps', specs }) as Promise<DumpsResult[]>;
  }

  /** io.loads of each payload, compared in the process with the value its spec describes. */
  loads(items: { bytes: Buffer; spec: Spec }[]): Promise<LoadsResult[]> {
    return this.request({ op: 'loads', items: items.map((i) => ({ hex: i.bytes.toString('hex'), spec: i.spec })) }) as Promise<LoadsResult[]>;
  }

  close(): void {
    this.child.stdin.end();
    this.child.kill();
  }

  private request(body: object): Promise<unknown[]> {
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((res, rej) => {
      this.pending.push({ resolve: (line) => res((JSON.parse(line) as { results: unknown[] }).results), reject: rej });
      this.child.stdin.write(`${JSON.stringify(body)}\n`);
    });
  }
}
