import { MarshalType, type Value } from '../../../src/gen/kafkagateway/v1/value';
import { batchRows, MESSAGE_LIMITS, messageRows, type ParserSpec, type SourceMessage } from '../../../src/subjobs/message-rows';
import { concatRows, type RowColumn, type Rows } from '../../../src/subjobs/rows';
import { ValueError } from '../../../src/values/errors';
import { encodePayloads } from '../../../src/values/marshal';
import { DataType, nullOf, scalar, vector, vectorValue } from '../../helpers/values';

const T = DataType;
const NO_COLUMNS = { topic: '', partition: '', offset: '', key: '', timestamp: '' };
const spec = (marshalType: MarshalType, more: Partial<ParserSpec> = {}): ParserSpec => ({ marshalType, valueColumn: '', messageColumns: NO_COLUMNS, ...more });
const message = (value: Buffer | null, more: Partial<SourceMessage> = {}): SourceMessage => ({ value, key: null, topic: 't', partition: 0, offset: 0, ...more });
const dolphin = (v: Value) => encodePayloads(v, MarshalType.MARSHAL_TYPE_DOLPHINDB)[0]!;
const rowsOf = (payload: Buffer | null, type = MarshalType.MARSHAL_TYPE_AUTO, more: Partial<ParserSpec> = {}) => messageRows(message(payload), spec(type, more));
const json = (text: string) => rowsOf(Buffer.from(text), MarshalType.MARSHAL_TYPE_JSON);

/** What a user sees: each column's type and its values, NULL as null. */
function view(rows: Rows): Record<string, [string, unknown[]]> {
  const out: Record<string, [string, unknown[]]> = {};
  for (const c of rows.columns) out[c.name] = [c.info.name, values(c)];
  return out;
}
const values = (c: RowColumn) => c.elements.map((x, i) => (c.nulls?.has(i) ? null : x));

const table = (...columns: [string, DataType, Parameters<typeof vector>[1]][]): Value => ({
  kind: { $case: 'table', value: { name: '', columns: columns.map(([name, type, fields]) => ({ name, values: vector(type, fields) })) } },
});

describe('messageRows: the payload shapes', () => {
  it('a DOLPHINDB table gives its columns, types, NULLs and DECIMAL scale', () => {
    const payload = dolphin(
      table(
        ['id', T.DATA_TYPE_INT, { ints: [1, 2, 3] }],
        ['sym', T.DATA_TYPE_SYMBOL, { strings: ['a', 'b', 'a'] }],
        ['px', T.DATA_TYPE_DOUBLE, { doubles: [1.5, 0, 2.5], nulls: [1] }],
        ['ts', T.DATA_TYPE_TIMESTAMP, { longs: [1n, 2n, 3n] }],
        ['amt', T.DATA_TYPE_DECIMAL64, { strings: ['1.25', '-3.50', ''], scale: 2 }],
      ),
    );
    const rows = rowsOf(payload, MarshalType.MARSHAL_TYPE_DOLPHINDB);
    expect(rows.count).toBe(3);
    expect(view(rows)).toEqual({
      id: ['INT', [1, 2, 3]],
      sym: ['SYMBOL', ['a', 'b', 'a']],
      px: ['DOUBLE', [1.5, null, 2.5]],
      ts: ['TIMESTAMP', [1n, 2n, 3n]],
      amt: ['DECIMAL64', ['1.25', '-3.50', null]],
    });
    expect(rows.columns[4]!.scale).toBe(2);
  });

  it('AUTO reads a DOLPHINDB payload too', () => {
    expect(view(rowsOf(dolphin(table(['a', T.DATA_TYPE_LONG, { longs: [5n] }]))))['a']).toEqual(['LONG', [5n]]);
  });

  it('a JSON object is one row whose columns are its keys; null is a VOID NULL', () => {
    const rows = json('{"id": 7, "name": "x", "px": 1.5, "big": 9000000000, "ok": true, "none": null}');
    expect(rows.count).toBe(1);
    expect(view(rows)).toEqual({
      id: ['INT', [7]],
      name: ['STRING', ['x']],
      px: ['DOUBLE', [1.5]],
      big: ['LONG', [9000000000n]],
      ok: ['BOOL', [true]],
      none: ['VOID', [null]],
    });
  });

  it('a JSON array of objects is one row each: keys in first-seen order, a missing key NULL, types widened', () => {
    const rows = json('[{"a": 1, "b": "x", "n": null}, {"c": 2.5, "a": 9000000000, "n": null}, {"a": 3, "c": 1, "n": 4}]');
    expect(rows.count).toBe(3);
    expect(view(rows)).toEqual({
      a: ['LONG', [1n, 9000000000n, 3n]],
      b: ['STRING', ['x', null, null]],
      n: ['INT', [null, null, 4]],
      c: ['DOUBLE', [null, 2.5, 1]],
    });
  });

  it('a column of only nulls stays VOID', () => {
    expect(view(json('[{"a": null}, {"a": null}]'))['a']).toEqual(['VOID', [null, null]]);
  });

  it('a JSON object of arrays is columns', () => {
    const rows = json('{"a": [1, 2], "b": ["x", null], "c": [1, 2.5]}');
    expect(rows.count).toBe(2);
    expect(view(rows)).toEqual({ a: ['INT', [1, 2]], b: ['STRING', ['x', null]], c: ['DOUBLE', [1, 2.5]] });
  });

  it('a table written as JSON (an object of columns) reads back as its columns', () => {
    const value = table(['id', T.DATA_TYPE_INT, { ints: [1, 2] }], ['d', T.DATA_TYPE_DATE, { ints: [19724, 0], nulls: [1] }]);
    const rows = rowsOf(encodePayloads(value, MarshalType.MARSHAL_TYPE_JSON)[0]!, MarshalType.MARSHAL_TYPE_AUTO);
    expect(view(rows)).toEqual({ id: ['INT', [1, 2]], d: ['STRING', ['2024.01.02', null]] });
  });

  it('a vector is one column named value_column, "value" when not set', () => {
    const payload = dolphin(vectorValue(T.DATA_TYPE_DOUBLE, { doubles: [1, 2, 3] }));
    expect(view(rowsOf(payload))).toEqual({ value: ['DOUBLE', [1, 2, 3]] });
    expect(view(rowsOf(payload, MarshalType.MARSHAL_TYPE_DOLPHINDB, { valueColumn: 'px' }))).toEqual({ px: ['DOUBLE', [1, 2, 3]] });
  });

  it('a JSON array of scalars is one typed column', () => {
    expect(view(json('[1, 2, null, 3000000000]'))).toEqual({ value: ['LONG', [1n, 2n, null, 3000000000n]] });
  });

  it('a scalar is one row of one column (JSON: a one-element array)', () => {
    expect(view(rowsOf(dolphin(scalar({ $case: 'timestamp', value: 5n }))))).toEqual({ value: ['TIMESTAMP', [5n]] });
    expect(view(rowsOf(dolphin(nullOf(T.DATA_TYPE_INT))))).toEqual({ value: ['INT', [null]] });
    expect(view(json('[42]'))).toEqual({ value: ['INT', [42]] });
  });

  it('an empty payload is one VOID NULL row; an empty JSON array no rows', () => {
    expect(view(rowsOf(null))).toEqual({ value: ['VOID', [null]] });
    expect(json('[]')).toEqual({ columns: [], count: 0 });
  });

  it('a DOLPHINDB dictionary with string keys is one row', () => {
    const dict: Value = {
      kind: { $case: 'dictionary', value: { keys: vector(T.DATA_TYPE_STRING, { strings: ['a', 'b'] }), values: vector(T.DATA_TYPE_INT, { ints: [1, 0], nulls: [1] }) } },
    };
    expect(view(rowsOf(dolphin(dict)))).toEqual({ a: ['INT', [1]], b: ['INT', [null]] });
  });

  it('PLAIN and the Java formats give one row of their type', () => {
    expect(view(rowsOf(Buffer.from('hello'), MarshalType.MARSHAL_TYPE_PLAIN))).toEqual({ value: ['STRING', ['hello']] });
    expect(view(rowsOf(Buffer.from([0, 0, 1, 0]), MarshalType.MARSHAL_TYPE_JAVA_INT))).toEqual({ value: ['INT', [256]] });
    expect(view(rowsOf(Buffer.from([0, 0, 0, 0, 0, 0, 0, 9]), MarshalType.MARSHAL_TYPE_JAVA_LONG))).toEqual({ value: ['LONG', [9n]] });
    expect(view(rowsOf(Buffer.alloc(0), MarshalType.MARSHAL_TYPE_JAVA_DOUBLE))).toEqual({ value: ['DOUBLE', [null]] });
    const blob = rowsOf(Buffer.from([0xff, 1]), MarshalType.MARSHAL_TYPE_JAVA_BYTES);
    expect(blob.columns[0]!.info.name).toBe('BLOB');
    expect(Buffer.from(blob.columns[0]!.elements[0] as Uint8Array)).toEqual(Buffer.from([0xff, 1]));
  });
});

describe('messageRows: message columns', () => {
  const columns = { topic: 'tp', partition: 'p', offset: 'o', key: 'k', timestamp: 'at' };

  it('adds topic, partition, offset, key and timestamp to every row', () => {
    const m = message(Buffer.from('{"a": [1, 2]}'), { key: Buffer.from('kéy'), topic: 'orders', partition: 3, offset: 42, timestamp: 1700000000000 });
    const rows = messageRows(m, spec(MarshalType.MARSHAL_TYPE_JSON, { messageColumns: columns }));
    expect(view(rows)).toEqual({
      a: ['INT', [1, 2]],
      tp: ['STRING', ['orders', 'orders']],
      p: ['INT', [3, 3]],
      o: ['LONG', [42n, 42n]],
      k: ['STRING', ['kéy', 'kéy']],
      at: ['TIMESTAMP', [1700000000000n, 1700000000000n]],
    });
  });

  it('a null key and a missing (or -1) timestamp are NULL; a string key is taken as it is', () => {
    const rows = messageRows(message(Buffer.from('[1]'), { timestamp: -1 }), spec(MarshalType.MARSHAL_TYPE_JSON, { messageColumns: columns }));
    expect(view(rows)['k']).toEqual(['STRING', [null]]);
    expect(view(rows)['at']).toEqual(['TIMESTAMP', [null]]);
    const keyed = messageRows(message(Buffer.from('[1]'), { key: 'abc' }), spec(MarshalType.MARSHAL_TYPE_JSON, { messageColumns: columns }));
    expect(view(keyed)['k']).toEqual(['STRING', ['abc']]);
    expect(view(keyed)['at']).toEqual(['TIMESTAMP', [null]]);
  });

  it('only the named ones are added', () => {
    const rows = messageRows(message(Buffer.from('[1]')), spec(MarshalType.MARSHAL_TYPE_JSON, { messageColumns: { ...NO_COLUMNS, offset: 'o' } }));
    expect(rows.columns.map((c) => c.name)).toEqual(['value', 'o']);
  });

  it('a name the payload already has is refused', () => {
    const run = () => messageRows(message(Buffer.from('{"topic": 1}')), spec(MarshalType.MARSHAL_TYPE_JSON, { messageColumns: { ...NO_COLUMNS, topic: 'topic' } }));
    expect(run).toThrow(new ValueError('message column "topic" is also a column of the payload; give it another name'));
    const twice = () => messageRows(message(Buffer.from('[1]')), spec(MarshalType.MARSHAL_TYPE_JSON, { messageColumns: { ...NO_COLUMNS, topic: 'm', key: 'm' } }));
    expect(twice).toThrow(ValueError);
  });
});

describe('messageRows: refusals', () => {
  const accepts = /a parser takes a table, a vector, a scalar, a dictionary with string keys/;

  it.each<[string, Value, RegExp]>([
    ['a matrix', { kind: { $case: 'matrix', value: { rows: 1, columns: 1, data: vector(T.DATA_TYPE_INT, { ints: [1] }), rowLabels: undefined, columnLabels: undefined } } }, /^the payload is a matrix; a parser takes/],
    ['a pair', { kind: { $case: 'pair', value: vector(T.DATA_TYPE_INT, { ints: [1, 2] }) } }, /^the payload is a pair; /],
    ['a set', { kind: { $case: 'set', value: vector(T.DATA_TYPE_INT, { ints: [1, 2] }) } }, /^the payload is a set; /],
    [
      'a dictionary with INT keys',
      { kind: { $case: 'dictionary', value: { keys: vector(T.DATA_TYPE_INT, { ints: [1] }), values: vector(T.DATA_TYPE_INT, { ints: [1] }) } } },
      /^the payload is a dictionary with INT keys; a parser takes/,
    ],
  ])('%s', (_name, value, message) => {
    expect(() => rowsOf(dolphin(value))).toThrow(message);
    expect(() => rowsOf(dolphin(value))).toThrow(accepts);
  });

  it.each<[string, string, RegExp]>([
    ['nested tuples', '[[1, 2], [3, 4]]', /^the payload is a tuple of vectors; a parser takes/],
    ['a tuple mixing rows and scalars', '[{"a": 1}, 2]', /element 1 is a scalar, the first a dictionary/],
    ['a row with a nested value', '[{"a": [1]}]', /^the payload's row 0 has a vector for "a"; a row's values must be scalars/],
    ['mixed types in a column', '[{"a": 1}, {"a": "x"}]', /^column "a" row 1: a STRING, where the rows before it hold INT; a column holds one type/],
    ['INT with BOOL', '[1, true]', /^column "value" row 1: a BOOL, where the rows before it hold INT/],
    ['a dictionary mixing scalars and vectors', '{"a": 1, "b": [1]}', /values are scalars and vectors; its values must all be scalars \(one row\) or all vectors of one length/],
    ['columns of different lengths', '{"a": [1, 2], "b": [1]}', /dictionary value "b" has 1 elements, the values before it 2/],
    ['an object nested in a column', '{"a": [{"x": 1}]}', /element 0 is a dictionary; a column's elements must be scalars/],
    ['an empty key', '{"": 1}', /an empty key/],
  ])('%s', (_name, text, message) => {
    expect(() => json(text)).toThrow(ValueError);
    expect(() => json(text)).toThrow(message);
  });

  it('a payload that does not decode is a ValueError from the codec', () => {
    expect(() => json('{"a": ')).toThrow(ValueError);
  });

  it(`bounds the rows (${MESSAGE_LIMITS.maxRows}) and the columns (${MESSAGE_LIMITS.maxColumns}) of one message`, () => {
    const long = dolphin(vectorValue(T.DATA_TYPE_INT, { ints: new Array<number>(MESSAGE_LIMITS.maxRows + 1).fill(1) }));
    expect(() => rowsOf(long)).toThrow(/the payload's vector has 1000001 rows; a message may give at most 1000000/);
    const atLimit = dolphin(vectorValue(T.DATA_TYPE_INT, { ints: new Array<number>(MESSAGE_LIMITS.maxRows).fill(1) }));
    expect(rowsOf(atLimit).count).toBe(MESSAGE_LIMITS.maxRows);
    const wide = `{${Array.from({ length: 1025 }, (_x, i) => `"c${i}": ${i}`).join(',')}}`;
    expect(() => json(wide)).toThrow(/the payload's dictionary has 1025 columns; a message may give at most 1024/);
    const wideRows = `[{${Array.from({ length: 1025 }, (_x, i) => `"c${i}": ${i}`).join(',')}}]`;
    expect(() => json(wideRows)).toThrow(/the payload's rows has 1025 columns/);
    expect(json(`{${Array.from({ length: 1024 }, (_x, i) => `"c${i}": ${i}`).join(',')}}`).columns).toHaveLength(1024);
  });
});

describe('batchRows (msg_as_table)', () => {
  it('is payload, key, topic, timestamp, partition, offset, one row per message', () => {
    const rows = batchRows([
      message(Buffer.from('p1'), { key: Buffer.from('k1'), topic: 'a', partition: 1, offset: 10, timestamp: 5 }),
      message(null, { topic: 'b', partition: 2, offset: 11 }),
    ]);
    expect(rows.count).toBe(2);
    expect(view(rows)).toEqual({
      payload: ['STRING', ['p1', null]],
      key: ['STRING', ['k1', null]],
      topic: ['STRING', ['a', 'b']],
      timestamp: ['TIMESTAMP', [5n, null]],
      partition: ['INT', [1, 2]],
      offset: ['LONG', [10n, 11n]],
    });
    expect(rows.columns.map((c) => c.name)).toEqual(['payload', 'key', 'topic', 'timestamp', 'partition', 'offset']);
  });

  it('an empty batch has the columns and no rows', () => {
    expect(batchRows([]).columns).toHaveLength(6);
    expect(batchRows([]).count).toBe(0);
  });
});

describe('concatRows', () => {
  it('joins parts, re-basing the NULL positions', () => {
    const a = batchRows([message(Buffer.from('x'), { offset: 1 }), message(null, { offset: 2 })]);
    const b = batchRows([message(null, { offset: 3 }), message(Buffer.from('y'), { offset: 4 })]);
    const rows = concatRows([a, b]);
    expect(rows.count).toBe(4);
    expect(view(rows)['payload']).toEqual(['STRING', ['x', null, null, 'y']]);
    expect(view(rows)['offset']).toEqual(['LONG', [1n, 2n, 3n, 4n]]);
    expect(concatRows([a])).toBe(a);
    expect(concatRows([])).toEqual({ columns: [], count: 0 });
  });

  it('refuses parts with other columns', () => {
    const a = json('[1]');
    const b = json('["x"]');
    expect(() => concatRows([a, b])).toThrow(/rows to join have different columns: \(value INT\) and \(value STRING\)/);
  });
});
