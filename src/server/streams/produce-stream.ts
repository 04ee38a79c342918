import { invalidArgument } from '../../errors';
import type { ProduceResult, ProduceStreamRequest, ProduceStreamResponse } from '../../gen/kafkagateway/v1/producer_service';
import type { Rpc } from '../rpc/call-context';
import { bidiStream } from '../rpc/bidi-stream';
import type { StreamSender } from '../rpc/stream-call';
import { toStatusProto } from '../status/to-grpc-status';
import { recordResults, type RecordDeps } from './record-result';
import { Signal } from '../rpc/signal';
import { recordCount } from '../rpc/validate';

/** Records of one stream that may be queued or awaiting delivery at once. */
export const MAX_IN_FLIGHT = 4096;

/** One request's records on their way: answered as one response, in request order. */
interface Pending {
  index: bigint;
  /** The request carried `records` (answered with `results`) rather than `record` (answered with `result`). */
  batch: boolean;
  count: number;
  results: Promise<ProduceResult[]>;
}

/**
 * ProduceStream: requests of one record or many in, one response per request out, in the order of the requests.
 * The reader stops taking requests while MAX_IN_FLIGHT records wait for their results, so a fast client is slowed
 * by HTTP/2 flow control rather than buffered without bound. Records already queued when the client goes away are
 * still delivered.
 */
export function produceStream(deps: RecordDeps & { rpc: Rpc }) {
  return bidiStream(deps.rpc, async (requests: AsyncGenerator<ProduceStreamRequest, void, undefined>, out: StreamSender<ProduceStreamResponse>, ctx) => {
    const pending: Pending[] = [];
    let inFlight = 0;
    const changed = new Signal();
    let reading = true;

    const read = async () => {
      let producer: string | undefined;
      let index = 0n;
      for await (const req of requests) {
        if (producer === undefined) {
          if (!req.producer) throw invalidArgument('the first ProduceStream request must name the producer');
          await deps.handles.run(ctx.caller.owner, 'producer', req.producer, async () => undefined); // an unknown handle ends the stream at once
          producer = req.producer;
          // A first request may only name the producer: it holds no record, so it gets no answer and no index.
          if (!req.record && req.records.length === 0) continue;
        }
        const batch = recordCount(req.records).length > 0;
        const count = req.records.length + (req.record || !batch ? 1 : 0);
        // A single batch larger than the limit still goes (alone), so that no request can wait forever.
        while (inFlight > 0 && inFlight + count > MAX_IN_FLIGHT && out.open) await out.until(changed.wait());
        if (!out.open) return;
        const rejected = (message: string) => Promise.resolve(Array.from({ length: count }, () => failure(message)));
        const results =
          req.producer && req.producer !== producer
            ? rejected(`this stream writes with ${producer}, not ${req.producer}`)
            : batch && req.record
              ? rejected('set record or records in a ProduceStream request, not both')
              : recordResults(deps, ctx.caller, producer, batch ? req.records : [req.record]);
        pending.push({ index, batch, count, results });
        index += BigInt(count);
        inFlight += count;
        changed.notify();
      }
    };

    const failure = (message: string): ProduceResult => ({ deliveries: [], error: toStatusProto(invalidArgument(message), deps.log) });

    const write = async () => {
      for (;;) {
        while (pending.length === 0 && reading && out.open) await out.until(changed.wait());
        const next = pending[0];
        if (!next || !out.open) return;
        const results = await next.results;
        pending.shift();
        inFlight -= next.count;
        changed.notify();
        await out.write(next.batch ? { index: next.index, result: undefined, results } : { index: next.index, result: results[0], results: [] });
      }
    };

    // The writer answers what the reader took; a reader that fails (a bad request) ends the stream with its
    // error, and the writer, waiting on the stream, stops with it.
    const writing = write();
    try {
      await read();
    } finally {
      reading = false;
      changed.notify();
    }
    await writing;
  });
}
