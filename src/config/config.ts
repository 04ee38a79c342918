import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkKafkaProperties } from '../kafka/kafka-properties';
import { DEFAULT_LIMITS } from '../kafka/client-config';

/** The gateway's settings after defaults, file, environment and flags were merged and checked. */
export interface GatewayConfig {
  host: string;
  port: number;
  /** Comma-separated bootstrap list; undefined means "start the embedded local broker". */
  brokers: string | undefined;
  logLevel: LogLevel;
  shutdownTimeoutMs: number;
  /** The most producer, consumer and other handles the gateway holds at once. */
  maxHandles: number;
  /** The most handles one client (one principal, or without authentication one peer address) holds at once. */
  maxHandlesPerClient: number;
  /** A handle unused this long is closed. */
  handleIdleMs: number;
  /** The most sub-jobs running at once. */
  maxSubJobs: number;
  /** What all clients' producers, consumers and queues may buffer together, in MiB; 0: half the machine's memory. */
  memoryBudgetMb: number;
  /** What one client's may buffer of that, in MiB; 0: a quarter of the budget. */
  memoryBudgetPerClientMb: number;
  /** host:port patterns ('*' wildcards) a client's config may name as brokers, besides the gateway's own. */
  allowedBrokers: string[];
  /**
   * Whether DeleteTopic, CreatePartitions, SetBufferSize and SetMessageSize may be called; undefined: only
   * when the gateway listens on a loopback address (see adminCallsAllowed).
   */
  allowAdminCalls: boolean | undefined;
  /** The most a client's consumer may queue (queued.max.messages.kbytes), in KiB. */
  maxConsumerQueueKbytes: number;
  /** The most a client's producer may queue (queue.buffering.max.kbytes), in KiB. */
  maxProducerQueueKbytes: number;
  /** Where the tables' databases live (one per principal). */
  dataDir: string;
  /** The most MiB one principal's tables database may take before appends are refused. */
  tablesMaxMb: number;
  /** How long one Query may run, in milliseconds. */
  tableQueryTimeoutMs: number;
  /** PEM files of the gRPC port's TLS certificate (chain) and key; both or neither. */
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  /** PEM file of the CAs whose client certificates are required and accepted (mutual TLS). */
  tlsClientCa: string | undefined;
  /** Listen without TLS on an address other than loopback (the operator says it knowingly). */
  insecure: boolean;
  /** The operator's principals file (JSON); set: every call must authenticate. */
  principals: string | undefined;
  /** Whether gRPC reflection answers without credentials when authentication is on. */
  reflection: 'open' | 'authenticated';
  /** The level of the one line per call; unset: info with principals, debug without. */
  auditLogLevel: 'info' | 'debug' | 'silent' | undefined;
  /** A properties file of librdkafka properties for the gateway's own Kafka connection (read into `kafka`). */
  kafkaConfig: string | undefined;
  /**
   * The operator's librdkafka properties (security.protocol, sasl.*, ssl.*, ...), applied to every Kafka client the
   * gateway makes: the config file's `kafka` section, with the --kafka-config file's properties over it.
   */
  kafka: Record<string, string>;
  /** The HTTP port of /metrics; undefined: no metrics. */
  metricsPort: number | undefined;
  /** The address /metrics listens on. */
  metricsHost: string;
  /** The most topics the per-topic metrics name; records of later topics count under "_other". */
  metricsMaxTopics: number;
  /** The statistics.interval.ms the gateway gives its Kafka clients when metrics are on and the client set none (0: none). */
  kafkaStatisticsMs: number;
  /** How long no broker may answer before health says NOT_SERVING (0: never). */
  brokerUnreadyMs: number;
}

/** The settings that come from flags, variables and file keys alike; `kafka` is a file section (and a file of its own). */
type SettingKey = Exclude<keyof GatewayConfig, 'kafka'>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A setting that could not be used; `key` is the name the user wrote (flag, variable or file key). */
export class ConfigError extends Error {
  static readonly code = 'KGW_CONFIG';
  readonly code = ConfigError.code;
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(`${key}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Thrown for --help: the caller prints `usage()` and exits 0. */
export class HelpRequested extends Error {}

/** Thrown for --version: the caller prints `version()` and exits 0. */
export class VersionRequested extends Error {}

/** The gateway's version, from its package.json (two levels above both src/config and dist/config). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
  return `kafka-grpc-gateway ${pkg.version}`;
}

interface Setting<K extends SettingKey> {
  key: K;
  flag: string;
  env: string;
  help: string;
  default: GatewayConfig[K];
  parse(raw: unknown): GatewayConfig[K];
}

// One table drives the flags, the environment variables, the config file's keys and --help, so that every
// error can name the exact key the user wrote.
const SETTINGS: { [K in SettingKey]: Setting<K> } = {
  host: {
    key: 'host', flag: 'host', env: 'GATEWAY_HOST', default: '127.0.0.1',
    help: 'address the gRPC server listens on',
    parse: (raw) => nonEmptyString(raw),
  },
  port: {
    key: 'port', flag: 'port', env: 'GATEWAY_PORT', default: 50051,
    help: 'port the gRPC server listens on (0: any free port)',
    parse: (raw) => integerIn(raw, 0, 65535),
  },
  brokers: {
    key: 'brokers', flag: 'brokers', env: 'KAFKA_BROKERS', default: undefined,
    help: 'Kafka bootstrap servers, host:port[,host:port...]; unset: start the embedded local broker',
    parse: (raw) => brokerList(raw),
  },
  logLevel: {
    key: 'logLevel', flag: 'log-level', env: 'LOG_LEVEL', default: 'info',
    help: `log level: ${LOG_LEVELS.join(', ')}`,
    parse: (raw) => oneOf(raw, LOG_LEVELS),
  },
  shutdownTimeoutMs: {
    key: 'shutdownTimeoutMs', flag: 'shutdown-timeout-ms', env: 'GATEWAY_SHUTDOWN_TIMEOUT_MS', default: 8000,
    help: 'how long a graceful shutdown may take before open calls are cut',
    parse: (raw) => integerIn(raw, 0, 600_000),
  },
  maxHandles: {
    key: 'maxHandles', flag: 'max-handles', env: 'GATEWAY_MAX_HANDLES', default: 256,
    help: 'the most producers, consumers and other handles open at once',
    parse: (raw) => integerIn(raw, 1, 100_000),
  },
  maxHandlesPerClient: {
    key: 'maxHandlesPerClient', flag: 'max-handles-per-client', env: 'GATEWAY_MAX_HANDLES_PER_CLIENT', default: 64,
    help: 'the most handles one client holds at once: one principal with --principals, one peer IP address without',
    parse: (raw) => integerIn(raw, 1, 100_000),
  },
  maxSubJobs: {
    key: 'maxSubJobs', flag: 'max-subjobs', env: 'GATEWAY_MAX_SUBJOBS', default: 32,
    help: 'the most sub-jobs running at once (each reads one consumer in the background)',
    parse: (raw) => integerIn(raw, 0, 1000),
  },
  memoryBudgetMb: {
    key: 'memoryBudgetMb', flag: 'memory-budget-mb', env: 'GATEWAY_MEMORY_BUDGET_MB', default: 0,
    help: "the most all clients' producers, consumers and queues may buffer together, by their settings, in MiB; 0: half the machine's memory",
    parse: (raw) => integerIn(raw, 0, 16_777_216),
  },
  memoryBudgetPerClientMb: {
    key: 'memoryBudgetPerClientMb', flag: 'memory-budget-per-client-mb', env: 'GATEWAY_MEMORY_BUDGET_PER_CLIENT_MB', default: 0,
    help: "the most of the memory budget one client's producers, consumers and queues may take, in MiB; 0: a quarter of the budget",
    parse: (raw) => integerIn(raw, 0, 16_777_216),
  },
  handleIdleMs: {
    key: 'handleIdleMs', flag: 'handle-idle-ms', env: 'GATEWAY_HANDLE_IDLE_MS', default: 600_000,
    help: 'a handle unused for this long is closed',
    parse: (raw) => integerIn(raw, 1000, 86_400_000),
  },
  allowedBrokers: {
    key: 'allowedBrokers', flag: 'allowed-brokers', env: 'GATEWAY_ALLOWED_BROKERS', default: [],
    help: "brokers a client's config may name besides the gateway's own: host:port patterns, '*' matching any run of characters, comma-separated",
    parse: (raw) => brokerPatterns(raw),
  },
  allowAdminCalls: {
    key: 'allowAdminCalls', flag: 'allow-admin-calls', env: 'GATEWAY_ALLOW_ADMIN_CALLS', default: undefined,
    help: 'allow DeleteTopic, CreatePartitions, SetBufferSize and SetMessageSize: true or false; unset: only when --host is a loopback address',
    parse: (raw) => boolean(raw),
  },
  maxConsumerQueueKbytes: {
    key: 'maxConsumerQueueKbytes', flag: 'max-consumer-queue-kbytes', env: 'GATEWAY_MAX_CONSUMER_QUEUE_KBYTES', default: 65_536,
    help: "the most a client's consumer may prefetch, in KiB (its queued.max.messages.kbytes)",
    parse: (raw) => integerIn(raw, 1, 2_097_151),
  },
  maxProducerQueueKbytes: {
    key: 'maxProducerQueueKbytes', flag: 'max-producer-queue-kbytes', env: 'GATEWAY_MAX_PRODUCER_QUEUE_KBYTES', default: 262_144,
    help: "the most a client's producer may hold unsent, in KiB (its queue.buffering.max.kbytes)",
    parse: (raw) => integerIn(raw, 1, 2_147_483_647),
  },
  dataDir: {
    key: 'dataDir', flag: 'data-dir', env: 'GATEWAY_DATA_DIR', default: '.kgw/data',
    help: "directory of the tables' databases (DuckDB files, one per principal), created if missing",
    parse: (raw) => nonEmptyString(raw),
  },
  tablesMaxMb: {
    key: 'tablesMaxMb', flag: 'tables-max-mb', env: 'GATEWAY_TABLES_MAX_MB', default: 10_240,
    help: "the most MiB a principal's tables database may take; appends beyond are RESOURCE_EXHAUSTED",
    parse: (raw) => integerIn(raw, 1, 16_777_216),
  },
  tableQueryTimeoutMs: {
    key: 'tableQueryTimeoutMs', flag: 'table-query-timeout-ms', env: 'GATEWAY_TABLE_QUERY_TIMEOUT_MS', default: 30_000,
    help: 'how long one Query (and any other table call) may run before it is stopped',
    parse: (raw) => integerIn(raw, 100, 600_000),
  },
  tlsCert: {
    key: 'tlsCert', flag: 'tls-cert', env: 'GATEWAY_TLS_CERT', default: undefined,
    help: "PEM file of the gRPC port's certificate (with its chain); with --tls-key, the port speaks TLS only",
    parse: (raw) => nonEmptyString(raw),
  },
  tlsKey: {
    key: 'tlsKey', flag: 'tls-key', env: 'GATEWAY_TLS_KEY', default: undefined,
    help: "PEM file of the gRPC port's private key",
    parse: (raw) => nonEmptyString(raw),
  },
  tlsClientCa: {
    key: 'tlsClientCa', flag: 'tls-client-ca', env: 'GATEWAY_TLS_CLIENT_CA', default: undefined,
    help: 'PEM file of the CAs that sign client certificates: a client must present one (mutual TLS)',
    parse: (raw) => nonEmptyString(raw),
  },
  insecure: {
    key: 'insecure', flag: 'insecure', env: 'GATEWAY_INSECURE', default: false,
    help: 'allow plaintext on an address other than loopback (true or false); logged as a warning',
    parse: (raw) => boolean(raw),
  },
  principals: {
    key: 'principals', flag: 'principals', env: 'GATEWAY_PRINCIPALS', default: undefined,
    help: 'JSON file of principals (token hashes, certificate names, roles, topics); set: every call must authenticate. Read again on SIGHUP',
    parse: (raw) => nonEmptyString(raw),
  },
  reflection: {
    key: 'reflection', flag: 'reflection', env: 'GATEWAY_REFLECTION', default: 'authenticated',
    help: 'with principals, whether gRPC reflection needs credentials too: authenticated or open',
    parse: (raw) => oneOf(raw, ['open', 'authenticated'] as const),
  },
  auditLogLevel: {
    key: 'auditLogLevel', flag: 'audit-log-level', env: 'GATEWAY_AUDIT_LOG_LEVEL', default: undefined,
    help: 'level of the one log line per call (principal, method, code, duration): info, debug or silent; unset: info with principals, debug without',
    parse: (raw) => oneOf(raw, ['info', 'debug', 'silent'] as const),
  },
  kafkaConfig: {
    key: 'kafkaConfig', flag: 'kafka-config', env: 'GATEWAY_KAFKA_CONFIG', default: undefined,
    help: "librdkafka properties file (key=value lines) for the gateway's own Kafka connection: security.protocol, sasl.*, ssl.*; over the config file's kafka section",
    parse: (raw) => nonEmptyString(raw),
  },
  metricsPort: {
    key: 'metricsPort', flag: 'metrics-port', env: 'GATEWAY_METRICS_PORT', default: undefined,
    help: 'HTTP port of the Prometheus /metrics endpoint (0: any free port); unset: no metrics',
    parse: (raw) => integerIn(raw, 0, 65535),
  },
  metricsHost: {
    key: 'metricsHost', flag: 'metrics-host', env: 'GATEWAY_METRICS_HOST', default: '127.0.0.1',
    help: 'address the /metrics endpoint listens on',
    parse: (raw) => nonEmptyString(raw),
  },
  metricsMaxTopics: {
    key: 'metricsMaxTopics', flag: 'metrics-max-topics', env: 'GATEWAY_METRICS_MAX_TOPICS', default: 500,
    help: 'the most topics the per-topic metrics name (a cap on label cardinality); records of later topics count under topic "_other"',
    parse: (raw) => integerIn(raw, 1, 100_000),
  },
  kafkaStatisticsMs: {
    key: 'kafkaStatisticsMs', flag: 'kafka-statistics-ms', env: 'GATEWAY_KAFKA_STATISTICS_MS', default: 5000,
    help: "with metrics on, the statistics.interval.ms of the gateway's consumers whose config sets none, and of its metadata client (lag, broker round trips); 0: none",
    parse: (raw) => {
      const n = integerIn(raw, 0, 86_400_000);
      if (n !== 0 && n < DEFAULT_LIMITS.statisticsMinMs) throw new Error(`must be 0 or at least ${DEFAULT_LIMITS.statisticsMinMs}`);
      return n;
    },
  },
  brokerUnreadyMs: {
    key: 'brokerUnreadyMs', flag: 'broker-unready-ms', env: 'GATEWAY_BROKER_UNREADY_MS', default: 10_000,
    help: 'health says NOT_SERVING once no broker has answered for this long, and SERVING again when one does; 0: never',
    parse: (raw) => {
      const n = integerIn(raw, 0, 86_400_000);
      if (n !== 0 && n < 1000) throw new Error('must be 0 or at least 1000');
      return n;
    },
  },
};

/** The config file's section of librdkafka properties. */
const KAFKA_SECTION = 'kafka';

/** Whether the admin calls are open: as configured, or, unset, only to a gateway that listens on loopback. */
export function adminCallsAllowed(config: Pick<GatewayConfig, 'allowAdminCalls' | 'host' | 'principals'>): boolean {
  // With principals, the admin role is what opens them (see src/auth/permissions.ts).
  return config.allowAdminCalls ?? (config.principals !== undefined || isLoopback(config.host));
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const CONFIG_FILE = { flag: 'config', env: 'GATEWAY_CONFIG' };

/**
 * Merges defaults, an optional JSON file, the environment and the command line, in rising precedence.
 * Throws ConfigError naming the offending key, or HelpRequested.
 */
export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv): GatewayConfig {
  const flags = parseFlags(argv);
  const config = Object.fromEntries(Object.values(SETTINGS).map((s) => [s.key, s.default])) as Record<string, unknown>;
  let kafka: Record<string, string> = {};

  const file = flags.get(CONFIG_FILE.flag) ?? env[CONFIG_FILE.env];
  if (file !== undefined) {
    for (const [key, raw] of Object.entries(readConfigFile(file))) {
      if (key === KAFKA_SECTION) {
        kafka = kafkaProperties(`${file}: ${KAFKA_SECTION}`, raw);
        continue;
      }
      const setting = (SETTINGS as Record<string, Setting<SettingKey>>)[key];
      if (!setting) throw new ConfigError(`${file}: ${key}`, `unknown key; known keys: ${[...Object.keys(SETTINGS), KAFKA_SECTION].join(', ')}`);
      config[key] = checked(`${file}: ${key}`, setting, raw);
    }
  }
  for (const setting of Object.values(SETTINGS) as Setting<SettingKey>[]) {
    const raw = env[setting.env];
    if (raw !== undefined && raw !== '') config[setting.key] = checked(setting.env, setting, raw);
  }
  for (const setting of Object.values(SETTINGS) as Setting<SettingKey>[]) {
    const raw = flags.get(setting.flag);
    if (raw !== undefined) config[setting.key] = checked(`--${setting.flag}`, setting, raw);
  }
  const propertiesFile = config['kafkaConfig'] as string | undefined;
  if (propertiesFile !== undefined) kafka = { ...kafka, ...kafkaProperties(propertiesFile, readPropertiesFile(propertiesFile)) };
  config[KAFKA_SECTION] = kafka;
  return coherent(config as unknown as GatewayConfig);
}

/** The checks that involve more than one setting. */
function coherent(config: GatewayConfig): GatewayConfig {
  if ((config.tlsCert === undefined) !== (config.tlsKey === undefined)) {
    throw new ConfigError(config.tlsCert === undefined ? '--tls-cert' : '--tls-key', 'TLS needs both --tls-cert and --tls-key');
  }
  if (config.tlsClientCa !== undefined && config.tlsCert === undefined) {
    throw new ConfigError('--tls-client-ca', 'mutual TLS needs the server side first: --tls-cert and --tls-key');
  }
  if (config.tlsCert === undefined && !isLoopback(config.host) && !config.insecure) {
    throw new ConfigError('--host', `${config.host} is not a loopback address: listening there without TLS would send tokens and messages in the clear; give --tls-cert and --tls-key, or --insecure true to do it anyway`);
  }
  return config;
}

/** Whether the gRPC port listens without TLS where others can reach it. */
export function plaintextExposed(config: Pick<GatewayConfig, 'tlsCert' | 'host'>): boolean {
  return config.tlsCert === undefined && !isLoopback(config.host);
}

function kafkaProperties(where: string, raw: unknown): Record<string, string> {
  try {
    return checkKafkaProperties(raw);
  } catch (err) {
    throw new ConfigError(where, (err as Error).message);
  }
}

/**
 * A librdkafka properties file, as managed Kafka services hand them out: `key=value` lines (spaces around `=` are
 * dropped), `#` or `!` starting a comment line, blank lines ignored. No escapes and no continuation lines: a value
 * is the rest of its line, `=` included.
 */
function readPropertiesFile(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError('--kafka-config', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const out: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) return;
    const at = trimmed.indexOf('=');
    if (at <= 0) throw new ConfigError(`${path}:${i + 1}`, 'expected key=value');
    const key = trimmed.slice(0, at).trim();
    if (Object.hasOwn(out, key)) throw new ConfigError(`${path}:${i + 1}`, `${key} is set twice`);
    out[key] = trimmed.slice(at + 1).trim();
  });
  return out;
}

/** The --help text, generated from the settings table. */
export function usage(): string {
  const lines = ['Usage: kafka-grpc-gateway [options]', '', 'Options (flag, environment variable, config file key):'];
  for (const s of Object.values(SETTINGS) as Setting<SettingKey>[]) {
    const dflt = s.default === undefined || (Array.isArray(s.default) && s.default.length === 0) ? '' : ` (default ${String(s.default)})`;
    lines.push(`  --${s.flag} <value>  ${s.env}  ${s.key}`, `      ${s.help}${dflt}`);
  }
  lines.push(`  --${CONFIG_FILE.flag} <file>  ${CONFIG_FILE.env}`, `      JSON file with any of the keys above, and a ${KAFKA_SECTION} section of librdkafka properties`);
  lines.push('  --help', '      print this text', '  --version', '      print the version');
  return lines.join('\n');
}

function parseFlags(argv: readonly string[]): Map<string, string> {
  const options: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' }, version: { type: 'boolean' } };
  for (const s of Object.values(SETTINGS)) options[s.flag] = { type: 'string' };
  options[CONFIG_FILE.flag] = { type: 'string' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (err) {
    throw flagError(err);
  }
  if (parsed.values['help']) throw new HelpRequested();
  if (parsed.values['version']) throw new VersionRequested();
  const flags = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed.values)) if (typeof value === 'string') flags.set(name, value);
  return flags;
}

// node's parseArgs messages are long and multi-line; reduce them to one line that names the flag.
function flagError(err: unknown): ConfigError {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? /"([^"]+)"/.exec(message)?.[1] ?? 'arguments';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new ConfigError(flag, 'unknown flag (see --help)');
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new ConfigError(flag, 'needs a value');
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new ConfigError(flag, 'unexpected argument (see --help)');
  return new ConfigError(flag, message.split('\n')[0] ?? message);
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`--${CONFIG_FILE.flag}`, `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(path, `not valid JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(path, 'must hold a JSON object');
  return parsed as Record<string, unknown>;
}

function checked<K extends SettingKey>(name: string, setting: Setting<K>, raw: unknown): GatewayConfig[K] {
  try {
    return setting.parse(raw);
  } catch (err) {
    throw new ConfigError(name, `${(err as Error).message}, got ${JSON.stringify(raw)}`);
  }
}

function nonEmptyString(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw new Error('must be a non-empty string');
  return raw.trim();
}

function integerIn(raw: unknown, min: number, max: number): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new Error(`must be an integer from ${min} to ${max}`);
  return n;
}

function oneOf<T extends string>(raw: unknown, allowed: readonly T[]): T {
  if (typeof raw !== 'string' || !allowed.includes(raw as T)) throw new Error(`must be one of ${allowed.join(', ')}`);
  return raw as T;
}

function boolean(raw: unknown): boolean {
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new Error('must be true or false');
}

function brokerPatterns(raw: unknown): string[] {
  const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : undefined;
  if (!list || list.some((p) => typeof p !== 'string')) throw new Error('must be a comma-separated list (or, in a file, an array) of host:port patterns');
  const patterns = (list as string[]).map((p) => p.trim()).filter((p) => p !== '');
  for (const p of patterns) if (!/^[A-Za-z0-9_.\-*[\]:]+:[0-9*]+$/.test(p)) throw new Error(`"${p}" is not a host:port pattern`);
  return patterns;
}

function brokerList(raw: unknown): string {
  const list = nonEmptyString(raw);
  for (const entry of list.split(',')) {
    const hostPort = entry.trim().replace(/^[A-Za-z_]+:\/\//, '');
    if (!/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):\d{1,5}$/.test(hostPort)) {
      throw new Error(`"${entry.trim()}" is not host:port`);
    }
  }
  return list;
}
