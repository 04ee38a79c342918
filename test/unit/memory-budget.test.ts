import { GatewayError } from '../../src/errors';
import { MemoryBudget, memoryShareBytes } from '../../src/handles/memory-budget';
import { consumerBufferBytes, producerBufferBytes } from '../../src/kafka/client-memory';

const MIB = 1024 * 1024;

describe('MemoryBudget', () => {
  it('takes, grows, shrinks and gives back charges, refusing what does not fit and changing nothing then', () => {
    const budget = new MemoryBudget(100 * MIB);
    const a = budget.take(60 * MIB, 'a producer');
    let refusal: unknown;
    try {
      budget.take(50 * MIB, 'a consumer (its queued.max.messages.kbytes)');
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(GatewayError);
    expect([(refusal as GatewayError).kind, (refusal as GatewayError).reason, (refusal as Error).message]).toEqual([
      'RESOURCE_EXHAUSTED',
      'MEMORY_BUDGET_EXHAUSTED',
      "a consumer (its queued.max.messages.kbytes) would take 50 MiB of the gateway's memory budget, which has 40 of 100 MiB left: ask for smaller buffers or queues, or close handles",
    ]);
    expect(budget.usedBytes).toBe(60 * MIB);
    const b = budget.take(40 * MIB, 'a consumer');
    expect(() => a.resize(61 * MIB)).toThrow(/would take 1 MiB .* which has 0 of 100 MiB left/);
    expect(a.bytes).toBe(60 * MIB);
    a.resize(10 * MIB);
    expect(budget.usedBytes).toBe(50 * MIB);
    a.release();
    a.release();
    a.resize(90 * MIB); // a released charge stays released
    expect(budget.usedBytes).toBe(40 * MIB);
    b.release();
    expect(budget.usedBytes).toBe(0);
  });
});

describe("a client's share of the memory budget", () => {
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      return [(err as GatewayError).reason, (err as Error).message];
    }
    throw new Error('not refused');
  };

  it("refuses what passes the gateway's budget or the client's share, and counts every charge in both", () => {
    const budget = new MemoryBudget(100 * MIB);
    const alice = budget.share('alice', 40 * MIB);
    const bob = budget.share('bob', 80 * MIB);
    const a = alice.take(30 * MIB, 'a consumer');
    // The gateway has 70 MiB left; alice's share 10.
    expect(refusal(() => alice.take(20 * MIB, 'a producer (its queue.buffering.max.kbytes)'))).toEqual([
      'CLIENT_MEMORY_BUDGET_EXHAUSTED',
      "a producer (its queue.buffering.max.kbytes) would take 20 MiB of client alice's share of the memory budget (--memory-budget-per-client-mb), which has 10 of 40 MiB left: ask for smaller buffers or queues, or close handles",
    ]);
    const b = bob.take(60 * MIB, 'a producer');
    // Bob's share has room for 20 more, the gateway's budget only for 10.
    expect(refusal(() => bob.take(15 * MIB, 'a consumer'))).toEqual([
      'MEMORY_BUDGET_EXHAUSTED',
      "a consumer would take 15 MiB of the gateway's memory budget, which has 10 of 100 MiB left: ask for smaller buffers or queues, or close handles",
    ]);
    expect([alice.usedBytes, bob.usedBytes, budget.usedBytes]).toEqual([30 * MIB, 60 * MIB, 90 * MIB]);
    // Growing a charge checks both; a refused resize changes neither.
    expect(refusal(() => a.resize(41 * MIB))[0]).toBe('MEMORY_BUDGET_EXHAUSTED');
    b.release();
    expect(refusal(() => a.resize(41 * MIB))[0]).toBe('CLIENT_MEMORY_BUDGET_EXHAUSTED');
    a.resize(40 * MIB);
    expect([alice.usedBytes, bob.usedBytes, budget.usedBytes]).toEqual([40 * MIB, 0, 40 * MIB]);
    a.release();
    expect([alice.usedBytes, bob.usedBytes, budget.usedBytes]).toEqual([0, 0, 0]);
  });

  it('is never larger than the budget, and is a quarter of it unless set', () => {
    expect(new MemoryBudget(10 * MIB).share('x', 50 * MIB).totalBytes).toBe(10 * MIB);
    expect(memoryShareBytes(0, 100 * MIB)).toBe(25 * MIB);
    expect(memoryShareBytes(8, 100 * MIB)).toBe(8 * MIB);
  });
});

describe('what a librdkafka client may buffer by its properties', () => {
  it("counts a consumer's prefetch queue and one fetch, and a producer's queue, with librdkafka's defaults where unset", () => {
    expect(consumerBufferBytes({ 'queued.max.messages.kbytes': '8192', 'fetch.max.bytes': '8388608' })).toBe(16 * MIB);
    expect(consumerBufferBytes({})).toBe(64 * MIB + 50 * MIB);
    expect(producerBufferBytes({ 'queue.buffering.max.kbytes': '65536' })).toBe(64 * MIB);
    expect(producerBufferBytes({ 'queue.buffering.max.kbytes': 'lots' })).toBe(1024 * MIB);
  });
});
