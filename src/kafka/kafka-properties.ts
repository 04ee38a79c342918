import { CALLBACK, CLIENT_PROPERTIES } from './client-properties';

/** librdkafka properties as librdkafka takes them: every value a string. */
export type KafkaProperties = Readonly<Record<string, string>>;

/** The most characters of one operator property: an inline PEM chain fits, a runaway file does not. */
const MAX_VALUE_CHARS = 65_536;

/** Broker lists have their own setting (--brokers), which the client-config broker check also relies on. */
const BROKER_KEYS = new Set(['bootstrap.servers', 'metadata.broker.list']);

/**
 * Checks librdkafka properties that the operator wrote (the `kafka` section, --kafka-config, or one principal's
 * override) and returns them as strings. Unlike a client's config, any property librdkafka knows may be set,
 * files included: the operator owns the host. Refused are only keys librdkafka does not know (a typo would
 * otherwise surface at the first client build, as a client's error), broker lists (they are --brokers) and
 * callbacks (the gateway sets them itself). Throws an Error naming the key; values are never repeated, as they
 * may be passwords.
 */
export function checkKafkaProperties(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('must be an object of librdkafka properties');
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const rule = Object.hasOwn(CLIENT_PROPERTIES, key) ? CLIENT_PROPERTIES[key] : undefined;
    if (!rule) throw new Error(`${key}: not a librdkafka property`);
    if (BROKER_KEYS.has(key)) throw new Error(`${key}: the brokers are set with --brokers (brokers in the config file), not here`);
    if (rule === CALLBACK) throw new Error(`${key}: callbacks are set by the gateway itself`);
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new Error(`${key}: must be a string, number or boolean`);
    }
    const text = String(value);
    if (text.length > MAX_VALUE_CHARS) throw new Error(`${key}: at most ${MAX_VALUE_CHARS} characters`);
    out[key] = text;
  }
  return out;
}

/**
 * The properties a Kafka client of the gateway is built with. The operator's section is the base; a client's
 * checked config (clientConfig) changes what the client allowlist lets it change, which never includes
 * security.*, sasl.* or ssl.*; a principal's override (its own Kafka credentials, say) comes last, so that
 * clients never hold Kafka passwords. A key the allowlist refuses in `checked` means a config that skipped the
 * check: that is a bug, and it throws rather than let a client's value near the connection's security.
 */
export function kafkaClientProperties(checked: KafkaProperties, operator: KafkaProperties, override: KafkaProperties = {}): Record<string, string> {
  for (const key of Object.keys(checked)) {
    const rule = CLIENT_PROPERTIES[key];
    if (!rule || 'refused' in rule) throw new Error(`kafkaClientProperties: ${key} did not pass the client allowlist`);
  }
  return { ...operator, ...checked, ...override };
}

/** The part of a client's properties that decides how it connects and logs in: what the group client copies. */
export function connectionProperties(properties: KafkaProperties): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'security.protocol' || key.startsWith('sasl.') || key.startsWith('ssl.') || key === 'enable.ssl.certificate.verification') {
      out[key] = value;
    }
  }
  return out;
}
