import type { EventServiceServer } from '../../gen/kafkagateway/v1/event_service';
import type { HandleRegistry } from '../../handles/registry';
import { partitionText, type EventHandle } from '../../kafka/event-handle';
import { offsetOut } from '../../kafka/offsets';
import type { Rpc } from '../rpc/call-context';
import { consumedMessage } from '../convert/consumed-message';
import { unary, type CallContext } from '../rpc/unary';
import { decodableMarshalType } from '../rpc/validate';

/** EventService: the plugin's event functions over events taken from a queue (QueueService.QueueEvent). */
export function createEventService(deps: { handles: HandleRegistry; rpc: Rpc }): EventServiceServer {
  const { handles, rpc } = deps;
  const onEvent = <R>(ctx: CallContext, id: string, fn: (e: EventHandle) => R) => handles.run<EventHandle, R>(ctx.caller.owner, 'event', id, async (e) => fn(e));
  return {
    getEventName: unary(rpc, async (req, ctx) => onEvent(ctx, req.event, (e) => ({ name: e.name }))),
    getEventMessages: unary(rpc, async (req, ctx) => {
      const marshalType = decodableMarshalType(req.marshalType);
      return onEvent(ctx, req.event, (e) => ({ messages: e.messages().map((m) => consumedMessage(m, marshalType)) }));
    }),
    getEventMessageCount: unary(rpc, async (req, ctx) => onEvent(ctx, req.event, (e) => ({ count: e.messages().length }))),
    getEventError: unary(rpc, async (req, ctx) => onEvent(ctx, req.event, (e) => {
      const { text, code } = e.error();
      return { error: text, code };
    })),
    getEventPartition: unary(rpc, async (req, ctx) =>
      onEvent(ctx, req.event, (e) => {
        const p = e.partition();
        return { text: partitionText(p), partition: { ...p, offset: offsetOut(p.offset) } };
      }),
    ),
    getEventPartitions: unary(rpc, async (req, ctx) => onEvent(ctx, req.event, (e) => ({ partitions: e.partitions().map((p) => ({ ...p, offset: offsetOut(p.offset) })) }))),
    isEventValid: unary(rpc, async (req, ctx) => onEvent(ctx, req.event, (e) => ({ valid: e.valid }))),
    releaseEvent: unary(rpc, async (req, ctx) => {
      await handles.close(ctx.caller.owner, 'event', req.event);
      return {};
    }),
  };
}
