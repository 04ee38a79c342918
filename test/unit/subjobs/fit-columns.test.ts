import { MarshalType, type Value } from '../../../src/gen/kafkagateway/v1/value';
import { checkRename, fitToTarget, targetFromRows, type TargetColumn } from '../../../src/subjobs/fit-columns';
import { messageRows } from '../../../src/subjobs/message-rows';
import type { RowColumn, Rows } from '../../../src/subjobs/rows';
import { columnType } from '../../../src/tables/column-types';
import { ValueError } from '../../../src/values/errors';
import { encodePayloads } from '../../../src/values/marshal';
import { typeOf } from '../../../src/values/types';
import { emptyElement } from '../../../src/values/vector-shape';
import { EVERY_TYPE_COLUMNS } from '../../helpers/every-type-table';
import { DataType } from '../../helpers/values';

const T = DataType;
const NO_COLUMNS = { topic: '', partition: '', offset: '', key: '', timestamp: '' };
const rowsOf = (payload: Buffer, marshalType: MarshalType) =>
  messageRows({ value: payload, key: null, topic: 't', partition: 0, offset: 0 }, { marshalType, valueColumn: '', messageColumns: NO_COLUMNS });

/** A column named "c" of `type`, its elements given with null for NULL. */
function column(type: DataType, given: unknown[], scale = 0, name = 'c'): RowColumn {
  const info = typeOf(type)!;
  const nulls = new Set<number>();
  const elements = given.map((x, i) => (x === null ? (nulls.add(i), emptyElement(info)) : x));
  return { name, info, elements, nulls: nulls.size ? nulls : undefined, scale };
}
const rowsWith = (...columns: RowColumn[]): Rows => ({ columns, count: columns[0]?.elements.length ?? 0 });
// An empty STRING or SYMBOL is NULL in DolphinDB (and to the table's writer) whether or not it is listed.
const values = (c: RowColumn) => c.elements.map((x, i) => (c.nulls?.has(i) || (x === '' && c.info.storage === 'strings') ? null : x));

/** `given` (of `from`) fitted to a column of type `to`: its type and its values, NULL as null. */
function fit(from: DataType, given: unknown[], to: DataType, scale = 0, fromScale = 0): [string, unknown[]] {
  const out = fitToTarget(rowsWith(column(from, given, fromScale)), [{ name: 'c', dataType: to, scale }], {}).columns[0]!;
  return [out.info.name, values(out)];
}
const fitting = (from: DataType, given: unknown[], to: DataType, scale = 0, fromScale = 0) => () => fit(from, given, to, scale, fromScale);

/** Every fitted element is one the table's writer takes. */
function writable(rows: Rows, target: readonly TargetColumn[]): void {
  rows.columns.forEach((c, i) => {
    const type = columnType(target[i]!.dataType)!;
    c.elements.forEach((x, row) => {
      if (!c.nulls?.has(row)) type.write(x, c.scale);
    });
  });
}

describe('fitToTarget: columns by name', () => {
  const rows = rowsWith(column(T.DATA_TYPE_INT, [1, 2], 0, 'a'), column(T.DATA_TYPE_STRING, ['x', 'y'], 0, 'b'), column(T.DATA_TYPE_INT, [5, 6], 0, 'extra'));

  it("takes the target's order and names, drops payload columns without a target, and reuses matching arrays", () => {
    const out = fitToTarget(rows, [{ name: 'b', dataType: T.DATA_TYPE_STRING, scale: 0 }, { name: 'a', dataType: T.DATA_TYPE_INT, scale: 0 }], {});
    expect(out.columns.map((c) => c.name)).toEqual(['b', 'a']);
    expect(out.count).toBe(2);
    expect(out.columns[0]!.elements).toBe(rows.columns[1]!.elements);
    expect(out.columns[1]!.elements).toBe(rows.columns[0]!.elements);
  });

  it('rename maps a target column to a payload column of another name', () => {
    const out = fitToTarget(rows, [{ name: 'id', dataType: T.DATA_TYPE_LONG, scale: 0 }], { id: 'a' });
    expect(out.columns[0]!.name).toBe('id');
    expect(values(out.columns[0]!)).toEqual([1n, 2n]);
  });

  it('a target column without a payload column is refused, names cut to 64 characters', () => {
    expect(() => fitToTarget(rows, [{ name: 'z', dataType: T.DATA_TYPE_INT, scale: 0 }], {})).toThrow(new ValueError('the payload has no column "z" for column "z"'));
    expect(() => fitToTarget(rows, [{ name: 'id', dataType: T.DATA_TYPE_INT, scale: 0 }], { id: 'q' })).toThrow('the payload has no column "q" for column "id"');
    const long = 'n'.repeat(100);
    expect(() => fitToTarget(rows, [{ name: long, dataType: T.DATA_TYPE_INT, scale: 0 }], {})).toThrow(`the payload has no column "${'n'.repeat(64)}"... (100 characters) for column`);
  });

  it('a name that is also an Object property is a column name like any other', () => {
    expect(() => fitToTarget(rows, [{ name: 'constructor', dataType: T.DATA_TYPE_INT, scale: 0 }], {})).toThrow('the payload has no column "constructor"');
  });

  it('rows with no shape at all (an empty JSON array) fit any target as no rows', () => {
    const out = fitToTarget(rowsOf(Buffer.from('[]'), MarshalType.MARSHAL_TYPE_JSON), [{ name: 'a', dataType: T.DATA_TYPE_INT, scale: 0 }], {});
    expect(out).toEqual({ columns: [expect.objectContaining({ name: 'a', elements: [] })], count: 0 });
  });

  it('checkRename: every key is a target column', () => {
    const target = [{ name: 'a', dataType: T.DATA_TYPE_INT, scale: 0 }];
    expect(() => checkRename({ a: 'x' }, target)).not.toThrow();
    expect(() => checkRename({ b: 'x' }, target)).toThrow(new ValueError('rename names column "b", which the target does not have'));
    expect(() => checkRename({ a: '' }, target)).toThrow(/names no payload column/);
  });

  it('targetFromRows: the rows own columns; VOID-only and ANY columns are refused', () => {
    const typed = rowsOf(Buffer.from('[{"a": 1, "b": "x", "c": 1.5, "d": null}, {"d": 9000000000}]'), MarshalType.MARSHAL_TYPE_JSON);
    expect(targetFromRows(typed)).toEqual([
      { name: 'a', dataType: T.DATA_TYPE_INT, scale: 0 },
      { name: 'b', dataType: T.DATA_TYPE_STRING, scale: 0 },
      { name: 'c', dataType: T.DATA_TYPE_DOUBLE, scale: 0 },
      { name: 'd', dataType: T.DATA_TYPE_LONG, scale: 0 },
    ]);
    expect(targetFromRows(rowsWith(column(T.DATA_TYPE_DECIMAL64, ['1.5'], 3)))).toEqual([{ name: 'c', dataType: T.DATA_TYPE_DECIMAL64, scale: 3 }]);
    expect(() => targetFromRows(rowsOf(Buffer.from('{"a": null}'), MarshalType.MARSHAL_TYPE_JSON))).toThrow(/column "a" holds only NULLs, so its type is unknown/);
    expect(() => targetFromRows(rowsWith(column(T.DATA_TYPE_ANY, [])))).toThrow(/ANY/);
  });

  it('a target type that no table column has is refused', () => {
    expect(() => fit(T.DATA_TYPE_INT, [1], T.DATA_TYPE_ANY)).toThrow('column "c": ANY is not a table column type');
  });
});

describe('fitToTarget: numbers', () => {
  it.each<[string, DataType, unknown[], DataType, unknown[]]>([
    ['INT -> LONG', T.DATA_TYPE_INT, [1, null, -5], T.DATA_TYPE_LONG, [1n, null, -5n]],
    ['LONG -> INT when it fits', T.DATA_TYPE_LONG, [2147483647n, -2147483647n], T.DATA_TYPE_INT, [2147483647, -2147483647]],
    ['SHORT -> CHAR', T.DATA_TYPE_SHORT, [127, -127], T.DATA_TYPE_CHAR, [127, -127]],
    ['integral DOUBLE -> INT', T.DATA_TYPE_DOUBLE, [2, -0, 1e9], T.DATA_TYPE_INT, [2, 0, 1e9]],
    ['DOUBLE -> LONG', T.DATA_TYPE_DOUBLE, [9007199254740992], T.DATA_TYPE_LONG, [9007199254740992n]],
    ['NaN -> NULL', T.DATA_TYPE_DOUBLE, [NaN, 1], T.DATA_TYPE_INT, [null, 1]],
    ['NaN -> NULL DOUBLE', T.DATA_TYPE_FLOAT, [NaN, 1.5], T.DATA_TYPE_DOUBLE, [null, 1.5]],
    ['DOUBLE -> FLOAT rounds to 32 bits', T.DATA_TYPE_DOUBLE, [0.1, Infinity], T.DATA_TYPE_FLOAT, [Math.fround(0.1), Infinity]],
    ['LONG -> DOUBLE', T.DATA_TYPE_LONG, [9223372036854775807n], T.DATA_TYPE_DOUBLE, [9223372036854775807]],
    ['INT -> BOOL', T.DATA_TYPE_INT, [0, 2, null], T.DATA_TYPE_BOOL, [false, true, null]],
    ['BOOL -> INT', T.DATA_TYPE_BOOL, [true, false], T.DATA_TYPE_INT, [1, 0]],
    ['BOOL -> DOUBLE', T.DATA_TYPE_BOOL, [true], T.DATA_TYPE_DOUBLE, [1]],
  ])('%s', (_name, from, given, to, expected) => {
    expect(fit(from, given, to)[1]).toEqual(expected);
  });

  it.each<[string, DataType, unknown[], DataType, string]>([
    ['INT out of range', T.DATA_TYPE_LONG, [1n, 2147483648n], T.DATA_TYPE_INT, 'column "c" row 1: 2147483648 is out of range for a INT column (-2147483647 to 2147483647)'],
    ['CHAR out of range', T.DATA_TYPE_INT, [128], T.DATA_TYPE_CHAR, 'column "c" row 0: 128 is out of range for a CHAR column (-127 to 127)'],
    ['a fraction into an integer', T.DATA_TYPE_DOUBLE, [1, 1.5], T.DATA_TYPE_INT, 'column "c" row 1: 1.5 is not a whole number, which a INT column needs'],
    ['inf into an integer', T.DATA_TYPE_DOUBLE, [Infinity], T.DATA_TYPE_LONG, 'column "c" row 0: inf is not a whole number, which a LONG column needs'],
    ['-2^63 is LONG NULL, not a value', T.DATA_TYPE_DOUBLE, [-9223372036854775808], T.DATA_TYPE_LONG, 'column "c" row 0: -9223372036854776000 is out of range for a LONG column'],
    ['beyond FLOAT', T.DATA_TYPE_DOUBLE, [1e39], T.DATA_TYPE_FLOAT, 'column "c" row 0: 1e+39 is out of range for a FLOAT column'],
  ])('refuses %s', (_name, from, given, to, message) => {
    expect(fitting(from, given, to)).toThrow(ValueError);
    expect(fitting(from, given, to)).toThrow(message);
  });
});

describe('fitToTarget: DECIMAL', () => {
  const D32 = T.DATA_TYPE_DECIMAL32;
  const D64 = T.DATA_TYPE_DECIMAL64;

  it('rescales, rounding half away from zero', () => {
    expect(fit(D64, ['1.235', '-1.235', '1.234', null, '0.005'], D64, 2, 3)).toEqual(['DECIMAL64', ['1.24', '-1.24', '1.23', null, '0.01']]);
    expect(fit(D32, ['1.5'], D64, 4, 1)).toEqual(['DECIMAL64', ['1.5000']]);
    expect(fit(D64, ['2.5'], D32, 0, 1)).toEqual(['DECIMAL32', ['3']]);
  });

  it('refuses a value that the width cannot hold', () => {
    expect(fitting(D64, ['21474836.47'], D32, 4, 2)).toThrow('column "c" row 0: "21474836.47" does not fit in a DECIMAL32 column at scale 4');
  });

  it('from integers, floats and text', () => {
    expect(fit(T.DATA_TYPE_INT, [12, -3, null], D64, 2)).toEqual(['DECIMAL64', ['12.00', '-3.00', null]]);
    expect(fit(T.DATA_TYPE_LONG, [9223372036854775807n], T.DATA_TYPE_DECIMAL128, 0)).toEqual(['DECIMAL128', ['9223372036854775807']]);
    expect(fit(T.DATA_TYPE_DOUBLE, [0.1, 1.005, 1e-7, 1.5e20, NaN], T.DATA_TYPE_DECIMAL128, 2)).toEqual([
      'DECIMAL128', ['0.10', '1.01', '0.00', '150000000000000000000.00', null],
    ]);
    expect(fit(T.DATA_TYPE_STRING, ['1.25', ' -7 ', '', '3e2', '.5'], D64, 1)).toEqual(['DECIMAL64', ['1.3', '-7.0', null, '300.0', '0.5']]);
    expect(fitting(T.DATA_TYPE_STRING, ['1.2.3'], D64, 1)).toThrow('column "c" row 0: "1.2.3" is not a decimal number');
    expect(fitting(T.DATA_TYPE_INT, [3], D32, 9)).toThrow('3 does not fit in a DECIMAL32 column at scale 9');
  });

  it('to floats and to integers (whole values only)', () => {
    expect(fit(D64, ['1.25', null], T.DATA_TYPE_DOUBLE, 0, 2)).toEqual(['DOUBLE', [1.25, null]]);
    expect(fit(D64, ['1.25'], T.DATA_TYPE_FLOAT, 0, 2)).toEqual(['FLOAT', [1.25]]);
    expect(fit(D64, ['12.00', '-3.00'], T.DATA_TYPE_INT, 0, 2)).toEqual(['INT', [12, -3]]);
    expect(fit(D64, ['12.00'], T.DATA_TYPE_LONG, 0, 2)).toEqual(['LONG', [12n]]);
    expect(fitting(D64, ['12.50'], T.DATA_TYPE_INT, 0, 2)).toThrow('column "c" row 0: "12.50" is not a whole number, which a INT column needs');
    expect(fitting(T.DATA_TYPE_DECIMAL128, ['3000000000'], T.DATA_TYPE_INT, 0, 0)).toThrow('out of range for a INT column');
  });

  it('to text in DolphinDB form, all the digits of the scale', () => {
    expect(fit(D64, ['1.5', null], T.DATA_TYPE_STRING, 0, 3)).toEqual(['STRING', ['1.500', null]]);
  });
});

describe('fitToTarget: temporal types', () => {
  const day = 86_400_000;
  it.each<[string, DataType, unknown[], DataType, unknown[]]>([
    ['INT -> DATE: the count of days', T.DATA_TYPE_INT, [19724, null], T.DATA_TYPE_DATE, [19724, null]],
    ['LONG -> TIMESTAMP: milliseconds', T.DATA_TYPE_LONG, [1700000000000n], T.DATA_TYPE_TIMESTAMP, [1700000000000n]],
    ['INT -> NANOTIME', T.DATA_TYPE_INT, [5], T.DATA_TYPE_NANOTIME, [5n]],
    ['TIMESTAMP -> DATE floors to the day', T.DATA_TYPE_TIMESTAMP, [BigInt(19724 * day + 1), -1n], T.DATA_TYPE_DATE, [19724, -1]],
    ['DATE -> TIMESTAMP is midnight', T.DATA_TYPE_DATE, [19724, -1], T.DATA_TYPE_TIMESTAMP, [BigInt(19724 * day), BigInt(-day)]],
    ['DATE -> MONTH', T.DATA_TYPE_DATE, [19737, 0], T.DATA_TYPE_MONTH, [2024 * 12, 1970 * 12]],
    ['MONTH -> DATE is the first day', T.DATA_TYPE_MONTH, [2024 * 12 + 1, 0], T.DATA_TYPE_DATE, [19754, -719528]],
    ['MONTH -> DATETIME', T.DATA_TYPE_MONTH, [1970 * 12], T.DATA_TYPE_DATETIME, [0]],
    ['TIMESTAMP -> MONTH', T.DATA_TYPE_TIMESTAMP, [-1n], T.DATA_TYPE_MONTH, [1969 * 12 + 11]],
    ['DATETIME -> DATEHOUR', T.DATA_TYPE_DATETIME, [7199, -1], T.DATA_TYPE_DATEHOUR, [1, -1]],
    ['DATEHOUR -> NANOTIMESTAMP', T.DATA_TYPE_DATEHOUR, [2], T.DATA_TYPE_NANOTIMESTAMP, [7_200_000_000_000n]],
    ['NANOTIMESTAMP -> TIMESTAMP floors', T.DATA_TYPE_NANOTIMESTAMP, [1_999_999n, -1n], T.DATA_TYPE_TIMESTAMP, [1n, -1n]],
    ['TIMESTAMP -> TIME is its time of day', T.DATA_TYPE_TIMESTAMP, [BigInt(day + 45_296_789), -1n], T.DATA_TYPE_TIME, [45_296_789, day - 1]],
    ['DATETIME -> MINUTE', T.DATA_TYPE_DATETIME, [3 * 86400 + 3661], T.DATA_TYPE_MINUTE, [61]],
    ['TIME -> SECOND floors', T.DATA_TYPE_TIME, [45_296_789], T.DATA_TYPE_SECOND, [45_296]],
    ['MINUTE -> NANOTIME', T.DATA_TYPE_MINUTE, [1], T.DATA_TYPE_NANOTIME, [60_000_000_000n]],
    ['NANOTIME -> TIME', T.DATA_TYPE_NANOTIME, [1_500_000n, null], T.DATA_TYPE_TIME, [1, null]],
  ])('%s', (_name, from, given, to, expected) => {
    expect(fit(from, given, to)[1]).toEqual(expected);
  });

  it.each<[string, DataType, unknown[], DataType, string]>([
    ['a count out of range', T.DATA_TYPE_INT, [86_400_000], T.DATA_TYPE_TIME, 'column "c" row 0: 86400000 is out of range for a TIME column (0 to 86399999)'],
    ['a negative time of day', T.DATA_TYPE_INT, [-1], T.DATA_TYPE_SECOND, 'out of range for a SECOND column'],
    ['a TIMESTAMP beyond DATETIME', T.DATA_TYPE_TIMESTAMP, [1n << 50n], T.DATA_TYPE_DATETIME, 'out of range for a DATETIME column'],
    ['a time of day into a date', T.DATA_TYPE_TIME, [1], T.DATA_TYPE_DATE, 'column "c": TIME cannot be appended to a DATE column'],
    ['a DATE into a time of day', T.DATA_TYPE_DATE, [1], T.DATA_TYPE_TIME, 'column "c": DATE cannot be appended to a TIME column'],
    ['a DOUBLE into a DATE', T.DATA_TYPE_DOUBLE, [1], T.DATA_TYPE_DATE, 'column "c": DOUBLE cannot be appended to a DATE column'],
    ['a DATE into an INT', T.DATA_TYPE_DATE, [1], T.DATA_TYPE_INT, 'column "c": DATE cannot be appended to a INT column'],
  ])('refuses %s', (_name, from, given, to, message) => {
    expect(fitting(from, given, to)).toThrow(message);
  });
});

describe('fitToTarget: text', () => {
  const S = T.DATA_TYPE_STRING;

  it('STRING <-> SYMBOL keeps the arrays', () => {
    const rows = rowsWith(column(S, ['a', null]));
    const out = fitToTarget(rows, [{ name: 'c', dataType: T.DATA_TYPE_SYMBOL, scale: 0 }], {}).columns[0]!;
    expect(out.info.name).toBe('SYMBOL');
    expect(out.elements).toBe(rows.columns[0]!.elements);
    expect(out.nulls).toBe(rows.columns[0]!.nulls);
  });

  it('BLOB <-> STRING as UTF-8; a BLOB that is not UTF-8 is refused', () => {
    expect(fit(T.DATA_TYPE_BLOB, [Buffer.from('héllo'), Buffer.alloc(0)], S)).toEqual(['STRING', ['héllo', null]]);
    expect(fitting(T.DATA_TYPE_BLOB, [Buffer.from([0xff])], S)).toThrow('column "c" row 0: a BLOB of 1 bytes is not UTF-8 text');
    const [type, out] = fit(S, ['hé', null], T.DATA_TYPE_BLOB);
    expect(type).toBe('BLOB');
    expect(out).toEqual([Buffer.from('hé'), null]);
  });

  it.each<[DataType, unknown[], unknown[]]>([
    [T.DATA_TYPE_INT, ['12', ' -7 ', '', '+3'], [12, -7, null, 3]],
    [T.DATA_TYPE_LONG, ['9223372036854775807'], [9223372036854775807n]],
    [T.DATA_TYPE_CHAR, ['a', '5', '-127'], [97, 5, -127]],
    [T.DATA_TYPE_DOUBLE, ['1.5', '-2e3', 'nan', 'inf', '.5', ''], [1.5, -2000, null, Infinity, 0.5, null]],
    [T.DATA_TYPE_FLOAT, ['0.1'], [Math.fround(0.1)]],
    [T.DATA_TYPE_BOOL, ['true', 'FALSE', '1', '0', ''], [true, false, true, false, null]],
    [T.DATA_TYPE_UUID, ['5d212a78-cc48-e3b1-4235-b4d91473ee87', ''], ['5d212a78-cc48-e3b1-4235-b4d91473ee87', null]],
    [T.DATA_TYPE_IPADDR, ['192.168.1.1', '2001:db8::1'], ['192.168.1.1', '2001:db8::1']],
    [T.DATA_TYPE_INT128, ['e1671797c52e15f763380b45e841ec32'], ['e1671797c52e15f763380b45e841ec32']],
    [T.DATA_TYPE_DATE, ['2024.01.02', '2024-01-02', '1969.12.31', '2024.01.02T10:11:12', ''], [19724, 19724, -1, 19724, null]],
    [T.DATA_TYPE_MONTH, ['2024.01M', '2024-02', '2012.06M', '2024.03.15'], [24288, 24289, 24149, 24290]],
    [T.DATA_TYPE_TIMESTAMP, ['2024.01.02T10:11:12.345', '2024-01-02T10:11:12.345Z', '2024-01-02 10:11:12', '2024.01.02', '1969.12.31T23:59:59.999'],
      [1704190272345n, 1704190272345n, 1704190272000n, 1704153600000n, -1n]],
    [T.DATA_TYPE_NANOTIMESTAMP, ['2024.01.02T10:11:12.123456789'], [1704190272123456789n]],
    [T.DATA_TYPE_DATETIME, ['1970.01.01T00:01:01'], [61]],
    [T.DATA_TYPE_DATEHOUR, ['1970.01.02T01'], [25]],
    [T.DATA_TYPE_TIME, ['10:11:12.345', '10:11', '2024.01.02T00:00:01.5'], [36672345, 36660000, 1500]],
    [T.DATA_TYPE_MINUTE, ['10:11m', '10:11:59'], [611, 611]],
    [T.DATA_TYPE_SECOND, ['23:59:59'], [86399]],
    [T.DATA_TYPE_NANOTIME, ['00:00:00.000000001'], [1n]],
  ])('STRING -> %s by its text form', (to, given, expected) => {
    expect(fit(S, given, to)[1]).toEqual(expected);
  });

  it.each<[DataType, string, string]>([
    [T.DATA_TYPE_INT, '1.5', 'column "c" row 0: "1.5" is not a INT'],
    [T.DATA_TYPE_INT, '99999999999', '99999999999 is out of range for a INT column'],
    [T.DATA_TYPE_DOUBLE, 'abc', '"abc" is not a DOUBLE'],
    [T.DATA_TYPE_BOOL, 'yes', '"yes" is not a BOOL (true, false, 1 or 0)'],
    [T.DATA_TYPE_UUID, 'nope', 'column "c" row 0: "nope" is not a UUID (8-4-4-4-12 hex digits)'],
    [T.DATA_TYPE_DATE, '2024.02.30', '"2024.02.30" is not a DATE (2024.01.02 or 2024-01-02)'],
    [T.DATA_TYPE_DATE, '10:11:12', '"10:11:12" is not a DATE: it is a time of day, with no date'],
    [T.DATA_TYPE_TIME, '2024.01.02', '"2024.01.02" is not a TIME: it has no time of day'],
    [T.DATA_TYPE_TIME, '24:00:00', '"24:00:00" is not a TIME (10:11:12.345)'],
    [T.DATA_TYPE_TIMESTAMP, '2024-01-02T10:11:12+01:00', 'is not a TIMESTAMP (2024.01.02T10:11:12.345 or 2024-01-02T10:11:12.345Z)'],
    [T.DATA_TYPE_MONTH, '2024.13M', 'is not a MONTH'],
  ])('STRING -> %s refuses %j', (to, text, message) => {
    expect(fitting(S, ['2', text], to)).toThrow(ValueError);
    expect(fitting(S, [text], to)).toThrow(message);
  });

  it('a long value is cut short in the message', () => {
    expect(fitting(S, ['x'.repeat(500)], T.DATA_TYPE_INT)).toThrow(`"${'x'.repeat(64)}"... (500 characters) is not a INT`);
  });

  it('any type -> STRING or SYMBOL is its DolphinDB text', () => {
    expect(fit(T.DATA_TYPE_DATE, [19724, null], S)).toEqual(['STRING', ['2024.01.02', null]]);
    expect(fit(T.DATA_TYPE_TIMESTAMP, [1704190272345n], T.DATA_TYPE_SYMBOL)).toEqual(['SYMBOL', ['2024.01.02T10:11:12.345']]);
    expect(fit(T.DATA_TYPE_DOUBLE, [1.5, NaN], S)).toEqual(['STRING', ['1.5', 'nan']]);
    expect(fit(T.DATA_TYPE_BOOL, [true], S)).toEqual(['STRING', ['true']]);
    expect(fit(T.DATA_TYPE_LONG, [-5n], S)).toEqual(['STRING', ['-5']]);
    expect(fit(T.DATA_TYPE_MONTH, [24149], S)).toEqual(['STRING', ['2012.06M']]);
  });

  it('other pairs are refused, naming both types', () => {
    expect(fitting(T.DATA_TYPE_BLOB, [Buffer.from('1')], T.DATA_TYPE_INT)).toThrow(new ValueError('column "c": BLOB cannot be appended to a INT column'));
    expect(fitting(T.DATA_TYPE_UUID, ['5d212a78-cc48-e3b1-4235-b4d91473ee87'], T.DATA_TYPE_INT128)).toThrow('UUID cannot be appended to a INT128 column');
    expect(fitting(T.DATA_TYPE_INT, [1], T.DATA_TYPE_UUID)).toThrow('INT cannot be appended to a UUID column');
    expect(fitting(T.DATA_TYPE_BOOL, [true], T.DATA_TYPE_DECIMAL64, 2)).toThrow('BOOL cannot be appended to a DECIMAL64 column');
  });
});

describe('fitToTarget: NULLs', () => {
  it('a VOID column becomes all NULLs of any type', () => {
    for (const to of [T.DATA_TYPE_INT, T.DATA_TYPE_LONG, T.DATA_TYPE_STRING, T.DATA_TYPE_BLOB, T.DATA_TYPE_DECIMAL64, T.DATA_TYPE_TIMESTAMP, T.DATA_TYPE_BOOL]) {
      const rows = rowsOf(Buffer.from('[{"c": null}, {"c": null}]'), MarshalType.MARSHAL_TYPE_JSON);
      const out = fitToTarget(rows, [{ name: 'c', dataType: to, scale: 2 }], {});
      expect(values(out.columns[0]!)).toEqual([null, null]);
      expect(out.columns[0]!.elements).toEqual([emptyElement(typeOf(to)!), emptyElement(typeOf(to)!)]);
    }
  });

  it('NULLs keep their positions through a conversion, and new NULLs do not touch the source', () => {
    const source = column(T.DATA_TYPE_DOUBLE, [1, null, NaN, 4]);
    const out = fitToTarget(rowsWith(source), [{ name: 'c', dataType: T.DATA_TYPE_LONG, scale: 0 }], {}).columns[0]!;
    expect(values(out)).toEqual([1n, null, null, 4n]);
    expect(out.elements).toEqual([1n, 0n, 0n, 4n]);
    expect([...source.nulls!]).toEqual([1]);
  });
});

describe('fitToTarget: whole payloads, as a user gets them', () => {
  const every = EVERY_TYPE_COLUMNS;
  const target: TargetColumn[] = every.map(({ name, type, scale }) => ({ name, dataType: type, scale }));
  const expected = every.map(({ values: v, type }) => {
    const info = typeOf(type)!;
    return (v[info.storage] as unknown[]).map((x, i) => (v.nulls.includes(i) ? null : x));
  });
  const table: Value = { kind: { $case: 'table', value: { name: '', columns: every.map(({ name, values: v }) => ({ name, values: v })) } } };

  it('a DOLPHINDB table of every type fits a table of those types as it is', () => {
    const rows = rowsOf(encodePayloads(table, MarshalType.MARSHAL_TYPE_DOLPHINDB)[0]!, MarshalType.MARSHAL_TYPE_DOLPHINDB);
    const out = fitToTarget(rows, target, {});
    out.columns.forEach((c, i) => {
      expect(c.elements).toBe(rows.columns[i]!.elements);
      // DOLPHINDB's bytes have no NULL BLOB: it reads back as an empty one.
      const want = c.info.name === 'BLOB' ? expected[i]!.map((x) => x ?? Buffer.alloc(0)) : expected[i];
      expect([c.name, values(c).map((x) => (x instanceof Uint8Array ? Buffer.from(x) : x))]).toEqual([every[i]!.name, want]);
    });
    writable(out, target);
  });

  it('the same table sent as JSON (text for dates, decimals, UUIDs) fits back into every type', () => {
    const jsonTable: Value = { kind: { $case: 'table', value: { name: '', columns: every.filter((c) => c.name !== 'bl').map(({ name, values: v }) => ({ name, values: v })) } } };
    const rows = rowsOf(encodePayloads(jsonTable, MarshalType.MARSHAL_TYPE_JSON)[0]!, MarshalType.MARSHAL_TYPE_JSON);
    const jsonTarget = target.filter((t) => t.name !== 'bl');
    const out = fitToTarget(rows, jsonTarget, {});
    out.columns.forEach((c) => {
      const i = every.findIndex((e) => e.name === c.name);
      expect([c.name, c.info.name, values(c)]).toEqual([every[i]!.name, typeOf(every[i]!.type)!.name, expected[i]]);
    });
    writable(out, jsonTarget);
  });

  it('a JSON array of objects into a typed table', () => {
    const text = '[{"id": 1, "sym": "A", "px": 10, "at": "2024-01-02T10:11:12.345Z", "amt": 1.005}, {"id": 2, "px": 10.25, "at": null, "amt": 3}]';
    const rows = rowsOf(Buffer.from(text), MarshalType.MARSHAL_TYPE_JSON);
    const out = fitToTarget(
      rows,
      [
        { name: 'id', dataType: T.DATA_TYPE_LONG, scale: 0 },
        { name: 'ticker', dataType: T.DATA_TYPE_SYMBOL, scale: 0 },
        { name: 'px', dataType: T.DATA_TYPE_FLOAT, scale: 0 },
        { name: 'at', dataType: T.DATA_TYPE_TIMESTAMP, scale: 0 },
        { name: 'amt', dataType: T.DATA_TYPE_DECIMAL32, scale: 2 },
      ],
      { ticker: 'sym' },
    );
    expect(out.columns.map((c) => [c.name, c.info.name, values(c)])).toEqual([
      ['id', 'LONG', [1n, 2n]],
      ['ticker', 'SYMBOL', ['A', null]],
      ['px', 'FLOAT', [10, 10.25]],
      ['at', 'TIMESTAMP', [1704190272345n, null]],
      ['amt', 'DECIMAL32', ['1.01', '3.00']],
    ]);
  });

  it('a mixed-type column that a conversion cannot take names column, row and value', () => {
    const rows = rowsOf(Buffer.from('[{"q": 1}, {"q": 2.5}]'), MarshalType.MARSHAL_TYPE_JSON);
    expect(() => fitToTarget(rows, [{ name: 'q', dataType: T.DATA_TYPE_INT, scale: 0 }], {})).toThrow('column "q" row 1: 2.5 is not a whole number, which a INT column needs');
  });
});

describe('fitToTarget: cost', () => {
  const n = 1_000_000;
  const cols = [
    column(T.DATA_TYPE_INT, Array.from({ length: n }, (_x, i) => i), 0, 'id'),
    column(T.DATA_TYPE_LONG, Array.from({ length: n }, (_x, i) => BigInt(i)), 0, 'qty'),
    column(T.DATA_TYPE_DOUBLE, Array.from({ length: n }, (_x, i) => i * 0.25), 0, 'price'),
    column(T.DATA_TYPE_SYMBOL, Array.from({ length: n }, (_x, i) => `S${i % 100}`), 0, 'sym'),
    column(T.DATA_TYPE_STRING, Array.from({ length: n }, (_x, i) => `o${i}`), 0, 'note'),
    column(T.DATA_TYPE_TIMESTAMP, Array.from({ length: n }, (_x, i) => BigInt(i)), 0, 'ts'),
  ];
  const rows = rowsWith(...cols);
  const target = cols.map((c) => ({ name: c.name, dataType: c.info.dataType, scale: 0 }));

  // What it costs is the benchmark's (subjob_ingest); here, what keeps it cheap: matching columns pass through
  // without a copy, and a conversion gives every row of a large column its converted value.
  it('passes 1,000,000 rows of 6 columns whose types match through without copying a column', () => {
    const out = fitToTarget(rows, target, {});
    expect(out.columns).toHaveLength(6);
    out.columns.forEach((c, i) => {
      expect(c.elements).toHaveLength(n);
      expect(c.elements).toBe(rows.columns[i]!.elements);
    });
  });

  it('converts every row of a 1,000,000-row column', () => {
    const out = fitToTarget(rows, [{ name: 'id', dataType: T.DATA_TYPE_LONG, scale: 0 }, { name: 'ts', dataType: T.DATA_TYPE_DATE, scale: 0 }], {});
    expect(out.columns[0]!.elements).toHaveLength(n);
    expect(out.columns[0]!.elements[n - 1]).toBe(BigInt(n - 1));
  });
});
