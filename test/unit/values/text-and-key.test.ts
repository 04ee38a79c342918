import type { Value } from '../../../src/gen/kafkagateway/v1/value';
import { keyBytes } from '../../../src/values/key';
import { Random } from '../../helpers/arbitrary-values';
import { DataType, nullOf, scalar, vectorValue } from '../../helpers/values';

const key = (v: Value) => keyBytes(v).toString('utf8');

describe('the key rule: a key is the DolphinDB string form of the value', () => {
  // The string forms of the plugin reference (§3.2, rule 6) and of the key rule (§3.5).
  it.each<[string, Value, string]>([
    ['STRING', scalar({ $case: 'string', value: 'order-1' }), 'order-1'],
    ['INT 1', scalar({ $case: 'int', value: 1 }), '1'],
    ['LONG beyond 2^53', scalar({ $case: 'long', value: 9007199254740993n }), '9007199254740993'],
    ['a NULL', nullOf(DataType.DATA_TYPE_INT), ''],
    ['BOOL', scalar({ $case: 'bool', value: true }), 'true'],
    ["CHAR 'a'", scalar({ $case: 'char', value: 97 }), 'a'],
    ['DOUBLE', scalar({ $case: 'double', value: 2.1 }), '2.1'],
    ['FLOAT 123.45f', scalar({ $case: 'float', value: Math.fround(123.45) }), '123.45'],
    ['DATE', scalar({ $case: 'date', value: 15869 }), '2013.06.13'],
    ['DATE before 1970', scalar({ $case: 'date', value: -1 }), '1969.12.31'],
    ['MONTH', scalar({ $case: 'month', value: 24161 }), '2013.06M'],
    ['TIME', scalar({ $case: 'time', value: 48610008 }), '13:30:10.008'],
    ['MINUTE', scalar({ $case: 'minute', value: 810 }), '13:30m'],
    ['SECOND', scalar({ $case: 'second', value: 48610 }), '13:30:10'],
    ['DATETIME', scalar({ $case: 'datetime', value: 1339594210 }), '2012.06.13T13:30:10'],
    ['TIMESTAMP', scalar({ $case: 'timestamp', value: 1339594210008n }), '2012.06.13T13:30:10.008'],
    ['TIMESTAMP before 1970', scalar({ $case: 'timestamp', value: -1n }), '1969.12.31T23:59:59.999'],
    ['NANOTIME', scalar({ $case: 'nanotime', value: 48610008007006n }), '13:30:10.008007006'],
    ['NANOTIMESTAMP', scalar({ $case: 'nanotimestamp', value: 1339594210008007006n }), '2012.06.13T13:30:10.008007006'],
    ['DATEHOUR', scalar({ $case: 'datehour', value: 372109 }), '2012.06.13T13'],
    ['UUID', scalar({ $case: 'uuid', value: '5d212a78-cc48-e3b1-4235-b4d91473ee87' }), '5d212a78-cc48-e3b1-4235-b4d91473ee87'],
    ['DECIMAL64', scalar({ $case: 'decimal64', value: { value: '-1.50', scale: 2 } }), '-1.50'],
    ['an INT vector', vectorValue(DataType.DATA_TYPE_INT, { ints: [1, 2, 3] }), '[1,2,3]'],
    ['a STRING vector with a NULL', vectorValue(DataType.DATA_TYPE_STRING, { strings: ['a', ''] }), '["a",""]'],
  ])('%s', (_what, value, expected) => {
    expect(key(value)).toBe(expected);
  });

  it('writes every DATE and TIMESTAMP of years 0001-9999 as the calendar does', () => {
    const random = new Random(3);
    for (let i = 0; i < 5_000; i++) {
      const ms = random.int(-62135596800000, 253402300799999); // 0001-01-01 .. 9999-12-31
      const iso = new Date(ms).toISOString(); // yyyy-mm-ddThh:mm:ss.fffZ
      const expected = `${iso.slice(0, 4)}.${iso.slice(5, 7)}.${iso.slice(8, 10)}T${iso.slice(11, 23)}`;
      expect(key(scalar({ $case: 'timestamp', value: BigInt(ms) }))).toBe(expected);
      expect(key(scalar({ $case: 'date', value: Math.floor(ms / 86_400_000) }))).toBe(expected.slice(0, 10));
    }
  });

  it('refuses a key that has no string form', () => {
    const table: Value = { kind: { $case: 'table', value: { name: '', columns: [] } } };
    expect(() => keyBytes(table)).toThrow('key: a key must be a scalar or a vector');
  });
});
