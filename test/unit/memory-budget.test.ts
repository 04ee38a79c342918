import { GatewayError } from '../../src/errors';
import { MemoryBudget } from '../../src/handles/memory-budget';
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

describe('what a librdkafka client may buffer by its properties', () => {
  it("counts a consumer's prefetch queue and one fetch, and a producer's queue, with librdkafka's defaults where unset", () => {
    expect(consumerBufferBytes({ 'queued.max.messages.kbytes': '8192', 'fetch.max.bytes': '8388608' })).toBe(16 * MIB);
    expect(consumerBufferBytes({})).toBe(64 * MIB + 50 * MIB);
    expect(producerBufferBytes({ 'queue.buffering.max.kbytes': '65536' })).toBe(64 * MIB);
    expect(producerBufferBytes({ 'queue.buffering.max.kbytes': 'lots' })).toBe(1024 * MIB);
  });
});
