import type { TableServiceServer, TableInfo } from '../../gen/kafkagateway/v1/table_service';
import type { Caller } from '../../auth/principal';
import type { TableDescription } from '../../tables/table-store';
import type { TableStores } from '../../tables/table-stores';
import type { Rpc } from '../rpc/call-context';
import { tailStream } from '../streams/tail-stream';
import { unary } from '../rpc/unary';

export interface TableServiceDeps {
  tables: TableStores;
  rpc: Rpc;
}

const info = (d: TableDescription): TableInfo => ({ name: d.name, columns: d.columns, rowCount: BigInt(d.rowCount), sizeBytes: BigInt(d.sizeBytes) });
const asTable = (table: import('../../gen/kafkagateway/v1/value').Table) => ({ kind: { $case: 'table' as const, value: table } });

/**
 * TableService: the tables sub-jobs write into. Thin: every check and every limit is in src/tables. A caller sees
 * only its principal's database (without authentication, the one shared database).
 */
export function createTableService(deps: TableServiceDeps): TableServiceServer {
  const { tables, rpc } = deps;
  const store = (caller: Caller) => tables.of(caller.tables);
  return {
    createTable: unary(rpc, async (req, ctx) => {
      const { table, created } = await (await store(ctx.caller)).create(req.name, req.columns, req.ifNotExists);
      return { table: info(table), created };
    }),
    listTables: unary(rpc, async (_req, ctx) => ({ names: (await store(ctx.caller)).list() })),
    describeTable: unary(rpc, async (req, ctx) => ({ table: info(await (await store(ctx.caller)).describe(req.name)) })),
    appendRows: unary(rpc, async (req, ctx) => {
      const { appended, firstRow } = await (await store(ctx.caller)).append(req.table, req.rows);
      return { appended: BigInt(appended), firstRow: BigInt(firstRow) };
    }),
    readTable: unary(rpc, async (req, ctx) => {
      const page = await (await store(ctx.caller)).read(
        { table: req.table, columns: req.columns, filters: req.filters, orderBy: req.orderBy, limit: req.limit, pageToken: req.pageToken },
        ctx.timeLeftMs(),
      );
      return { rows: asTable(page.table), nextPageToken: page.nextPageToken };
    }),
    tailTable: tailStream({ rpc, store }),
    query: unary(rpc, async (req, ctx) => {
      const page = await (await store(ctx.caller)).query(req.sql, req.limit, req.pageToken, ctx.timeLeftMs());
      return { rows: asTable(page.table), nextPageToken: page.nextPageToken };
    }),
    dropTable: unary(rpc, async (req, ctx) => ({ dropped: await (await store(ctx.caller)).drop(req.name, req.ifExists) })),
  };
}
