import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { credentials, type ServiceError } from '@grpc/grpc-js';
import { startGateway, type GatewayOptions } from '../../src/app';
import type { GatewayConfig } from '../../src/config/config';
import { MetadataServiceClient } from '../../src/gen/kafkagateway/v1/metadata_service';
import { createLogger } from '../../src/logger';
import { gatewayClients } from './kafka-clients';
import { REPO, testBrokers } from './test-broker';

/**
 * A gateway in this process on a free port, using the shared test broker. Unless `overrides` names one, its data
 * directory is a fresh temporary one, removed when it stops.
 */
export async function startTestGateway(brokers = testBrokers(), overrides: Partial<GatewayConfig> = {}, options: GatewayOptions = {}) {
  const ownDataDir = overrides.dataDir === undefined;
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'kgw-data-'));
  const gateway = await startGateway(
    {
      host: '127.0.0.1',
      port: 0,
      brokers,
      logLevel: 'silent',
      shutdownTimeoutMs: 2000,
      maxHandles: 64,
      maxHandlesPerClient: 64,
      handleIdleMs: 600_000,
      maxSubJobs: 32,
      memoryBudgetMb: 0,
      memoryBudgetPerClientMb: 0,
      allowedBrokers: [],
      allowAdminCalls: undefined,
      maxConsumerQueueKbytes: 65_536,
      maxProducerQueueKbytes: 262_144,
      dataDir,
      tablesMaxMb: 1024,
      tableQueryTimeoutMs: 10_000,
      tlsCert: undefined,
      tlsKey: undefined,
      tlsClientCa: undefined,
      insecure: false,
      principals: undefined,
      reflection: 'authenticated',
      auditLogLevel: undefined,
      kafkaConfig: undefined,
      kafka: {},
      metricsPort: undefined,
      metricsHost: '127.0.0.1',
      metricsMaxTopics: 500,
      kafkaStatisticsMs: 5000,
      brokerUnreadyMs: 10_000,
      ...overrides,
    },
    createLogger('silent'),
    options,
  );
  const stop = async () => {
    await gateway.stop();
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...gateway, stop, address: `127.0.0.1:${gateway.port}` };
}

/**
 * A gateway with generated clients for the tests of one file: started before them, stopped after. `api` and
 * `gateway` are read inside the tests, once beforeAll has set them.
 */
export function gatewayForFile(overrides: Partial<GatewayConfig> = {}): { gateway: TestGateway; api: ReturnType<typeof gatewayClients> } {
  const suite = {} as { gateway: TestGateway; api: ReturnType<typeof gatewayClients> };
  beforeAll(async () => {
    suite.gateway = await startTestGateway(undefined, overrides);
    suite.api = gatewayClients(suite.gateway.address);
  });
  afterAll(async () => {
    suite.api?.close();
    await suite.gateway?.stop();
  });
  return suite;
}

export type TestGateway = Awaited<ReturnType<typeof startTestGateway>>;

export function metadataClient(address: string) {
  return new MetadataServiceClient(address, credentials.createInsecure());
}

/** Calls a generated client's unary method and returns its answer (or rejects with the ServiceError). */
export function unaryCall<Req, Res>(
  method: (request: Req, callback: (err: ServiceError | null, response: Res) => void) => unknown,
  request: Req,
): Promise<Res> {
  return new Promise((resolve, reject) => method(request, (err, response) => (err ? reject(err) : resolve(response))));
}

/**
 * grpcurl as installed by `make tools` (or found on PATH). Asynchronous: a synchronous spawn would block the
 * event loop of this process, which also serves the in-process gateway grpcurl talks to.
 */
export function grpcurl(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const local = resolve(REPO, '.tools/bin/grpcurl');
  const bin = existsSync(local) ? local : 'grpcurl';
  return new Promise((res, rej) => {
    const child = execFile(bin, args, { encoding: 'utf8', timeout: 30_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return rej(err);
      res({ code: child.exitCode, stdout, stderr });
    });
  });
}

/**
 * The built gateway as a user starts it (`make start` runs scripts/gateway.sh, which execs node: the child's pid is
 * the gateway's), as a child process with a temporary home of its own: its data directory unless the arguments
 * name one, and its output. That goes to files, not to pipes: pino writes to a pipe synchronously, so a pipe the
 * busy test process did not drain would stall the gateway, and a test that measures it would measure itself. The
 * home is removed once the gateway has exited; what it wrote is kept.
 */
export class GatewayProcess {
  readonly child: ChildProcess;
  /** Its standard output: the JSON log. */
  private readonly logFile: string;
  private readonly errFile: string;
  private kept: { stdout: string; stderr: string } | undefined;
  private listensOn: string | undefined;
  private readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], env: Record<string, string | undefined> = {}) {
    assertBuilt();
    const fullEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete fullEnv[k];
    const home = mkdtempSync(join(tmpdir(), 'kgw-process-'));
    this.logFile = join(home, 'gateway.log');
    this.errFile = join(home, 'stderr.log');
    const out = openSync(this.logFile, 'a');
    const err = openSync(this.errFile, 'a');
    this.child = spawn(resolve(REPO, 'scripts/gateway.sh'), withDataDir(args, fullEnv, home), { env: fullEnv, stdio: ['ignore', out, err] });
    closeSync(out);
    closeSync(err);
    this.exit = new Promise((res) =>
      this.child.on('exit', (code, signal) => {
        this.kept = { stdout: this.stdout, stderr: this.stderr };
        rmSync(home, { recursive: true, force: true });
        res({ code, signal });
      }),
    );
  }

  /** Starts it with `args` (--port 0 is added: the port it picks is read from its log) and waits until it listens. */
  static async start(args: string[], ms = 60_000): Promise<GatewayProcess> {
    const gateway = new GatewayProcess(['--port', '0', ...args]);
    try {
      await gateway.listeningPort(ms);
    } catch (err) {
      gateway.kill('SIGKILL');
      throw err;
    }
    return gateway;
  }

  get stdout(): string {
    return this.kept?.stdout ?? readFileSync(this.logFile, 'utf8');
  }

  get stderr(): string {
    return this.kept?.stderr ?? readFileSync(this.errFile, 'utf8');
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Where it listens, from its "listening" log line. */
  get address(): string {
    if (this.listensOn) return this.listensOn;
    const match = /"msg":"gRPC server listening on ([^"]+)"/.exec(this.stdout);
    if (!match) throw new Error('the gateway is not listening yet');
    return (this.listensOn = match[1]!);
  }

  /** Resolves with the exit code; rejects if the process is still running after `ms`. */
  async exitCode(ms = 20_000): Promise<number | null> {
    const timer = new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`still running after ${ms} ms`)), ms).unref());
    return (await Promise.race([this.exit, timer])).code;
  }

  /** How it ended; undefined while it runs. */
  exited(): string | undefined {
    if (this.child.exitCode === null && this.child.signalCode === null) return undefined;
    return this.child.signalCode ?? `exit code ${this.child.exitCode}`;
  }

  /** Waits for the "listening" log line and returns the port it names. */
  async listeningPort(ms = 120_000): Promise<number> {
    const deadline = Date.now() + ms;
    for (;;) {
      const match = /"port":(\d+),"msg":"gRPC server listening/.exec(this.stdout);
      if (match) return Number(match[1]);
      if (this.exited()) throw new Error(`gateway exited (${this.exited()}):\n${this.stdout}\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`gateway did not listen within ${ms} ms:\n${this.stdout}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Log lines (JSON) written so far. */
  logLines(): { msg: string; [key: string]: unknown }[] {
    return this.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg: string });
  }

  /** The last lines of its log, and of its standard error (where a crash of node or a native module is told), for a report. */
  logTail(lines = 20): string {
    const tail = (text: string) => text.trimEnd().split('\n').slice(-lines).join('\n');
    return this.stderr.trim() === '' ? tail(this.stdout) : `${tail(this.stdout)}\n--- stderr ---\n${tail(this.stderr)}`;
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (!this.exited()) this.child.kill(signal);
  }

  /** SIGTERM, and SIGKILL if it has not stopped within `ms`. */
  async stop(ms = 10_000): Promise<void> {
    if (!this.exited()) {
      this.kill('SIGTERM');
      const timer = setTimeout(() => this.kill('SIGKILL'), ms);
      await this.exit;
      clearTimeout(timer);
    }
    await this.exit;
  }
}

/**
 * A gateway's arguments with --data-dir `home`/data unless they (or the environment) name one: DuckDB locks its
 * files, so two gateways of the suite must never share the default directory. `home` is the gateway's own
 * temporary directory, removed once it has stopped.
 */
function withDataDir(args: string[], env: NodeJS.ProcessEnv, home: string): string[] {
  if (args.includes('--data-dir') || env['GATEWAY_DATA_DIR']) return args;
  return [...args, '--data-dir', join(home, 'data')];
}

/**
 * Fails unless dist/ was built after the last change to src/: a child gateway runs the built code, and a stale
 * build would test yesterday's gateway.
 */
function assertBuilt(): void {
  const main = resolve(REPO, 'dist/server/main.js');
  if (!existsSync(main)) throw new Error('dist/server/main.js is missing: run `make build` (npm run build) first');
  const newest = newestFile(resolve(REPO, 'src'));
  if (newest.mtimeMs > statSync(main).mtimeMs) throw new Error(`${newest.path} is newer than dist/: run \`make build\` (npm run build) first`);
}

function newestFile(dir: string): { path: string; mtimeMs: number } {
  let newest = { path: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const candidate = entry.isDirectory() ? newestFile(path) : { path, mtimeMs: statSync(path).mtimeMs };
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate;
  }
  return newest;
}

/** A process's resident set in bytes, from /proc/<pid>/status (Linux). */
export function rssOf(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!kib) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kib[1]) * 1024;
}
