import type { ProduceRecord, ProduceResult } from '../../gen/kafkagateway/v1/producer_service';
import type { HandleRegistry } from '../../handles/registry';
import type { ProducerSession } from '../../kafka/producer-session';
import type { Logger } from '../../logger';
import type { SizeSettings } from '../../settings';
import { deliveryToProto, produceRecords } from '../convert/produce-records';
import { toStatusProto } from '../status/to-grpc-status';

export interface RecordDeps {
  handles: HandleRegistry;
  sizes: SizeSettings;
  log: Logger;
}

/**
 * Sends one record of a batch or stream and settles with its result, never with an error: a record that fails
 * carries its own status. The record is queued on the producer's call chain at once, so records queue in the
 * order this is called; waiting for the delivery happens outside the chain.
 */
export async function recordResult(deps: RecordDeps, producer: string, record: ProduceRecord | undefined): Promise<ProduceResult> {
  try {
    const outgoing = produceRecords(record ?? missingRecord, deps.sizes.current);
    const queued = await deps.handles.run('producer', producer, (p: ProducerSession) => p.enqueue(outgoing, true));
    return { deliveries: (await queued.delivered).map(deliveryToProto), error: undefined };
  } catch (err) {
    return { deliveries: [], error: toStatusProto(err, deps.log) };
  }
}

/** An absent record fails like a record without a topic. */
const missingRecord: ProduceRecord = { topic: '', keyKind: undefined, payload: undefined, marshalType: 0, partition: undefined, headers: [], timestampMs: 0n };
