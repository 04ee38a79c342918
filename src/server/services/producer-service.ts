import type { ProducerServiceServer } from '../../gen/kafkagateway/v1/producer_service';
import type { HandleRegistry } from '../../handles/registry';
import { clientConfig, type ClientPolicy } from '../../kafka/client-config';
import { ProducerSession } from '../../kafka/producer-session';
import type { Logger } from '../../logger';
import type { SizeSettings } from '../../settings';
import { produceRecords } from '../convert/produce-records';
import { unary } from '../rpc/unary';
import { recordCount, timeoutOr } from '../rpc/validate';
import { produceStream } from '../streams/produce-stream';
import type { KafkaMeter } from '../../metrics/kafka-meter';
import { recordResults } from '../streams/record-result';

export interface ProducerServiceDeps {
  handles: HandleRegistry;
  clients: ClientPolicy;
  sizes: SizeSettings;
  log: Logger;
  /** The Kafka metrics the gateway's clients report to; undefined: metrics are off. */
  meter?: KafkaMeter | undefined;
}

/** How long creating a producer waits for its brokers to answer. */
const CONNECT_TIMEOUT_MS = 5_000;

/** ProducerService: the plugin's producer, produce, producerFlush, getProducerTime and setProducerTime; batch and stream produce. */
export function createProducerService(deps: ProducerServiceDeps): ProducerServiceServer {
  const { handles, clients, sizes, log } = deps;
  const run = <R>(id: string, fn: (p: ProducerSession) => Promise<R>) => handles.run<ProducerSession, R>('producer', id, fn);
  return {
    createProducer: unary(log, async (req, ctx) => {
      const config = clientConfig(req.config, clients, 'producer');
      const { id } = await handles.build('producer', ctx.client(), () => ProducerSession.create(config, log, CONNECT_TIMEOUT_MS, deps.meter));
      return { producer: id };
    }),
    closeProducer: unary(log, async (req) => {
      await handles.close('producer', req.producer);
      return {};
    }),
    produce: unary(log, async (req) => {
      const records = produceRecords(req, sizes.current);
      // Only the queueing holds the producer's call chain: other calls go on while this one waits for delivery.
      const queued = await run(req.producer, (p) => p.enqueue([records], req.waitForDelivery));
      const outcome = (await queued.delivered)[0]!;
      if ('error' in outcome) throw outcome.error;
      return { messages: records.length, deliveries: outcome.deliveries };
    }),
    produceBatch: unary(log, async (req) => {
      recordCount(req.records);
      await run(req.producer, async () => undefined); // an unknown handle fails the call, not each record
      return { results: await recordResults(deps, req.producer, req.records) };
    }),
    produceStream: produceStream(deps),
    flush: unary(log, async (req) =>
      run(req.producer, async (p) => {
        await p.flush(timeoutOr(req.timeoutMs, p.timeoutMs) || p.timeoutMs);
        return {};
      }),
    ),
    getProducerTimeout: unary(log, async (req) => run(req.producer, async (p) => ({ timeoutMs: p.timeoutMs }))),
    setProducerTimeout: unary(log, async (req) =>
      run(req.producer, async (p) => {
        p.timeoutMs = timeoutOr(req.timeoutMs, p.timeoutMs);
        return {};
      }),
    ),
  };
}
