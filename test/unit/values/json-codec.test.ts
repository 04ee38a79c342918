import type { Value } from '../../../src/gen/kafkagateway/v1/value';
import { decodeJson } from '../../../src/values/json/decode';
import { encodeJson } from '../../../src/values/json/encode';
import { ValueError } from '../../../src/values/errors';
import { Random, ValueGenerator } from '../../helpers/arbitrary-values';
import { DataType, nullOf, scalar, vector, vectorValue } from '../../helpers/values';

const json = (v: Value) => encodeJson(v).toString('utf8');
const decode = (text: string) => decodeJson(Buffer.from(text, 'utf8'));
const int = (value: number) => scalar({ $case: 'int', value });
const str = (value: string) => scalar({ $case: 'string', value });
const tuple = (...values: Value[]) => vectorValue(DataType.DATA_TYPE_ANY, { values });
const dict = (keys: string[], ...values: Value[]): Value => ({
  kind: { $case: 'dictionary', value: { keys: vector(DataType.DATA_TYPE_STRING, { strings: keys }), values: vector(DataType.DATA_TYPE_ANY, { values }) } },
});

describe('JSON encoding, in the plugin shapes (reference §3.2)', () => {
  it.each<[string, Value, string]>([
    ['a scalar is a one-element array', int(1), '[1]'],
    ['a STRING scalar', str('abc'), '["abc"]'],
    ['a NULL', nullOf(DataType.DATA_TYPE_INT), '[null]'],
    ['an INT vector', vectorValue(DataType.DATA_TYPE_INT, { ints: [1, 2, 3] }), '[1,2,3]'],
    ['an empty vector', vectorValue(DataType.DATA_TYPE_INT, {}), '[]'],
    ['a tuple with a vector in it', tuple(int(1), vectorValue(DataType.DATA_TYPE_DOUBLE, { doubles: [1.1, 2.2] })), '[1,[1.1,2.2]]'],
    [
      'a table is an object of columns',
      {
        kind: {
          $case: 'table',
          value: {
            name: '',
            columns: [
              { name: 'c1', values: vector(DataType.DATA_TYPE_INT, { ints: [1, 2, 3] }) },
              { name: 'c2', values: vector(DataType.DATA_TYPE_SYMBOL, { strings: ['a', 'b', 'c'] }) },
            ],
          },
        },
      },
      '{"c1":[1,2,3],"c2":["a","b","c"]}',
    ],
    ['a dictionary', dict(['msg', 'id'], str('kafka'), int(1)), '{"msg":"kafka","id":1}'],
    [
      'a dictionary with INT keys quotes them',
      { kind: { $case: 'dictionary', value: { keys: vector(DataType.DATA_TYPE_INT, { ints: [1] }), values: vector(DataType.DATA_TYPE_DOUBLE, { doubles: [1.5] }) } } },
      '{"1":1.5}',
    ],
    ['temporal types are quoted text', vectorValue(DataType.DATA_TYPE_DATE, { ints: [15869] }), '["2013.06.13"]'],
    ["CHAR 'a' is a string", scalar({ $case: 'char', value: 97 }), '["a"]'],
    ['a NULL BOOL is null, not false', vectorValue(DataType.DATA_TYPE_BOOL, { bools: [true, false, false], nulls: [2] }), '[true,false,null]'],
    ['LONG keeps all 64 bits', scalar({ $case: 'long', value: 9223372036854775807n }), '[9223372036854775807]'],
    ['DECIMAL keeps its digits', scalar({ $case: 'decimal128', value: { value: '12345678901234567890.123', scale: 3 } }), '["12345678901234567890.123"]'],
    ['strings are escaped', str('say "hi"\\\n\t\u0001'), '["say \\"hi\\"\\\\\\n\\t\\u0001"]'],
  ])('%s', (_what, value, expected) => {
    expect(json(value)).toBe(expected);
    expect(() => JSON.parse(expected)).not.toThrow();
  });

  it.each(['pair', 'set'] as const)('refuses a %s, as the plugin does', (form) => {
    const value = { kind: { $case: form, value: vector(DataType.DATA_TYPE_INT, { ints: [1, 2] }) } } as Value;
    expect(() => encodeJson(value)).toThrow(`a ${form} cannot be written as JSON`);
  });

  it('refuses a BLOB that is not UTF-8 rather than mangling it', () => {
    expect(() => encodeJson(scalar({ $case: 'blob', value: Buffer.from([0xff, 0xfe]) }))).toThrow('not UTF-8 text');
  });

  it('writes valid JSON for 3,000 random values, and reads it back to the same JSON', () => {
    const gen = new ValueGenerator(new Random(11));
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const value = gen.value();
      let text: string;
      try {
        text = json(value);
      } catch (err) {
        expect(err).toBeInstanceOf(ValueError); // pairs, matrices, sets, binary BLOBs
        continue;
      }
      expect(() => JSON.parse(text)).not.toThrow();
      const again = json(decode(text));
      // Repeated dictionary keys collapse into one JSON member, so only the parsed documents can be compared there.
      if (again !== text) expect(JSON.parse(again)).toEqual(JSON.parse(text));
      checked++;
    }
    expect(checked).toBeGreaterThan(1500);
  });
});

describe('JSON decoding (reference §3.4, without its escaping and truncation bugs)', () => {
  it('reads an array as a tuple and an object as a STRING -> ANY dictionary, keys in document order', () => {
    expect(decode('[1, "a", true, null, 1.5]')).toEqual(
      tuple(int(1), str('a'), scalar({ $case: 'bool', value: true }), nullOf(DataType.DATA_TYPE_VOID), scalar({ $case: 'double', value: 1.5 })),
    );
    expect(decode('{"z": 1, "10": [2], "a": {}}')).toEqual(dict(['z', '10', 'a'], int(1), tuple(int(2)), dict([])));
  });

  it.each<[string, Value]>([
    ['2147483647', int(2147483647)],
    ['-2147483647', int(-2147483647)],
    ['-2147483648', scalar({ $case: 'long', value: -2147483648n })], // INT_MIN is INT's NULL
    ['-3000000000', scalar({ $case: 'long', value: -3000000000n })], // the plugin truncates this to 32 bits
    ['9223372036854775807', scalar({ $case: 'long', value: 9223372036854775807n })],
    ['9223372036854775808', str('9223372036854775808')],
    ['1e3', scalar({ $case: 'double', value: 1000 })],
    ['"a\\"b\\n\\u00fc\\ud83d\\ude80"', str('a"b\nü🚀')], // the plugin keeps escapes as written
  ])('reads %s exactly', (text, expected) => {
    expect(decode(`[${text}]`)).toEqual(tuple(expected));
  });

  it.each([
    ['42', 'a JSON payload must be an object or an array'],
    ['[1,]', "unexpected character \"]\""],
    ['[1 2]', 'expected , or ] in an array'],
    ['{"a" 1}', 'expected :'],
    ['[1] x', 'unexpected text after the JSON document'],
    ['["a\\x"]', 'unknown escape \\x'],
    ['["a\nb"]', 'a control character must be escaped'],
    ['["abc', 'unterminated string'],
    ['[', 'unexpected end of input'],
    ['['.repeat(100), 'nested more than 64 levels deep'],
  ])('refuses %j with a message saying where', (text, message) => {
    expect(() => decode(text)).toThrow(message);
    expect(() => decode(text)).toThrow(/invalid JSON at offset \d+/);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(() => decodeJson(Buffer.from([0x5b, 0xff, 0x5d]))).toThrow('not UTF-8');
  });
});
