import { DataType, Value, Vector, type Scalar } from './gen/kafkagateway/v1/value';

/**
 * JavaScript values to and from typed Values:
 *
 *   BOOL                                    boolean
 *   CHAR, SHORT, INT, FLOAT, DOUBLE         number
 *   LONG                                    bigint (64 bits exactly; a number is accepted when writing)
 *   STRING, SYMBOL, UUID, IPADDR, INT128,
 *   DECIMAL32/64/128                        string
 *   BLOB                                    Uint8Array (a Buffer when read)
 *   DATE, MONTH, DATETIME, DATEHOUR,
 *   TIMESTAMP                               Date (UTC; a MONTH is the first of its month)
 *   TIME, MINUTE, SECOND                    number, milliseconds since midnight
 *   NANOTIME, NANOTIMESTAMP                 bigint nanoseconds (a Date stops at milliseconds)
 *   NULL of any type                        null
 */
export type Native = null | boolean | number | bigint | string | Uint8Array | Date | Native[] | { [key: string]: Native } | Map<Native, Native>;

type Stripped<K> = K extends `DATA_TYPE_${infer N}` ? N : never;
/** A DolphinDB type by name: 'INT', 'SYMBOL', 'TIMESTAMP', ... */
export type TypeName = Stripped<keyof typeof DataType>;
const T = (name: TypeName): DataType => DataType[`DATA_TYPE_${name}` as keyof typeof DataType] as DataType;
const nameOf = (t: DataType): TypeName => (DataType[t] ?? 'DATA_TYPE_UNSPECIFIED').slice('DATA_TYPE_'.length) as TypeName;

const INTS = new Set<TypeName>(['CHAR', 'SHORT', 'INT', 'DATE', 'MONTH', 'TIME', 'MINUTE', 'SECOND', 'DATETIME', 'DATEHOUR']);
const LONGS = new Set<TypeName>(['LONG', 'TIMESTAMP', 'NANOTIME', 'NANOTIMESTAMP']);
const STRINGS = new Set<TypeName>(['STRING', 'SYMBOL', 'UUID', 'IPADDR', 'INT128', 'DECIMAL32', 'DECIMAL64', 'DECIMAL128']);
/** Milliseconds per unit of the types that count from 1970-01-01 and fit a Date. */
const EPOCH_MS: Partial<Record<TypeName, number>> = { DATE: 86_400_000, DATETIME: 1000, DATEHOUR: 3_600_000, TIMESTAMP: 1 };
const DAY_MS: Partial<Record<TypeName, number>> = { TIME: 1, SECOND: 1000, MINUTE: 60_000 };

function toNumber(name: TypeName, x: Native): bigint {
  if (x instanceof Date) {
    if (name === 'MONTH') return BigInt(x.getUTCFullYear() * 12 + x.getUTCMonth());
    if (name === 'NANOTIMESTAMP') return BigInt(x.getTime()) * 1_000_000n;
    const unit = EPOCH_MS[name];
    if (unit) return BigInt(Math.floor(x.getTime() / unit));
  }
  if (typeof x === 'number' && DAY_MS[name]) return BigInt(Math.floor(x / DAY_MS[name]!));
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number' && Number.isInteger(x)) return BigInt(x);
  throw new TypeError(`${describe(x)} is not a ${name} element`);
}

function fromNumber(name: TypeName, n: bigint | number): Native {
  const unit = EPOCH_MS[name];
  if (unit) return new Date(Number(n) * unit);
  if (name === 'MONTH') return new Date(Date.UTC(Math.floor(Number(n) / 12), Number(n) % 12, 1));
  if (DAY_MS[name]) return Number(n) * DAY_MS[name]!;
  return LONGS.has(name) ? BigInt(n) : Number(n);
}

const describe = (x: unknown) => (x === null ? 'null' : x instanceof Date ? 'a Date' : `a ${typeof x}`);

function infer(x: Native): TypeName {
  if (typeof x === 'boolean') return 'BOOL';
  if (typeof x === 'bigint') return 'LONG';
  if (typeof x === 'number') return 'DOUBLE';
  if (typeof x === 'string') return 'STRING';
  if (x instanceof Date) return 'TIMESTAMP';
  if (x instanceof Uint8Array) return 'BLOB';
  throw new TypeError(`no DolphinDB type for ${describe(x)}; pass a type`);
}

/** A vector of `type` (a name such as 'INT'); null elements are NULL. Without a type, the first non-null element's. */
export function vector(elements: readonly Native[], type?: TypeName, scale = 0): Vector {
  const first = elements.find((x) => x !== null);
  const name = type ?? (first === undefined ? 'VOID' : infer(first));
  const v = Vector.fromPartial({ type: T(name), scale });
  elements.forEach((x, i) => {
    if (x === null) v.nulls.push(i);
    try {
      if (name === 'BOOL') v.bools.push(x === null ? false : (x as boolean));
      else if (INTS.has(name)) v.ints.push(x === null ? 0 : int32(toNumber(name, x)));
      else if (LONGS.has(name)) v.longs.push(x === null ? 0n : BigInt.asIntN(64, toNumber(name, x)));
      else if (name === 'FLOAT') v.floats.push(x === null ? 0 : Number(x));
      else if (name === 'DOUBLE') v.doubles.push(x === null ? 0 : Number(x));
      else if (STRINGS.has(name)) v.strings.push(x === null ? '' : String(x));
      else if (name === 'BLOB') v.blobs.push(Buffer.from(x === null ? [] : (x as Uint8Array)));
      else if (name === 'ANY') v.values.push(toValue(x));
      else if (name !== 'VOID') throw new TypeError(`vector() does not build ${name} vectors`);
    } catch (err) {
      throw new TypeError(`element ${i}: ${(err as Error).message}`);
    }
  });
  return v;
}

function int32(n: bigint): number {
  if (n < -(2n ** 31n) || n >= 2n ** 31n) throw new RangeError(`${n} does not fit in 32 bits`);
  return Number(n);
}

/** A scalar; null is a NULL of `type` (VOID without one). */
export function scalar(x: Native, type?: TypeName): Value {
  const name = type ?? (x === null ? 'VOID' : infer(x));
  if (x === null) return { kind: { $case: 'scalar', value: { value: { $case: 'null', value: T(name) } } } };
  const field = name.toLowerCase() as Exclude<NonNullable<Scalar['value']>['$case'], 'null'>;
  let value: unknown = x;
  if (INTS.has(name)) value = int32(toNumber(name, x));
  else if (LONGS.has(name)) value = toNumber(name, x);
  else if (name.startsWith('DECIMAL')) value = { value: String(x), scale: String(x).split('.')[1]?.length ?? 0 };
  else if (name === 'BLOB') value = Buffer.from(x as Uint8Array);
  return { kind: { $case: 'scalar', value: { value: { $case: field, value } as Scalar['value'] } } };
}

/** A table from columns by name, in insertion order: each a Vector (from vector(), for an explicit type) or an array. */
export function table(columns: Record<string, Vector | readonly Native[]>, name = ''): Value {
  return {
    kind: {
      $case: 'table',
      value: { name, columns: Object.entries(columns).map(([n, c]) => ({ name: n, values: Array.isArray(c) ? vector(c) : (c as Vector) })) },
    },
  };
}

/** Infers a value: an object of arrays is a table, an array a vector (a tuple when mixed or nested), else a scalar. */
export function toValue(x: Native | Value): Value {
  if (Array.isArray(x)) {
    const flat = x.every((e) => e === null || !(Array.isArray(e) || isPlainObject(e)));
    const kinds = flat ? new Set(x.filter((e) => e !== null).map((e) => infer(e))) : undefined;
    return { kind: { $case: 'vector', value: vector(x, kinds && kinds.size <= 1 ? undefined : 'ANY') } };
  }
  if (isPlainObject(x)) {
    if ('kind' in x) return x as Value;
    const entries = Object.values(x);
    if (entries.length > 0 && entries.every((c) => Array.isArray(c))) return table(x as Record<string, Native[]>);
    return { kind: { $case: 'dictionary', value: { keys: vector(Object.keys(x)), values: vector(entries as Native[], 'ANY') } } };
  }
  return scalar(x as Native);
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !(x instanceof Date) && !(x instanceof Uint8Array) && !(x instanceof Map) && !Array.isArray(x);

/** A vector's element type name: its type field, or what its storage field implies. */
export function vectorType(v: Vector): TypeName {
  if (v.type !== DataType.DATA_TYPE_UNSPECIFIED) return nameOf(v.type);
  const byField: [keyof Vector, TypeName][] = [
    ['bools', 'BOOL'], ['ints', 'INT'], ['longs', 'LONG'], ['floats', 'FLOAT'], ['doubles', 'DOUBLE'],
    ['strings', 'STRING'], ['blobs', 'BLOB'], ['values', 'ANY'],
  ];
  return byField.find(([field]) => (v[field] as unknown[]).length > 0)?.[1] ?? 'VOID';
}

function vectorNative(v: Vector): Native[] {
  const name = vectorType(v);
  let stored: readonly unknown[];
  let convert: (x: never) => Native;
  if (name === 'BOOL') [stored, convert] = [v.bools, (b: boolean) => b];
  else if (INTS.has(name)) [stored, convert] = [v.ints, (n: number) => fromNumber(name, n)];
  else if (LONGS.has(name)) [stored, convert] = [v.longs, (n: bigint) => fromNumber(name, n)];
  else if (name === 'FLOAT') [stored, convert] = [v.floats, (n: number) => n];
  else if (name === 'DOUBLE') [stored, convert] = [v.doubles, (n: number) => n];
  else if (STRINGS.has(name)) [stored, convert] = [v.strings, (s: string) => s];
  else if (name === 'BLOB') [stored, convert] = [v.blobs, (b: Buffer) => b];
  else if (name === 'ANY') [stored, convert] = [v.values, (x: Value) => fromValue(x)];
  else return v.nulls.map(() => null);
  // A NULL's stored entry is a placeholder (0, ''), not always a valid element: it is not converted.
  const nulls = new Set(v.nulls);
  return stored.map((x, i) => (nulls.has(i) ? null : convert(x as never)));
}

/**
 * A value as JavaScript values: a scalar as its element, a vector, pair or set as an array, a table as an object
 * of column arrays (in column order; columnTypes() gives their types), a dictionary as a Map, a matrix as an
 * array of its columns.
 */
export function fromValue(value: Value): Native {
  const kind = value.kind;
  switch (kind?.$case) {
    case 'scalar': {
      const s = kind.value.value;
      if (!s || s.$case === 'null') return null;
      const name = s.$case.toUpperCase() as TypeName;
      if (INTS.has(name) || LONGS.has(name)) return fromNumber(name, s.value as number | bigint);
      if (s.$case === 'decimal32' || s.$case === 'decimal64' || s.$case === 'decimal128') return s.value.value;
      return s.value as Native;
    }
    case 'vector':
    case 'pair':
    case 'set':
      return vectorNative(kind.value);
    case 'table':
      return Object.fromEntries(kind.value.columns.map((c) => [c.name, c.values ? vectorNative(c.values) : []]));
    case 'dictionary': {
      const keys = kind.value.keys ? vectorNative(kind.value.keys) : [];
      const values = kind.value.values ? vectorNative(kind.value.values) : [];
      return new Map(keys.map((k, i) => [k, values[i] ?? null]));
    }
    case 'matrix': {
      const flat = kind.value.data ? vectorNative(kind.value.data) : [];
      const rows = kind.value.rows;
      return Array.from({ length: kind.value.columns }, (_, c) => flat.slice(c * rows, (c + 1) * rows));
    }
    default:
      throw new TypeError('empty value');
  }
}

/** The type name of each column of a table value, in column order. */
export function columnTypes(value: Value): Record<string, TypeName> {
  if (value.kind?.$case !== 'table') throw new TypeError('not a table');
  return Object.fromEntries(value.kind.value.columns.map((c) => [c.name, c.values ? vectorType(c.values) : 'VOID']));
}
