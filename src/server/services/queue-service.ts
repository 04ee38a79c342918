import { invalidArgument } from '../../errors';
import type { QueueLimits as QueueLimitsProto, QueueServiceServer } from '../../gen/kafkagateway/v1/queue_service';
import type { HandleRegistry } from '../../handles/registry';
import type { ConsumerSession } from '../../kafka/consumer-session';
import { EventHandle } from '../../kafka/event-handle';
import type { LocalQueue, QueueLimits } from '../../kafka/local-queue';
import { QueueHandle } from '../../kafka/queue-handle';
import { DEFAULT_QUEUE_LIMITS } from '../../kafka/consumer-router';
import type { Rpc } from '../rpc/call-context';
import { requireTopic } from '../../auth/permissions';
import { consumedMessage } from '../convert/consumed-message';
import { unary, type CallContext } from '../rpc/unary';
import { batchLimits, decodableMarshalType, MAX_BROKER_WAIT_MS, partitionNumber, timeoutOr, topicName } from '../rpc/validate';
import { queueStream } from '../streams/queue-stream';

export interface QueueServiceDeps {
  handles: HandleRegistry;
  rpc: Rpc;
}

const MAX_QUEUE_MESSAGES = 100_000;
const MAX_QUEUE_BYTES = 64 * 1024 * 1024;
/** The longest a queue wait may be, whatever the queue's timeout says: no call holds its handle for long. */
const MAX_QUEUE_WAIT_MS = MAX_BROKER_WAIT_MS;

/** QueueService: the plugin's queue functions over the gateway's own queues of a consumer (consumer-router.ts). */
export function createQueueService(deps: QueueServiceDeps): QueueServiceServer {
  const { handles, rpc } = deps;
  const onQueue = <R>(ctx: CallContext, id: string, fn: (q: QueueHandle) => Promise<R>) => handles.run<QueueHandle, R>(ctx.caller.owner, 'queue', id, fn);
  /** A new queue handle of the consumer, belonging to it. */
  const open = async (consumer: string, ctx: CallContext, pick: (s: ConsumerSession) => LocalQueue) => {
    const queue = await handles.run(ctx.caller.owner, 'consumer', consumer, async (s: ConsumerSession) => {
      const handle = new QueueHandle(s.router, pick(s), consumer);
      try {
        return handles.add('queue', handle, ctx.caller.owner, { kind: 'consumer', id: consumer });
      } catch (err) {
        await handle.close();
        throw err;
      }
    });
    return { queue };
  };
  const waitOf = (q: QueueHandle, timeoutMs: number | undefined) => Math.min(timeoutOr(timeoutMs, q.timeoutMs), MAX_QUEUE_WAIT_MS);

  return {
    getMainQueue: unary(rpc, async (req, ctx) => open(req.consumer, ctx, (s) => s.router.mainQueue)),
    getConsumerQueue: unary(rpc, async (req, ctx) =>
      open(req.consumer, ctx, (s) => {
        if (req.limits) s.router.setLimits(s.router.consumerQueue, queueLimits(req.limits));
        return s.router.consumerQueue;
      }),
    ),
    getPartitionQueue: unary(rpc, async (req, ctx) => {
      const topic = topicName(req.topic, 'topic must not be empty');
      requireTopic(ctx.caller, 'consume', topic);
      const partition = partitionNumber(req.partition, topic);
      const limits = req.limits ? queueLimits(req.limits) : undefined;
      return open(req.consumer, ctx, (s) => s.router.partitionQueue(topic, partition, limits));
    }),
    queueLength: unary(rpc, async (req, ctx) => onQueue(ctx, req.queue, async (q) => ({ length: BigInt(q.queue.length), bytes: BigInt(q.queue.bytes) }))),
    forwardQueue: unary(rpc, async (req, ctx) => {
      if (!req.destination) throw invalidArgument('destination is required: pass the queue handle to forward to');
      const destination = await handles.run(ctx.caller.owner, 'queue', req.destination, async (d: QueueHandle) => d);
      return onQueue(ctx, req.queue, async (q) => {
        q.forwardTo(destination);
        return {};
      });
    }),
    unforwardQueue: unary(rpc, async (req, ctx) =>
      onQueue(ctx, req.queue, async (q) => {
        q.queue.forwardTo(undefined);
        return {};
      }),
    ),
    setQueueTimeout: unary(rpc, async (req, ctx) =>
      onQueue(ctx, req.queue, async (q) => {
        if (!Number.isInteger(req.timeoutMs) || req.timeoutMs < 0 || req.timeoutMs > MAX_QUEUE_WAIT_MS) {
          throw invalidArgument(`timeout_ms must be from 0 to ${MAX_QUEUE_WAIT_MS} (milliseconds), got ${req.timeoutMs}`);
        }
        q.timeoutMs = req.timeoutMs;
        return {};
      }),
    ),
    getQueueTimeout: unary(rpc, async (req, ctx) => onQueue(ctx, req.queue, async (q) => ({ timeoutMs: q.timeoutMs }))),
    queuePoll: unary(rpc, async (req, ctx) => {
      const marshalType = decodableMarshalType(req.marshalType);
      return onQueue(ctx, req.queue, async (q) => {
        const { messages } = await q.router.take(q.queue, 1, Infinity, waitOf(q, req.timeoutMs), { reader: ctx });
        const m = messages[0];
        return { message: m && consumedMessage(m, marshalType) };
      });
    }),
    queuePollBatch: unary(rpc, async (req, ctx) => {
      const batch = batchLimits(req.batchSize, req.maxBytes);
      const marshalType = decodableMarshalType(req.marshalType);
      return onQueue(ctx, req.queue, async (q) => {
        const polled = await q.router.take(q.queue, batch.size, batch.maxBytes, waitOf(q, req.timeoutMs), { reader: ctx });
        return { messages: polled.messages.map((m) => consumedMessage(m, marshalType)), byteLimitReached: polled.byteLimitReached };
      });
    }),
    queueEvent: unary(rpc, async (req, ctx) =>
      onQueue(ctx, req.queue, async (q) => {
        const event = new EventHandle(await q.router.nextEvent(q.queue, waitOf(q, req.timeoutMs), ctx));
        const id = handles.add('event', event, ctx.caller.owner, { kind: 'consumer', id: q.consumer });
        return { event: id, name: event.name };
      }),
    ),
    closeQueue: unary(rpc, async (req, ctx) => {
      await handles.close(ctx.caller.owner, 'queue', req.queue);
      return {};
    }),
    streamQueue: queueStream(deps),
  };
}

function queueLimits(proto: QueueLimitsProto): QueueLimits {
  const { maxMessages, maxBytes } = proto;
  if (!Number.isInteger(maxMessages) || maxMessages < 0 || maxMessages > MAX_QUEUE_MESSAGES) {
    throw invalidArgument(`limits.max_messages must be from 1 to ${MAX_QUEUE_MESSAGES} (0: ${DEFAULT_QUEUE_LIMITS.maxMessages}), got ${maxMessages}`);
  }
  if (!Number.isInteger(maxBytes) || maxBytes < 0 || maxBytes > MAX_QUEUE_BYTES) {
    throw invalidArgument(`limits.max_bytes must be from 1 to ${MAX_QUEUE_BYTES} (0: ${DEFAULT_QUEUE_LIMITS.maxBytes}), got ${maxBytes}`);
  }
  return { maxMessages: maxMessages || DEFAULT_QUEUE_LIMITS.maxMessages, maxBytes: maxBytes || DEFAULT_QUEUE_LIMITS.maxBytes };
}
