import { GatewayError } from '../errors';
import type { ConsumerRouter } from './consumer-router';
import type { LocalQueue } from './local-queue';

/** The plugin's default queue timeout (cppkafka's Queue timeout). */
const DEFAULT_QUEUE_TIMEOUT_MS = 1000;

/**
 * What a queue handle stands for: one queue of one consumer, and the handle's own timeout. Several handles may
 * stand for the same queue (GetConsumerQueue twice); the queue lives on as long as its consumer does.
 */
export class QueueHandle {
  timeoutMs = DEFAULT_QUEUE_TIMEOUT_MS;
  private closed = false;

  constructor(
    readonly router: ConsumerRouter,
    readonly queue: LocalQueue,
    /** The consumer's handle id: ForwardQueue moves items only between queues of one consumer. */
    readonly consumer: string,
  ) {
    router.retain(queue);
  }

  get isClosed(): boolean {
    return this.closed || this.router.isStopped;
  }

  /** Forwards this queue to another of the same consumer. */
  forwardTo(destination: QueueHandle): void {
    if (destination.consumer !== this.consumer) {
      throw new GatewayError('FAILED_PRECONDITION', 'QUEUE_OF_ANOTHER_CONSUMER', 'a queue can only be forwarded to a queue of the same consumer');
    }
    this.queue.forwardTo(destination.queue);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.router.isStopped) this.router.release(this.queue);
    this.queue.wake();
  }
}
