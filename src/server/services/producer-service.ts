import type { ProducerServiceServer } from '../../gen/kafkagateway/v1/producer_service';
import type { HandleRegistry } from '../../handles/registry';
import { clientConfig, type ClientPolicy } from '../../kafka/client-config';
import { ProducerSession } from '../../kafka/producer-session';
import { requireTopic } from '../../auth/permissions';
import type { Logger } from '../../logger';
import type { SizeSettings } from '../../settings';
import { produceRecords } from '../convert/produce-records';
import type { Rpc } from '../rpc/call-context';
import { unary, type CallContext } from '../rpc/unary';
import { recordCount, timeoutOr } from '../rpc/validate';
import { produceStream } from '../streams/produce-stream';
import type { KafkaMeter } from '../../metrics/kafka-meter';
import { recordResults } from '../streams/record-result';

export interface ProducerServiceDeps {
  handles: HandleRegistry;
  clients: ClientPolicy;
  sizes: SizeSettings;
  log: Logger;
  rpc: Rpc;
  /** The Kafka metrics the gateway's clients report to; undefined: metrics are off. */
  meter?: KafkaMeter | undefined;
}

/** How long creating a producer waits for its brokers to answer. */
const CONNECT_TIMEOUT_MS = 5_000;

/** ProducerService: the plugin's producer, produce, producerFlush, getProducerTime and setProducerTime; batch and stream produce. */
export function createProducerService(deps: ProducerServiceDeps): ProducerServiceServer {
  const { handles, clients, sizes, log, rpc } = deps;
  const run = <R>(ctx: CallContext, id: string, fn: (p: ProducerSession) => Promise<R>) => handles.run<ProducerSession, R>(ctx.caller.owner, 'producer', id, fn);
  return {
    createProducer: unary(rpc, async (req, ctx) => {
      const owner = ctx.caller.owner;
      const config = clientConfig(req.config, clients, 'producer', clients.overrideFor(owner));
      const { id } = await handles.build('producer', owner, (memory) => ProducerSession.create(config, { log, connectTimeoutMs: CONNECT_TIMEOUT_MS, meter: deps.meter, memory }));
      return { producer: id };
    }),
    closeProducer: unary(rpc, async (req, ctx) => {
      await handles.close(ctx.caller.owner, 'producer', req.producer);
      return {};
    }),
    produce: unary(rpc, async (req, ctx) => {
      const records = produceRecords(req, sizes.current);
      requireTopic(ctx.caller, 'produce', req.topic);
      // Only the queueing holds the producer's call chain: other calls go on while this one waits for delivery.
      const queued = await run(ctx, req.producer, (p) => p.enqueue([records], req.waitForDelivery));
      const outcome = (await queued.delivered)[0]!;
      if ('error' in outcome) throw outcome.error;
      return { messages: records.length, deliveries: outcome.deliveries };
    }),
    produceBatch: unary(rpc, async (req, ctx) => {
      recordCount(req.records);
      await run(ctx, req.producer, async () => undefined); // an unknown handle fails the call, not each record
      return { results: await recordResults(deps, ctx.caller, req.producer, req.records) };
    }),
    produceStream: produceStream(deps),
    flush: unary(rpc, async (req, ctx) =>
      run(ctx, req.producer, async (p) => {
        await p.flush(timeoutOr(req.timeoutMs, p.timeoutMs) || p.timeoutMs);
        return {};
      }),
    ),
    getProducerTimeout: unary(rpc, async (req, ctx) => run(ctx, req.producer, async (p) => ({ timeoutMs: p.timeoutMs }))),
    setProducerTimeout: unary(rpc, async (req, ctx) =>
      run(ctx, req.producer, async (p) => {
        p.timeoutMs = timeoutOr(req.timeoutMs, p.timeoutMs);
        return {};
      }),
    ),
  };
}
