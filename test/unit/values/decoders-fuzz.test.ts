import { MarshalType } from '../../../src/gen/kafkagateway/v1/value';
import { decodeDolphinDB } from '../../../src/values/dolphindb/decode';
import { encodeDolphinDB } from '../../../src/values/dolphindb/encode';
import { dolphinDBToProtobuf } from '../../../src/values/dolphindb/to-protobuf';
import { ValueError } from '../../../src/values/errors';
import { encodeJson } from '../../../src/values/json/encode';
import { decodePayload } from '../../../src/values/marshal';
import { payloads, Random, ValueGenerator } from '../../helpers/arbitrary-values';
import { hex } from '../../helpers/values';

describe('decoding untrusted DOLPHINDB bytes', () => {
  it('refuses a 12-byte payload that declares 2^31-1 elements, at once and without allocating them', () => {
    const before = process.memoryUsage().arrayBuffers;
    const payload = hex('04 01 ff ff ff 7f 01 00 00 00 00 00'); // INT vector, rows 2147483647, columns 1
    expect(() => decodeDolphinDB(payload)).toThrow('INT vector: 2147483647 elements declared at offset 10, but only 2 bytes left');
    // The same through the transcoder, which is what the gateway runs on a consumed payload.
    expect(() => dolphinDBToProtobuf(payload)).toThrow('INT vector: 2147483647 elements declared at offset 10, but only 2 bytes left');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1024 * 1024);
  });

  it.each([
    ['a STRING vector of 10^9 strings', '12 01 00 ca 9a 3b 01 00 00 00 61 00'],
    ['a table of 10^9 columns', '00 06 01 00 00 00 00 ca 9a 3b 00'],
    ['a symbol base of 10^9 entries', '91 01 01 00 00 00 01 00 00 00 00 00 00 00 00 ca 9a 3b 00'],
    ['a 65536 x 65536 matrix', '04 03 00 04 03 00 00 01 00 00 00 01 00'],
    ['a BLOB of 2^31-1 bytes', '20 00 ff ff ff 7f 61'],
    ['a tuple nested 100 levels deep', '19 01 01 00 00 00 01 00 00 00 '.repeat(100)],
  ])('refuses %s with a clear error', (_what, bytes) => {
    expect(() => decodeDolphinDB(hex(bytes))).toThrow(ValueError);
    expect(() => dolphinDBToProtobuf(hex(bytes))).toThrow(ValueError);
  });

});

/** Feeds `n` payloads to a decoder; each must end in a result or a ValueError. */
function fuzz(decode: (b: Uint8Array) => unknown, source: Iterable<Uint8Array>) {
  const failures: string[] = [];
  const counts = { value: 0, error: 0 };
  for (const payload of source) {
    try {
      decode(payload);
      counts.value++;
    } catch (err) {
      if (err instanceof ValueError) counts.error++;
      else if (failures.length < 5) failures.push(`${Buffer.from(payload).toString('hex')}: ${(err as Error).name}: ${(err as Error).message}`);
    }
  }
  expect(failures).toEqual([]);
  return counts;
}

const JSON_TOKENS = ['[', ']', '{', '}', ',', ':', '"', '"a"', '\\', '\\u12', '1', '-0', '1e999', '-', '.5', 'true', 'nul', 'null', ' ', '\n', '\u00fc', '9'.repeat(30)];

describe('every decoder, fed 100,000 random, truncated and mutated payloads, ends in a value or a ValueError', () => {
  const random = new Random(7);
  const gen = new ValueGenerator(random);
  const values = Array.from({ length: 400 }, () => gen.value());
  const dolphindb = values.map((v) => encodeDolphinDB(v));
  const json = values.flatMap((v) => {
    try {
      return [encodeJson(v)];
    } catch {
      return [];
    }
  });
  const jsonSoup = () => Buffer.from(Array.from({ length: random.int(1, 30) }, () => random.pick(JSON_TOKENS)).join(''));
  const typedNoise = () => Uint8Array.from([random.int(0, 40), random.int(0, 7), ...random.bytes(random.int(0, 40))]);
  const N = 100_000;

  it('DOLPHINDB', () => {
    const counts = fuzz((b) => decodePayload(b, MarshalType.MARSHAL_TYPE_DOLPHINDB), payloads(random, dolphindb, typedNoise, N));
    // Both outcomes occur: the mutations are not all rejected, nor all accepted.
    expect(counts.value).toBeGreaterThan(1000);
    expect(counts.error).toBeGreaterThan(1000);
  });

  it('DOLPHINDB to Protobuf bytes (the transcoder every consuming RPC uses)', () => {
    const counts = fuzz((b) => dolphinDBToProtobuf(b), payloads(random, dolphindb, typedNoise, N));
    expect(counts.value).toBeGreaterThan(1000);
    expect(counts.error).toBeGreaterThan(1000);
  });

  it('JSON', () => {
    const counts = fuzz((b) => decodePayload(b, MarshalType.MARSHAL_TYPE_JSON), payloads(random, json, jsonSoup, N));
    expect(counts.value).toBeGreaterThan(1000);
    expect(counts.error).toBeGreaterThan(1000);
  });

  it('AUTO', () => {
    const mixed = [...dolphindb, ...json];
    const counts = fuzz((b) => decodePayload(b, MarshalType.MARSHAL_TYPE_AUTO), payloads(random, mixed, () => (random.chance(0.5) ? jsonSoup() : typedNoise()), N));
    expect(counts.value).toBeGreaterThan(1000);
    expect(counts.error).toBeGreaterThan(1000);
  });

  it.each([
    MarshalType.MARSHAL_TYPE_PLAIN,
    MarshalType.MARSHAL_TYPE_JAVA_SHORT,
    MarshalType.MARSHAL_TYPE_JAVA_INT,
    MarshalType.MARSHAL_TYPE_JAVA_LONG,
    MarshalType.MARSHAL_TYPE_JAVA_FLOAT,
    MarshalType.MARSHAL_TYPE_JAVA_DOUBLE,
    MarshalType.MARSHAL_TYPE_JAVA_STRING,
    MarshalType.MARSHAL_TYPE_JAVA_BYTES,
  ].map((t) => [MarshalType[t], t] as const))('%s', (_name, type) => {
    const corpus = [Buffer.from('hello'), Buffer.from('東京'), Buffer.alloc(2), Buffer.alloc(4), Buffer.alloc(8)];
    const counts = fuzz((b) => decodePayload(b, type), payloads(random, corpus, () => random.bytes(random.int(0, 9)), N));
    expect(counts.value).toBeGreaterThan(1000);
  });
});
