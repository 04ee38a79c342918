import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilterOp } from '../../../src/gen/kafkagateway/v1/table_service';
import { DataType, type Value, type Vector } from '../../../src/gen/kafkagateway/v1/value';
import { CallGate } from '../../../src/tables/call-gate';
import { CHUNK_ROWS } from '../../../src/tables/limits';
import { TableStore } from '../../../src/tables/table-store';
import { RAW_WRITES } from '../../../src/tables/vector-fill';
import { NULLS } from '../../../src/values/types';
import { newVector } from '../../../src/values/vector-shape';
import { EVERY_TYPE_COLUMNS } from '../../helpers/every-type-table';

// Appends of many rows: every chunk of 2048 rows is written into DuckDB's vectors, most columns without a DuckDB
// value per element (src/tables/vector-fill.ts). What goes in must come back, NULLs where they were, across chunk
// boundaries and across the parts a sub-job's batch is made of.

const OPTIONS = { memoryLimitMb: 256, threads: 1, maxBytes: 1 << 30, queryTimeoutMs: 10_000, callTimeoutMs: 10_000 };
const T = DataType;
const ROWS = 2 * CHUNK_ROWS + 904;
/** Rows made NULL beside the helper's own NULLs: at and around each chunk's edge, and the last. */
const EXTRA_NULLS = [0, CHUNK_ROWS - 1, CHUNK_ROWS, CHUNK_ROWS + 1, 2 * CHUNK_ROWS - 1, 2 * CHUNK_ROWS, ROWS - 1];

type Field = 'bools' | 'ints' | 'longs' | 'floats' | 'doubles' | 'strings' | 'blobs';
const fieldOf = (v: Vector): Field => (['bools', 'ints', 'longs', 'floats', 'doubles', 'strings', 'blobs'] as const).find((f) => v[f].length > 0)!;

/** Every type's column of `rows` rows: the helper's edge values over and over, its NULLs and EXTRA_NULLS as NULL. */
function manyRows(rows: number): Value {
  const extra = new Set(EXTRA_NULLS.filter((i) => i < rows).concat(rows - 1));
  const columns = EVERY_TYPE_COLUMNS.map(({ name, values }) => {
    const field = fieldOf(values);
    const given = values[field] as unknown[];
    const empty = (given as unknown[])[1];
    const elements: unknown[] = [];
    const nulls: number[] = [];
    for (let i = 0; i < rows; i++) {
      const k = i % 3;
      const isNull = values.nulls.includes(k) || extra.has(i);
      elements.push(isNull ? empty : given[k]);
      if (isNull) nulls.push(i);
    }
    return { name, values: { ...values, nulls, [field]: elements } };
  });
  return { kind: { $case: 'table', value: { name: '', columns } } };
}

/** One column's Value: `elements` of `type` in `field`, with NULL where null is given. */
function oneColumn(name: string, type: DataType, field: Field, given: unknown[], empty: unknown): Value {
  const nulls: number[] = [];
  const elements = given.map((x, i) => (x === null ? (nulls.push(i), empty) : x));
  return { kind: { $case: 'table', value: { name: '', columns: [{ name, values: { ...newVector(type), nulls, [field]: elements } }] } } };
}

describe('appends of many rows, chunk by chunk', () => {
  let dir: string;
  let store: TableStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kgw-chunks-'));
    store = await TableStore.open(dir, new CallGate(2, 10), OPTIONS);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const readAll = async (table: string) =>
    (await store.read({ table, columns: [], filters: [], limit: 100_000, pageToken: '' }, Infinity)).table;

  it('uses the direct way on this machine (little-endian), so that the tests below test it', () => {
    expect(RAW_WRITES).toBe(true);
  });

  it('reads back every type over two chunks: values, edge values and NULLs, at and around the chunk edge', async () => {
    // Two chunks, not more: reading 26 columns back value by value is slow, and one edge is what is tested.
    const count = CHUNK_ROWS + 300;
    const rows = manyRows(count);
    await store.create('every', EVERY_TYPE_COLUMNS.map(({ name, type, scale }) => ({ name, type, scale })), false);
    expect(await store.append('every', rows)).toEqual({ appended: count, firstRow: 0 });
    expect({ kind: { $case: 'table', value: await readAll('every') } }).toEqual(rows);
  });

  it('reads back the parts of a sub-job batch written as one, whose edges fall inside chunks', async () => {
    await store.create('parts', [{ name: 'n', type: T.DATA_TYPE_LONG, scale: 0 }, { name: 's', type: T.DATA_TYPE_STRING, scale: 0 }], false);
    // Parts of 1000, 1, 2047 and 3000 rows: a chunk takes rows from up to three parts.
    const sizes = [1000, 1, 2047, 3000];
    let next = 0;
    const parts = sizes.map((size) => {
      const first = next;
      next += size;
      const n = Array.from({ length: size }, (_x, k) => BigInt(first + k));
      const s = Array.from({ length: size }, (_x, k) => ((first + k) % 10 === 0 ? '' : `r${first + k}`));
      const nulls = new Set<number>();
      for (let k = 0; k < size; k++) if ((first + k) % 7 === 0) nulls.add(k);
      return { columns: [{ elements: n, nulls }, { elements: s, nulls: undefined }], count: size };
    });
    await store.appendWithPositions('parts', parts, 'g', [{ topic: 't', partition: 0, nextOffset: 4 }]);
    const table = await readAll('parts');
    const [n, s] = table.columns.map((c) => c.values!);
    expect(n!.longs).toHaveLength(next);
    expect(n!.nulls).toEqual(Array.from({ length: next }, (_x, i) => i).filter((i) => i % 7 === 0));
    expect(n!.longs).toEqual(Array.from({ length: next }, (_x, i) => (i % 7 === 0 ? 0n : BigInt(i))));
    expect(s!.nulls).toEqual(Array.from({ length: next }, (_x, i) => i).filter((i) => i % 10 === 0));
    expect(s!.strings).toEqual(Array.from({ length: next }, (_x, i) => (i % 10 === 0 ? '' : `r${i}`)));
  });

  it('keeps text of every length and kind: short ASCII (kept in its slot), 12 and 13 bytes, non-ASCII, long', async () => {
    const kinds = ['a', 'abcdefghijkl', 'abcdefghijklm', 'héllo', '日本', '😀', 'x'.repeat(5000), 'tab\there', 'nul-free ok'];
    // Each kind in each chunk, and a NULL or an empty string after each in the next chunk's same row.
    const given = Array.from({ length: ROWS }, (_x, i) => {
      const chunk = Math.floor(i / CHUNK_ROWS);
      const kind = kinds[(i % CHUNK_ROWS) % kinds.length]!;
      if (chunk === 1 && i % 2 === 0) return null;
      if (chunk === 1) return '';
      return kind;
    });
    await store.create('text', [{ name: 's', type: T.DATA_TYPE_STRING, scale: 0 }], false);
    await store.append('text', oneColumn('s', T.DATA_TYPE_STRING, 'strings', given, ''));
    const s = (await readAll('text')).columns[0]!.values!;
    expect(s.strings).toEqual(given.map((x) => x ?? ''));
    expect(s.nulls).toEqual(given.flatMap((x, i) => (x === null || x === '' ? [i] : [])));
  });

  it('finds short text by equality and groups it, as text DuckDB stored itself would be', async () => {
    // The first chunk's 12-character texts fill the slots that the next chunks' shorter ones take again.
    const given = Array.from({ length: ROWS }, (_x, i) => (i < CHUNK_ROWS ? `LONGERTEXT${String(i % 100).padStart(2, '0')}` : `SYM${i % 100}`));
    await store.create('sym', [{ name: 's', type: T.DATA_TYPE_STRING, scale: 0 }], false);
    await store.append('sym', oneColumn('s', T.DATA_TYPE_STRING, 'strings', given, ''));
    const page = await store.read(
      { table: 'sym', columns: [], filters: [{ column: 's', op: FilterOp.FILTER_OP_EQ, value: { value: { $case: 'string', value: 'SYM7' } } }], limit: 0, pageToken: '' },
      Infinity,
    );
    expect(page.table.columns[0]!.values!.strings).toEqual(given.filter((x) => x === 'SYM7'));
    const groups = await store.query("SELECT count(DISTINCT s) AS n, max(length(s)) AS l, count(*) FILTER (WHERE s < 'SYM2') AS below FROM sym", 0, '', Infinity);
    const [n, l, below] = groups.table.columns.map((c) => c.values!.longs[0]);
    expect([n, l]).toEqual([200n, 12n]);
    expect(below).toBe(BigInt(given.filter((x) => x < 'SYM2').length));
  });

  it('keeps bytes of every length: empty (not NULL), 12, 13 and many bytes', async () => {
    const kinds = [Buffer.alloc(0), Buffer.from('abcdefghijkl'), Buffer.from('abcdefghijklm'), Buffer.from([0, 255, 0, 1]), Buffer.alloc(3000, 7)];
    const given = Array.from({ length: ROWS }, (_x, i) => (i % 11 === 5 ? null : kinds[i % kinds.length]!));
    await store.create('bytes', [{ name: 'b', type: T.DATA_TYPE_BLOB, scale: 0 }], false);
    await store.append('bytes', oneColumn('b', T.DATA_TYPE_BLOB, 'blobs', given, Buffer.alloc(0)));
    const b = (await readAll('bytes')).columns[0]!.values!;
    expect(b.nulls).toEqual(given.flatMap((x, i) => (x === null ? [i] : [])));
    expect(b.blobs.map((x) => Buffer.from(x).toString('hex'))).toEqual(given.map((x) => (x ?? Buffer.alloc(0)).toString('hex')));
  });

  it('keeps the extremes of the counts written as two halves (times of day, DATETIME, DATEHOUR)', async () => {
    const columns = [
      { name: 't', type: T.DATA_TYPE_TIME, values: [0, 1, 86_399_999, 43_200_000] },
      { name: 'se', type: T.DATA_TYPE_SECOND, values: [0, 1, 86_399, 40_000] },
      { name: 'mi', type: T.DATA_TYPE_MINUTE, values: [0, 1, 1439, 720] },
      { name: 'dt', type: T.DATA_TYPE_DATETIME, values: [-2147483647, -1, 0, 2147483647] },
      { name: 'dh', type: T.DATA_TYPE_DATEHOUR, values: [-2147483647, -1, 1, 2147483647] },
    ];
    await store.create('halves', columns.map(({ name, type }) => ({ name, type, scale: 0 })), false);
    const given = columns.map(({ values }) => Array.from({ length: ROWS }, (_x, i) => (i % 9 === 4 ? null : values[i % values.length]!)));
    const rows: Value = {
      kind: { $case: 'table', value: { name: '', columns: columns.map(({ name, type }, c) => oneColumnOf(name, type, given[c]!)) } },
    };
    await store.append('halves', rows);
    const table = await readAll('halves');
    table.columns.forEach((col, c) => {
      expect(col.values!.ints).toEqual(given[c]!.map((x) => x ?? 0));
      expect(col.values!.nulls).toEqual(given[c]!.flatMap((x, i) => (x === null ? [i] : [])));
    });
  });

  it('takes the NULL sentinels as NULL, wherever they are', async () => {
    const columns = [
      { name: 'c', type: T.DATA_TYPE_CHAR, field: 'ints' as Field, sentinel: NULLS.int8, value: 5 },
      { name: 'i', type: T.DATA_TYPE_INT, field: 'ints' as Field, sentinel: NULLS.int32, value: 5 },
      { name: 'l', type: T.DATA_TYPE_LONG, field: 'longs' as Field, sentinel: NULLS.int64, value: 5n },
      { name: 'ts', type: T.DATA_TYPE_TIMESTAMP, field: 'longs' as Field, sentinel: NULLS.int64, value: 5n },
      { name: 'f', type: T.DATA_TYPE_FLOAT, field: 'floats' as Field, sentinel: NULLS.float32, value: 0.5 },
      { name: 'd', type: T.DATA_TYPE_DOUBLE, field: 'doubles' as Field, sentinel: NULLS.float64, value: 0.5 },
    ];
    await store.create('sentinels', columns.map(({ name, type }) => ({ name, type, scale: 0 })), false);
    const at = (i: number) => i % 1000 === 999;
    const value: Value = {
      kind: {
        $case: 'table',
        value: { name: '', columns: columns.map(({ name, type, field, sentinel, value: v }) => ({ name, values: { ...newVector(type), [field]: Array.from({ length: ROWS }, (_x, i) => (at(i) ? sentinel : v)) } })) },
      },
    };
    await store.append('sentinels', value);
    const table = await readAll('sentinels');
    const expectedNulls = Array.from({ length: ROWS }, (_x, i) => i).filter(at);
    for (const col of table.columns) expect(col.values!.nulls).toEqual(expectedNulls);
  });

  it('names the column and the row (counted across chunks) of a value its column cannot hold, and appends nothing', async () => {
    await store.create('bad', [{ name: 'ok', type: T.DATA_TYPE_INT, scale: 0 }, { name: 'sh', type: T.DATA_TYPE_SHORT, scale: 0 }, { name: 't', type: T.DATA_TYPE_TIME, scale: 0 }], false);
    const ints = (bad: number, at: number) => Array.from({ length: ROWS }, (_x, i) => (i === at ? bad : 1));
    const table = (sh: number[], t: number[]): Value => ({
      kind: {
        $case: 'table',
        value: {
          name: '',
          columns: [
            { name: 'ok', values: { ...newVector(T.DATA_TYPE_INT), ints: ints(1, -1) } },
            { name: 'sh', values: { ...newVector(T.DATA_TYPE_SHORT), ints: sh } },
            { name: 't', values: { ...newVector(T.DATA_TYPE_TIME), ints: t } },
          ],
        },
      },
    });
    await expect(store.append('bad', table(ints(40_000, CHUNK_ROWS + 3), ints(1, -1)))).rejects.toThrow(
      `column "sh" row ${CHUNK_ROWS + 3}: 40000 is not a SHORT (-32767 to 32767)`,
    );
    await expect(store.append('bad', table(ints(1, -1), ints(86_400_000, 2 * CHUNK_ROWS + 1)))).rejects.toThrow(
      `column "t" row ${2 * CHUNK_ROWS + 1}: 86400000 is not a TIME (0 to 86399999)`,
    );
    expect((await store.describe('bad')).rowCount).toBe(0);
  });
});

function oneColumnOf(name: string, type: DataType, given: (number | null)[]) {
  const nulls: number[] = [];
  const ints = given.map((x, i) => (x === null ? (nulls.push(i), 0) : x));
  return { name, values: { ...newVector(type), nulls, ints } };
}
