import { MarshalType, type Value } from '../../../src/gen/kafkagateway/v1/value';
import { ChunkAssembler, chunkInfo, joinChunks } from '../../../clients/typescript/src/chunks';
import { chunkHeaders } from '../../../src/values/chunks';
import { decodeDolphinDB } from '../../../src/values/dolphindb/decode';
import { encodeDolphinDB } from '../../../src/values/dolphindb/encode';
import { decodeJson } from '../../../src/values/json/decode';
import { encodeJson } from '../../../src/values/json/encode';
import { splittingEncoder } from '../../../src/values/marshal';
import { splitBySize } from '../../../src/values/split';
import { ELEMENT_TYPES, Random, ValueGenerator } from '../../helpers/arbitrary-values';
import { DataType, scalar, vectorValue } from '../../helpers/values';

const ints = (n: number) => vectorValue(DataType.DATA_TYPE_INT, { ints: Array.from({ length: n }, (_x, i) => i) });
// The gateway's encoder: it reuses one writer, so every payload kept must be a copy.
const reusing = splittingEncoder(MarshalType.MARSHAL_TYPE_DOLPHINDB);
const split = (v: Value, bufferSize: number, messageSize: number, keyLength = 0) =>
  splitBySize(v, reusing, keyLength, { bufferSize, messageSize });

describe('splitting a value by the buffer and message sizes (reference §4, without its bugs)', () => {
  it('sends a value that fits the buffer size whole, counting the key', () => {
    const bytes = encodeDolphinDB(ints(10)); // 50 bytes
    const whole = split(ints(10), 50, 20);
    split(ints(3), 50, 20); // reuses the encoder's memory: the first payload must be a copy
    expect(whole).toEqual([bytes]);
    expect(split(ints(10), 50, 20, 1).length).toBeGreaterThan(1);
  });

  it('cuts the README example (120 INTs, buffer 100, message 20) into chunks of at most 20 bytes, every element once', () => {
    const chunks = split(ints(120), 100, 20);
    expect(chunks.every((c) => c.length <= 20)).toBe(true);
    expect(joinChunks(chunks.map((c) => decodeDolphinDB(c)))).toEqual(decodeDolphinDB(encodeDolphinDB(ints(120))));
  });

  it('sends an element larger than the message size alone and once, and refuses one larger than the buffer size', () => {
    const strings = ['a', 'b', 'x'.repeat(500), 'c', 'd'];
    const value = vectorValue(DataType.DATA_TYPE_STRING, { strings });
    const chunks = split(value, 600, 40).map((c) => decodeDolphinDB(c));
    const sent = chunks.flatMap((c) => (c.kind?.$case === 'vector' ? c.kind.value.strings : []));
    expect(sent).toEqual(strings);
    expect(sent.filter((s) => s.length === 500)).toHaveLength(1);
    expect(() => split(value, 400, 40)).toThrow('element 2 alone takes 511 bytes with the key, above the buffer size 400');
  });

  it('refuses a table without rows that is over the buffer size, rather than sending nothing', () => {
    const table: Value = { kind: { $case: 'table', value: { name: 'x'.repeat(200), columns: [] } } };
    expect(() => split(table, 100, 20)).toThrow('above the buffer size 100, and has no rows to split it by');
  });

  it('refuses a form that cannot be split, with the sizes', () => {
    expect(() => split(scalar({ $case: 'string', value: 'x'.repeat(200) }), 100, 20)).toThrow(
      'the value takes 203 bytes with its key, above the buffer size 100; only a vector or a table can be split',
    );
  });

  it('splits tables with a column of every type, in DOLPHINDB and JSON, and joins them back to the same value', () => {
    const gen = new ValueGenerator(new Random(5));
    for (let round = 0; round < 20; round++) {
      const table: Value = { kind: { $case: 'table', value: gen.table(200, ELEMENT_TYPES) } };
      const original = decodeDolphinDB(encodeDolphinDB(table));
      const limits = { bufferSize: 4000, messageSize: 1500 };
      const chunks = splitBySize(table, reusing, 8, limits);
      expect(chunks.length).toBeGreaterThan(5);
      expect(chunks).toEqual(splitBySize(table, encodeDolphinDB, 8, limits)); // each chunk its own bytes, none overwritten
      expect(chunks.every((c) => c.length + 8 <= limits.bufferSize)).toBe(true);
      expect(joinChunks(chunks.map((c) => decodeDolphinDB(c)))).toEqual(original);

      // JSON chunks are complete JSON objects of columns.
      const noBlobs: Value = { kind: { $case: 'table', value: gen.table(100, ELEMENT_TYPES.filter((t) => t !== DataType.DATA_TYPE_BLOB)) } };
      const jsonChunks = splitBySize(noBlobs, encodeJson, 0, limits);
      expect(jsonChunks.every((c) => c.length <= limits.bufferSize)).toBe(true);
      const columns = jsonChunks.map((c) => JSON.parse(c.toString()) as Record<string, unknown[]>);
      const rows = columns.reduce((n, c) => n + (Object.values(c)[0]?.length ?? 0), 0);
      expect(rows).toBe(100);
      expect(() => jsonChunks.map((c) => decodeJson(c))).not.toThrow();
    }
  });

  it('fills every chunk of fixed-width elements to within one element of the message size', () => {
    const doubles = Array.from({ length: 100_000 }, (_x, i) => i / 3);
    const chunks = split(vectorValue(DataType.DATA_TYPE_DOUBLE, { doubles }), 500_000, 10_000, 6);
    // 10 bytes of header and 8 per element: 1,248 elements (9,994 bytes, 10,000 with the key) in every chunk but the last.
    expect(chunks.slice(0, -1).every((c) => c.length === 9_994)).toBe(true);
    expect(chunks).toHaveLength(Math.ceil(100_000 / 1_248));
  });

  it('splits a million-element vector, half of it NULL, and joins it back with every NULL in place', () => {
    const n = 1_000_000;
    const nulls = Array.from({ length: n / 2 }, (_x, i) => 2 * i + 1);
    const value = vectorValue(DataType.DATA_TYPE_DOUBLE, { doubles: Array.from({ length: n }, (_x, i) => i), nulls });
    const chunks = split(value, 900_000, 10_000);
    expect(chunks.length).toBeLessThan(1_000);
    const joined = joinChunks(chunks.map((c) => decodeDolphinDB(c)));
    const vector = joined.kind?.$case === 'vector' ? joined.kind.value : undefined;
    expect(vector?.nulls).toEqual(nulls);
    expect(vector?.doubles.filter((_x, i) => i % 2 === 0)).toEqual(Array.from({ length: n / 2 }, (_x, i) => 2 * i));
  });

  it('joins vectors with NULLs at the right positions', () => {
    const value = vectorValue(DataType.DATA_TYPE_LONG, { longs: Array.from({ length: 50 }, (_x, i) => BigInt(i)), nulls: [0, 17, 49] });
    const chunks = split(value, 100, 60).map((c) => decodeDolphinDB(c));
    expect(chunks.length).toBeGreaterThan(3);
    expect(joinChunks(chunks)).toEqual(decodeDolphinDB(encodeDolphinDB(value)));
  });
});

// The gateway writes the chunk headers; the client libraries read them back. The TypeScript client's
// ChunkAssembler stands for all four here, on the gateway's real chunks (each client also tests its own).
describe('chunk headers and reassembly', () => {
  const message = (value: Value, id: string, index: number, count: number) => ({
    value,
    decodeError: '',
    headers: Object.entries(chunkHeaders({ id, index, count })).map(([key, v]) => ({ key, value: Buffer.from(v) })),
  });

  it('rebuilds a value from its chunks in any order, and holds nothing once it is complete', () => {
    const value = ints(300);
    const chunks = split(value, 200, 100).map((c) => decodeDolphinDB(c));
    const assembler = new ChunkAssembler();
    const order = chunks.map((_c, i) => i).reverse();
    let result: Value | undefined;
    for (const i of order) {
      expect(result).toBeUndefined();
      result = assembler.add(message(chunks[i]!, 'v1', i, chunks.length));
    }
    expect(result).toEqual(decodeDolphinDB(encodeDolphinDB(value)));
    expect(assembler.waiting).toBe(0);
  });

  it('gives no chunk info for a whole value, and refuses malformed headers', () => {
    expect(chunkInfo({ headers: [{ key: 'other', value: Buffer.from('x') }] })).toBeUndefined();
    expect(() => chunkInfo(message(ints(1), 'v', 3, 3))).toThrow('chunk headers of v are malformed');
  });

  it('keeps at most maxPending incomplete values', () => {
    const assembler = new ChunkAssembler(2);
    for (const id of ['a', 'b', 'c']) assembler.add(message(ints(1), id, 0, 2));
    expect(assembler.waiting).toBe(2);
    expect(assembler.add(message(ints(1), 'a', 1, 2))).toBeUndefined(); // 'a' was dropped
  });
});
