import type { ProduceRecord, ProduceResult } from '../../gen/kafkagateway/v1/producer_service';
import type { HandleRegistry } from '../../handles/registry';
import type { OutgoingRecord, ProducerSession, Queued } from '../../kafka/producer-session';
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
 * Sends the records of a batch or stream request and settles with one result per record, never with an error: a
 * record that fails carries its own status and the others go on. The records are queued in order in one turn of
 * the producer's call chain, so records queue in the order this is called; waiting for the deliveries happens
 * outside the chain.
 */
export async function recordResults(deps: RecordDeps, producer: string, records: (ProduceRecord | undefined)[]): Promise<ProduceResult[]> {
  const failed = (err: unknown): ProduceResult => ({ deliveries: [], error: toStatusProto(err, deps.log) });
  // Encoding (and splitting) happens before the chain is taken, so a slow encode does not hold other calls up.
  const outgoing = records.map((record): OutgoingRecord[] | { error: unknown } => {
    try {
      return produceRecords(record ?? missingRecord, deps.sizes.current);
    } catch (error) {
      return { error };
    }
  });
  let queued: (Queued | { error: unknown })[];
  try {
    queued = await deps.handles.run('producer', producer, async (p: ProducerSession) => {
      const out: (Queued | { error: unknown })[] = [];
      for (const o of outgoing) {
        if ('error' in o) out.push(o);
        else out.push(await p.enqueue(o, true).catch((error: unknown) => ({ error })));
      }
      return out;
    });
  } catch (err) {
    return records.map(() => failed(err));
  }
  return Promise.all(
    queued.map((q) =>
      'error' in q
        ? failed(q.error)
        : q.delivered.then(
            (deliveries): ProduceResult => ({ deliveries: deliveries.map(deliveryToProto), error: undefined }),
            failed,
          ),
    ),
  );
}

/** An absent record fails like a record without a topic. */
const missingRecord: ProduceRecord = { topic: '', keyKind: undefined, payload: undefined, marshalType: 0, partition: undefined, headers: [], timestampMs: 0n };
