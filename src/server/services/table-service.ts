import type { TableServiceServer, TableInfo } from '../../gen/kafkagateway/v1/table_service';
import type { Logger } from '../../logger';
import type { TableDescription } from '../../tables/table-store';
import { DEFAULT_PRINCIPAL, type TableStores } from '../../tables/table-stores';
import type { StreamTracker } from '../streams/stream-tracker';
import { tailStream } from '../streams/tail-stream';
import { unary } from '../rpc/unary';

export interface TableServiceDeps {
  tables: TableStores;
  streams: StreamTracker;
  log: Logger;
}

const info = (d: TableDescription): TableInfo => ({ name: d.name, columns: d.columns, rowCount: BigInt(d.rowCount), sizeBytes: BigInt(d.sizeBytes) });
const asTable = (table: import('../../gen/kafkagateway/v1/value').Table) => ({ kind: { $case: 'table' as const, value: table } });

/**
 * TableService: the tables sub-jobs write into. Thin: every check and every limit is in src/tables. Until the
 * security work names the caller's principal, all callers share DEFAULT_PRINCIPAL's database.
 */
export function createTableService(deps: TableServiceDeps): TableServiceServer {
  const { tables, log } = deps;
  const store = () => tables.of(DEFAULT_PRINCIPAL);
  return {
    createTable: unary(log, async (req) => {
      const { table, created } = await (await store()).create(req.name, req.columns, req.ifNotExists);
      return { table: info(table), created };
    }),
    listTables: unary(log, async () => ({ names: (await store()).list() })),
    describeTable: unary(log, async (req) => ({ table: info(await (await store()).describe(req.name)) })),
    appendRows: unary(log, async (req) => {
      const { appended, firstRow } = await (await store()).append(req.table, req.rows);
      return { appended: BigInt(appended), firstRow: BigInt(firstRow) };
    }),
    readTable: unary(log, async (req, ctx) => {
      const page = await (await store()).read(
        { table: req.table, columns: req.columns, filters: req.filters, orderBy: req.orderBy, limit: req.limit, pageToken: req.pageToken },
        ctx.timeLeftMs(),
      );
      return { rows: asTable(page.table), nextPageToken: page.nextPageToken };
    }),
    tailTable: tailStream({ ...deps, store }),
    query: unary(log, async (req, ctx) => {
      const page = await (await store()).query(req.sql, req.limit, req.pageToken, ctx.timeLeftMs());
      return { rows: asTable(page.table), nextPageToken: page.nextPageToken };
    }),
    dropTable: unary(log, async (req) => ({ dropped: await (await store()).drop(req.name, req.ifExists) })),
  };
}
