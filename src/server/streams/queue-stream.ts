import { cut, notFound } from '../../errors';
import type { StreamQueueRequest, StreamQueueResponse } from '../../gen/kafkagateway/v1/queue_service';
import type { HandleRegistry } from '../../handles/registry';
import { messageBytes } from '../../kafka/consumer-events';
import type { QueueHandle } from '../../kafka/queue-handle';
import { consumedMessage } from '../convert/consumed-message';
import { eventInfo } from '../convert/event-info';
import type { Rpc } from '../rpc/call-context';
import { serverStream } from '../rpc/server-stream';
import type { StreamSender } from '../rpc/stream-call';
import { decodableMarshalType } from '../rpc/validate';
import { frameLimits } from './frame-limits';

/** How long an idle stream waits for its queue before it looks whether the queue is still there. */
const IDLE_WAIT_MS = 250;

export interface QueueStreamDeps {
  handles: HandleRegistry;
  rpc: Rpc;
}

/**
 * StreamQueue: a queue's messages in frames (as Consume sends them) and its events one frame each. It takes from
 * the queue only while grpc-js holds less than the buffer limits for the client; a queue nobody drains fills,
 * and the consumer's router pauses the partitions that feed it. The stream ends with NOT_FOUND when the queue
 * handle or its consumer is closed.
 */
export function queueStream(deps: QueueStreamDeps) {
  return serverStream(deps.rpc, async (req: StreamQueueRequest, out: StreamSender<StreamQueueResponse>, ctx) => {
    const room = out.flushed;
    const marshalType = decodableMarshalType(req.marshalType);
    const limits = frameLimits(req.limits);
    const q = await deps.handles.run(ctx.caller.owner, 'queue', req.queue, async (h: QueueHandle) => h);
    const release = q.queue.claim(`queue ${cut(req.queue)}`);
    try {
      while (out.open) {
        if (q.isClosed) throw notFound(`queue ${cut(req.queue)} was closed, or its consumer`, 'HANDLE_NOT_FOUND');
        if (out.pending >= limits.maxBufferedMessages || out.pendingBytes >= limits.maxBufferedBytes) {
          await out.until(room.wait(IDLE_WAIT_MS));
          continue;
        }
        const head = q.queue.peek();
        if (head?.kind === 'event') {
          q.queue.shift();
          await out.write({ frame: { $case: 'event', value: eventInfo(head.event) } }, 1);
          continue;
        }
        const roomBytes = Math.min(limits.maxBytes, limits.maxBufferedBytes - out.pendingBytes);
        const n = Math.min(limits.maxMessages, limits.maxBufferedMessages - out.pending);
        const { messages, byteLimitReached } = await q.router.take(q.queue, n, roomBytes, IDLE_WAIT_MS, { strictBytes: out.pendingBytes > 0, serveEvents: false, reader: out.reader });
        if (messages.length === 0) {
          // The next message does not fit what grpc-js still holds for the client: wait for it to take some.
          if (byteLimitReached) await out.until(room.wait(IDLE_WAIT_MS));
          continue;
        }
        let bytes = 0;
        for (const m of messages) bytes += messageBytes(m);
        await out.write({ frame: { $case: 'batch', value: { messages: messages.map((m) => consumedMessage(m, marshalType)) } } }, messages.length, bytes);
      }
    } finally {
      release();
    }
  });
}
