import { execFile, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from '../logger';

const SCRIPT = resolve(__dirname, '../../scripts/kafka-broker.sh');

/** The local broker the gateway uses when no broker list is configured. */
export interface EmbeddedBroker {
  bootstrap: string;
  /** True when this process started the broker (and so stops it); false when it found one running. */
  owned: boolean;
  stop(): Promise<void>;
}

/** The embedded broker could not be started; the script has already said why on stderr. */
export class EmbeddedBrokerError extends Error {
  static readonly code = 'KGW_EMBEDDED_BROKER';
  readonly code = EmbeddedBrokerError.code;
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedBrokerError';
  }
}

/**
 * Uses the broker that scripts/kafka-broker.sh manages: a running one is reused and left running; otherwise one is
 * started (fetching the jars on first use) and stopped again by `stop()`.
 */
export async function startEmbeddedBroker(log: Logger): Promise<EmbeddedBroker> {
  // Ownership is decided before starting: a broker that runs already (or is being started by another process)
  // is not ours to stop, unless the gateway that started it is gone without stopping it (kill -9).
  const alreadyRunning = await statusIsRunning();
  if (!alreadyRunning) log.info('no --brokers given: starting the embedded local Kafka broker (scripts/kafka-broker.sh)');
  // `start` is idempotent and holds the script's lock, so it also waits out a start in progress and only returns
  // the address of a broker that answers requests.
  const bootstrap = (await runScript('start')).trim().split('\n').pop() ?? '';
  const owned = { bootstrap, owned: true, stop: () => runScript('stop').then(() => forgetOwner()) };
  if (!alreadyRunning) {
    claimOwner();
    return owned;
  }
  const owner = recordedOwner();
  if (owner !== undefined && !isAlive(owner)) {
    log.warn({ bootstrap, previousGateway: owner }, `the embedded Kafka broker at ${bootstrap} was left running by a gateway that did not stop (pid ${owner}); this gateway takes it over and stops it when it stops`);
    claimOwner();
    return owned;
  }
  log.info({ bootstrap }, `reusing the embedded Kafka broker already running at ${bootstrap}`);
  log.info(owner !== undefined ? `it belongs to the gateway with pid ${owner}, which stops it` : 'it was started outside a gateway and stays running when this gateway stops (make broker-stop stops it)');
  return { bootstrap, owned: false, stop: async () => undefined };
}

/** Where the script keeps this broker, and where the gateway that started it writes its pid. */
const ownerFile = () => join(process.env['KAFKA_RUN_DIR'] ?? resolve(__dirname, '../../.kafka/run'), 'gateway.pid');

function claimOwner(): void {
  try {
    writeFileSync(ownerFile(), `${process.pid}\n`);
  } catch {
    // Without the file a later gateway treats the broker as started by hand: it reuses it and leaves it running.
  }
}

function forgetOwner(): void {
  rmSync(ownerFile(), { force: true });
}

function recordedOwner(): number | undefined {
  try {
    const pid = Number(readFileSync(ownerFile(), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function statusIsRunning(): Promise<boolean> {
  return new Promise((res) => execFile(SCRIPT, ['status'], (err) => res(!err)));
}

/** Runs the broker script; its progress goes to our stderr, its stdout is returned. */
function runScript(command: 'start' | 'stop'): Promise<string> {
  return new Promise((res, rej) => {
    // detached: a Ctrl-C in the terminal reaches the gateway, which then stops the broker in order.
    const child = spawn(SCRIPT, [command], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', (err) => rej(new EmbeddedBrokerError(`scripts/kafka-broker.sh ${command} could not run: ${err.message}`)));
    child.on('exit', (code) =>
      code === 0 ? res(stdout) : rej(new EmbeddedBrokerError(`scripts/kafka-broker.sh ${command} failed (exit ${code ?? 'signal'})`)),
    );
  });
}
