import { GatewayError, notFound } from '../../errors';
import type { WatchSubJobRequest, WatchSubJobResponse } from '../../gen/kafkagateway/v1/subjob_service';
import { rowsTable } from '../../subjobs/rows-table';
import type { JobRef, SubJobs } from '../../subjobs/subjobs';
import type { Rpc } from '../rpc/call-context';
import { serverStream } from '../rpc/server-stream';
import type { StreamSender } from '../rpc/stream-call';

/** How long the stream waits for a batch before it looks whether the job is still there. */
const IDLE_WAIT_MS = 250;

export interface WatchStreamDeps {
  subjobs: SubJobs;
  rpc: Rpc;
}

/**
 * WatchSubJob: a job's parsed batches, one frame each. It takes the next batch only once grpc-js has passed the
 * last one on, so a watcher that stops reading stops the job (which waits for room in its channel), and the job's
 * consumer then pauses. The job commits a batch once it was handed to grpc-js here.
 */
export function watchStream(deps: WatchStreamDeps, jobRef: (req: WatchSubJobRequest) => JobRef) {
  return serverStream(deps.rpc, async (req: WatchSubJobRequest, out: StreamSender<WatchSubJobResponse>, ctx) => {
    const flushed = out.flushed;
    const { channel, job } = deps.subjobs.channelOf(jobRef(req), ctx.caller.owner);
    const unwatch = channel.watch();
    if (!unwatch) throw new GatewayError('FAILED_PRECONDITION', 'SUBJOB_ALREADY_WATCHED', `sub-job ${job.def.actionName} has a watcher already`);
    out.defer(unwatch);
    while (out.open) {
      if (channel.isClosed) throw notFound(`sub-job ${job.def.actionName} was cancelled`, 'SUBJOB_NOT_FOUND');
      const batch = await channel.take(IDLE_WAIT_MS);
      if (!batch) continue;
      if (!out.open) {
        channel.giveBack(batch);
        break;
      }
      const positions = batch.positions.map((p) => ({ topic: p.topic, partition: p.partition, offset: BigInt(p.nextOffset) }));
      await out.write({ rows: rowsTable(batch.rows), positions }, Math.max(1, batch.rows.count));
      channel.delivered(batch);
      while (out.open && out.pending > Math.max(1, batch.rows.count)) await out.until(flushed.wait(1000));
    }
  });
}
