import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataType } from '../../../src/gen/kafkagateway/v1/value';
import { CallGate } from '../../../src/tables/call-gate';
import { TableStore } from '../../../src/tables/table-store';
import { everyTypeRows, everyTypeSpecs } from '../../helpers/every-type-table';

const OPTIONS = { memoryLimitMb: 256, threads: 1, maxBytes: 1 << 30, queryTimeoutMs: 10_000, callTimeoutMs: 10_000 };

describe('a table of every DolphinDB column type', () => {
  let dir: string;
  let store: TableStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kgw-tables-'));
    store = await TableStore.open(dir, new CallGate(2, 10), OPTIONS);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back the Value it was given: types, scales, values and NULLs', async () => {
    await store.create('every', everyTypeSpecs(), false);
    expect(await store.append('every', everyTypeRows())).toEqual({ appended: 3, firstRow: 0 });
    const page = await store.read({ table: 'every', columns: [], filters: [], limit: 0, pageToken: '' }, Infinity);
    expect({ kind: { $case: 'table', value: page.table } }).toEqual(everyTypeRows());
    expect(page.nextPageToken).toBe('');
  });

  it('keeps the table and its types across a reopen', async () => {
    await store.create('every', everyTypeSpecs(), false);
    await store.append('every', everyTypeRows());
    store.close();
    store = await TableStore.open(dir, new CallGate(2, 10), OPTIONS);
    expect(store.list()).toEqual(['every']);
    const d = await store.describe('every');
    expect(d.rowCount).toBe(3);
    expect(d.columns.find((c) => c.name === 'd64')).toEqual({ name: 'd64', type: DataType.DATA_TYPE_DECIMAL64, scale: 8 });
    const page = await store.read({ table: 'every', columns: [], filters: [], limit: 0, pageToken: '' }, Infinity);
    expect({ kind: { $case: 'table', value: page.table } }).toEqual(everyTypeRows());
  });
});
