import type { EventInfo } from '../../gen/kafkagateway/v1/event_service';
import type { ConsumerEvent } from '../../kafka/consumer-events';
import { offsetOut } from '../../kafka/offsets';

/** A consumer event as StreamQueue sends it. */
export function eventInfo(event: ConsumerEvent): EventInfo {
  const info: EventInfo = {
    name: event.name, error: 'Success', errorCode: 0, rebalance: '', partitions: [], statsJson: '', logMessage: '', logSeverity: 0, logFacility: '',
  };
  switch (event.name) {
    case 'Error':
      return { ...info, error: event.error.message, errorCode: event.error.code };
    case 'OffsetCommit':
      return {
        ...info,
        ...(event.error ? { error: event.error.message, errorCode: event.error.code } : {}),
        partitions: event.partitions.map((p) => ({ ...p, offset: offsetOut(p.offset) })),
      };
    case 'Rebalance':
      return { ...info, rebalance: event.kind, partitions: event.partitions.map((p) => ({ ...p, offset: offsetOut(p.offset) })) };
    case 'Stats':
      return { ...info, statsJson: event.json };
    case 'Log':
      return { ...info, logMessage: event.message, logSeverity: event.severity, logFacility: event.facility };
  }
}
