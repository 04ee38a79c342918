import type { TailTableRequest, TailTableResponse } from '../../gen/kafkagateway/v1/table_service';
import type { Caller } from '../../auth/principal';
import type { TableStore } from '../../tables/table-store';
import type { Rpc } from '../rpc/call-context';
import { serverStream } from '../rpc/server-stream';
import type { StreamSender } from '../rpc/stream-call';

export interface TailStreamDeps {
  /** The caller's tables. */
  store: (caller: Caller) => Promise<TableStore>;
  rpc: Rpc;
}

/**
 * TailTable: frames of a table's rows as they are appended. The store reads a frame only when the loop asks for
 * the next one, and the loop asks only once grpc-js took the last (write resolves on 'drain'): a client that
 * stops reading holds one frame here and what HTTP/2's window lets through, however many rows are appended.
 */
export function tailStream(deps: TailStreamDeps) {
  return serverStream(deps.rpc, async (req: TailTableRequest, out: StreamSender<TailTableResponse>, ctx) => {
    const flushed = out.flushed;
    const store = await deps.store(ctx.caller);
    const from = req.fromRow === undefined ? undefined : Number(req.fromRow);
    const frames = store.follow(req.table, from, req.columns, req.maxRows, out.signal);
    for await (const frame of frames) {
      await out.write({ rows: { kind: { $case: 'table', value: frame.table } }, firstRow: BigInt(frame.firstRow) }, Math.max(1, frame.rows));
      // grpc-js takes several frames before write() says "wait": hold the next read until at most the frame
      // just written is still unsent, so a stalled client pins two frames at most, not grpc-js's whole buffer.
      while (out.open && out.pending > Math.max(1, frame.rows)) await out.until(flushed.wait(1000));
      if (!out.open) break;
    }
  });
}
