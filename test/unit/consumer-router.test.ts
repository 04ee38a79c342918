import type { Message, TopicPartition, TopicPartitionOffset } from 'node-rdkafka';
import { GatewayError } from '../../src/errors';
import { ConsumerRouter, type FetchSource } from '../../src/kafka/consumer-router';
import { createLogger } from '../../src/logger';
import { MemoryBudget } from '../../src/handles/memory-budget';

const MIB = 1024 * 1024;

const key = (p: TopicPartition) => `${p.topic}:${p.partition}`;

/** A librdkafka consumer as the router sees it: partitions with messages waiting, pause state, stored offsets. */
class FakeConsumer implements FetchSource {
  readonly waiting = new Map<string, Message[]>();
  readonly paused = new Set<string>();
  readonly stored: TopicPartitionOffset[] = [];
  assigned: TopicPartition[] = [];
  failNext: Error | undefined;
  /** Holds the next fetch until released (to drop partitions while it is in flight). */
  gate: Promise<void> | undefined;
  fetches = 0;

  private readonly nextOffset = new Map<string, number>();

  produce(topic: string, partition: number, count: number, size = 10): void {
    const k = key({ topic, partition });
    const list = this.waiting.get(k) ?? [];
    const base = this.nextOffset.get(k) ?? 0;
    for (let i = 0; i < count; i++) {
      list.push({ topic, partition, offset: base + i, value: Buffer.alloc(size, i), size, key: undefined, timestamp: 0 } as unknown as Message);
    }
    this.nextOffset.set(k, base + count);
    this.waiting.set(k, list);
  }

  async consume(n: number): Promise<Message[]> {
    this.fetches++;
    if (this.gate) await this.gate;
    if (this.failNext) {
      const err = this.failNext;
      this.failNext = undefined;
      throw err;
    }
    const out: Message[] = [];
    for (const tp of this.assigned) {
      const k = key(tp);
      if (this.paused.has(k)) continue;
      const list = this.waiting.get(k) ?? [];
      while (out.length < n && list.length) {
        out.push(list.shift()!);
      }
    }
    await new Promise((r) => setImmediate(r));
    return out;
  }

  pause(list: TopicPartition[]): void {
    for (const p of list) this.paused.add(key(p));
  }

  resume(list: TopicPartition[]): void {
    for (const p of list) this.paused.delete(key(p));
  }

  assignments(): TopicPartition[] {
    return this.assigned;
  }

  offsetsStore(list: TopicPartitionOffset[]): void {
    this.stored.push(...list);
  }
}

const log = createLogger('silent');
// The router looks for new messages every 100 ms while no one waits.
const settle = (ms = 250) => new Promise((r) => setTimeout(r, ms));
const offsets = (messages: Message[]) => messages.map((m) => `${m.partition}@${m.offset}`);

describe('ConsumerRouter', () => {
  let fake: FakeConsumer;
  let router: ConsumerRouter;
  const start = (limits = { maxMessages: 1000, maxBytes: 1 << 20 }, autoStore = true) => {
    router = new ConsumerRouter(fake, { autoStore, limits, log });
    router.start();
  };
  beforeEach(() => {
    fake = new FakeConsumer();
    fake.assigned = [{ topic: 't', partition: 0 }, { topic: 't', partition: 1 }];
  });
  afterEach(async () => {
    await router?.stop();
  });

  it('fetches in the background into the consumer queue and hands messages out in order, storing their offsets', async () => {
    start();
    fake.produce('t', 0, 3);
    await settle();
    expect(router.consumerQueue.length).toBe(3);
    const { messages } = await router.take(router.consumerQueue, 2, Infinity, 0);
    expect(offsets(messages)).toEqual(['0@0', '0@1']);
    expect(fake.stored).toEqual([{ topic: 't', partition: 0, offset: 2 }]);
    expect(router.firstHeldOffsets().get('t\0' + '0')).toBe(2);
  });

  it('stores nothing when the consumer does not store automatically, but still knows what was handed out', async () => {
    start(undefined, false);
    fake.produce('t', 0, 2);
    await settle();
    await router.take(router.consumerQueue, 10, Infinity, 0);
    expect(fake.stored).toEqual([]);
    expect(router.handedOutOffsets().offsets).toEqual([{ topic: 't', partition: 0, offset: 2 }]);
  });

  it('knows where each partition got to when a take holds runs of several partitions, interleaved', async () => {
    start();
    fake.produce('t', 0, 2);
    fake.produce('t', 1, 3);
    await settle();
    fake.produce('t', 0, 2);
    await settle();
    const { messages } = await router.take(router.consumerQueue, 10, Infinity, 0);
    expect(offsets(messages)).toEqual(['0@0', '0@1', '1@0', '1@1', '1@2', '0@2', '0@3']);
    const byPartition = (list: { partition: number; offset: number }[]) => list.map((o) => `${o.partition}@${o.offset}`).sort();
    expect(byPartition(router.handedOutOffsets().offsets)).toEqual(['0@4', '1@3']);
    expect(byPartition(fake.stored)).toEqual(['0@4', '1@3']);
  });

  it('waits for the first message when asked, and returns nothing after the timeout', async () => {
    start();
    const started = Date.now();
    expect((await router.take(router.consumerQueue, 1, Infinity, 150)).messages).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const waiting = router.take(router.consumerQueue, 1, Infinity, 2000);
    setTimeout(() => fake.produce('t', 1, 1), 50);
    expect(offsets((await waiting).messages)).toEqual(['1@0']);
  });


  it('takes nothing for a reader that has gone, and stops waiting the moment it goes, so what comes later is kept', async () => {
    start();
    const gone = new AbortController();
    const reader = { signal: gone.signal, timeLeftMs: () => Infinity };
    const waiting = router.take(router.consumerQueue, 10, Infinity, 60_000, { reader });
    const event = router.nextEvent(router.consumerQueue, 60_000, reader);
    gone.abort();
    expect(await waiting).toEqual({ messages: [], byteLimitReached: false });
    expect(await event).toEqual({ name: 'None' });

    fake.produce('t', 0, 2);
    await settle();
    expect((await router.take(router.consumerQueue, 10, Infinity, 0, { reader })).messages).toEqual([]);
    expect(await router.nextEvent(router.consumerQueue, 0, reader)).toEqual({ name: 'None' });
    expect(fake.stored).toEqual([]);
    expect(offsets((await router.take(router.consumerQueue, 10, Infinity, 0)).messages)).toEqual(['0@0', '0@1']);
  });

  it("stops waiting shortly before its reader's deadline: DEADLINE_EXCEEDED with nothing taken, or, holding messages already, nothing more", async () => {
    start();
    const reader = (left: number) => {
      const deadline = Date.now() + left;
      return { signal: new AbortController().signal, timeLeftMs: () => deadline - Date.now() };
    };
    const started = Date.now();
    const err = await router.take(router.consumerQueue, 1, Infinity, 60_000, { reader: reader(200) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect([(err as GatewayError).kind, (err as GatewayError).reason]).toEqual(['DEADLINE_EXCEEDED', 'CALL_DEADLINE_REACHED']);
    await expect(router.nextEvent(router.consumerQueue, 60_000, reader(200))).rejects.toThrow("the call's deadline came before a message did");
    expect(await router.take(router.consumerQueue, 1, Infinity, 60_000, { reader: reader(200), holding: true })).toEqual({ messages: [], byteLimitReached: false });
    // Three waits of about 150 ms each (200 less the margin), none of a minute; a read that was not to wait does not.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect((await router.take(router.consumerQueue, 1, Infinity, 0, { reader: reader(10) })).messages).toEqual([]);
    // What is there when the read starts is taken.
    fake.produce('t', 0, 1);
    await settle();
    expect(offsets((await router.take(router.consumerQueue, 1, Infinity, 60_000, { reader: reader(10) })).messages)).toEqual(['0@0']);
  });

  it('sends a partition with its own queue there, and gives it back with what that queue held when released', async () => {
    start();
    const p1 = router.partitionQueue('t', 1);
    router.retain(p1);
    fake.produce('t', 0, 2);
    fake.produce('t', 1, 2);
    await settle();
    expect(offsets((await router.take(router.consumerQueue, 10, Infinity, 0)).messages)).toEqual(['0@0', '0@1']);
    expect(p1.length).toBe(2);
    router.release(p1);
    expect(offsets((await router.take(router.consumerQueue, 10, Infinity, 0)).messages)).toEqual(['1@0', '1@1']);
  });

  it('asks the memory budget before its queues may hold more, changes nothing when refused, and gives back what a released queue held', () => {
    const budget = new MemoryBudget(10 * MIB);
    const charge = budget.take(MIB, 'a consumer');
    router = new ConsumerRouter(fake, { autoStore: true, limits: { maxMessages: 1000, maxBytes: MIB }, log, reserve: (bytes, what) => charge.resize(bytes, what) });
    const p0 = router.partitionQueue('t', 0);
    router.retain(p0);
    expect(budget.usedBytes).toBe(2 * MIB);
    router.setLimits(p0, { maxMessages: 10, maxBytes: 6 * MIB });
    expect([budget.usedBytes, p0.limits.maxBytes]).toEqual([7 * MIB, 6 * MIB]);
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return [(err as GatewayError).kind, (err as GatewayError).reason, (err as Error).message];
      }
      throw new Error('not refused');
    };
    expect(refused(() => router.partitionQueue('t', 1, { maxMessages: 10, maxBytes: 4 * MIB }))).toEqual([
      'RESOURCE_EXHAUSTED',
      'MEMORY_BUDGET_EXHAUSTED',
      "a partition queue of \"t\"[1] (its limits.max_bytes) would take 4 MiB of the gateway's memory budget, which has 3 of 10 MiB left: ask for smaller buffers or queues, or close handles",
    ]);
    expect(refused(() => router.setLimits(router.consumerQueue, { maxMessages: 10, maxBytes: 5 * MIB }))[1]).toBe('MEMORY_BUDGET_EXHAUSTED');
    // Nothing of a refused change was made: no queue for partition 1 counts once partition 0's is given back.
    expect([budget.usedBytes, router.consumerQueue.limits.maxBytes]).toEqual([7 * MIB, MIB]);
    router.release(p0);
    expect(budget.usedBytes).toBe(MIB);
    router.partitionQueue('t', 1, { maxMessages: 10, maxBytes: 4 * MIB });
    expect(budget.usedBytes).toBe(5 * MIB);
  });

  it('pauses the partitions feeding a full queue and resumes them once it has room, losing nothing', async () => {
    start({ maxMessages: 10, maxBytes: 1 << 20 });
    fake.produce('t', 0, 100);
    await settle(300);
    // Full, it fetches nothing more; a second later it pauses the partition, and keeps polling.
    expect(router.consumerQueue.length).toBe(10);
    expect(fake.paused.has('t:0')).toBe(false);
    await settle(1000);
    expect(fake.paused.has('t:0')).toBe(true);
    expect(router.consumerQueue.length).toBeLessThanOrEqual(11);
    const all: Message[] = [];
    for (let i = 0; i < 100 && all.length < 100; i++) all.push(...(await router.take(router.consumerQueue, 10, Infinity, 200)).messages);
    expect(offsets(all)).toEqual(Array.from({ length: 100 }, (_, i) => `0@${i}`));
    await settle();
    expect(fake.paused.has('t:0')).toBe(false);
  });

  it('leaves a partition the client paused paused, whatever the queue does', async () => {
    start({ maxMessages: 50, maxBytes: 1 << 20 });
    router.pauseByUser([{ topic: 't', partition: 0 }]);
    fake.produce('t', 0, 3);
    fake.produce('t', 1, 3);
    await settle(300);
    expect(offsets((await router.take(router.consumerQueue, 100, Infinity, 0)).messages)).toEqual(['1@0', '1@1', '1@2']);
    expect(fake.paused.has('t:0')).toBe(true);
    router.resumeByUser([{ topic: 't', partition: 0 }]);
    expect(fake.paused.has('t:0')).toBe(false);
    await settle();
    expect(offsets((await router.take(router.consumerQueue, 100, Infinity, 0)).messages)).toEqual(['0@0', '0@1', '0@2']);
  });

  it('drops what it holds for a partition, and what a fetch in flight brings back for it', async () => {
    start();
    fake.produce('t', 0, 2);
    await settle();
    let open: () => void = () => undefined;
    fake.gate = new Promise((r) => (open = r));
    fake.produce('t', 0, 2);
    await settle();
    router.dropPartitions([{ topic: 't', partition: 0 }]);
    expect(router.consumerQueue.length).toBe(0);
    fake.gate = undefined;
    open();
    await settle();
    expect(router.consumerQueue.length).toBe(0);
    fake.produce('t', 0, 1);
    await settle();
    expect(offsets((await router.take(router.consumerQueue, 10, Infinity, 0)).messages)).toEqual(['0@4']);
  });

  it('reads a fetch error in its place, once, then goes on', async () => {
    start();
    fake.produce('t', 0, 1);
    await settle();
    fake.failNext = Object.assign(new Error('Broker: Unknown topic or partition'), { code: 3 });
    await settle(500);
    fake.produce('t', 0, 1);
    await settle(500);
    expect(offsets((await router.take(router.consumerQueue, 10, Infinity, 0)).messages)).toEqual(['0@0']);
    await expect(router.take(router.consumerQueue, 10, Infinity, 0)).rejects.toThrow('Unknown topic or partition');
    expect(offsets((await router.take(router.consumerQueue, 10, Infinity, 0)).messages)).toEqual(['0@1']);
  });

  it('keeps events in the main queue only while a handle holds it, and at most 256', async () => {
    start();
    router.event({ name: 'Stats', json: '{}' });
    expect(router.mainQueue.length).toBe(0);
    router.retain(router.mainQueue);
    for (let i = 0; i < 300; i++) router.event({ name: 'Log', severity: 6, facility: 'X', message: `line ${i}` });
    expect(router.mainQueue.length).toBe(256);
    expect(router.droppedEvents).toBe(44);
    const first = await router.nextEvent(router.mainQueue, 0);
    expect(first).toEqual({ name: 'Log', severity: 6, facility: 'X', message: 'line 0' });
    router.release(router.mainQueue);
    expect(router.mainQueue.length).toBe(0);
  });

  it('makes a Fetch event of the messages at the front of a queue, and the empty event of nothing', async () => {
    start();
    expect(await router.nextEvent(router.consumerQueue, 50)).toEqual({ name: 'None' });
    fake.produce('t', 0, 3);
    await settle();
    const event = await router.nextEvent(router.consumerQueue, 0);
    expect(event.name === 'Fetch' && offsets(event.messages)).toEqual(['0@0', '0@1', '0@2']);
  });

  it('forwards a queue with what it holds, and refuses forwarding to itself or in a circle', async () => {
    start();
    const p0 = router.partitionQueue('t', 0);
    const p1 = router.partitionQueue('t', 1);
    fake.produce('t', 0, 2);
    await settle();
    p0.forwardTo(router.consumerQueue);
    expect(router.consumerQueue.length).toBe(2);
    expect(() => p1.forwardTo(p1)).toThrow('[PLUGIN::KAFKA] Messages cannot be forwarded to the same queue.');
    p1.forwardTo(p0);
    let err: unknown;
    try {
      router.consumerQueue.forwardTo(p1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).reason).toBe('QUEUE_FORWARD_CYCLE');
  });
});
