import type { EventServiceServer } from '../../gen/kafkagateway/v1/event_service';
import type { HandleRegistry } from '../../handles/registry';
import { partitionText, type EventHandle } from '../../kafka/event-handle';
import { offsetOut } from '../../kafka/offsets';
import type { Logger } from '../../logger';
import { consumedMessage } from '../convert/consumed-message';
import { unary } from '../rpc/unary';
import { decodableMarshalType } from '../rpc/validate';

/** EventService: the plugin's event functions over events taken from a queue (QueueService.QueueEvent). */
export function createEventService(deps: { handles: HandleRegistry; log: Logger }): EventServiceServer {
  const { handles, log } = deps;
  const onEvent = <R>(id: string, fn: (e: EventHandle) => R) => handles.run<EventHandle, R>('event', id, async (e) => fn(e));
  return {
    getEventName: unary(log, async (req) => onEvent(req.event, (e) => ({ name: e.name }))),
    getEventMessages: unary(log, async (req) => {
      const marshalType = decodableMarshalType(req.marshalType);
      return onEvent(req.event, (e) => ({ messages: e.messages().map((m) => consumedMessage(m, marshalType)) }));
    }),
    getEventMessageCount: unary(log, async (req) => onEvent(req.event, (e) => ({ count: e.messages().length }))),
    getEventError: unary(log, async (req) => onEvent(req.event, (e) => {
      const { text, code } = e.error();
      return { error: text, code };
    })),
    getEventPartition: unary(log, async (req) =>
      onEvent(req.event, (e) => {
        const p = e.partition();
        return { text: partitionText(p), partition: { ...p, offset: offsetOut(p.offset) } };
      }),
    ),
    getEventPartitions: unary(log, async (req) => onEvent(req.event, (e) => ({ partitions: e.partitions().map((p) => ({ ...p, offset: offsetOut(p.offset) })) }))),
    isEventValid: unary(log, async (req) => onEvent(req.event, (e) => ({ valid: e.valid }))),
    releaseEvent: unary(log, async (req) => {
      await handles.close('event', req.event);
      return {};
    }),
  };
}
