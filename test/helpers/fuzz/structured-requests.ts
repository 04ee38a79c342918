import { ScalarType, type DescEnum, type DescField, type DescMessage } from '@bufbuild/protobuf';
import type { Prng } from './prng';

/** What a generated request may name: the run's topics and handles, so that some requests get past the checks. */
export interface FuzzNames {
  /** Topics and groups this run makes up start with it. */
  prefix: string;
  /** The topic an ordinary request names: for a consumer one with messages in it, for others one of their own. */
  dataTopic: string;
  broker: string;
  /** Live handles by kind ("consumer", "producer") for this request, and handles that were closed. */
  handles: Record<string, string>;
  closed: Record<string, string>;
}

const KB10 = 'x'.repeat(10 * 1024);
const MB1 = 'y'.repeat(1024 * 1024 - 64);
const INT32 = [0, -1, 1, 2, 7, 1000, 65_536, 2 ** 31 - 1, -(2 ** 31)];
const UINT32 = [0, 1, 2, 1000, 2 ** 31, 2 ** 32 - 1];
const INT64 = [0n, -1n, 1n, 2n, 1000n, 2n ** 31n, 2n ** 53n + 1n, -(2n ** 53n + 1n), 2n ** 63n - 1n, -(2n ** 63n)];
const UINT64 = [0n, 1n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n];
const DOUBLES = [0, -0, 1, -1, 0.5, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2];
const FLOATS = [0, 1, -1, NaN, Infinity, -Infinity, 3.4028234663852886e38, -3.4028234663852886e38, 1.401298464324817e-45];
const STRINGS = ['', 'a', ' ', '-1', '0', 'NaN', 'ünïcødé 日本語 😀', '\u0000', 'a\u0000b', '\ud800', '%s%n%x', '../../x', '{"a":[', KB10];
const OFFSETS = [0n, 1n, 3n, -1n, -2n, -1000n, -1001n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 53n + 1n];
const PARTITIONS = [0, 0, 1, 2, -1, 3, 2 ** 31 - 1, -(2 ** 31)];
const SHORT_TIMEOUTS = [0, 1, 10, 100, 300];
const LONG_TIMEOUTS = [-1, 2000, 5000, 2 ** 31 - 1, -(2 ** 31)];
const LIST_LENGTHS = [0, 1, 1, 2, 3, 10];
const HUGE_LENGTHS = [1000, 10_000, 50_000];
// librdkafka properties a consumer or producer might really get, and values of every shape. Properties that load
// code or read files are left out: the fuzz must not make the gateway run anything.
const CONFIG_KEYS = [
  'auto.offset.reset', 'enable.auto.commit', 'enable.auto.offset.store', 'session.timeout.ms', 'max.poll.interval.ms',
  'fetch.max.bytes', 'fetch.wait.max.ms', 'fetch.min.bytes', 'client.id', 'linger.ms', 'batch.num.messages',
  'message.max.bytes', 'acks', 'compression.type', 'partition.assignment.strategy', 'statistics.interval.ms',
  'queue.buffering.max.messages', 'queue.buffering.max.kbytes', 'queued.max.messages.kbytes', 'socket.timeout.ms',
  'bootstrap.servers', 'group.instance.id', 'isolation.level', 'enable.partition.eof', 'security.protocol', 'retries',
  'request.timeout.ms', 'message.timeout.ms', 'enable.idempotence', 'transactional.id', 'group.id',
];
const CONFIG_VALUES = [
  '', '0', '1', '-1', '2147483647', '-2147483648', '9223372036854775807', '1e400', 'true', 'false', 'earliest', 'latest',
  'none', 'all', 'lz4', 'zstd', 'cooperative-sticky', 'ssl', 'sasl_plaintext', 'read_committed', 'ünï', '\u0000', KB10,
];

/** How much one request may hold, so that "huge" stays within the gateway's message limit. */
interface Budget {
  elements: number;
  chars: number;
}

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * Requests in ts-proto's shape (camelCase fields, bigint for 64-bit integers, { $case, value } oneofs), built
 * from a request's descriptor with extreme values in its fields. Fields named like the gateway's own concepts
 * (consumer, producer, topic, partition, offset, timeout) also get values that are real, so that a request
 * reaches past the first check.
 */
export class StructuredRequests {
  private budget: Budget = { elements: 60_000, chars: 3_000_000 };
  /**
   * The share of fields that get an extreme value; the others get an ordinary one. A request extreme in every
   * field fails its first check, so most requests are ordinary but for a few fields and reach the deep code.
   */
  private readonly extremity: number;

  constructor(
    private readonly rng: Prng,
    private readonly names: FuzzNames,
  ) {
    this.extremity = rng.pick([0.1, 0.25, 0.25, 1]);
  }

  private extreme(): boolean {
    return this.rng.chance(this.extremity);
  }

  /** A request; `opening` favours the first case of a oneof (a stream's opening request). */
  message(desc: DescMessage, depth = 0, opening = false): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const oneof of desc.oneofs) {
      if (this.rng.chance(0.12)) continue;
      const choices = depth > 3 ? oneof.fields.filter((f) => f.fieldKind !== 'message') : oneof.fields;
      if (choices.length === 0) continue;
      const f = opening && this.rng.chance(0.75) ? choices[0]! : this.rng.pick(choices);
      out[camel(oneof.name)] = { $case: camel(f.name), value: this.single(f, depth) };
    }
    for (const f of desc.fields) {
      if (f.oneof || this.rng.chance(0.2)) continue;
      if (f.fieldKind === 'message' && depth > 3) continue;
      const v = this.field(f, depth);
      if (v !== undefined) out[camel(f.name)] = v;
    }
    return out;
  }

  private field(f: DescField, depth: number): unknown {
    switch (f.fieldKind) {
      case 'scalar':
      case 'enum':
      case 'message':
        return this.single(f, depth);
      case 'list': {
        const n = this.length();
        const element = () =>
          f.listKind === 'message' ? this.message(f.message, depth + 1) : f.listKind === 'enum' ? this.enumValue(f.enum) : this.scalar(f.scalar, f.name);
        return this.repeat(n, element);
      }
      case 'map': {
        if (f.name === 'config') return this.config();
        const n = Math.max(0, Math.min(this.rng.pick([0, 1, 3, 100, 5000]), this.budget.elements));
        const map: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const key = f.mapKey === ScalarType.STRING ? `${this.string('key')}${i}` : String(i);
          map[key] = f.mapKind === 'message' ? this.message(f.message, depth + 1) : f.mapKind === 'enum' ? this.enumValue(f.enum) : this.scalar(f.scalar, 'value');
        }
        this.budget.elements -= n;
        return map;
      }
    }
  }

  private single(f: DescField, depth: number): unknown {
    if (f.fieldKind === 'enum') return this.enumValue(f.enum);
    if (f.fieldKind === 'message') return this.message(f.message, depth + 1);
    if (f.fieldKind === 'scalar') return this.scalar(f.scalar, f.name);
    throw new Error(`not a single field: ${f.name}`);
  }

  /** A list of `n`: a long one repeats a few distinct elements, which is as hard on the gateway and cheap to build. */
  private repeat(n: number, element: () => unknown): unknown[] {
    const before = { ...this.budget };
    const distinct = Array.from({ length: Math.min(n, 8) }, element);
    if (distinct.length === 0) return [];
    // The copies cost what the distinct elements cost, each: as many as the budget has room for.
    const chars = (before.chars - this.budget.chars) / distinct.length;
    const elements = (before.elements - this.budget.elements) / distinct.length + 1;
    const room = Math.min(chars > 0 ? Math.floor(Math.max(0, before.chars) / chars) : n, Math.floor(Math.max(0, before.elements) / elements));
    const length = Math.max(distinct.length, Math.min(n, room));
    this.budget.chars = before.chars - chars * length;
    this.budget.elements = before.elements - elements * length;
    return Array.from({ length }, (_v, i) => distinct[i % distinct.length]);
  }

  private length(): number {
    if (!this.extreme()) return 1 + this.rng.int(3);
    const n = this.rng.chance(0.15) ? this.rng.pick(HUGE_LENGTHS) : this.rng.pick(LIST_LENGTHS);
    return Math.max(0, Math.min(n, this.budget.elements));
  }

  private enumValue(e: DescEnum): number {
    if (!this.extreme()) return this.rng.pick(e.values.length > 1 ? e.values.slice(1) : e.values).number;
    return this.rng.chance(0.85) ? this.rng.pick(e.values).number : this.rng.pick([-1, 999, 2 ** 31 - 1]);
  }

  private scalar(type: ScalarType, name: string): unknown {
    const r = this.rng;
    if (!this.extreme()) return this.ordinary(type, name);
    switch (type) {
      case ScalarType.STRING:
        return this.string(name);
      case ScalarType.BYTES:
        return this.bytes();
      case ScalarType.BOOL:
        return r.chance(0.5);
      case ScalarType.DOUBLE:
        return r.pick(DOUBLES);
      case ScalarType.FLOAT:
        return r.pick(FLOATS);
      case ScalarType.INT32:
      case ScalarType.SINT32:
      case ScalarType.SFIXED32:
        if (name === 'partition') return r.pick(PARTITIONS);
        if (name.includes('timeout')) return r.chance(0.75) ? r.pick(SHORT_TIMEOUTS) : r.pick(LONG_TIMEOUTS);
        return r.pick(INT32);
      case ScalarType.UINT32:
      case ScalarType.FIXED32:
        return r.pick(UINT32);
      case ScalarType.INT64:
      case ScalarType.SINT64:
      case ScalarType.SFIXED64:
        return name === 'offset' ? r.pick(OFFSETS) : r.chance(0.1) ? BigInt(r.int(2 ** 31)) * BigInt(r.int(2 ** 31)) : r.pick(INT64);
      case ScalarType.UINT64:
      case ScalarType.FIXED64:
        return r.pick(UINT64);
    }
  }

  /** A value a careful client might send. */
  private ordinary(type: ScalarType, name: string): unknown {
    const r = this.rng;
    switch (type) {
      case ScalarType.STRING:
        if (name === 'consumer' || name === 'producer') return this.names.handles[name] ?? '';
        if (name === 'topic' || name === 'topics') return this.names.dataTopic;
        if (name === 'brokers') return this.names.broker;
        return r.pick(['k1', 'a', 'hello']);
      case ScalarType.BYTES:
        return r.bytes(1 + r.int(16));
      case ScalarType.BOOL:
        return r.chance(0.5);
      case ScalarType.DOUBLE:
      case ScalarType.FLOAT:
        return r.pick([0, 1.5, -2]);
      case ScalarType.INT64:
      case ScalarType.SINT64:
      case ScalarType.SFIXED64:
      case ScalarType.UINT64:
      case ScalarType.FIXED64:
        return name === 'offset' ? r.pick([0n, 1n, 10n, -1n, -2n]) : name.includes('timestamp') ? BigInt(Date.now()) : r.pick([0n, 1n, 1000n]);
      default:
        if (name.includes('timeout')) return r.pick([100, 300]);
        return name === 'partition' ? r.int(3) : r.pick([0, 1, 2, 5]);
    }
  }

  private string(name: string): string {
    const r = this.rng;
    const n = this.names;
    let s: string;
    if ((name === 'consumer' || name === 'producer') && r.chance(0.8)) s = this.handle(name);
    else if ((name === 'topic' || name === 'topics') && r.chance(0.7))
      s = r.pick([n.dataTopic, n.dataTopic, `${n.prefix}-t${r.int(4)}`, `${n.prefix}-absent-${r.int(1e9)}`, `^${n.prefix}.*`]);
    else if (name === 'brokers' || name === 'bootstrap.servers') s = r.pick(['', n.broker, '127.0.0.1:1', `${n.broker},127.0.0.1:1`, '127.0.0.1:0']);
    else s = r.chance(0.02) && this.budget.chars > 2 * MB1.length ? MB1 : r.pick(STRINGS);
    if (s.length > Math.max(0, this.budget.chars)) s = s.slice(0, 16);
    this.budget.chars -= s.length;
    return s;
  }

  private handle(kind: string): string {
    const r = this.rng;
    const other = kind === 'consumer' ? 'producer' : 'consumer';
    return r.pick([
      this.names.handles[kind] ?? '',
      this.names.handles[kind] ?? '',
      this.names.handles[kind] ?? '',
      this.names.handles[kind] ?? '',
      this.names.handles[kind] ?? '',
      this.names.handles[kind] ?? '',
      this.names.handles[other] ?? '',
      this.names.closed[kind] ?? '',
      `${kind}-${'A'.repeat(10 * 1024)}`,
      `${kind}-AAAAAAAAAAAAAAAAAAAAAA`,
      `${kind}-`,
      '',
      r.pick(STRINGS),
    ]);
  }

  private bytes(): Uint8Array {
    const len = Math.min(Math.max(0, this.budget.chars), this.rng.pick([0, 1, 16, 1000, 10 * 1024, ...(this.budget.chars > 2_000_000 ? [1024 * 1024] : [])]));
    this.budget.chars -= len;
    return len <= 1024 ? this.rng.bytes(len) : Buffer.alloc(len, this.rng.int(256));
  }

  /** A librdkafka config: mostly a group of its own, some real properties, some nonsense, sometimes thousands. */
  private config(): Record<string, string> {
    const r = this.rng;
    const out: Record<string, string> = {};
    if (r.chance(0.85)) out['group.id'] = r.chance(0.85) ? `${this.names.prefix}-g${r.int(1e9)}` : r.pick(STRINGS);
    if (r.chance(0.5)) out['auto.offset.reset'] = 'earliest';
    const n = r.pick([0, 1, 2, 3, 5, 1000]);
    for (let i = 0; i < n; i++) {
      const key = r.chance(0.7) ? r.pick(CONFIG_KEYS) : `${r.pick(STRINGS)}${i}`;
      if (key === 'group.id' && out[key] !== undefined) continue;
      out[key] = key === 'bootstrap.servers' ? this.string(key) : r.pick(CONFIG_VALUES);
    }
    return out;
  }
}
