import type { Table } from '../gen/kafkagateway/v1/value';
import { newVector } from '../values/vector-shape';
import type { Rows } from './rows';

/** Rows as a table Value, for a client watching a job: each column's elements go into its type's storage field. */
export function rowsTable(rows: Rows): Table {
  return {
    name: '',
    columns: rows.columns.map((c) => {
      const values = newVector(c.info.dataType);
      (values[c.info.storage] as unknown[]) = c.elements.length === rows.count ? c.elements : c.elements.slice(0, rows.count);
      values.nulls = c.nulls ? [...c.nulls].sort((a, b) => a - b) : [];
      values.scale = c.scale;
      return { name: c.name, values };
    }),
  };
}
