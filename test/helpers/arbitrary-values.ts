import { DataType, type Scalar, type Value, type Vector } from '../../src/gen/kafkagateway/v1/value';
import { bytesToInt128, bytesToIpaddr, bytesToUuid } from '../../src/values/bytes16';
import { DECIMAL_LIMITS, formatDecimal } from '../../src/values/decimal';
import { NULLS, typeOf, type TypeInfo } from '../../src/values/types';
import { emptyElement, newVector } from '../../src/values/vector-shape';

/** A small seeded PRNG (mulberry32), so that a failing case can be replayed from its seed. */
export class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => this.int(0, 255));
  }
  bigint(bits: number): bigint {
    let v = 0n;
    for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(this.int(0, 0xffff));
    return BigInt.asIntN(bits, v);
  }
}

/** Every type a vector can have, with ANY last. */
export const ELEMENT_TYPES: DataType[] = [
  DataType.DATA_TYPE_BOOL, DataType.DATA_TYPE_CHAR, DataType.DATA_TYPE_SHORT, DataType.DATA_TYPE_INT, DataType.DATA_TYPE_LONG,
  DataType.DATA_TYPE_DATE, DataType.DATA_TYPE_MONTH, DataType.DATA_TYPE_TIME, DataType.DATA_TYPE_MINUTE, DataType.DATA_TYPE_SECOND,
  DataType.DATA_TYPE_DATETIME, DataType.DATA_TYPE_TIMESTAMP, DataType.DATA_TYPE_NANOTIME, DataType.DATA_TYPE_NANOTIMESTAMP,
  DataType.DATA_TYPE_FLOAT, DataType.DATA_TYPE_DOUBLE, DataType.DATA_TYPE_SYMBOL, DataType.DATA_TYPE_STRING, DataType.DATA_TYPE_UUID,
  DataType.DATA_TYPE_DATEHOUR, DataType.DATA_TYPE_IPADDR, DataType.DATA_TYPE_INT128, DataType.DATA_TYPE_BLOB,
  DataType.DATA_TYPE_DECIMAL32, DataType.DATA_TYPE_DECIMAL64, DataType.DATA_TYPE_DECIMAL128,
];
const NUMERIC_TYPES = ELEMENT_TYPES.filter((t) => ['ints', 'longs', 'floats', 'doubles'].includes(typeOf(t)!.storage));
const KEY_TYPES = [DataType.DATA_TYPE_STRING, DataType.DATA_TYPE_SYMBOL, DataType.DATA_TYPE_INT, DataType.DATA_TYPE_LONG, DataType.DATA_TYPE_DATE];
const WORDS = ['', 'a', 'abc', 'Kafka', 'ü', 'naïve café', '東京', '🚀 rocket', 'tab\tand "quotes" \\ back', 'line\nbreak'];

/** An empty STRING, SYMBOL or BLOB is DolphinDB's NULL of that type: it decodes as empty, not as a listed null. */
const emptyIsNull = (info: TypeInfo) => info.layout === 'cstring' || info.layout === 'blob';

/**
 * Random Values in the codec's normal form, i.e. exactly what decoding their bytes gives back: types explicit,
 * NULL positions listed and holding the storage's empty element, 16-byte types and decimals as canonical text.
 */
export class ValueGenerator {
  constructor(readonly random: Random) {}

  value(depth = 0): Value {
    const r = this.random;
    const form = r.pick(depth < 2 ? ['scalar', 'vector', 'vector', 'tuple', 'pair', 'set', 'matrix', 'dictionary', 'table'] : ['scalar', 'vector']);
    switch (form) {
      case 'scalar':
        return { kind: { $case: 'scalar', value: this.scalar(r.pick([...ELEMENT_TYPES, DataType.DATA_TYPE_VOID])) } };
      case 'vector':
        return { kind: { $case: 'vector', value: this.vector(r.pick(ELEMENT_TYPES), r.int(0, 12)) } };
      case 'tuple':
        return { kind: { $case: 'vector', value: this.tuple(depth) } };
      case 'pair':
        return { kind: { $case: 'pair', value: this.vector(r.pick(ELEMENT_TYPES), 2) } };
      case 'set':
        return { kind: { $case: 'set', value: this.vector(r.pick(ELEMENT_TYPES), r.int(0, 6)) } };
      case 'matrix': {
        const rows = r.int(0, 4);
        const columns = r.int(0, 4);
        return {
          kind: {
            $case: 'matrix',
            value: {
              rows,
              columns,
              data: this.vector(r.pick(NUMERIC_TYPES), rows * columns),
              rowLabels: r.chance(0.3) ? this.vector(r.pick(KEY_TYPES), rows) : undefined,
              columnLabels: r.chance(0.3) ? this.vector(r.pick(KEY_TYPES), columns) : undefined,
            },
          },
        };
      }
      case 'dictionary': {
        const n = r.int(0, 6);
        const values = r.chance(0.3) ? this.tuple(depth, n) : this.vector(r.pick(ELEMENT_TYPES), n);
        return { kind: { $case: 'dictionary', value: { keys: this.vector(r.pick(KEY_TYPES), n), values } } };
      }
      default:
        return { kind: { $case: 'table', value: this.table() } };
    }
  }

  table(rows = this.random.int(0, 8), types: DataType[] = ELEMENT_TYPES.filter(() => this.random.chance(0.4))) {
    return {
      name: this.random.chance(0.2) ? 'trades' : '',
      columns: types.map((t, i) => ({ name: `c${i}_${typeOf(t)!.name.toLowerCase()}`, values: this.vector(t, rows) })),
    };
  }

  tuple(depth: number, n = this.random.int(0, 5)): Vector {
    const v = newVector(DataType.DATA_TYPE_ANY);
    v.values = Array.from({ length: n }, () => this.value(depth + 1));
    return v;
  }

  vector(type: DataType, n: number): Vector {
    const info = typeOf(type)!;
    const v = newVector(type);
    const elements: unknown[] = [];
    const withNulls = this.random.chance(0.5);
    const decimal = info.layout.startsWith('decimal');
    if (decimal) v.scale = this.random.int(0, Math.min(6, DECIMAL_LIMITS[info.layout as 'decimal32'].maxScale));
    for (let i = 0; i < n; i++) {
      if (withNulls && this.random.chance(0.25) && !emptyIsNull(info)) {
        v.nulls.push(i);
        elements.push(emptyElement(info));
      } else elements.push(this.element(info, v.scale));
    }
    (v[info.storage] as unknown[]) = elements;
    return v;
  }

  scalar(type: DataType): Scalar {
    const info = typeOf(type)!;
    if (info.layout === 'void' || (this.random.chance(0.15) && !emptyIsNull(info))) {
      if (info.layout.startsWith('decimal')) {
        const c = info.scalarCase as 'decimal32';
        return { value: { $case: c, value: { value: '', scale: this.random.int(0, 4) } } };
      }
      return { value: { $case: 'null', value: type } };
    }
    if (info.layout.startsWith('decimal')) {
      const scale = this.random.int(0, 6);
      return { value: { $case: info.scalarCase as 'decimal32', value: { value: this.element(info, scale) as string, scale } } };
    }
    return { value: { $case: info.scalarCase, value: this.element(info, 0) } } as Scalar;
  }

  private element(info: TypeInfo, scale: number): unknown {
    const r = this.random;
    switch (info.layout) {
      case 'bool':
        return r.chance(0.5);
      case 'int8':
        return r.int(-127, 127);
      case 'int16':
        return r.int(-32767, 32767);
      case 'int32':
        return r.chance(0.1) ? r.pick([-2147483647, 2147483647, 0]) : r.int(-2000000000, 2000000000);
      case 'int64': {
        const v = r.chance(0.1) ? r.pick([NULLS.int64 + 1n, (1n << 63n) - 1n, 0n]) : r.bigint(64);
        return v === NULLS.int64 ? 0n : v;
      }
      case 'float32':
        return Math.fround((r.next() - 0.5) * 10 ** r.int(-5, 30));
      case 'float64':
        return r.chance(0.1) ? r.pick([0, -0.5, Number.MAX_VALUE, Number.MIN_VALUE]) : (r.next() - 0.5) * 10 ** r.int(-300, 300);
      case 'cstring':
        return r.pick(WORDS);
      case 'blob':
        return Buffer.from(r.bytes(r.int(0, 20)));
      case 'bytes16': {
        const b = r.bytes(16);
        if (info.name === 'IPADDR' && r.chance(0.5)) b.fill(0, 4);
        b[0] = b[0] || 1; // all zero would be NULL
        return info.name === 'UUID' ? bytesToUuid(b) : info.name === 'IPADDR' ? bytesToIpaddr(b) : bytesToInt128(b);
      }
      case 'decimal32':
      case 'decimal64':
      case 'decimal128': {
        const bits = { decimal32: 31, decimal64: 63, decimal128: 127 }[info.layout];
        let unscaled = r.bigint(bits + 1);
        const max = DECIMAL_LIMITS[info.layout].max;
        if (unscaled > max || unscaled < -max) unscaled = 0n;
        return formatDecimal(unscaled, scale);
      }
      default:
        throw new Error(`no element for ${info.name}`);
    }
  }
}

/** Random, truncated and mutated payloads drawn from a corpus of valid ones. */
export function* payloads(random: Random, valid: Buffer[], noise: () => Uint8Array, n: number): Generator<Uint8Array> {
  for (let i = 0; i < n; i++) {
    const base = valid[i % valid.length]!;
    switch (i % 4) {
      case 0: // truncated
        yield base.subarray(0, random.int(0, Math.max(0, base.length - 1)));
        break;
      case 1: {
        // a few bytes overwritten, lengths and flags included
        const payload = Buffer.from(base);
        for (let k = random.int(1, 4); k > 0 && payload.length; k--) payload[random.int(0, payload.length - 1)] = random.int(0, 255);
        yield payload;
        break;
      }
      case 2:
        yield noise();
        break;
      default: // pure noise
        yield random.bytes(random.int(0, 64));
    }
  }
}
