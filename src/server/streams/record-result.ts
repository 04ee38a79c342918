import { requireTopic } from '../../auth/permissions';
import type { Caller } from '../../auth/principal';
import type { ProduceRecord, ProduceResult } from '../../gen/kafkagateway/v1/producer_service';
import type { HandleRegistry } from '../../handles/registry';
import type { GroupOutcome, OutgoingRecord, ProducerSession, Queued } from '../../kafka/producer-session';
import type { Logger } from '../../logger';
import type { SizeSettings } from '../../settings';
import { produceRecords } from '../convert/produce-records';
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
 *
 * Not async on purpose: only the record count and the encode errors are kept until the deliveries come. The
 * records and the Kafka messages made of them view the request's bytes, which librdkafka has copied once they are
 * queued; kept until delivery (4,096 records in flight on a stream, some 200 ms at 10 KiB), every request's buffer
 * outlived two scavenges, so that V8 moved it to the old generation and ran a full GC several times a second.
 */
export function recordResults(deps: RecordDeps, caller: Caller, producer: string, records: (ProduceRecord | undefined)[]): Promise<ProduceResult[]> {
  // Encoding (and splitting) happens before the chain is taken, so a slow encode does not hold other calls up.
  // A record that cannot be encoded becomes an empty group here, and its error its result.
  const encodeErrors = new Map<number, unknown>();
  const groups = records.map((record, i): OutgoingRecord[] => {
    try {
      const r = record ?? missingRecord;
      const outgoing = produceRecords(r, deps.sizes.current);
      requireTopic(caller, 'produce', r.topic);
      return outgoing;
    } catch (error) {
      encodeErrors.set(i, error);
      return [];
    }
  });
  const queued = deps.handles.run(caller.owner, 'producer', producer, (p: ProducerSession) => p.enqueue(groups, true));
  return resultsOf(queued, records.length, encodeErrors, deps);
}

async function resultsOf(queued: Promise<Queued>, count: number, encodeErrors: Map<number, unknown>, deps: RecordDeps): Promise<ProduceResult[]> {
  const failed = (err: unknown): ProduceResult => ({ deliveries: [], error: toStatusProto(err, deps.log) });
  let outcomes: GroupOutcome[];
  try {
    outcomes = await (await queued).delivered;
  } catch (err) {
    return Array.from({ length: count }, () => failed(err));
  }
  return outcomes.map((o, i): ProduceResult => {
    if (encodeErrors.has(i)) return failed(encodeErrors.get(i));
    return 'error' in o ? failed(o.error) : { deliveries: o.deliveries, error: undefined };
  });
}

/** An absent record fails like a record without a topic. */
const missingRecord: ProduceRecord = { topic: '', keyKind: undefined, payload: undefined, marshalType: 0, partition: undefined, headers: [], timestampMs: 0n };
