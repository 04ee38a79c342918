import { DeliveryBatch, type Delivery, type GroupOutcome } from '../../src/kafka/delivery-batch';

const at = (offset: number): Delivery => ({ topic: 't', partition: 0, offset: BigInt(offset) });

/** Settles within the test's turn, or says it is still pending. */
const settled = (batch: DeliveryBatch) => Promise.race([batch.done, new Promise<'pending'>((r) => setImmediate(() => r('pending')))]);

describe('DeliveryBatch', () => {
  it('gives each group its deliveries in the order of its messages, whatever order the reports come in', async () => {
    // Groups of 1, 3 and 2 messages: records 0 | 1 2 3 | 4 5.
    const batch = new DeliveryBatch(100, [1, 3, 2]);
    for (let k = 0; k < 6; k++) batch.queued();
    batch.seal();
    for (const k of [5, 2, 0, 4, 3]) expect(batch.report(k, undefined, at(k))).toBe(true);
    expect(await settled(batch)).toBe('pending');
    batch.report(1, undefined, at(1));
    const outcomes = (await settled(batch)) as GroupOutcome[];
    expect(outcomes).toEqual([{ deliveries: [at(0)] }, { deliveries: [at(1), at(2), at(3)] }, { deliveries: [at(4), at(5)] }]);
  });

  it('fails a group on its first failed message, keeps that error, and leaves the other groups delivered', async () => {
    const batch = new DeliveryBatch(1, [2, 1]);
    for (let k = 0; k < 3; k++) batch.queued();
    batch.seal();
    expect(batch.report(1, new Error('first'), undefined)).toBe(true);
    // The group's other message: nobody waits for it any more, whatever it says.
    expect(batch.report(0, new Error('second'), undefined)).toBe(false);
    batch.report(2, undefined, at(7));
    expect(await batch.done).toEqual([{ error: new Error('first') }, { deliveries: [at(7)] }]);
  });

  it('is not done before it is sealed, so that a caller still queueing is not answered early', async () => {
    const batch = new DeliveryBatch(1, [1, 1]);
    batch.queued();
    batch.report(0, undefined, at(0));
    expect(await settled(batch)).toBe('pending');
    // The second group could not be queued at all.
    batch.fail(1, new Error('queue full'));
    batch.seal();
    expect(await batch.done).toEqual([{ deliveries: [at(0)] }, { error: new Error('queue full') }]);
  });

  it('when abandoned (the producer closed), fails only the groups still missing a delivery', async () => {
    const batch = new DeliveryBatch(1, [1, 2, 1]);
    for (let k = 0; k < 4; k++) batch.queued();
    batch.seal();
    batch.report(0, undefined, at(0));
    batch.report(1, undefined, at(1));
    const closed = new Error('closed');
    batch.abandon(closed);
    expect(await batch.done).toEqual([{ deliveries: [at(0)] }, { error: closed }, { error: closed }]);
  });

  it('settles at once with nothing queued (a batch of records that all failed to encode)', async () => {
    const batch = new DeliveryBatch(1, [0, 0]);
    batch.seal();
    expect(await batch.done).toEqual([{ deliveries: [] }, { deliveries: [] }]);
  });
});
