import type { ClientDuplexStream, ClientReadableStream, ClientWritableStream, ServiceError } from '@grpc/grpc-js';
import { once } from 'node:events';
import { Producer } from 'node-rdkafka';
import type { ConsumedMessage } from '../../src/gen/kafkagateway/v1/common';
import { testBrokers } from './test-broker';

/** The frames of a server stream, read one at a time; `error` is the status the stream ended with, if any. */
export class FrameReader<T> {
  private readonly queue: T[] = [];
  private waiting: (() => void) | undefined;
  ended = false;
  error: ServiceError | undefined;

  constructor(readonly call: ClientReadableStream<T> | ClientDuplexStream<unknown, T>) {
    call.on('data', (f: T) => {
      this.queue.push(f);
      this.wake();
    });
    call.on('error', (e: ServiceError) => {
      this.error = e;
      this.ended = true;
      this.wake();
    });
    call.on('end', () => {
      this.ended = true;
      this.wake();
    });
  }

  /** The next frame; undefined once the stream ended (or nothing came within `ms`). */
  async next(ms = 20_000): Promise<T | undefined> {
    const deadline = Date.now() + ms;
    while (this.queue.length === 0 && !this.ended && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.queue.shift();
  }

  /** Stops taking frames off the connection (the client "stalls"), or takes them again. */
  pause(): void {
    this.call.pause();
  }
  resume(): void {
    this.call.resume();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }
}

/** Writes to a client stream with its backpressure: waits for 'drain' when write() says so. */
export async function writeAll<T>(call: ClientWritableStream<T> | ClientDuplexStream<T, unknown>, items: Iterable<T>): Promise<void> {
  for (const item of items) if (!call.write(item)) await once(call, 'drain');
  call.end();
}

/** Offsets per partition, in the order received. */
export function offsetsByPartition(messages: ConsumedMessage[]): Map<number, number[]> {
  const by = new Map<number, number[]>();
  for (const m of messages) {
    const list = by.get(m.partition) ?? [];
    list.push(Number(m.offset));
    by.set(m.partition, list);
  }
  return by;
}

/** Fills a topic quickly with node-rdkafka directly: the backlog a test then consumes through the gateway. */
export async function fillTopic(
  topic: string,
  count: number,
  partitions: number,
  payload = (i: number) => Buffer.from(`message ${i}`),
  brokers = testBrokers(),
): Promise<void> {
  const producer = new Producer({ 'bootstrap.servers': brokers, 'linger.ms': 20, 'queue.buffering.max.messages': 1_000_000 });
  await new Promise<void>((resolve, reject) => producer.connect({}, (err) => (err ? reject(err) : resolve())));
  for (let i = 0; i < count; i++) producer.produce(topic, i % partitions, payload(i), `k${i}`);
  await new Promise<void>((resolve, reject) => producer.flush(30_000, (err) => (err ? reject(err) : resolve())));
  await new Promise<void>((resolve) => producer.disconnect(() => resolve()));
}

/** Resolves once `condition` holds; fails after `ms`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
