import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { ErrorInfo } from '../../src/gen/google/rpc/error_details';
import { Status } from '../../src/gen/google/rpc/status';
import { FilterOp, TailTableRequest, type TailTableResponse } from '../../src/gen/kafkagateway/v1/table_service';
import { DataType, type Value } from '../../src/gen/kafkagateway/v1/value';
import { newVector } from '../../src/values/vector-shape';
import { everyTypeRows, everyTypeSpecs } from '../helpers/every-type-table';
import { gatewayForFile } from '../helpers/gateway';
import { failure } from '../helpers/kafka-clients';
import { waitFor } from '../helpers/streams';

const T = DataType;
const SPECS = [
  { name: 'id', type: T.DATA_TYPE_INT, scale: 0 },
  { name: 'sym', type: T.DATA_TYPE_SYMBOL, scale: 0 },
  { name: 'price', type: T.DATA_TYPE_DOUBLE, scale: 0 },
];
function rows(from: number, n: number): Value {
  const ids = Array.from({ length: n }, (_x, i) => from + i);
  return {
    kind: {
      $case: 'table',
      value: {
        name: '',
        columns: [
          { name: 'id', values: { ...newVector(T.DATA_TYPE_INT), ints: ids } },
          { name: 'sym', values: { ...newVector(T.DATA_TYPE_SYMBOL), strings: ids.map((i) => `S${i % 3}`) } },
          { name: 'price', values: { ...newVector(T.DATA_TYPE_DOUBLE), doubles: ids.map((i) => i / 4) } },
        ],
      },
    },
  };
}
const idsOf = (v: Value | undefined) => (v?.kind?.$case === 'table' ? v.kind.value.columns.find((c) => c.name === 'id')!.values!.ints : []);
function reasonOf(err: ServiceError): string {
  const bin = (err.metadata ?? new Metadata()).get('grpc-status-details-bin')[0] as Buffer;
  return ErrorInfo.decode(Status.decode(bin).details[0]!.value).reason;
}
let n = 0;
const fresh = (what: string) => `${what}_${process.pid}_${n++}`;

describe('TableService', () => {
  const suite = gatewayForFile();
  const api = () => suite.api.tables;

  it('creates, appends, describes, lists, reads in pages and drops a table', async () => {
    const name = fresh('orders');
    const created = await api().createTable({ name, columns: SPECS });
    expect(created).toMatchObject({ created: true, table: { name, rowCount: 0n } });
    expect(await api().appendRows({ table: name, rows: rows(0, 2500) })).toEqual({ appended: 2500n, firstRow: 0n });
    expect(await api().appendRows({ table: name, rows: rows(2500, 10) })).toEqual({ appended: 10n, firstRow: 2500n });
    const described = await api().describeTable({ name });
    expect(described.table).toMatchObject({ rowCount: 2510n, columns: SPECS });
    expect(described.table!.sizeBytes).toBeGreaterThan(2510n * 12n);
    expect((await api().listTables()).names).toContain(name);

    const seen: number[] = [];
    let token = '';
    let pages = 0;
    do {
      const page = await api().readTable({ table: name, limit: 1000, pageToken: token });
      seen.push(...idsOf(page.rows));
      token = page.nextPageToken;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 2510 }, (_x, i) => i));

    const filtered = await api().readTable({
      table: name, columns: ['price', 'id'],
      filters: [{ column: 'sym', op: FilterOp.FILTER_OP_EQ, value: { value: { $case: 'symbol', value: 'S1' } } }, { column: 'id', op: FilterOp.FILTER_OP_LT, value: { value: { $case: 'int', value: 10 } } }],
      orderBy: { column: 'id', descending: true },
    });
    expect(filtered.rows?.kind?.$case === 'table' && filtered.rows.kind.value.columns.map((c) => c.name)).toEqual(['price', 'id']);
    expect(idsOf(filtered.rows)).toEqual([7, 4, 1]);

    expect(await api().createTable({ name, columns: SPECS, ifNotExists: true })).toMatchObject({ created: false, table: { rowCount: 2510n } });
    expect(await api().dropTable({ name })).toEqual({ dropped: true });
    expect(await api().dropTable({ name, ifExists: true })).toEqual({ dropped: false });
    expect((await api().listTables()).names).not.toContain(name);
  });

  it('round-trips a column of every type, NULLs included', async () => {
    const name = fresh('every');
    await api().createTable({ name, columns: everyTypeSpecs() });
    await api().appendRows({ table: name, rows: everyTypeRows() });
    const page = await api().readTable({ table: name });
    expect(page.rows).toEqual(everyTypeRows());
  });

  it('answers bad names, bad types, oversized pages and a missing table with a clear status', async () => {
    const name = fresh('checks');
    await api().createTable({ name, columns: SPECS });
    const cases: [Promise<unknown>, status, string, RegExp][] = [
      [api().createTable({ name: 'x"; DROP TABLE y; --', columns: SPECS }), status.INVALID_ARGUMENT, 'INVALID_TABLE_NAME', /is not an identifier/],
      [api().createTable({ name: fresh('c'), columns: [{ name: 'a b', type: T.DATA_TYPE_INT, scale: 0 }] }), status.INVALID_ARGUMENT, 'INVALID_COLUMN_NAME', /"a b" is not an identifier/],
      [api().createTable({ name: fresh('c'), columns: [{ name: 'a', type: T.DATA_TYPE_ANY, scale: 0 }] }), status.INVALID_ARGUMENT, 'INVALID_COLUMN_TYPE', /DATA_TYPE_ANY cannot be a column type/],
      [api().createTable({ name, columns: SPECS }), status.ALREADY_EXISTS, 'TABLE_ALREADY_EXISTS', /already exists/],
      [api().appendRows({ table: name, rows: { kind: { $case: 'table', value: { name: '', columns: [
        { name: 'id', values: { ...newVector(T.DATA_TYPE_INT), ints: [1] } },
        { name: 'sym', values: { ...newVector(T.DATA_TYPE_SYMBOL), strings: ['a'] } },
        { name: 'price', values: { ...newVector(T.DATA_TYPE_FLOAT), floats: [1] } },
      ] } } } }), status.INVALID_ARGUMENT, 'COLUMN_TYPE_MISMATCH', /column "price" is DOUBLE in table .*, got FLOAT/],
      [api().readTable({ table: name, limit: 1_000_000 }), status.INVALID_ARGUMENT, 'PAGE_TOO_LARGE', /limit must be 1 to 100000/],
      [api().readTable({ table: name, pageToken: 'not-a-token' }), status.INVALID_ARGUMENT, 'INVALID_PAGE_TOKEN', /page_token/],
      [api().readTable({ table: 'no_such_table' }), status.NOT_FOUND, 'TABLE_NOT_FOUND', /table "no_such_table" does not exist/],
      [api().describeTable({ name: 'no_such_table' }), status.NOT_FOUND, 'TABLE_NOT_FOUND', /does not exist/],
      [api().dropTable({ name: 'no_such_table' }), status.NOT_FOUND, 'TABLE_NOT_FOUND', /does not exist/],
    ];
    for (const [call, code, reason, message] of cases) {
      const err = await failure(call);
      expect({ code: err.code, reason: reasonOf(err) }).toEqual({ code, reason });
      expect(err.details).toMatch(message);
    }
    expect((await api().describeTable({ name })).table?.rowCount).toBe(0n);
  });

  it('runs read-only SQL in pages and refuses writes, files and other databases', async () => {
    const name = fresh('q');
    await api().createTable({ name, columns: SPECS });
    await api().appendRows({ table: name, rows: rows(0, 30) });
    const sql = `SELECT sym, count(*) AS n, sum(id) AS total FROM ${name} GROUP BY sym ORDER BY sym`;
    const first = await api().query({ sql, limit: 2 });
    const table = first.rows?.kind?.$case === 'table' ? first.rows.kind.value : undefined;
    expect(table?.columns.map((c) => [c.name, c.values?.type])).toEqual([['sym', T.DATA_TYPE_STRING], ['n', T.DATA_TYPE_LONG], ['total', T.DATA_TYPE_DECIMAL128]]);
    expect(table?.columns[2]!.values!.strings).toEqual(['135', '145']);
    const second = await api().query({ sql, limit: 2, pageToken: first.nextPageToken });
    expect(second.nextPageToken).toBe('');
    expect(second.rows?.kind?.$case === 'table' && second.rows.kind.value.columns[0]!.values!.strings).toEqual(['S2']);

    const refused: [string, status, string][] = [
      [`INSERT INTO ${name} VALUES (1, 'a', 1.0)`, status.INVALID_ARGUMENT, 'QUERY_NOT_READ_ONLY'],
      [`DROP TABLE ${name}`, status.INVALID_ARGUMENT, 'QUERY_NOT_READ_ONLY'],
      [`SELECT 1; DROP TABLE ${name}`, status.INVALID_ARGUMENT, 'QUERY_NOT_ONE_STATEMENT'],
      [`COPY ${name} TO '/tmp/kgw-leak.csv'`, status.PERMISSION_DENIED, 'QUERY_EXTERNAL_ACCESS'],
      ["SELECT * FROM read_csv('/etc/passwd')", status.PERMISSION_DENIED, 'QUERY_EXTERNAL_ACCESS'],
      ["SELECT * FROM read_text('/etc/hostname')", status.PERMISSION_DENIED, 'QUERY_EXTERNAL_ACCESS'],
      ["SELECT * FROM '/etc/passwd'", status.INVALID_ARGUMENT, 'QUERY_INVALID'], // not a table: the file is never read
      ["ATTACH '/tmp/kgw-other.duckdb' AS other", status.INVALID_ARGUMENT, 'QUERY_NOT_READ_ONLY'],
      ['SET enable_external_access = true', status.INVALID_ARGUMENT, 'QUERY_NOT_READ_ONLY'],
      ["SELECT * FROM query('DELETE FROM x')", status.INVALID_ARGUMENT, 'QUERY_INVALID'],
      ['SELEC nonsense', status.INVALID_ARGUMENT, 'QUERY_INVALID'],
      ['SELECT * FROM no_such_table', status.INVALID_ARGUMENT, 'QUERY_INVALID'],
    ];
    for (const [statement, code, reason] of refused) {
      const err = await failure(api().query({ sql: statement }));
      expect({ statement, code: err.code, reason: reasonOf(err) }).toEqual({ statement, code, reason });
    }
    expect((await api().describeTable({ name })).table?.rowCount).toBe(30n);
  });

  it('stops a query that runs past its time limit', async () => {
    const err = await failure(api().query({ sql: 'SELECT count(*) FROM range(100000000000) a' }));
    expect({ code: err.code, reason: reasonOf(err) }).toEqual({ code: status.DEADLINE_EXCEEDED, reason: 'QUERY_TIMED_OUT' });
  }, 30_000);

  it('tails appended rows from now, and from a row number', async () => {
    const name = fresh('tail');
    await api().createTable({ name, columns: SPECS });
    await api().appendRows({ table: name, rows: rows(0, 5) });
    const fromNow: number[] = [];
    const fromTwo: number[] = [];
    const live = suite.api.raw.tables.tailTable(TailTableRequest.fromPartial({ table: name }));
    const replay = suite.api.raw.tables.tailTable(TailTableRequest.fromPartial({ table: name, fromRow: 2n, maxRows: 2 }));
    live.on('data', (f: TailTableResponse) => fromNow.push(...idsOf(f.rows)));
    replay.on('data', (f: TailTableResponse) => fromTwo.push(...idsOf(f.rows)));
    live.on('error', () => undefined);
    replay.on('error', () => undefined);
    const started = new Promise((r) => live.once('data', r));
    await started;
    await api().appendRows({ table: name, rows: rows(5, 3) });
    await waitFor(() => fromNow.length === 3 && fromTwo.length === 6);
    expect(fromNow).toEqual([5, 6, 7]);
    expect(fromTwo).toEqual([2, 3, 4, 5, 6, 7]);
    const ended = new Promise<ServiceError>((r) => live.once('error', r));
    await api().dropTable({ name });
    expect((await ended).code).toBe(status.NOT_FOUND);
    replay.cancel();
  });

  it('holds a bounded amount for a tail client that stalls', async () => {
    const name = fresh('stall');
    await api().createTable({ name, columns: SPECS });
    const big = rows(0, 100_000);
    for (let i = 0; i < 5; i++) await api().appendRows({ table: name, rows: big });
    const call = suite.api.raw.tables.tailTable(TailTableRequest.fromPartial({ table: name, fromRow: 0n, maxRows: 10_000 }));
    call.on('error', () => undefined);
    let frames = 0;
    call.on('data', () => {
      frames++;
      call.pause(); // the client stops reading after its first frame
    });
    await waitFor(() => frames === 1);
    await new Promise((r) => setTimeout(r, 1500));
    // 50 frames wait in the table; the gateway holds at most one written frame beyond what HTTP/2 has in flight.
    expect(suite.gateway.streams.buffered().messages).toBeLessThanOrEqual(20_000);
    expect(frames).toBe(1);
    call.cancel();
    await waitFor(() => suite.gateway.streams.count === 0);
  });
});

describe('TableService with a small database cap', () => {
  const suite = gatewayForFile({ tablesMaxMb: 1 });

  it('refuses appends beyond the cap with RESOURCE_EXHAUSTED', async () => {
    const name = fresh('full');
    await suite.api.tables.createTable({ name, columns: SPECS });
    let err: ServiceError | undefined;
    for (let i = 0; i < 40 && !err; i++) err = await suite.api.tables.appendRows({ table: name, rows: rows(i * 50_000, 50_000) }).then(() => undefined, (e: ServiceError) => e);
    expect(err && { code: err.code, reason: reasonOf(err) }).toEqual({ code: status.RESOURCE_EXHAUSTED, reason: 'TABLE_STORAGE_FULL' });
  });
});
