import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adminCallsAllowed, ConfigError, HelpRequested, loadConfig, usage, version, VersionRequested } from '../../src/config/config';

const dir = mkdtempSync(join(tmpdir(), 'kgw-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function configFile(content: string): string {
  const path = join(dir, `gateway-${files++}.json`);
  writeFileSync(path, content);
  return path;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('listens on 127.0.0.1:50051 and starts the embedded broker when nothing is set', () => {
    expect(loadConfig([], {})).toEqual({
      host: '127.0.0.1',
      port: 50051,
      brokers: undefined,
      logLevel: 'info',
      shutdownTimeoutMs: 8000,
      maxHandles: 256,
      maxHandlesPerClient: 64,
      handleIdleMs: 600_000,
      maxSubJobs: 32,
      memoryBudgetMb: 0,
      memoryBudgetPerClientMb: 0,
      allowedBrokers: [],
      allowAdminCalls: undefined,
      maxConsumerQueueKbytes: 65_536,
      maxProducerQueueKbytes: 262_144,
      dataDir: '.kgw/data',
      tablesMaxMb: 10_240,
      tableQueryTimeoutMs: 30_000,
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
    });
  });

  it("reads the gateway's own Kafka properties from the file's kafka section and a --kafka-config properties file, the latter winning key by key", () => {
    const file = configFile(JSON.stringify({ kafka: { 'security.protocol': 'SASL_SSL', 'sasl.username': 'gw', 'sasl.password': 'from-json', 'socket.keepalive.enable': true, 'session.timeout.ms': 45000 } }));
    expect(loadConfig(['--config', file], {}).kafka).toEqual({
      'security.protocol': 'SASL_SSL', 'sasl.username': 'gw', 'sasl.password': 'from-json', 'socket.keepalive.enable': 'true', 'session.timeout.ms': '45000',
    });
    const properties = configFile('# the login\n! also a comment\n\nsasl.password = from = file\r\nssl.ca.location=/etc/kgw/ca.pem\n');
    const both = loadConfig(['--config', file, '--kafka-config', properties], {});
    expect(both.kafkaConfig).toBe(properties);
    expect(both.kafka).toMatchObject({ 'security.protocol': 'SASL_SSL', 'sasl.password': 'from = file', 'ssl.ca.location': '/etc/kgw/ca.pem' });
    expect(loadConfig([], { GATEWAY_KAFKA_CONFIG: properties }).kafka).toEqual({ 'sasl.password': 'from = file', 'ssl.ca.location': '/etc/kgw/ca.pem' });
    expect(loadConfig(['--config', configFile(JSON.stringify({ kafkaConfig: properties }))], {}).kafka['sasl.password']).toBe('from = file');
  });

  it('refuses Kafka properties librdkafka does not know, broker lists, callbacks and bad values, naming the key and never the value', () => {
    const section = (kafka: unknown) => errorOf(() => loadConfig(['--config', configFile(JSON.stringify({ kafka }))], {}));
    expect(section({ 'sasl.pasword': 'hunter2' }).message).toMatch(/: kafka: sasl\.pasword: not a librdkafka property$/);
    expect(section({ 'bootstrap.servers': 'a:1' }).message).toContain('bootstrap.servers: the brokers are set with --brokers');
    expect(section({ dr_cb: 'true' }).message).toContain('dr_cb: callbacks are set by the gateway itself');
    expect(section({ 'sasl.password': { secret: 'hunter2' } }).message).toContain('sasl.password: must be a string, number or boolean');
    expect(section(['security.protocol']).message).toContain('must be an object of librdkafka properties');
    for (const message of [section({ 'sasl.pasword': 'hunter2' }).message, section({ 'sasl.password': { secret: 'hunter2' } }).message]) {
      expect(message).not.toContain('hunter2');
    }
    const properties = (text: string) => errorOf(() => loadConfig(['--kafka-config', configFile(text)], {}));
    expect(properties('security.protocol=SSL\nno value here\n').key).toMatch(/:2$/);
    expect(properties('sasl.username=a\nsasl.username=b\n').message).toContain('sasl.username is set twice');
    expect(properties('metadata.broker.list=a:1\n').message).toContain('the brokers are set with --brokers');
    expect(errorOf(() => loadConfig(['--kafka-config', '/nonexistent/kafka.properties'], {})).message).toBe(
      '--kafka-config: cannot read /nonexistent/kafka.properties: ENOENT',
    );
  });

  it('turns metrics on with --metrics-port or GATEWAY_METRICS_PORT, and checks the metrics and readiness settings', () => {
    expect(loadConfig(['--metrics-port', '9464'], {}).metricsPort).toBe(9464);
    expect(loadConfig([], { GATEWAY_METRICS_PORT: '0', GATEWAY_METRICS_HOST: '0.0.0.0' })).toMatchObject({ metricsPort: 0, metricsHost: '0.0.0.0' });
    expect(loadConfig(['--config', configFile('{"metricsMaxTopics": 20, "kafkaStatisticsMs": 0, "brokerUnreadyMs": 0}')], {})).toMatchObject({
      metricsMaxTopics: 20,
      kafkaStatisticsMs: 0,
      brokerUnreadyMs: 0,
    });
    expect(errorOf(() => loadConfig(['--metrics-port', '70000'], {})).message).toBe('--metrics-port: must be an integer from 0 to 65535, got "70000"');
    expect(errorOf(() => loadConfig(['--metrics-max-topics', '0'], {})).message).toBe('--metrics-max-topics: must be an integer from 1 to 100000, got "0"');
    // librdkafka's statistics cost a JSON document per client each time: the floor is the clients' own (1000 ms).
    expect(errorOf(() => loadConfig(['--kafka-statistics-ms', '500'], {})).message).toBe('--kafka-statistics-ms: must be 0 or at least 1000, got "500"');
    expect(errorOf(() => loadConfig([], { GATEWAY_BROKER_UNREADY_MS: '999' })).message).toBe('GATEWAY_BROKER_UNREADY_MS: must be 0 or at least 1000, got "999"');
  });

  it('takes the data directory from --data-dir or GATEWAY_DATA_DIR', () => {
    expect(loadConfig(['--data-dir', '/var/lib/kgw'], {}).dataDir).toBe('/var/lib/kgw');
    expect(loadConfig([], { GATEWAY_DATA_DIR: '/srv/kgw' }).dataDir).toBe('/srv/kgw');
    expect(errorOf(() => loadConfig(['--tables-max-mb', '0'], {})).key).toBe('--tables-max-mb');
  });

  it('reads the brokers a client may name as host:port patterns, from a flag, the environment or a file array', () => {
    expect(loadConfig(['--allowed-brokers', 'kafka-*.internal:9092, 10.0.0.7:*'], {}).allowedBrokers).toEqual(['kafka-*.internal:9092', '10.0.0.7:*']);
    expect(loadConfig([], { GATEWAY_ALLOWED_BROKERS: '[::1]:9092' }).allowedBrokers).toEqual(['[::1]:9092']);
    expect(loadConfig(['--config', configFile(JSON.stringify({ allowedBrokers: ['a:1', 'b:*'] }))], {}).allowedBrokers).toEqual(['a:1', 'b:*']);
    expect(errorOf(() => loadConfig(['--allowed-brokers', 'no-port'], {})).message).toBe(
      '--allowed-brokers: "no-port" is not a host:port pattern, got "no-port"',
    );
  });

  it('opens the admin calls by default only to a gateway that listens on loopback', () => {
    const allowed = (argv: string[], env: NodeJS.ProcessEnv = {}) => adminCallsAllowed(loadConfig(argv, env));
    expect(allowed([])).toBe(true);
    expect(allowed(['--host', '127.0.0.2'])).toBe(true);
    expect(allowed(['--host', '::1'])).toBe(true);
    expect(allowed(['--host', 'localhost'])).toBe(true);
    expect(allowed(['--host', '0.0.0.0', '--insecure', 'true'])).toBe(false);
    expect(allowed(['--host', '10.1.2.3', '--insecure', 'true'])).toBe(false);
    expect(allowed(['--host', '0.0.0.0', '--insecure', 'true', '--allow-admin-calls', 'true'])).toBe(true);
    // With principals, the admin role decides (src/auth/permissions.ts), unless the operator closed them.
    expect(allowed(['--host', '0.0.0.0', '--tls-cert', 'c.pem', '--tls-key', 'k.pem', '--principals', 'p.json'])).toBe(true);
    expect(allowed(['--principals', 'p.json', '--allow-admin-calls', 'false'])).toBe(false);
    expect(allowed([], { GATEWAY_ALLOW_ADMIN_CALLS: 'false' })).toBe(false);
    expect(errorOf(() => loadConfig(['--allow-admin-calls', 'yes'], {})).message).toBe('--allow-admin-calls: must be true or false, got "yes"');
  });

  it('listens beyond loopback only with TLS, or with --insecure said outright, and checks the TLS settings together', () => {
    expect(errorOf(() => loadConfig(['--host', '0.0.0.0'], {})).message).toMatch(/^--host: 0\.0\.0\.0 is not a loopback address: .*--tls-cert and --tls-key, or --insecure true/);
    expect(loadConfig(['--host', '0.0.0.0', '--insecure', 'true'], {}).insecure).toBe(true);
    expect(loadConfig(['--host', '0.0.0.0', '--tls-cert', 'c.pem', '--tls-key', 'k.pem'], {})).toMatchObject({ tlsCert: 'c.pem', tlsKey: 'k.pem' });
    expect(errorOf(() => loadConfig(['--tls-cert', 'c.pem'], {})).message).toBe('--tls-key: TLS needs both --tls-cert and --tls-key');
    expect(errorOf(() => loadConfig(['--tls-key', 'k.pem'], {})).message).toBe('--tls-cert: TLS needs both --tls-cert and --tls-key');
    expect(errorOf(() => loadConfig(['--tls-client-ca', 'ca.pem'], {})).key).toBe('--tls-client-ca');
    expect(errorOf(() => loadConfig(['--reflection', 'maybe'], {})).message).toBe('--reflection: must be one of open, authenticated, got "maybe"');
    expect(loadConfig([], { GATEWAY_AUDIT_LOG_LEVEL: 'info' }).auditLogLevel).toBe('info');
  });

  it("loads the README's secured example config", () => {
    const config = loadConfig(['--config', resolve(__dirname, '../../examples/security/gateway.json')], {});
    expect(config).toMatchObject({ host: '0.0.0.0', tlsCert: 'certs/server.pem', tlsKey: 'certs/server.key', tlsClientCa: 'certs/ca.pem', principals: 'examples/security/principals.json', auditLogLevel: 'info' });
    expect(adminCallsAllowed(config)).toBe(true);
  });

  it('bounds the queue limits an operator may set', () => {
    expect(loadConfig(['--max-consumer-queue-kbytes', '1024', '--max-producer-queue-kbytes', '4096'], {})).toMatchObject({
      maxConsumerQueueKbytes: 1024,
      maxProducerQueueKbytes: 4096,
    });
    expect(errorOf(() => loadConfig(['--max-consumer-queue-kbytes', '0'], {})).key).toBe('--max-consumer-queue-kbytes');
  });

  it('takes flags over environment over file', () => {
    const file = configFile(JSON.stringify({ port: 1111, host: '0.0.0.0', insecure: true, logLevel: 'debug' }));
    const config = loadConfig(['--config', file, '--port', '3333'], { GATEWAY_PORT: '2222', LOG_LEVEL: 'warn' });
    expect(config.port).toBe(3333);
    expect(config.logLevel).toBe('warn');
    expect(config.host).toBe('0.0.0.0');
  });

  it('reads the broker list from --brokers or KAFKA_BROKERS', () => {
    expect(loadConfig([], { KAFKA_BROKERS: 'a:9092,b:9093' }).brokers).toBe('a:9092,b:9093');
    expect(loadConfig(['--brokers', '127.0.0.1:19092'], { KAFKA_BROKERS: 'a:1' }).brokers).toBe('127.0.0.1:19092');
  });

  it('finds the file through GATEWAY_CONFIG', () => {
    const file = configFile(JSON.stringify({ brokers: 'k1:9092' }));
    expect(loadConfig([], { GATEWAY_CONFIG: file }).brokers).toBe('k1:9092');
  });

  it.each([
    [['--port', 'abc'], {}, '--port', 'must be an integer from 0 to 65535'],
    [['--port', '70000'], {}, '--port', 'must be an integer'],
    [[], { GATEWAY_PORT: '-1' }, 'GATEWAY_PORT', 'must be an integer'],
    [['--log-level', 'loud'], {}, '--log-level', 'must be one of fatal, error'],
    [['--brokers', 'no-port'], {}, '--brokers', '"no-port" is not host:port'],
    [['--shutdown-timeout-ms', '1.5'], {}, '--shutdown-timeout-ms', 'must be an integer'],
  ])('rejects %j %j naming %s', (argv, env, key, message) => {
    const err = errorOf(() => loadConfig(argv, env));
    expect(err.key).toBe(key);
    expect(err.message).toContain(message);
    expect(err.message).not.toContain('\n');
  });

  it('names an unknown flag in one line', () => {
    const err = errorOf(() => loadConfig(['--prot', '1'], {}));
    expect(err.key).toBe('--prot');
    expect(err.message).toBe('--prot: unknown flag (see --help)');
  });

  it('names a flag given without its value', () => {
    expect(errorOf(() => loadConfig(['--port'], {})).key).toBe('--port');
  });

  it('names the file and key of a bad file entry', () => {
    const file = configFile(JSON.stringify({ port: 'x' }));
    expect(errorOf(() => loadConfig(['--config', file], {})).key).toBe(`${file}: port`);
    const unknown = configFile(JSON.stringify({ prot: 1 }));
    expect(errorOf(() => loadConfig(['--config', unknown], {})).message).toContain('unknown key');
  });

  it('reports a file that is missing or not JSON', () => {
    expect(errorOf(() => loadConfig(['--config', '/nonexistent/x.json'], {})).message).toContain('cannot read /nonexistent/x.json: ENOENT');
    expect(errorOf(() => loadConfig(['--config', configFile('{port:')], {})).message).toContain('not valid JSON');
    expect(errorOf(() => loadConfig(['--config', configFile('[1]')], {})).message).toContain('must hold a JSON object');
  });

  it('answers --help with a text that lists every flag and variable', () => {
    expect(() => loadConfig(['--help'], {})).toThrow(HelpRequested);
    for (const word of ['--port', 'GATEWAY_PORT', '--host', '--brokers', 'KAFKA_BROKERS', '--config', '--log-level']) {
      expect(usage()).toContain(word);
    }
  });
});

describe('gateway.example.json', () => {
  it('loads, and holds every setting that has a default, at that default', () => {
    const example = resolve(__dirname, '../../gateway.example.json');
    const defaults = loadConfig([], {});
    expect(loadConfig(['--config', example], {})).toEqual(defaults);
    const keys = Object.keys(JSON.parse(readFileSync(example, 'utf8')) as object).sort();
    expect(keys).toEqual(Object.keys(defaults).filter((k) => defaults[k as keyof typeof defaults] !== undefined).sort());
  });

  it('answers --version with the package version', () => {
    expect(() => loadConfig(['--version'], {})).toThrow(VersionRequested);
    expect(version()).toBe(`kafka-grpc-gateway ${(JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version}`);
  });
});
