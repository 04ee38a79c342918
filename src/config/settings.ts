/**
 * Every setting of the gateway: its flag, environment variable, config file key, default, --help line and check.
 * config.ts merges them from those places.
 */
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
export type SettingKey = Exclude<keyof GatewayConfig, 'kafka'>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Setting<K extends SettingKey> {
  key: K;
  flag: string;
  env: string;
  help: string;
  default: GatewayConfig[K];
  parse(raw: unknown): GatewayConfig[K];
}

// One table drives the flags, the environment variables, the config file's keys and --help, so that every
// error can name the exact key the user wrote.
export const SETTINGS: { [K in SettingKey]: Setting<K> } = {
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
