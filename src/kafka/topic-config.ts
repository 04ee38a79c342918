import { cut, invalidArgument } from '../errors';

/**
 * The topic configs CreateTopic passes on to the brokers, and how each value is checked. A topic's owner picks
 * how long its records stay, how they are compacted and compressed, and how large they may be. Refused are the
 * configs that reach into the brokers' own operation: their disks and flushing, replication throttles, leader
 * election, tiered storage, and values that make a broker roll or rewrite files without pause. A name not listed
 * is refused as well, so that a Kafka upgrade cannot bring in a config nobody reviewed.
 */
type TopicRule =
  | { kind: 'long'; min: number; max: number; also?: number }
  | { kind: 'ratio'; min: number }
  | { kind: 'oneOf'; values: readonly string[] }
  | { refused: string };

/** Kafka's longs as far as they can be compared exactly here; beyond that no duration or size is meaningful. */
const LONG_MAX = Number.MAX_SAFE_INTEGER;
const MIB = 1_048_576;
/** The most a broker takes in one request by default (socket.request.max.bytes): a larger record cannot arrive. */
const REQUEST_MAX_BYTES = 100 * MIB;

const long = (min: number, max = LONG_MAX, also?: number): TopicRule => (also === undefined ? { kind: 'long', min, max } : { kind: 'long', min, max, also });
const oneOf = (...values: string[]): TopicRule => ({ kind: 'oneOf', values });
const refused = (why: string): TopicRule => ({ refused: why });

const BROKER_DISK = refused("it is about the brokers' own disks and files, the cluster operator's to set");
const CLUSTER = refused("it is the cluster operator's: it changes replication and availability for every client of the topic");
const TIERED = refused("tiered storage is the cluster operator's to set up");
const REMOVED = refused('Kafka 4 no longer has it');

export const TOPIC_CONFIGS: Readonly<Record<string, TopicRule>> = {
  'cleanup.policy': oneOf('delete', 'compact', 'delete,compact', 'compact,delete'),
  'compression.type': oneOf('producer', 'uncompressed', 'zstd', 'lz4', 'snappy', 'gzip'),
  'compression.gzip.level': long(1, 9, -1),
  'compression.lz4.level': long(1, 17),
  'compression.zstd.level': long(-131_072, 22),
  'retention.ms': long(-1),
  'retention.bytes': long(-1),
  'delete.retention.ms': long(0),
  'max.message.bytes': long(0, REQUEST_MAX_BYTES),
  'message.timestamp.type': oneOf('CreateTime', 'LogAppendTime'),
  'message.timestamp.before.max.ms': long(0),
  'message.timestamp.after.max.ms': long(0),
  'min.compaction.lag.ms': long(0),
  'max.compaction.lag.ms': long(60_000),
  // Near 0, and for a short lag, the brokers' log cleaner would rewrite the topic again and again.
  'min.cleanable.dirty.ratio': { kind: 'ratio', min: 0.01 },
  'min.insync.replicas': long(1, 100),
  // A segment smaller or younger than these makes the broker roll files (and their indexes) without pause.
  'segment.bytes': long(MIB, 1024 * MIB),
  'segment.ms': long(60_000),
  'segment.jitter.ms': long(0),
  'flush.messages': refused('it makes the brokers write to disk after every few records; durability comes from replication (min.insync.replicas)'),
  'flush.ms': refused('it makes the brokers write to disk on a timer; durability comes from replication (min.insync.replicas)'),
  'file.delete.delay.ms': BROKER_DISK,
  'index.interval.bytes': BROKER_DISK,
  'segment.index.bytes': BROKER_DISK,
  preallocate: BROKER_DISK,
  'unclean.leader.election.enable': CLUSTER,
  'leader.replication.throttled.replicas': CLUSTER,
  'follower.replication.throttled.replicas': CLUSTER,
  'remote.storage.enable': TIERED,
  'local.retention.ms': TIERED,
  'local.retention.bytes': TIERED,
  'remote.log.copy.disable': TIERED,
  'remote.log.delete.on.disable': TIERED,
  'message.format.version': REMOVED,
  'message.downconversion.enable': REMOVED,
};

/** The most topic config entries CreateTopic passes on (there are fewer allowed names). */
const MAX_ENTRIES = 64;
const MAX_VALUE_CHARS = 64;

/** Checks a CreateTopic config; returns it as it is when every entry is allowed, or throws INVALID_ARGUMENT. */
export function checkTopicConfig(config: Record<string, string>): Record<string, string> {
  const entries = Object.entries(config);
  if (entries.length > MAX_ENTRIES) throw invalidArgument(`config holds at most ${MAX_ENTRIES} entries, got ${entries.length}`, 'CONFIG_REFUSED');
  for (const [name, value] of entries) checkEntry(name, value);
  return config;
}

function checkEntry(name: string, value: string): void {
  const rule = Object.hasOwn(TOPIC_CONFIGS, name) ? TOPIC_CONFIGS[name] : undefined;
  if (!rule) throw invalidArgument(`${cut(name, 64)} is not a topic config the gateway passes on (the README's "What a client cannot do" lists those it does)`, 'CONFIG_REFUSED');
  if ('refused' in rule) throw invalidArgument(`topic config ${name} is not allowed: ${rule.refused}`, 'CONFIG_REFUSED');
  if (value.length > MAX_VALUE_CHARS) throw invalidArgument(`topic config ${name} may be at most ${MAX_VALUE_CHARS} characters long, got ${value.length}`, 'CONFIG_REFUSED');
  switch (rule.kind) {
    case 'oneOf':
      if (!rule.values.includes(value)) throw invalidArgument(`topic config ${name} must be one of ${rule.values.join(', ')}, got ${cut(value)}`, 'CONFIG_REFUSED');
      return;
    case 'ratio': {
      const n = /^(0(\.\d{1,15})?|1(\.0{1,15})?)$/.test(value) ? Number(value) : NaN;
      if (!(n >= rule.min && n <= 1)) throw invalidArgument(`topic config ${name} must be a number from ${rule.min} to 1, got ${cut(value)}`, 'CONFIG_REFUSED');
      return;
    }
    case 'long': {
      const n = /^-?\d{1,16}$/.test(value) ? Number(value) : NaN;
      if (n === rule.also || (n >= rule.min && n <= rule.max)) return;
      const range = rule.max === LONG_MAX ? `at least ${rule.min}` : `from ${rule.min} to ${rule.max}`;
      throw invalidArgument(`topic config ${name} must be an integer ${range}${rule.also === undefined ? '' : ` (or ${rule.also})`}, got ${cut(value)}`, 'CONFIG_REFUSED');
    }
  }
}
