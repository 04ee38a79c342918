import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { credentials, type ServiceError } from '@grpc/grpc-js';
import { startGateway } from '../../src/app';
import type { GatewayConfig } from '../../src/config/config';
import { MetadataServiceClient } from '../../src/gen/kafkagateway/v1/metadata_service';
import { createLogger } from '../../src/logger';
import { gatewayClients } from './kafka-clients';
import { REPO, testBrokers } from './test-broker';

/** A gateway in this process on a free port, using the shared test broker. */
export async function startTestGateway(brokers = testBrokers(), overrides: Partial<GatewayConfig> = {}) {
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
      allowedBrokers: [],
      allowAdminCalls: undefined,
      maxConsumerQueueKbytes: 65_536,
      maxProducerQueueKbytes: 262_144,
      ...overrides,
    },
    createLogger('silent'),
  );
  return { ...gateway, address: `127.0.0.1:${gateway.port}` };
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

/** The gateway as a user starts it (`make start` runs scripts/gateway.sh, which execs node), as a child process. */
export class GatewayProcess {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], env: Record<string, string | undefined> = {}) {
    const fullEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete fullEnv[k];
    this.child = spawn(resolve(REPO, 'scripts/gateway.sh'), args, { env: fullEnv });
    this.child.stdout!.on('data', (d: Buffer) => (this.stdout += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((res) => this.child.on('exit', (code, signal) => res({ code, signal })));
  }

  /** Resolves with the exit code; rejects if the process is still running after `ms`. */
  async exitCode(ms = 20_000): Promise<number | null> {
    const timer = new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`still running after ${ms} ms`)), ms).unref());
    return (await Promise.race([this.exited, timer])).code;
  }

  /** Waits for the "listening" log line and returns the port it names. */
  async listeningPort(ms = 120_000): Promise<number> {
    const deadline = Date.now() + ms;
    for (;;) {
      const match = /"port":(\d+),"msg":"gRPC server listening/.exec(this.stdout);
      if (match) return Number(match[1]);
      if (this.child.exitCode !== null) throw new Error(`gateway exited (${this.child.exitCode}):\n${this.stdout}\n${this.stderr}`);
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

  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.child.exitCode === null) this.child.kill(signal);
  }
}
