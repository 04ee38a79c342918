import { invalidArgument } from '../errors';

// Client-supplied librdkafka configs. These properties would make the gateway read files, write files, run
// programs or load libraries on its own host, on behalf of any client: refused. Found by going through
// librdkafka's CONFIGURATION.md (2.12) for paths, commands, libraries and key stores.
const REFUSED: readonly RegExp[] = [
  /^plugin\.library\.paths$/, // loads shared libraries
  /^interceptors$/, // plugin-provided code
  /^sasl\.kerberos\.kinit\.cmd$/, // runs a shell command
  /^sasl\.kerberos\.keytab$/, // reads a keytab file
  /\.location$/, // ssl.ca/certificate/key/crl/keystore/engine.location, https.ca.location: files and engines
  /keystore/, // ssl.keystore.location and its password
  /^ssl\.engine\.id$/, // loads an OpenSSL engine
  /\.file$/, // sasl.oauthbearer.assertion(.private.key / .jwt.template).file
  /^offset\.store\.(path|method)$/, // the legacy file offset store writes files
  /_cb$/, // callbacks are the gateway's to set (node-rdkafka reads these keys as switches)
];

function refusedReason(key: string): string | undefined {
  return REFUSED.some((r) => r.test(key))
    ? `${key} is not allowed: it would make the gateway read files, run programs or load libraries on its own host`
    : undefined;
}

/**
 * What a consumer prefetches, unless the client says otherwise. librdkafka's own defaults let one consumer queue
 * 64 MiB, fetch 50 MiB at a time and keep 100,000 messages per partition (each with a few hundred bytes of
 * bookkeeping): fine for one application, too much for a gateway that holds many consumers for clients that may
 * read slowly. 8 MiB, 8 MiB fetches and 10,000 messages per partition still keep a consumer busy, provided a full
 * queue delays the next fetch only briefly: librdkafka waits fetch.queue.backoff.ms (1 s by default) once the
 * queue is over its limits, and a smaller queue reaches them every few milliseconds (at 10 KiB messages that
 * one-second pause cut consumption from ~95k to ~13k messages/s). Against a 16 MiB queue, 8 MiB cost a Consume
 * stream of 10 KiB messages about 8% (76k against 83k messages/s) and took the gateway's memory under a stalled
 * client from 60-72 to 51-54 MiB; a client that wants the throughput sets queued.max.messages.kbytes itself.
 */
export const CONSUMER_DEFAULTS: Readonly<Record<string, string>> = {
  'queued.max.messages.kbytes': '8192',
  'queued.min.messages': '10000',
  'fetch.max.bytes': '8388608',
  'fetch.queue.backoff.ms': '10',
};

/**
 * A client's config checked and completed: refused properties and empty keys fail with INVALID_ARGUMENT, and
 * without a broker list the gateway's own brokers are used (so that a grpcurl user may leave it out).
 */
export function clientConfig(config: Record<string, string>, defaultBrokers: string, kind: 'producer' | 'consumer'): Record<string, string> {
  for (const key of Object.keys(config)) {
    if (key.trim() === '') throw invalidArgument('a config key must not be empty');
    const refused = refusedReason(key);
    if (refused) throw invalidArgument(refused, 'CONFIG_REFUSED');
  }
  const out = kind === 'consumer' ? { ...CONSUMER_DEFAULTS, ...config } : { ...config };
  if (!out['bootstrap.servers'] && !out['metadata.broker.list']) out['bootstrap.servers'] = defaultBrokers;
  if (kind === 'consumer' && !out['group.id']) throw invalidArgument('consumer need setting group.id', 'CONFIG_MISSING');
  return out;
}

/**
 * librdkafka refuses a bad property when the client is built, without naming the key the way the plugin does;
 * this gives its message the plugin's shape ("Failed to set <key>: <librdkafka's message>").
 */
export function configError(err: unknown): Error {
  const message = (err instanceof Error ? err.message : String(err)).replace(/^Error: /, '');
  const key = /configuration property:? "([^"]+)"/.exec(message)?.[1];
  if (!key) return invalidArgument(`invalid config: ${message}`, 'CONFIG_INVALID');
  return invalidArgument(`Failed to set ${key}: ${message}`, 'CONFIG_INVALID');
}
