import { status, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { ConsumedMessage } from '../../src/gen/kafkagateway/v1/common';
import { ConsumeAckedRequest, ConsumeRequest, type ConsumeAckedResponse, type ConsumeResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { MarshalType } from '../../src/gen/kafkagateway/v1/value';
import { gatewayClients } from './kafka-clients';

/**
 * Numbered messages carry their number in the key, `k<i>` (fillTopic's keys), so that a reader counts exactly which
 * came, which came twice and which never came, whatever partition or offset they landed on.
 */
export const numberedKey = (i: number) => `k${i}`;

export function numberOf(m: ConsumedMessage): number {
  const match = /^k(\d+)$/.exec(m.key);
  if (!match) throw new Error(`not a numbered message: key ${m.key.slice(0, 40)}`);
  return Number(match[1]);
}

/** What a set of readers saw of the numbers 0..n-1. */
export function tally(n: number, seen: Iterable<number>): { lost: number; duplicated: number } {
  const counts = new Uint32Array(n);
  for (const i of seen) counts[i]!++;
  let lost = 0;
  let duplicated = 0;
  for (const c of counts) {
    if (c === 0) lost++;
    else duplicated += c - 1;
  }
  return { lost, duplicated };
}

/** When a reader's numbers arrived, and how its stream ended. */
abstract class NumberedReader {
  readonly numbers: number[] = [];
  readonly arrivals: number[] = [];
  error: ServiceError | undefined;
  ended = false;
  consumer = '';
  private waiters: (() => void)[] = [];

  protected take(messages: ConsumedMessage[]): void {
    const now = Date.now();
    for (const m of messages) {
      this.numbers.push(numberOf(m));
      this.arrivals.push(now);
    }
    this.wake();
  }

  protected finish(err?: ServiceError): void {
    if (err && err.code !== status.CANCELLED) this.error ??= err;
    this.ended = true;
    this.wake();
  }

  protected wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  /** Resolves once `condition` holds or the stream ended; false after `ms`. */
  async until(condition: () => boolean, ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!condition()) {
      if (this.ended || Date.now() >= deadline) return condition();
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.min(250, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
    return true;
  }

  /** When the first number came (epoch ms), if one did. */
  get firstArrival(): number | undefined {
    return this.arrivals[0];
  }
}

/** A ConsumeAcked stream that acknowledges each frame as it comes, while `acking` is on. */
export class AckedReader extends NumberedReader {
  readonly call: ClientDuplexStream<ConsumeAckedRequest, ConsumeAckedResponse>;
  acking = true;
  /** Numbers acknowledged (written to the gateway). */
  readonly acked = new Set<number>();

  constructor(api: ReturnType<typeof gatewayClients>, config: Record<string, string>, topics: string[], maxUnacked = 0) {
    super();
    this.call = api.raw.consumer.consumeAcked();
    this.call.on('data', (f: ConsumeAckedResponse) => {
      if (f.frame?.$case === 'started') this.consumer = f.frame.value.consumer;
      if (f.frame?.$case !== 'batch') return;
      const messages = f.frame.value.messages;
      this.take(messages);
      if (!this.acking) return;
      messages.forEach((m) => this.acked.add(numberOf(m)));
      this.call.write(ConsumeAckedRequest.fromPartial({ request: { $case: 'ack', value: { messages: messages.map((m) => ({ topic: m.topic, partition: m.partition, offset: m.offset })) } } }));
    });
    this.call.on('error', (e: ServiceError) => this.finish(e));
    this.call.on('end', () => this.finish());
    this.call.write(ConsumeAckedRequest.fromPartial({ request: { $case: 'open', value: { config, topics, marshalType: MarshalType.MARSHAL_TYPE_PLAIN, maxUnacked } } }));
  }

  cancel(): void {
    this.call.cancel();
  }
}

/** A Consume stream with a consumer of its own. */
export class ConsumeReader extends NumberedReader {
  readonly call;

  constructor(api: ReturnType<typeof gatewayClients>, config: Record<string, string>, topics: string[]) {
    super();
    this.call = api.raw.consumer.consume(
      ConsumeRequest.fromPartial({ source: { $case: 'create', value: { config, topics } }, marshalType: MarshalType.MARSHAL_TYPE_PLAIN }),
    );
    this.call.on('data', (f: ConsumeResponse) => {
      if (f.frame?.$case === 'started') this.consumer = f.frame.value.consumer;
      if (f.frame?.$case === 'batch') this.take(f.frame.value.messages);
    });
    this.call.on('error', (e: ServiceError) => this.finish(e));
    this.call.on('end', () => this.finish());
  }

  cancel(): void {
    this.call.cancel();
  }
}
