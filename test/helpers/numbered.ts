import { randomUUID } from 'node:crypto';
import { status, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import { KafkaConsumer, type Message } from 'node-rdkafka';
import type { ConsumedMessage } from '../../src/gen/kafkagateway/v1/common';
import { ConsumeAckedRequest, ConsumeRequest, type ConsumeAckedResponse, type ConsumeResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { ProduceStreamRequest, type ProduceStreamResponse } from '../../src/gen/kafkagateway/v1/producer_service';
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

/**
 * A ProduceStream of numbered records (keys `k<i>`), sent in batches with at most `window` records unanswered.
 * `acked` holds the numbers the gateway answered with a delivery; `errors` counts the per-record error codes.
 */
export class NumberedProducer {
  readonly acked = new Set<number>();
  readonly ackTimes: number[] = [];
  readonly errors: Record<string, number> = {};
  streamError: ServiceError | undefined;
  private sent = 0;
  private answered = 0;
  private readonly pending: number[][] = [];
  private wakeUp: (() => void) | undefined;
  private readonly call;
  private ended = false;

  constructor(
    api: ReturnType<typeof gatewayClients>,
    producer: string,
    private readonly topic: string,
    private readonly o: { batch: number; window: number },
  ) {
    this.call = api.raw.producer.produceStream();
    this.call.write(ProduceStreamRequest.fromPartial({ producer }));
    this.call.on('data', (r: ProduceStreamResponse) => {
      const numbers = this.pending.shift() ?? [];
      const results = r.result ? [r.result] : r.results;
      const now = Date.now();
      results.forEach((res, k) => {
        if (res.error) this.errors[status[res.error.code] ?? String(res.error.code)] = (this.errors[status[res.error.code] ?? String(res.error.code)] ?? 0) + 1;
        else if (res.deliveries.length) {
          this.acked.add(numbers[k]!);
          this.ackTimes.push(now);
        }
      });
      this.answered += numbers.length;
      this.wake();
    });
    this.call.on('error', (e: ServiceError) => {
      this.streamError = e;
      this.ended = true;
      this.wake();
    });
    this.call.on('end', () => {
      this.ended = true;
      this.wake();
    });
  }

  /** Sends numbers from..to-1; resolves when all were answered, or the stream ended. */
  async send(from: number, to: number, shouldStop: () => boolean = () => false): Promise<void> {
    for (let i = from; i < to && !this.ended && !shouldStop(); ) {
      while (this.sent - this.answered >= this.o.window && !this.ended) await this.sleep();
      const numbers: number[] = [];
      for (; i < to && numbers.length < this.o.batch; i++) numbers.push(i);
      this.pending.push(numbers);
      this.sent += numbers.length;
      const records = numbers.map((n) => ({ topic: this.topic, keyKind: { $case: 'key' as const, value: numberedKey(n) }, payload: { $case: 'rawValue' as const, value: Buffer.from(`payload ${n}`) } }));
      this.call.write(ProduceStreamRequest.fromPartial({ records }));
    }
    while (this.answered < this.sent && !this.ended) await this.sleep();
  }

  end(): void {
    this.call.end();
  }

  cancel(): void {
    this.call.cancel();
  }

  private sleep(): Promise<void> {
    return new Promise((r) => {
      const t = setTimeout(r, 250);
      this.wakeUp = () => {
        clearTimeout(t);
        r();
      };
    });
  }

  private wake(): void {
    const w = this.wakeUp;
    this.wakeUp = undefined;
    w?.();
  }
}

/** The numbers in a topic, read to its end with node-rdkafka directly: how often each is there. */
export async function numbersInTopic(brokers: string, topic: string, partitions: number): Promise<number[]> {
  const consumer = new KafkaConsumer({ 'bootstrap.servers': brokers, 'group.id': `read-${randomUUID()}`, 'enable.auto.commit': false }, {});
  await new Promise<void>((resolve, reject) => consumer.connect({ timeout: 30_000 }, (err) => (err ? reject(err) : resolve())));
  try {
    const ends: number[] = [];
    for (let p = 0; p < partitions; p++) {
      ends.push(await new Promise<number>((resolve, reject) => consumer.queryWatermarkOffsets(topic, p, 30_000, (err, w) => (err ? reject(err) : resolve(w.highOffset)))));
    }
    consumer.assign(ends.map((_, p) => ({ topic, partition: p, offset: 0 })));
    const out: number[] = [];
    const next = new Array<number>(partitions).fill(0);
    const deadline = Date.now() + 120_000;
    while (next.some((o, p) => o < ends[p]!) && Date.now() < deadline) {
      const batch = await new Promise<Message[]>((resolve, reject) => consumer.consume(1000, (err, m) => (err ? reject(err) : resolve(m))));
      for (const m of batch) {
        next[m.partition] = m.offset + 1;
        const match = /^k(\d+)$/.exec(String(m.key));
        if (match) out.push(Number(match[1]));
      }
    }
    if (next.some((o, p) => o < ends[p]!)) throw new Error(`could not read ${topic} to its end`);
    return out;
  } finally {
    await new Promise<void>((resolve) => consumer.disconnect(() => resolve()));
  }
}
