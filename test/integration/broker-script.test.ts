import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokerScript, freePort, TEST_BROKER_ENV } from '../helpers/test-broker';

const runDirs: string[] = [];
afterAll(() => {
  for (const dir of runDirs) rmSync(dir, { recursive: true, force: true });
});

/** A run dir (removed after the file's tests) and ports no other broker uses. */
function isolatedBroker(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kgw-broker-'));
  runDirs.push(dir);
  return {
    KAFKA_RUN_DIR: dir,
    KAFKA_PORT: String(freePort()),
    KAFKA_CONTROLLER_PORT: String(freePort()),
    ...extra,
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('scripts/kafka-broker.sh', () => {
  it('reports the running test broker with its address', () => {
    const status = brokerScript('status', TEST_BROKER_ENV);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`^running \\(pid \\d+\\) at 127\\.0\\.0\\.1:${TEST_BROKER_ENV.KAFKA_PORT}`));
  });

  it('finds the running broker on a second start and does not start another', () => {
    const pidBefore = readFileSync(join(TEST_BROKER_ENV.KAFKA_RUN_DIR, 'kafka.pid'), 'utf8').trim();
    const again = brokerScript('start', TEST_BROKER_ENV);
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe(`127.0.0.1:${TEST_BROKER_ENV.KAFKA_PORT}`);
    expect(again.stderr).toContain(`already running (pid ${pidBefore})`);
    expect(readFileSync(join(TEST_BROKER_ENV.KAFKA_RUN_DIR, 'kafka.pid'), 'utf8').trim()).toBe(pidBefore);
  });

  it('stops without error when nothing runs, and then reports "not running"', () => {
    const env = isolatedBroker();
    const stop = brokerScript('stop', env);
    expect(stop.code).toBe(0);
    expect(stop.stderr).toContain('not running');
    const status = brokerScript('status', env);
    expect(status.code).toBe(3);
    expect(status.stdout.trim()).toBe('not running');
  });

  it('refuses a port that is already taken, saying which', () => {
    const env = isolatedBroker({ KAFKA_PORT: TEST_BROKER_ENV.KAFKA_PORT });
    const start = brokerScript('start', env);
    expect(start.code).toBe(1);
    expect(start.stderr).toContain(`port ${TEST_BROKER_ENV.KAFKA_PORT} on 127.0.0.1 is already in use`);
  });

  it('prints the tail of the broker log and fails when the broker is not ready in time', () => {
    const env = isolatedBroker({ KAFKA_START_TIMEOUT: '1' });
    const start = brokerScript('start', env);
    expect(start.code).toBe(1);
    expect(start.stderr).toContain('the broker did not start within 1s');
    expect(start.stderr).toContain(`last lines of ${env.KAFKA_RUN_DIR}/kafka.log`);
    // The tail really is the broker's log: the storage format step writes it first.
    expect(start.stderr).toMatch(/Formatting|metadata\.version|INFO/);
    expect(brokerScript('status', env).code).toBe(3);
  });

  it('names the missing JDK and the --brokers alternative', () => {
    const start = brokerScript('start', isolatedBroker({ JAVA_HOME: '/nonexistent-jdk' }));
    expect(start.code).toBe(1);
    expect(start.stderr).toContain('/nonexistent-jdk/bin/java not found');
    expect(start.stderr).toContain('--brokers');
  });

  it('starts a broker that serves requests, with data kept across a restart, and stops it by its pid', () => {
    const env = isolatedBroker();
    try {
      const start = brokerScript('start', env);
      expect(start.code).toBe(0);
      expect(start.stdout.trim()).toBe(`127.0.0.1:${env.KAFKA_PORT}`);
      const pid = Number(readFileSync(join(env.KAFKA_RUN_DIR, 'kafka.pid'), 'utf8'));
      expect(isAlive(pid)).toBe(true);
      const clusterId = /cluster\.id=(\S+)/.exec(readFileSync(join(env.KAFKA_RUN_DIR, 'data/meta.properties'), 'utf8'))?.[1];

      expect(brokerScript('stop', env).code).toBe(0);
      expect(isAlive(pid)).toBe(false);

      // The second start reuses the formatted storage instead of formatting anew.
      expect(brokerScript('start', env).code).toBe(0);
      expect(readFileSync(join(env.KAFKA_RUN_DIR, 'data/meta.properties'), 'utf8')).toContain(`cluster.id=${clusterId}`);
    } finally {
      brokerScript('stop', env);
    }
  });
});
