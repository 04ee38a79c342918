import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkKafkaProperties } from '../kafka/kafka-properties';
import { SETTINGS, type GatewayConfig, type Setting, type SettingKey } from './settings';

export type { GatewayConfig, LogLevel } from './settings';

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

/** A setting's value checked, or a ConfigError naming where the user wrote it. */
function checked<K extends SettingKey>(name: string, setting: Setting<K>, raw: unknown): GatewayConfig[K] {
  try {
    return setting.parse(raw);
  } catch (err) {
    throw new ConfigError(name, `${(err as Error).message}, got ${JSON.stringify(raw)}`);
  }
}
