import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
export const BROKER_SCRIPT = resolve(REPO, 'scripts/kafka-broker.sh');

/**
 * The broker the integration tests share: its own run dir and ports, so a broker started by `make start` (19092)
 * or one the user runs on 9092 is never touched. It also listens with SASL_PLAINTEXT and SASL_SSL and enforces
 * ACLs (the script's users admin and alice), for test/integration/kafka-security.test.ts; the PLAINTEXT
 * listener every other test uses is a super user, so nothing changes for them.
 */
export const TEST_BROKER_ENV = {
  KAFKA_RUN_DIR: process.env['TEST_KAFKA_RUN_DIR'] ?? resolve(REPO, '.kafka/test'),
  KAFKA_PORT: process.env['TEST_KAFKA_PORT'] ?? '19192',
  KAFKA_CONTROLLER_PORT: process.env['TEST_KAFKA_CONTROLLER_PORT'] ?? '19193',
  KAFKA_SASL_PORT: process.env['TEST_KAFKA_SASL_PORT'] ?? '19194',
  KAFKA_SASL_SSL_PORT: process.env['TEST_KAFKA_SASL_SSL_PORT'] ?? '19195',
  KAFKA_AUTHORIZER: '1',
};

/** Runs the broker script and returns its exit code, stdout and stderr. */
export function brokerScript(command: string, env: Record<string, string> = {}) {
  const result = spawnSync(BROKER_SCRIPT, [command], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 240_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The broker script without blocking this process's event loop (an in-process gateway keeps serving meanwhile). */
export function brokerScriptAsync(
  command: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(BROKER_SCRIPT, [command, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 240_000 }, (_err, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** The bootstrap list of the shared test broker (set by global-setup). */
export function testBrokers(): string {
  const brokers = process.env['KAFKA_BROKERS'];
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: the integration global setup did not run');
  return brokers;
}

export function freePort(): number {
  return freePorts(1)[0]!;
}

/** `n` distinct free ports: all are held open together, so that the kernel cannot hand out one twice. */
export function freePorts(n: number): number[] {
  const script = `const net=require("net");const ss=[];let left=${n};
    for(let i=0;i<${n};i++){const s=net.createServer().listen(0,"127.0.0.1",()=>{if(--left===0){console.log(ss.map(x=>x.address().port).join(" "));ss.forEach(x=>x.close())}});ss.push(s)}`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ').map(Number);
}
