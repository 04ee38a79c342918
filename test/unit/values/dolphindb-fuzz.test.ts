import { decodeDolphinDB } from '../../../src/values/dolphindb/decode';
import { encodeDolphinDB } from '../../../src/values/dolphindb/encode';
import { ValueError } from '../../../src/values/errors';
import { Random, ValueGenerator } from '../../helpers/arbitrary-values';
import { hex } from '../../helpers/values';

/** Decodes, and reports anything other than a Value or a ValueError. */
function outcome(bytes: Uint8Array): 'value' | 'error' | string {
  try {
    decodeDolphinDB(bytes);
    return 'value';
  } catch (err) {
    return err instanceof ValueError ? 'error' : `${(err as Error).name}: ${(err as Error).message}`;
  }
}

describe('decoding untrusted DOLPHINDB bytes', () => {
  it('refuses a 12-byte payload that declares 2^31-1 elements, at once and without allocating them', () => {
    const before = process.memoryUsage().arrayBuffers;
    const payload = hex('04 01 ff ff ff 7f 01 00 00 00 00 00'); // INT vector, rows 2147483647, columns 1
    expect(() => decodeDolphinDB(payload)).toThrow('INT vector: 2147483647 elements declared at offset 10, but only 2 bytes left');
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
  });

  it('ends every one of 100,000 random, truncated and mutated payloads in a value or a ValueError', () => {
    const random = new Random(7);
    const gen = new ValueGenerator(random);
    const valid = Array.from({ length: 400 }, () => encodeDolphinDB(gen.value()));
    const failures: string[] = [];
    const counts = { value: 0, error: 0 };
    for (let i = 0; i < 100_000; i++) {
      const base = valid[i % valid.length]!;
      let payload: Uint8Array;
      switch (i % 4) {
        case 0: // truncated
          payload = base.subarray(0, random.int(0, Math.max(0, base.length - 1)));
          break;
        case 1: {
          // a few bytes overwritten, lengths and flags included
          payload = Buffer.from(base);
          for (let k = random.int(1, 4); k > 0 && payload.length; k--) payload[random.int(0, payload.length - 1)] = random.int(0, 255);
          break;
        }
        case 2: // random bytes behind a real type and form
          payload = Uint8Array.from([random.int(0, 40), random.int(0, 7), ...random.bytes(random.int(0, 40))]);
          break;
        default: // pure noise
          payload = random.bytes(random.int(0, 64));
      }
      const result = outcome(payload);
      if (result === 'value' || result === 'error') counts[result]++;
      else if (failures.length < 5) failures.push(`${Buffer.from(payload).toString('hex')}: ${result}`);
    }
    expect(failures).toEqual([]);
    // Both outcomes occur: the mutations are not all rejected, nor all accepted.
    expect(counts.value).toBeGreaterThan(1000);
    expect(counts.error).toBeGreaterThan(1000);
  });
});
