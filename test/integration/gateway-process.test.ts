import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GetMetadataRequest, GetMetadataResponse } from '../../src/gen/kafkagateway/v1/metadata_service';
import { version } from '../../src/config/config';
import { GatewayProcess, metadataClient, unaryCall } from '../helpers/gateway';
import { brokerScript, freePorts, TEST_BROKER_ENV, testBrokers } from '../helpers/test-broker';

/**
 * How long a gateway that stops its embedded broker may take to exit: the broker script waits 30 s for the
 * broker's own shutdown before SIGKILL, and a broker on a machine busy with the rest of the suite can use most of it.
 */
const BROKER_STOP_MS = 45_000;

describe('the gateway process', () => {
  let gateway: GatewayProcess | undefined;
  // Embedded brokers a test started: stopped here, so that a test that times out leaves none running, and their
  // run directories removed.
  const brokers: Record<string, string>[] = [];
  afterEach(() => {
    gateway?.kill('SIGKILL');
    for (const broker of brokers.splice(0)) {
      brokerScript('stop', broker);
      if (broker['KAFKA_RUN_DIR']) rmSync(broker['KAFKA_RUN_DIR'], { recursive: true, force: true });
    }
  });

  it('rejects an unknown flag with one line naming it, exit code 2', async () => {
    gateway = new GatewayProcess(['--bogus', 'x']);
    expect(await gateway.exitCode()).toBe(2);
    expect(gateway.stderr).toBe('kafka-grpc-gateway: --bogus: unknown flag (see --help)\n');
  });

  it('rejects a bad flag value naming the flag, exit code 2', async () => {
    gateway = new GatewayProcess(['--port', 'fifty']);
    expect(await gateway.exitCode()).toBe(2);
    expect(gateway.stderr.trim().split('\n')).toHaveLength(1);
    expect(gateway.stderr).toContain('--port: must be an integer from 0 to 65535, got "fifty"');
  });

  it('rejects a bad environment value naming the variable, exit code 2', async () => {
    gateway = new GatewayProcess([], { GATEWAY_PORT: '99999' });
    expect(await gateway.exitCode()).toBe(2);
    expect(gateway.stderr).toContain('GATEWAY_PORT: must be an integer');
  });

  it('prints its options for --help and exits 0', async () => {
    gateway = new GatewayProcess(['--help']);
    expect(await gateway.exitCode()).toBe(0);
    expect(gateway.stdout).toContain('--brokers');
  });

  it('fails with a clear error and exit code 1 when the port is in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      gateway = new GatewayProcess(['--port', String(port), '--brokers', testBrokers()]);
      expect(await gateway.exitCode()).toBe(1);
      expect(gateway.stdout).toContain(`cannot listen on 127.0.0.1:${port}: the address is already in use`);
    } finally {
      blocker.close();
    }
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'says where it listens and which broker it uses, and stops on %s with exit code 0 in under 10 s',
    async (signal) => {
      gateway = new GatewayProcess(['--port', '0', '--brokers', testBrokers()]);
      const port = await gateway.listeningPort();
      const messages = gateway.logLines().map((l) => l.msg);
      expect(messages[0]).toBe(`${version()} starting`);
      expect(messages.filter((m) => !m.startsWith('tables in ')).slice(1, 3)).toEqual([`using Kafka brokers ${testBrokers()}`, `gRPC server listening on 127.0.0.1:${port}`]);
      expect(messages.some((m) => m.startsWith('tables in '))).toBe(true);

      const client = metadataClient(`127.0.0.1:${port}`);
      const metadata = await unaryCall<GetMetadataRequest, GetMetadataResponse>(client.getMetadata.bind(client), { brokers: '', topics: [], timeoutMs: 5000 });
      expect(metadata.brokers.map((b) => b.port)).toEqual([Number(TEST_BROKER_ENV.KAFKA_PORT)]);
      client.close();

      const stoppedAt = Date.now();
      gateway.kill(signal);
      expect(await gateway.exitCode(10_000)).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    },
  );

  it('starts the embedded broker when no broker is given, uses it, and stops it on SIGTERM', async () => {
    const [brokerPort, controllerPort] = freePorts(2);
    const broker = {
      KAFKA_RUN_DIR: mkdtempSync(join(tmpdir(), 'kgw-embedded-')),
      KAFKA_PORT: String(brokerPort),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
    };
    brokers.push(broker);
    gateway = new GatewayProcess(['--port', '0'], { ...broker, KAFKA_BROKERS: undefined });
    const port = await gateway.listeningPort();
    expect(gateway.logLines().map((l) => l.msg)).toContain(
      `using Kafka brokers 127.0.0.1:${broker.KAFKA_PORT} (embedded local broker)`,
    );
    const client = metadataClient(`127.0.0.1:${port}`);
    const metadata = await unaryCall<GetMetadataRequest, GetMetadataResponse>(client.getMetadata.bind(client), { brokers: '', topics: [], timeoutMs: 5000 });
    expect(metadata.brokers).toEqual([{ id: 1, host: '127.0.0.1', port: Number(broker.KAFKA_PORT) }]);
    client.close();

    gateway.kill('SIGTERM');
    expect(await gateway.exitCode(BROKER_STOP_MS)).toBe(0);
    expect(brokerScript('status', broker).code).toBe(3);
  }, 120_000);

  it('takes over the embedded broker a killed gateway left running, says so, and stops it when it stops', async () => {
    const [brokerPort, controllerPort] = freePorts(2);
    const broker = { KAFKA_RUN_DIR: mkdtempSync(join(tmpdir(), 'kgw-crashed-')), KAFKA_PORT: String(brokerPort), KAFKA_CONTROLLER_PORT: String(controllerPort) };
    brokers.push(broker);
    const crashed = (gateway = new GatewayProcess(['--port', '0'], { ...broker, KAFKA_BROKERS: undefined }));
    await crashed.listeningPort();
    crashed.kill('SIGKILL');
    await crashed.exitCode(10_000);
    expect(brokerScript('status', broker).code).toBe(0); // the broker outlived it

    gateway = new GatewayProcess(['--port', '0'], { ...broker, KAFKA_BROKERS: undefined });
    await gateway.listeningPort();
    expect(gateway.logLines().map((l) => l.msg)).toContain(
      `the embedded Kafka broker at 127.0.0.1:${brokerPort} was left running by a gateway that did not stop (pid ${crashed.child.pid}); this gateway takes it over and stops it when it stops`,
    );
    gateway.kill('SIGTERM');
    expect(await gateway.exitCode(BROKER_STOP_MS)).toBe(0);
    expect(brokerScript('status', broker).code).toBe(3);
  }, 120_000);

  it('reuses an embedded broker that is already running and leaves it running', async () => {
    gateway = new GatewayProcess(['--port', '0'], { ...TEST_BROKER_ENV, KAFKA_BROKERS: undefined });
    await gateway.listeningPort();
    expect(gateway.logLines().map((l) => l.msg)).toEqual(
      expect.arrayContaining([
        `reusing the embedded Kafka broker already running at 127.0.0.1:${TEST_BROKER_ENV.KAFKA_PORT}`,
        'it was started outside a gateway and stays running when this gateway stops (make broker-stop stops it)',
      ]),
    );
    gateway.kill('SIGTERM');
    expect(await gateway.exitCode(10_000)).toBe(0);
    expect(brokerScript('status', TEST_BROKER_ENV).code).toBe(0);
  });

  it('exits 1 and names the fix when the embedded broker cannot start', async () => {
    const broker = { KAFKA_RUN_DIR: mkdtempSync(join(tmpdir(), 'kgw-nojava-')), JAVA_HOME: '/nonexistent-jdk' };
    brokers.push(broker);
    gateway = new GatewayProcess(['--port', '0'], { ...broker, KAFKA_BROKERS: undefined });
    expect(await gateway.exitCode()).toBe(1);
    expect(gateway.stderr).toContain('/nonexistent-jdk/bin/java not found');
    expect(gateway.stderr).toContain('--brokers host:port (or KAFKA_BROKERS)');
  });
});
