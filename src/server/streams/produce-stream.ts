import type { ServerDuplexStream } from '@grpc/grpc-js';
import { invalidArgument } from '../../errors';
import type { ProduceResult, ProduceStreamRequest, ProduceStreamResponse } from '../../gen/kafkagateway/v1/producer_service';
import { requestsOf, StreamSender } from '../rpc/stream-call';
import { toStatusProto } from '../status/to-grpc-status';
import { recordResult, type RecordDeps } from './record-result';
import { Signal } from '../rpc/signal';

/** Records of one stream that may be queued or awaiting delivery at once. */
export const MAX_IN_FLIGHT = 4096;

/**
 * ProduceStream: records in, one result per record out, in the order of the records. The reader stops taking
 * requests while MAX_IN_FLIGHT records wait for their results, so a fast client is slowed by HTTP/2 flow control
 * rather than buffered without bound. Records already queued when the client goes away are still delivered.
 */
export function produceStream(deps: RecordDeps) {
  return (call: ServerDuplexStream<ProduceStreamRequest, ProduceStreamResponse>): void => {
    const out = new StreamSender<ProduceStreamResponse>(call, deps.log);
    const inFlight: Promise<ProduceResult>[] = [];
    const changed = new Signal();
    let reading = true;

    const read = async () => {
      let producer: string | undefined;
      for await (const req of requestsOf(call)) {
        if (producer === undefined) {
          if (!req.producer) throw invalidArgument('the first ProduceStream request must name the producer');
          await deps.handles.run('producer', req.producer, async () => undefined); // an unknown handle ends the stream at once
          producer = req.producer;
        }
        while (inFlight.length >= MAX_IN_FLIGHT && out.open) await out.until(changed.wait());
        if (!out.open) return;
        inFlight.push(
          req.producer && req.producer !== producer
            ? Promise.resolve({ deliveries: [], error: toStatusProto(invalidArgument(`this stream writes with ${producer}, not ${req.producer}`), deps.log) })
            : recordResult(deps, producer, req.record),
        );
        changed.notify();
      }
    };

    const write = async () => {
      for (let index = 0n; ; index++) {
        while (inFlight.length === 0 && reading && out.open) await out.until(changed.wait());
        const next = inFlight[0];
        if (!next || !out.open) return;
        const result = await next;
        inFlight.shift();
        changed.notify();
        await out.write({ index, result });
      }
    };

    const writing = write();
    read()
      .then(
        () => {
          reading = false;
          changed.notify();
          return writing;
        },
        (err: unknown) => {
          reading = false;
          changed.notify();
          out.fail(err);
        },
      )
      .then(() => out.end(), (err: unknown) => out.fail(err));
  };
}
