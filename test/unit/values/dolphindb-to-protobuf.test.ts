import { isDeepStrictEqual } from 'node:util';
import { DataType, Value } from '../../../src/gen/kafkagateway/v1/value';
import { decodeDolphinDB } from '../../../src/values/dolphindb/decode';
import { encodeDolphinDB } from '../../../src/values/dolphindb/encode';
import { dolphinDBToProtobuf as toChunks } from '../../../src/values/dolphindb/to-protobuf';
import { ELEMENT_TYPES, payloads, Random, ValueGenerator } from '../../helpers/arbitrary-values';
import { hex, vector, vectorValue } from '../../helpers/values';

/** What the transcoder must equal: the decoder's Value, encoded by the generated encoder (or the decoder's error). */
function viaObjects(bytes: Uint8Array): Buffer {
  return Buffer.from(Value.encode(decodeDolphinDB(bytes)).finish());
}

/** The transcoder's chunks, joined. */
function dolphinDBToProtobuf(bytes: Uint8Array): Buffer {
  const wire = toChunks(bytes);
  const joined = Buffer.concat(wire.chunks);
  expect(joined.length).toBe(wire.size);
  return joined;
}

function outcome(fn: () => Uint8Array): { bytes: string } | { error: string } {
  try {
    return { bytes: Buffer.from(fn()).toString('hex') };
  } catch (err) {
    return { error: `${(err as Error).name}: ${(err as Error).message}` };
  }
}

const FAST_TYPES = [
  DataType.DATA_TYPE_BOOL, DataType.DATA_TYPE_CHAR, DataType.DATA_TYPE_SHORT, DataType.DATA_TYPE_INT, DataType.DATA_TYPE_LONG,
  DataType.DATA_TYPE_TIMESTAMP, DataType.DATA_TYPE_FLOAT, DataType.DATA_TYPE_DOUBLE, DataType.DATA_TYPE_SYMBOL, DataType.DATA_TYPE_STRING,
];

/**
 * The same error, or the same bytes; or the same Value where only a NaN's bits differ (the transcoder keeps a
 * NaN's payload, which a JavaScript number may quiet). isDeepStrictEqual takes NaN as equal to NaN.
 */
function sameOutcome(a: ReturnType<typeof outcome>, b: ReturnType<typeof outcome>): boolean {
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  if (!('bytes' in a) || !('bytes' in b)) return false;
  return isDeepStrictEqual(Value.decode(Buffer.from(a.bytes, 'hex')), Value.decode(Buffer.from(b.bytes, 'hex')));
}

describe('DOLPHINDB bytes transcoded straight to Protobuf', () => {
  const random = new Random(11);
  const gen = new ValueGenerator(random);

  it('gives the bytes of the decoded Value for random values of every form and type', () => {
    for (let i = 0; i < 1500; i++) {
      const bytes = encodeDolphinDB(gen.value());
      expect(Buffer.from(dolphinDBToProtobuf(bytes)).toString('hex')).toBe(viaObjects(bytes).toString('hex'));
    }
  });

  it.each(ELEMENT_TYPES.map((t) => [DataType[t], t] as const))('gives the same bytes for %s vectors and table columns, NULLs included', (_n, type) => {
    for (let i = 0; i < 20; i++) {
      const rows = random.int(0, 300);
      for (const value of [
        { kind: { $case: 'vector' as const, value: gen.vector(type, rows) } },
        { kind: { $case: 'table' as const, value: gen.table(rows, [type, DataType.DATA_TYPE_INT, type]) } },
      ]) {
        const bytes = encodeDolphinDB(value);
        expect(Buffer.from(dolphinDBToProtobuf(bytes)).equals(viaObjects(bytes))).toBe(true);
      }
    }
  });

  it('round-trips the extremes of each integer width, which need the longest varints', () => {
    const value = { kind: { $case: 'table' as const, value: { name: 't', columns: [
      { name: 'c', values: vector(DataType.DATA_TYPE_CHAR, { ints: [-127, 127, 0, -1] }) },
      { name: 's', values: vector(DataType.DATA_TYPE_SHORT, { ints: [-32767, 32767, 0, -1] }) },
      { name: 'i', values: vector(DataType.DATA_TYPE_INT, { ints: [-2147483647, 2147483647, 0, -1] }) },
      { name: 'l', values: vector(DataType.DATA_TYPE_LONG, { longs: [-(2n ** 63n) + 1n, 2n ** 63n - 1n, 0n, -1n] }) },
    ] } } };
    const wire = dolphinDBToProtobuf(encodeDolphinDB(value));
    expect(Value.decode(wire)).toEqual(value);
  });

  it('reads strings longer than its look-ahead and replaces invalid UTF-8 as the decoder does', () => {
    const long = 'x'.repeat(5000) + 'ü';
    const strings = vectorValue(DataType.DATA_TYPE_STRING, { strings: ['a', long, '', '東京'] });
    const bytes = encodeDolphinDB(strings);
    expect(Value.decode(dolphinDBToProtobuf(bytes))).toEqual(strings);
    // STRING vector of 2: "a\xff" (invalid) and "b"
    const invalid = hex('12 01 02 00 00 00 01 00 00 00 61 ff 00 62 00');
    expect(Buffer.from(dolphinDBToProtobuf(invalid)).equals(viaObjects(invalid))).toBe(true);
    expect(Value.decode(dolphinDBToProtobuf(invalid)).kind).toEqual({ $case: 'vector', value: expect.objectContaining({ strings: ['a\ufffd', 'b'] }) });
  });

  it('refers to the DOUBLEs of a vector without NULLs instead of copying them', () => {
    const bytes = encodeDolphinDB(vectorValue(DataType.DATA_TYPE_DOUBLE, { doubles: [1.5, 2.5, 3.5] }));
    const { chunks } = toChunks(bytes);
    expect(chunks.map((c) => c.length)).toEqual([6, 24]); // the Value, Vector and field headers, then the doubles
    expect(chunks[1]!.buffer).toBe(bytes.buffer);
    expect(chunks[1]!.byteOffset).toBe(bytes.byteOffset + 10); // after DolphinDB's type, form, rows and columns
  });

  it('zeroes exactly the NULLs among floats, at any payload offset, and keeps every other bit pattern', () => {
    // Big-endian patterns: the NULL sentinel, its nearest neighbours (the same top bytes), quiet and signalling
    // NaNs of both signs, infinities, zeros, ordinary numbers.
    const doubles = ['ffefffffffffffff', 'ffeffffffffffffe', 'ffe0000000000000', '7ff8000000000000', '7ff0000000000001', 'fff8000000000001',
      '7ff0000000000000', 'fff0000000000000', '0000000000000000', '8000000000000000', '3ff8000000000000', '7fefffffffffffff'];
    const floats = ['ff7fffff', 'ff7ffffe', 'ff700000', '7fc00000', '7f800001', 'ffc00001', '7f800000', 'ff800000', '00000000', '80000000', '3fc00000', '7f7fffff'];
    const rows = 49; // six groups of eight, as the scan reads them, and one left over: a NULL there too
    const isNull = (i: number) => (i * 7) % 12 === 0; // pattern 0, the sentinel: rows 0, 12, 24, 36 and 48
    for (const [typeByte, patterns] of [['10', doubles], ['0f', floats]] as const) {
      const elements = Buffer.concat(Array.from({ length: rows }, (_x, i) => Buffer.from(patterns[(i * 7) % 12]!, 'hex').reverse()));
      const expected = Buffer.from(elements);
      const width = elements.length / rows;
      for (let i = 0; i < rows; i++) if (isNull(i)) expected.fill(0, i * width, (i + 1) * width);
      for (const lead of [0, 1, 2, 3]) {
        const memory = Buffer.alloc(lead + 10 + elements.length);
        hex(`${typeByte} 01 31 00 00 00 01 00 00 00`).copy(memory, lead); // a vector of 49 rows, 1 column
        elements.copy(memory, lead + 10);
        const bytes = memory.subarray(lead);
        const wire = dolphinDBToProtobuf(bytes);
        const value = Value.decode(wire);
        expect((value.kind as { value: { nulls: number[] } }).value.nulls).toEqual(Array.from({ length: rows }, (_x, i) => i).filter(isNull));
        expect(wire.subarray(wire.length - elements.length).equals(expected)).toBe(true);
        expect(value).toEqual(decodeDolphinDB(bytes)); // NaN equals NaN here, whatever its bits
      }
    }
  });

  it('throws the decoder\'s error for malformed bytes', () => {
    const cases = [
      '04 01 ff ff ff 7f 01 00 00 00 00 00', // 2^31-1 INT elements declared
      '12 01 02 00 00 00 01 00 00 00 61 00 62', // the last string has no NUL
      '10 01 01 00 00 00 01 00 00 00 00 00 00 00 00 00 f0 3f 00', // a byte after the value
    ];
    for (const c of cases) {
      const bytes = hex(c);
      const expected = outcome(() => viaObjects(bytes));
      expect('error' in expected && expected.error).toMatch(/^ValueError: /);
      expect(outcome(() => dolphinDBToProtobuf(bytes))).toEqual(expected);
    }
  });

  it('agrees with the decoder on 30,000 truncated, mutated and random payloads: the same value or the same error', () => {
    const corpus = [
      ...Array.from({ length: 150 }, () => encodeDolphinDB(gen.value())),
      ...Array.from({ length: 150 }, () => encodeDolphinDB({ kind: { $case: 'table', value: gen.table(random.int(0, 6), FAST_TYPES.filter(() => random.chance(0.5))) } })),
    ];
    const typedNoise = () => Uint8Array.from([random.int(0, 40), random.int(0, 7), ...random.bytes(random.int(0, 40))]);
    const disagreements: string[] = [];
    let errors = 0;
    for (const payload of payloads(random, corpus, typedNoise, 30_000)) {
      const expected = outcome(() => viaObjects(payload));
      const actual = outcome(() => dolphinDBToProtobuf(payload));
      if ('error' in expected) errors++;
      if (!sameOutcome(expected, actual) && disagreements.length < 3) {
        disagreements.push(`${Buffer.from(payload).toString('hex')}: ${JSON.stringify(expected)} vs ${JSON.stringify(actual)}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(errors).toBeGreaterThan(1000);
  });
});
