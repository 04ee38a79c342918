import type { ServerWritableStream } from '@grpc/grpc-js';
import { GatewayError, notFound } from '../../errors';
import type { WatchSubJobRequest, WatchSubJobResponse } from '../../gen/kafkagateway/v1/subjob_service';
import type { Logger } from '../../logger';
import { rowsTable } from '../../subjobs/rows-table';
import type { JobRef, SubJobs } from '../../subjobs/subjobs';
import { wellFormed } from '../rpc/malformed-request';
import { Signal } from '../rpc/signal';
import { StreamSender } from '../rpc/stream-call';
import type { StreamTracker } from './stream-tracker';

/** How long the stream waits for a batch before it looks whether the job is still there. */
const IDLE_WAIT_MS = 250;

export interface WatchStreamDeps {
  subjobs: SubJobs;
  streams: StreamTracker;
  log: Logger;
}

/**
 * WatchSubJob: a job's parsed batches, one frame each. It takes the next batch only once grpc-js has passed the
 * last one on, so a watcher that stops reading stops the job (which waits for room in its channel), and the job's
 * consumer then pauses. The job commits a batch once it was handed to grpc-js here.
 */
export function watchStream(deps: WatchStreamDeps, jobRef: (req: WatchSubJobRequest) => JobRef) {
  return (call: ServerWritableStream<WatchSubJobRequest, WatchSubJobResponse>): void => {
    const flushed = new Signal();
    const out = new StreamSender<WatchSubJobResponse>(call, deps.log, flushed);
    let untrack: (() => void) | undefined;
    let unwatch: (() => void) | undefined;
    const serve = async () => {
      const req = wellFormed(call.request);
      const { channel, job } = deps.subjobs.channelOf(jobRef(req));
      unwatch = channel.watch();
      if (!unwatch) throw new GatewayError('FAILED_PRECONDITION', 'SUBJOB_ALREADY_WATCHED', `sub-job ${job.def.actionName} has a watcher already`);
      untrack = deps.streams.add({ buffered: () => ({ messages: out.pending, bytes: out.pendingBytes }), shutdown: (err) => out.fail(err) });
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
    };
    out.run(serve, () => {
      unwatch?.();
      untrack?.();
    });
  };
}
