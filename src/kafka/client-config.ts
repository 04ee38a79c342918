import { cut, invalidArgument } from '../errors';
import { CLIENT_PROPERTIES, type Allowed, type LimitName } from './client-properties';
import { kafkaClientProperties, type KafkaProperties } from './kafka-properties';

/** The operator's ceilings on what a client's config may ask of the gateway (and one floor, for statistics). */
export type ClientLimits = Readonly<Record<LimitName, number>>;

/**
 * librdkafka's own defaults where they are sane for a shared process, smaller where one client could take
 * a large share of the gateway's memory (librdkafka lets a producer queue 1 GiB).
 */
export const DEFAULT_LIMITS: ClientLimits = {
  consumerQueueKbytes: 65_536,
  consumerQueueMessages: 100_000,
  producerQueueKbytes: 262_144,
  producerQueueMessages: 100_000,
  messageBytes: 64 * 1024 * 1024,
  fetchBytes: 100 * 1024 * 1024,
  statisticsMinMs: 1000,
};

/** What the gateway lets its clients' configs do; one per gateway, from the operator's settings. */
export interface ClientPolicy {
  /** The gateway's own brokers: what a config without a broker list gets, and always allowed. */
  defaultBrokers: string;
  /** Further host:port patterns a client may name ('*' matches any run of characters), from --allowed-brokers. */
  allowedBrokers: readonly string[];
  limits: ClientLimits;
  /** The operator's librdkafka properties (the `kafka` section): the base of every client the gateway builds. */
  kafka: KafkaProperties;
  /**
   * The Kafka properties one principal's clients get on top (its own credentials, say), or undefined for none.
   * The one place that maps principals to Kafka users; today no principal has any.
   */
  overrideFor(principal: string): KafkaProperties | undefined;
}

export function clientPolicy(
  defaultBrokers: string,
  allowedBrokers: readonly string[] = [],
  limits: Partial<ClientLimits> = {},
  kafka: KafkaProperties = {},
  overrideFor: (principal: string) => KafkaProperties | undefined = () => undefined,
): ClientPolicy {
  return { defaultBrokers, allowedBrokers, limits: { ...DEFAULT_LIMITS, ...limits }, kafka, overrideFor };
}

const MAX_PROPERTIES = 64;
const MAX_VALUE_CHARS = 256;
const MAX_BROKER_LIST_CHARS = 4096;

/**
 * What a consumer prefetches, unless the client says otherwise. librdkafka's own defaults let one consumer queue
 * 64 MiB, fetch 50 MiB at a time and keep 100,000 messages per partition (each with a few hundred bytes of
 * bookkeeping): fine for one application, too much for a gateway that holds many consumers for clients that may
 * read slowly. A smaller queue must not stall fetching for librdkafka's default second (fetch.queue.backoff.ms)
 * once it is full; the README's "Memory under a stalled client" has the measurements behind these figures.
 */
export const CONSUMER_DEFAULTS: Readonly<Record<string, string>> = {
  'queued.max.messages.kbytes': '8192',
  'queued.min.messages': '10000',
  'fetch.max.bytes': '8388608',
  'fetch.queue.backoff.ms': '10',
};

/**
 * Group membership for the consumers the gateway makes for streams. A member that dies without leaving (its
 * gateway killed) holds its partitions until its session times out, and librdkafka's 45 s default is what the
 * group's next consumer then waits. 6 s is the broker's lowest session timeout by default
 * (group.min.session.timeout.ms), and librdkafka heartbeats from its own thread, so a busy event loop cannot make
 * a member miss its session. Static membership (group.instance.id) would not help here: a stream opened after a
 * restart has no way to know the id of the stream that died.
 */
export const STREAM_MEMBERSHIP: Readonly<Record<string, string>> = {
  'session.timeout.ms': '6000',
  'heartbeat.interval.ms': '2000',
};

/**
 * A stream consumer's config with STREAM_MEMBERSHIP where the client said nothing about membership: a client that
 * sets either timing keeps librdkafka's default for the other (the two must agree, and it chose), and the
 * consumer protocol (KIP-848) has the broker decide both.
 */
export function withStreamMembership(config: Record<string, string>): Record<string, string> {
  const chosen = 'session.timeout.ms' in config || 'heartbeat.interval.ms' in config || 'group.instance.id' in config;
  if (chosen || (config['group.protocol'] ?? 'classic').toLowerCase() !== 'classic') return config;
  return { ...STREAM_MEMBERSHIP, ...config };
}

/** librdkafka lets one producer hold 1 GiB of unsent records; the gateway's default is 64 MiB. */
export const PRODUCER_DEFAULTS: Readonly<Record<string, string>> = {
  'queue.buffering.max.kbytes': '65536',
};

/**
 * The properties of a client's producer or consumer: its config checked against the allowlist
 * (client-properties.ts) and the operator's limits, completed (without a broker list the gateway's own brokers are
 * used, so that a grpcurl user may leave it out), on top of the operator's `kafka` section, with the principal's
 * `override` last (kafkaClientProperties). Anything not allowed is INVALID_ARGUMENT naming the property; nothing
 * of the client's reaches librdkafka unchecked.
 */
export function clientConfig(
  config: Record<string, string>,
  policy: ClientPolicy,
  kind: 'producer' | 'consumer',
  override?: KafkaProperties,
): Record<string, string> {
  const keys = Object.keys(config);
  if (keys.length > MAX_PROPERTIES) throw invalidArgument(`a config may set at most ${MAX_PROPERTIES} properties, got ${keys.length}`, 'CONFIG_REFUSED');
  for (const key of keys) checkProperty(key, config[key]!, policy);
  const defaults = withinLimits(kind === 'consumer' ? CONSUMER_DEFAULTS : PRODUCER_DEFAULTS, policy.limits, policy.kafka);
  const out = { ...defaults, ...config };
  if (!out['bootstrap.servers'] && !out['metadata.broker.list']) out['bootstrap.servers'] = policy.defaultBrokers;
  if (kind === 'consumer' && !out['group.id'] && !policy.kafka['group.id']) throw invalidArgument('consumer need setting group.id', 'CONFIG_MISSING');
  return kafkaClientProperties(out, policy.kafka, override);
}

/** The gateway's defaults that the operator's section leaves unset, lowered to an operator's limit that is smaller still. */
function withinLimits(defaults: Readonly<Record<string, string>>, limits: ClientLimits, operator: KafkaProperties): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(defaults)) {
    if (Object.hasOwn(operator, key)) continue;
    const rule = CLIENT_PROPERTIES[key];
    const limit = rule && 'allowed' in rule && rule.allowed.kind === 'int' && rule.allowed.limit ? limits[rule.allowed.limit] : undefined;
    out[key] = limit !== undefined && Number(value) > limit ? String(limit) : value;
  }
  return out;
}

function checkProperty(key: string, value: string, policy: ClientPolicy): void {
  if (key.trim() === '') throw invalidArgument('a config key must not be empty', 'CONFIG_REFUSED');
  const rule = Object.hasOwn(CLIENT_PROPERTIES, key) ? CLIENT_PROPERTIES[key] : undefined;
  // The plugin's words for a key librdkafka does not know (the table holds every key it knows).
  if (!rule) throw invalidArgument(`Failed to set ${cut(key, 64, false)}: No such configuration property`, 'CONFIG_INVALID');
  if ('refused' in rule) throw invalidArgument(`${key} is not allowed: ${rule.refused}`, 'CONFIG_REFUSED');
  checkValue(key, value, rule.allowed, policy);
}

function checkValue(key: string, value: string, allowed: Allowed, policy: ClientPolicy): void {
  const maxChars = allowed.kind === 'brokers' ? MAX_BROKER_LIST_CHARS : MAX_VALUE_CHARS;
  if (value.length > maxChars) throw invalidArgument(`${key} may be at most ${maxChars} characters long, got ${value.length}`, 'CONFIG_REFUSED');
  switch (allowed.kind) {
    case 'text':
      return;
    case 'bool':
      // Lower case only: the gateway reads some switches itself (enable.auto.offset.store) and must agree with librdkafka.
      if (value !== 'true' && value !== 'false') throw invalidArgument(`${key} must be true or false, got ${cut(value)}`, 'CONFIG_REFUSED');
      return;
    case 'brokers':
      checkBrokerList(value, policy, key);
      return;
    case 'int':
      checkInteger(key, value, allowed, policy.limits);
      return;
  }
}

function checkInteger(key: string, value: string, rule: Extract<Allowed, { kind: 'int' }>, limits: ClientLimits): void {
  if (rule.names?.includes(value)) return;
  const n = /^\s*-?\d{1,16}\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < rule.min || n > rule.max) {
    const named = rule.names ? ` (or ${rule.names.join(', ')})` : '';
    throw invalidArgument(`${key} must be an integer from ${rule.min} to ${rule.max}${named}, got ${cut(value)}`, 'CONFIG_REFUSED');
  }
  if (!rule.limit) return;
  const limit = limits[rule.limit];
  if (rule.limit === 'statisticsMinMs') {
    if (n !== 0 && n < limit) throw invalidArgument(`${key} must be 0 (off) or at least ${limit} (the gateway's limit), got ${n}`, 'CONFIG_LIMIT');
  } else if (n > limit) {
    throw invalidArgument(`${key} may be at most ${limit} (the gateway's limit), got ${n}`, 'CONFIG_LIMIT');
  }
}

/**
 * Refuses a broker list naming any host:port that is neither one of the gateway's own brokers nor matched by
 * an allowed pattern: a client must not make the gateway connect wherever it likes. `what` names the field.
 */
export function checkBrokerList(list: string, policy: ClientPolicy, what = 'brokers'): void {
  if (list.length > MAX_BROKER_LIST_CHARS) throw invalidArgument(`${what} may be at most ${MAX_BROKER_LIST_CHARS} characters long, got ${list.length}`, 'CONFIG_REFUSED');
  const own = new Set(splitBrokers(policy.defaultBrokers).map(normalBroker));
  const patterns = policy.allowedBrokers.map(brokerPattern);
  const entries = splitBrokers(list);
  if (entries.length === 0) throw invalidArgument(`${what} names no broker`, 'CONFIG_REFUSED');
  for (const entry of entries) {
    const broker = normalBroker(entry);
    if (broker === undefined) throw invalidArgument(`${what}: ${cut(entry)} is not host:port`, 'CONFIG_REFUSED');
    if (!own.has(broker) && !patterns.some((p) => p.test(broker))) {
      throw invalidArgument(`${what}: ${cut(entry)} is not one of the brokers this gateway allows (its own, or --allowed-brokers)`, 'BROKER_NOT_ALLOWED');
    }
  }
}

// librdkafka separates entries by commas and whitespace.
function splitBrokers(list: string): string[] {
  return list.split(/[\s,]+/).filter((e) => e !== '');
}

/** "PROTO://Host:port" or "[v6]:port" as "host:port" in lower case; librdkafka's default port is 9092. */
function normalBroker(entry: string): string | undefined {
  const hostPort = entry.replace(/^[A-Za-z_]+:\/\//, '').toLowerCase();
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(?::(\d{1,5}))?$/.exec(hostPort);
  if (!m || (m[2] !== undefined && Number(m[2]) > 65535)) return undefined;
  return `${m[1]}:${m[2] ?? '9092'}`;
}

function brokerPattern(pattern: string): RegExp {
  const escaped = pattern.toLowerCase().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/**
 * librdkafka refuses a bad property when the client is built, without naming the key the way the plugin does;
 * this gives its message the plugin's shape ("Failed to set <key>: <librdkafka's message>").
 */
export function configError(err: unknown): Error {
  const message = (err instanceof Error ? err.message : String(err)).replace(/^Error: /, '');
  const key = /configuration property:? "([^"]+)"/.exec(message)?.[1];
  if (!key) return invalidArgument(`invalid config: ${cut(message, 256, false)}`, 'CONFIG_INVALID');
  return invalidArgument(`Failed to set ${key}: ${cut(message, 256, false)}`, 'CONFIG_INVALID');
}
