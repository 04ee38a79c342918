import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Logger } from '../logger';

const SCRIPT = resolve(__dirname, '../../scripts/kafka-broker.sh');

/** The local broker the gateway uses when no broker list is configured. */
export interface EmbeddedBroker {
  bootstrap: string;
  /** True when this process started the broker (and so stops it); false when it found one running. */
  owned: boolean;
  stop(): Promise<void>;
}

/**
 * Uses the broker that scripts/kafka-broker.sh manages: a running one is reused and left running; otherwise one is
 * started (fetching the jars on first use) and stopped again by `stop()`.
 */
export async function startEmbeddedBroker(log: Logger): Promise<EmbeddedBroker> {
  const running = await runScript('status', 'pipe').catch(() => undefined);
  const match = running && /at (\S+:\d+)/.exec(running);
  if (match?.[1]) {
    log.info({ bootstrap: match[1] }, `reusing the embedded Kafka broker already running at ${match[1]}`);
    return { bootstrap: match[1], owned: false, stop: async () => undefined };
  }
  log.info('no --brokers given: starting the embedded local Kafka broker (scripts/kafka-broker.sh)');
  const out = await runScript('start', 'inherit');
  const bootstrap = out.trim().split('\n').pop() ?? '';
  return {
    bootstrap,
    owned: true,
    stop: async () => {
      await runScript('stop', 'inherit');
    },
  };
}

/** Runs the broker script; its progress goes to our stderr ('inherit'), its stdout is returned. */
function runScript(command: string, stderr: 'inherit' | 'pipe'): Promise<string> {
  if (stderr === 'pipe') {
    return new Promise((res, rej) =>
      execFile(SCRIPT, [command], (err, stdout) => (err ? rej(err) : res(stdout))),
    );
  }
  return new Promise((res, rej) => {
    // detached: a Ctrl-C in the terminal reaches the gateway, which then stops the broker in order.
    const child = spawn(SCRIPT, [command], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', rej);
    child.on('exit', (code) =>
      code === 0 ? res(stdout) : rej(new Error(`scripts/kafka-broker.sh ${command} failed (exit ${code ?? 'signal'})`)),
    );
  });
}
