import { AckTracker } from '../../src/server/streams/ack-tracker';

describe('AckTracker', () => {
  const delivered = (t: AckTracker, offsets: number[], partition = 0) => offsets.forEach((o) => t.delivered('t', partition, o));

  it('stores one past the last acknowledged offset once every earlier one is acknowledged', () => {
    const t = new AckTracker();
    delivered(t, [5, 6, 7, 8]);
    expect(t.ack('t', 0, 5)).toEqual({ store: { topic: 't', partition: 0, offset: 6 }, released: 1 });
    expect(t.ack('t', 0, 7)).toEqual({});
    expect(t.ack('t', 0, 8)).toEqual({});
    expect(t.unacked).toBe(1);
    // 6 closes the gap: 6, 7 and 8 are done, the next to read is 9.
    expect(t.ack('t', 0, 6)).toEqual({ store: { topic: 't', partition: 0, offset: 9 }, released: 3 });
    expect(t.unacked).toBe(0);
    expect(t.held).toBe(0);
  });

  it('keeps partitions apart', () => {
    const t = new AckTracker();
    delivered(t, [0, 1], 0);
    delivered(t, [0, 1], 1);
    expect(t.ack('t', 1, 0)).toEqual({ store: { topic: 't', partition: 1, offset: 1 }, released: 1 });
    expect(t.ack('t', 0, 1)).toEqual({});
    expect(t.unacked).toBe(2);
  });

  it('rejects offsets never delivered, acknowledged twice, or of unknown partitions', () => {
    const t = new AckTracker();
    delivered(t, [0, 1, 2]);
    expect(t.ack('t', 0, 9).rejected).toMatch(/offset 9 of t\[0\] was not delivered/);
    expect(t.ack('t', 0, 1)).toEqual({});
    expect(t.ack('t', 0, 1).rejected).toMatch(/acknowledged already/);
    expect(t.ack('t', 0, 0)).toEqual({ store: { topic: 't', partition: 0, offset: 2 }, released: 2 });
    expect(t.ack('t', 0, 0).rejected).toBeDefined();
    expect(t.ack('t', 3, 0).rejected).toMatch(/not assigned to this stream/);
    expect(t.unacked).toBe(1);
  });

  it('takes a frame of acknowledgements with one offset to store per partition, the highest, and its refusals by index', () => {
    const t = new AckTracker();
    delivered(t, [0, 1, 2, 3], 0);
    delivered(t, [10, 11], 1);
    const frame = t.ackAll([
      { topic: 't', partition: 0, offset: 0 },
      { topic: 't', partition: 1, offset: 10 },
      { topic: 't', partition: 0, offset: 2 },
      { topic: 't', partition: 0, offset: 1 },
      { topic: 't', partition: 0, offset: 1 },
      { topic: 't', partition: 1, offset: 11 },
      { topic: 'u', partition: 0, offset: 0 },
    ]);
    // Partition 0 moved twice (to 1, then to 3 once 1 closed the gap before 2), partition 1 twice (11, 12).
    expect(frame.store).toEqual([
      { topic: 't', partition: 0, offset: 3 },
      { topic: 't', partition: 1, offset: 12 },
    ]);
    expect(frame.released).toBe(5);
    expect(frame.rejected.map((r) => r.index)).toEqual([4, 6]);
    expect(frame.rejected[0]!.reason).toMatch(/acknowledged already/);
    expect(frame.rejected[1]!.reason).toMatch(/u\[0\] is not assigned/);
    expect(t.unacked).toBe(1);
    expect(t.ackAll([{ topic: 't', partition: 0, offset: 3 }]).store).toEqual([{ topic: 't', partition: 0, offset: 4 }]);
  });

  it('forgets revoked partitions and their unacknowledged messages', () => {
    const t = new AckTracker();
    delivered(t, [0, 1, 2], 0);
    delivered(t, [0, 1], 1);
    t.ack('t', 0, 2);
    expect(t.unacked).toBe(4);
    t.drop([{ topic: 't', partition: 0 }]);
    expect(t.unacked).toBe(2);
    expect(t.held).toBe(2);
    expect(t.ack('t', 0, 0).rejected).toMatch(/revoked/);
  });

  it('stays linear and exact over a long run acknowledged in random order', () => {
    const t = new AckTracker();
    const n = 50_000;
    delivered(t, Array.from({ length: n }, (_, i) => i));
    const order = Array.from({ length: n }, (_, i) => i);
    let seed = 7;
    for (let i = n - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let stored = 0;
    for (const o of order) {
      const outcome = t.ack('t', 0, o);
      expect(outcome.rejected).toBeUndefined();
      if (outcome.store) {
        expect(outcome.store.offset).toBeGreaterThan(stored);
        stored = outcome.store.offset;
      }
    }
    expect(stored).toBe(n);
    expect(t.unacked).toBe(0);
    expect(t.held).toBe(0);
  });
});
