import { DataType, type Value, type Vector } from '../../../src/gen/kafkagateway/v1/value';
import { decodeDolphinDB } from '../../../src/values/dolphindb/decode';
import { ByteWriter } from '../../../src/values/byte-writer';
import { encodeDolphinDB, encodeDolphinDBInto } from '../../../src/values/dolphindb/encode';
import { ELEMENT_TYPES, Random, ValueGenerator } from '../../helpers/arbitrary-values';
import { DdbOracle } from '../../helpers/ddb-oracle/oracle';
import { toDdbWire } from '../../helpers/ddb-oracle/to-ddb-wire';

// Property test against the official DolphinDB JavaScript API (npm `dolphindb`): random values of every type and
// form, checked in both directions. The seed is fixed so that a failure replays; SEED=n explores other draws.
//
// One deliberate difference: a set or dictionary of SYMBOL carries the element type (17) in its own flag, as the
// reference's format rules and DolphinDB's C++ marshalling write it; 145 marks only the symbol-base vector that
// follows. The JS package copies 145 into the outer flag too, and reads a set's inner vector with the outer flag's
// type, so it cannot read a server-style symbol set. The tests allow exactly that flag byte and skip symbol sets
// when the package parses our bytes.
const SEED = Number(process.env['SEED'] ?? 20261124);

function sample(): { label: string; value: Value }[] {
  const gen = new ValueGenerator(new Random(SEED));
  const values: { label: string; value: Value }[] = [];
  for (let i = 0; i < 1500; i++) values.push({ label: `random #${i}`, value: gen.value() });
  // Tables with a column of every type, and empty vectors of every type.
  for (let rows of [0, 1, 7]) values.push({ label: `table of every type, ${rows} rows`, value: { kind: { $case: 'table', value: gen.table(rows, ELEMENT_TYPES) } } });
  for (const t of ELEMENT_TYPES) values.push({ label: `empty vector of ${t}`, value: { kind: { $case: 'vector', value: gen.vector(t, 0) } } });
  return values;
}

/** Equal, but for the outer flag of SYMBOL sets and dictionaries: 0x11 (ours) where the package writes 0x91. */
function sameBytes(ours: Buffer, theirs: string | { error: string } | undefined): boolean {
  if (typeof theirs !== 'string') return false;
  const t = Buffer.from(theirs, 'hex');
  if (t.length !== ours.length) return false;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === ours[i]) continue;
    const symbolFlag = ours[i] === 0x11 && t[i] === 0x91 && (ours[i + 1] === 4 || ours[i + 1] === 5) && t[i + 1] === ours[i + 1];
    if (!symbolFlag) return false;
  }
  return true;
}

function hasSymbolSet(value: Value): boolean {
  const kind = value.kind!;
  if (kind.$case === 'set') return kind.value.type === DataType.DATA_TYPE_SYMBOL;
  const nested = (v: Vector | undefined) => (v?.values ?? []).some(hasSymbolSet);
  if (kind.$case === 'vector') return nested(kind.value);
  if (kind.$case === 'dictionary') return nested(kind.value.values);
  return false;
}

const describeValue = (v: Value) =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : Buffer.isBuffer(x) ? `<${x.toString('hex')}>` : x)).slice(0, 600);

describe('DOLPHINDB codec against the official dolphindb package', () => {
  const oracle = new DdbOracle();
  const values = sample();
  let theirBytes: (string | { error: string })[];
  let ourBytes: Buffer[];

  beforeAll(async () => {
    ourBytes = values.map((v) => encodeDolphinDB(v.value));
    theirBytes = await oracle.pack(values.map((v) => toDdbWire(v.value)));
  });
  afterAll(() => oracle.close());

  it('encodes every value byte for byte as DdbObj.pack() does', () => {
    const mismatches = values.flatMap((v, i) =>
      sameBytes(ourBytes[i]!, theirBytes[i]) ? [] : [`${v.label}: ours ${ourBytes[i]!.toString('hex')} theirs ${JSON.stringify(theirBytes[i])} for ${describeValue(v.value)}`],
    );
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('encodes every value into one reused writer exactly as into a new buffer', () => {
    // One writer for all: numeric runs land at every alignment, some written in place and some copied in.
    const writer = new ByteWriter(16);
    const mismatches = values.flatMap((v, i) => {
      const bytes = encodeDolphinDBInto(v.value, writer);
      return bytes.equals(ourBytes[i]!) ? [] : [`${v.label}: reused ${bytes.toString('hex')} new ${ourBytes[i]!.toString('hex')}`];
    });
    expect(mismatches.slice(0, 3)).toEqual([]);
    expect(writer.capacity).toBeGreaterThan(16);
  });

  it('decodes what DdbObj.pack() writes back to the same value', () => {
    const mismatches = values.flatMap((v, i) => {
      const bytes = theirBytes[i];
      if (typeof bytes !== 'string') return [`${v.label}: pack failed ${JSON.stringify(bytes)}`];
      try {
        expect(decodeDolphinDB(Buffer.from(bytes, 'hex'))).toEqual(v.value);
        return [];
      } catch (err) {
        return [`${v.label}: ${(err as Error).message.slice(0, 800)}`];
      }
    });
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('writes bytes that DdbObj.parse() reads as the same object', async () => {
    const parsed = await oracle.parse(ourBytes);
    const mismatches = values.flatMap((v, i) => {
      if (hasSymbolSet(v.value)) return [];
      try {
        expect(parsed[i]).toEqual(toDdbWire(v.value));
        return [];
      } catch (err) {
        return [`${v.label}: ${(err as Error).message.slice(0, 800)}`];
      }
    });
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('covers every type in scalars, vectors and tables, and every form', () => {
    const forms = new Set(values.map((v) => v.value.kind!.$case));
    expect([...forms].sort()).toEqual(['dictionary', 'matrix', 'pair', 'scalar', 'set', 'table', 'vector']);
  });
});
