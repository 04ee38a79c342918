import type { Value } from '../../../src/gen/kafkagateway/v1/value';
import { decodeDolphinDB } from '../../../src/values/dolphindb/decode';
import { encodeDolphinDB } from '../../../src/values/dolphindb/encode';
import { DataType, hex, nullOf, scalar, vector, vectorValue } from '../../helpers/values';

// The byte examples of the plugin reference (§3.1), each encoded and decoded.
const EXAMPLES: [string, Value, string][] = [
  ['INT 10086', scalar({ $case: 'int', value: 10086 }), '04 00 66 27 00 00'],
  ['DOUBLE 123.456', scalar({ $case: 'double', value: 123.456 }), '10 00 77 BE 9F 1A 2F DD 5E 40'],
  ['DOUBLE 2.1', scalar({ $case: 'double', value: 2.1 }), '10 00 CD CC CC CC CC CC 00 40'],
  ['FLOAT 123.45f', scalar({ $case: 'float', value: Math.fround(123.45) }), '0F 00 66 E6 F6 42'],
  ['SHORT 122h', scalar({ $case: 'short', value: 122 }), '03 00 7A 00'],
  ['LONG 22l', scalar({ $case: 'long', value: 22n }), '05 00 16 00 00 00 00 00 00 00'],
  ['BOOL true', scalar({ $case: 'bool', value: true }), '01 00 01'],
  ["CHAR 'a'", scalar({ $case: 'char', value: 97 }), '02 00 61'],
  ['STRING "abc"', scalar({ $case: 'string', value: 'abc' }), '12 00 61 62 63 00'],
  ['DATE 2013.06.13', scalar({ $case: 'date', value: 15869 }), '06 00 FD 3D 00 00'],
  ['MONTH 2013.06M', scalar({ $case: 'month', value: 24161 }), '07 00 61 5E 00 00'],
  ['TIMESTAMP 2012.06.13T13:30:10.008', scalar({ $case: 'timestamp', value: 1339594210008n }), '0C 00 D8 7A 09 E6 37 01 00 00'],
  ['INT NULL', nullOf(DataType.DATA_TYPE_INT), '04 00 00 00 00 80'],
  ['VOID NULL', nullOf(DataType.DATA_TYPE_VOID), '00 00 01'],
  ['IPADDR 192.168.1.1', scalar({ $case: 'ipaddr', value: '192.168.1.1' }), '1E 00 01 01 A8 C0 00 00 00 00 00 00 00 00 00 00 00 00'],
  ['INT vector', vectorValue(DataType.DATA_TYPE_INT, { ints: [1, 2, 3, 4] }), '04 01 04 00 00 00 01 00 00 00 01 00 00 00 02 00 00 00 03 00 00 00 04 00 00 00'],
  ['STRING vector', vectorValue(DataType.DATA_TYPE_STRING, { strings: ['aa', 'bb', 'cc'] }), '12 01 03 00 00 00 01 00 00 00 61 61 00 62 62 00 63 63 00'],
  ['SYMBOL vector', vectorValue(DataType.DATA_TYPE_SYMBOL, { strings: ['aa', 'bb'] }), '91 01 02 00 00 00 01 00 00 00 00 00 00 00 03 00 00 00 00 61 61 00 62 62 00 01 00 00 00 02 00 00 00'],
  [
    'tuple (1, "a")',
    vectorValue(DataType.DATA_TYPE_ANY, { values: [scalar({ $case: 'int', value: 1 }), scalar({ $case: 'string', value: 'a' })] }),
    '19 01 02 00 00 00 01 00 00 00 04 00 01 00 00 00 12 00 61 00',
  ],
  [
    'dict("a" -> 1.2)',
    { kind: { $case: 'dictionary', value: { keys: vector(DataType.DATA_TYPE_STRING, { strings: ['a'] }), values: vector(DataType.DATA_TYPE_DOUBLE, { doubles: [1.2] }) } } },
    '10 05 12 01 01 00 00 00 01 00 00 00 61 00 10 01 01 00 00 00 01 00 00 00 33 33 33 33 33 33 F3 3F',
  ],
  [
    'matrix(1 2 3, 4 5 6)',
    { kind: { $case: 'matrix', value: { rows: 3, columns: 2, data: vector(DataType.DATA_TYPE_INT, { ints: [1, 2, 3, 4, 5, 6] }) } } },
    '04 03 00 04 03 03 00 00 00 02 00 00 00 01 00 00 00 02 00 00 00 03 00 00 00 04 00 00 00 05 00 00 00 06 00 00 00',
  ],
  [
    'table(1 2 as a, symbol(["x","y"]) as b)',
    {
      kind: {
        $case: 'table',
        value: {
          name: '',
          columns: [
            { name: 'a', values: vector(DataType.DATA_TYPE_INT, { ints: [1, 2] }) },
            { name: 'b', values: vector(DataType.DATA_TYPE_SYMBOL, { strings: ['x', 'y'] }) },
          ],
        },
      },
    },
    '00 06 02 00 00 00 02 00 00 00 00 61 00 62 00 04 01 02 00 00 00 01 00 00 00 01 00 00 00 02 00 00 00 91 01 02 00 00 00 01 00 00 00 00 00 00 00 03 00 00 00 00 78 00 79 00 01 00 00 00 02 00 00 00',
  ],
];

describe('DOLPHINDB binary format: the reference byte examples', () => {
  it.each(EXAMPLES)('encodes %s', (_name, value, bytes) => {
    expect(encodeDolphinDB(value).toString('hex')).toBe(hex(bytes).toString('hex'));
  });

  it.each(EXAMPLES)('decodes %s', (_name, value, bytes) => {
    expect(decodeDolphinDB(hex(bytes))).toEqual(value);
  });
});

// Where DolphinDB's C++ serializer and its JavaScript API write one value differently, the codec writes the C++ form
// (dolphindb-oracle.test.ts compares both) and reads either.
describe('DOLPHINDB binary format: the forms of both implementations', () => {
  const emptySymbols = vectorValue(DataType.DATA_TYPE_SYMBOL, {});
  const symbolSet: Value = { kind: { $case: 'set', value: vector(DataType.DATA_TYPE_SYMBOL, { strings: ['x'] }) } };
  const symbolBaseX = '91 01 01 00 00 00 01 00 00 00 00 00 00 00 02 00 00 00 00 78 00 01 00 00 00';
  const forms: [string, Value, string, string][] = [
    // C++: a plain SYMBOL vector; JS: a symbol base holding only "".
    ['an empty SYMBOL vector', emptySymbols, '11 01 00 00 00 00 01 00 00 00', '91 01 00 00 00 00 01 00 00 00 00 00 00 00 01 00 00 00 00'],
    // C++: the set's own flag holds the element type; JS: the symbol-base id there too.
    ['a SYMBOL set', symbolSet, `11 04 ${symbolBaseX}`, `91 04 ${symbolBaseX}`],
    // C++ from Python: "nothing" (0); the codec, as the C++ API's explicit NULL and the JS API: 1.
    ['the VOID NULL', nullOf(DataType.DATA_TYPE_VOID), '00 00 01', '00 00 00'],
  ];

  it.each(forms)('writes %s in the C++ form', (_name, value, written) => {
    expect(encodeDolphinDB(value).toString('hex')).toBe(hex(written).toString('hex'));
  });

  it.each(forms)('reads %s in either form', (_name, value, written, other) => {
    expect(decodeDolphinDB(hex(written))).toEqual(value);
    expect(decodeDolphinDB(hex(other))).toEqual(value);
  });
});

// Large numeric columns are read in place where the input is aligned, and through a small reused scratch buffer,
// chunk by chunk, where it is not: both must give every element, and every NULL, at its own index.
describe('DOLPHINDB binary format: large vectors at every alignment', () => {
  const n = 20_000; // several 64 KiB chunks of 8-byte elements
  const nullAt = [0, 8191, 8192, 8193, 16_384, n - 1];
  const cases: [string, Value][] = [
    ['DOUBLE', vectorValue(DataType.DATA_TYPE_DOUBLE, { doubles: Array.from({ length: n }, (_x, i) => (nullAt.includes(i) ? 0 : i + 0.25)), nulls: nullAt })],
    ['FLOAT', vectorValue(DataType.DATA_TYPE_FLOAT, { floats: Array.from({ length: n }, (_x, i) => (nullAt.includes(i) ? 0 : i + 0.5)), nulls: nullAt })],
    ['INT', vectorValue(DataType.DATA_TYPE_INT, { ints: Array.from({ length: n }, (_x, i) => (nullAt.includes(i) ? 0 : i - 7)), nulls: nullAt })],
    ['SHORT', vectorValue(DataType.DATA_TYPE_SHORT, { ints: Array.from({ length: n }, (_x, i) => (nullAt.includes(i) ? 0 : (i % 30_000) - 9)), nulls: nullAt })],
    ['LONG', vectorValue(DataType.DATA_TYPE_LONG, { longs: Array.from({ length: n }, (_x, i) => (nullAt.includes(i) ? 0n : BigInt(i) * 10_000_000_000n)), nulls: nullAt })],
    ['SYMBOL', vectorValue(DataType.DATA_TYPE_SYMBOL, { strings: Array.from({ length: n }, (_x, i) => `s${i % 97}`) })],
  ];

  it.each(cases)('%s decodes the same from each of 8 offsets', (_name, value) => {
    const bytes = encodeDolphinDB(value);
    for (let shift = 0; shift < 8; shift++) {
      const backing = Buffer.alloc(bytes.length + 16);
      const start = 8 - ((backing.byteOffset + 8) % 8) + shift; // the payload's first byte at every alignment in turn
      bytes.copy(backing, start);
      expect(decodeDolphinDB(backing.subarray(start, start + bytes.length))).toEqual(value);
    }
  });
});
