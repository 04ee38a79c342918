import { GatewayError } from '../../src/errors';
import { HandleRegistry } from '../../src/handles/registry';
import { createLogger } from '../../src/logger';

class Resource {
  closed = 0;
  async close() {
    this.closed++;
  }
}

const registry = (maxHandles = 10, idleMs = 60_000, maxPerClient = maxHandles) =>
  new HandleRegistry({ maxHandles, maxPerClient, idleMs, log: createLogger('silent') });
const ME = '10.0.0.1';
const kindOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: GatewayError) => `${e.kind}: ${e.message}`);

describe('HandleRegistry', () => {
  afterEach(() => jest.useRealTimers());

  it('gives opaque ids with the kind as prefix, and the plugin text for a handle of another kind', async () => {
    const handles = registry();
    const a = handles.add('consumer', new Resource(), ME);
    const b = handles.add('consumer', new Resource(), ME);
    expect(a).toMatch(/^consumer-[A-Za-z0-9_-]{22}$/);
    expect(a).not.toBe(b);
    expect(await kindOf(handles.run(ME, 'producer', a, async () => 1))).toBe('INVALID_ARGUMENT: producer should be a producer handle.');
    expect(await kindOf(handles.run(ME, 'consumer', 'consumer-unknown', async () => 1))).toMatch(/^NOT_FOUND: /);
    await handles.closeAll();
  });

  it('runs the calls of one handle one at a time, in order, and those of different handles together', async () => {
    const handles = registry();
    const a = handles.add('consumer', new Resource(), ME);
    const b = handles.add('consumer', new Resource(), ME);
    const log: string[] = [];
    const slow = (id: string, name: string, ms: number) =>
      handles.run(ME, 'consumer', id, async () => {
        log.push(`${name} start`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`${name} end`);
      });
    await Promise.all([slow(a, 'a1', 50), slow(a, 'a2', 0), slow(b, 'b1', 10)]);
    expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
    await handles.closeAll();
  });

  it('closes a handle after the calls queued before it, and answers NOT_FOUND after', async () => {
    const handles = registry();
    const resource = new Resource();
    const id = handles.add('producer', resource, ME);
    const queued = handles.run(ME, 'producer', id, async () => new Promise((r) => setTimeout(() => r('done'), 30)));
    await handles.close(ME, 'producer', id);
    expect(await queued).toBe('done');
    expect(resource.closed).toBe(1);
    expect(await kindOf(handles.run(ME, 'producer', id, async () => 1))).toMatch(/^NOT_FOUND: producer .* does not exist or was closed$/);
  });

  it('refuses a handle beyond the cap with RESOURCE_EXHAUSTED, without building it', async () => {
    const handles = registry(1);
    handles.add('consumer', new Resource(), ME);
    let built = 0;
    expect(await kindOf(handles.build('consumer', ME, async () => (built++, new Resource())))).toMatch(/^RESOURCE_EXHAUSTED: /);
    expect(built).toBe(0);
    await handles.closeAll();
  });

  it('caps the handles of each client, and gives a client its room back when it closes one', async () => {
    const handles = registry(10, 60_000, 2);
    const mine = [handles.add('consumer', new Resource(), ME), handles.add('producer', new Resource(), ME)];
    expect(await kindOf(handles.build('consumer', ME, async () => new Resource()))).toBe(
      'RESOURCE_EXHAUSTED: client 10.0.0.1 holds 2 handles, the limit per client; close some first',
    );
    // Another client is not held back by this one.
    handles.add('consumer', new Resource(), '10.0.0.2');
    expect(handles.heldBy('10.0.0.2')).toBe(1);
    await handles.close(ME, 'consumer', mine[0]!);
    expect(handles.heldBy(ME)).toBe(1);
    expect(() => handles.checkRoom(ME)).not.toThrow();
    handles.add('consumer', new Resource(), ME);
    await handles.closeAll();
    expect(handles.heldBy(ME)).toBe(0);
  });

  it('closes a handle left idle, but not one in use', async () => {
    jest.useFakeTimers();
    const handles = registry(10, 1000);
    const idle = new Resource();
    const busy = new Resource();
    handles.add('consumer', idle, ME);
    const busyId = handles.add('consumer', busy, ME);
    let release!: () => void;
    const running = handles.run(ME, 'consumer', busyId, () => new Promise<void>((r) => (release = r)));
    await jest.advanceTimersByTimeAsync(2500);
    expect(idle.closed).toBe(1);
    expect(busy.closed).toBe(0);
    expect(handles.size).toBe(1);
    release();
    await running;
    await handles.closeAll();
  });

  it('counts a place reserved while its client is built, so that concurrent builds cannot pass the caps', async () => {
    const handles = registry(2);
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    let built = 0;
    const make = async () => {
      built++;
      await slow;
      return new Resource();
    };
    const a = handles.build('consumer', ME, make);
    const b = handles.build('consumer', ME, make);
    // Both places are taken before either client exists: a third is refused without being built.
    expect(await kindOf(handles.build('consumer', ME, make))).toMatch(/^RESOURCE_EXHAUSTED: /);
    expect(built).toBe(2);
    release();
    expect((await a).id).toMatch(/^consumer-/);
    expect((await b).id).toMatch(/^consumer-/);
    expect(handles.size).toBe(2);
    expect(handles.heldBy(ME)).toBe(2);
    await handles.closeAll();
  });

  it('gives a reserved place back when the build fails', async () => {
    const handles = registry(1);
    expect(await kindOf(handles.build('producer', ME, async () => Promise.reject(new GatewayError('UNAVAILABLE', 'X', 'no broker'))))).toBe('UNAVAILABLE: no broker');
    expect(handles.heldBy(ME)).toBe(0);
    expect((await handles.build('producer', ME, async () => new Resource())).id).toMatch(/^producer-/);
    await handles.closeAll();
  });

  it('repeats at most 64 characters of an unknown id', async () => {
    const handles = registry();
    const message = await kindOf(handles.run(ME, 'producer', `producer-${'x'.repeat(100_000)}`, async () => 1));
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('(100009 characters)');
  });
  it('closes the handles that belong to another with it, and counts their use as its use', async () => {
    jest.useFakeTimers();
    const handles = registry(10, 60_000);
    const consumer = new Resource();
    const queue = new Resource();
    const c = handles.add('consumer', consumer, ME);
    const q = handles.add('queue', queue, ME, { kind: 'consumer', id: c });
    const e = handles.add('event', new Resource(), ME, { kind: 'consumer', id: c });
    expect(await kindOf(handles.run(ME, 'event', q, async () => 1))).toBe('INVALID_ARGUMENT: event should be an event handle.');
    // Used through its queue only, the consumer is not idle.
    for (let i = 0; i < 3; i++) {
      jest.advanceTimersByTime(40_000);
      await handles.run(ME, 'queue', q, async () => 1);
    }
    jest.advanceTimersByTime(30_000);
    await Promise.resolve();
    expect(consumer.closed).toBe(0);
    await handles.close(ME, 'consumer', c);
    expect([consumer.closed, queue.closed]).toEqual([1, 1]);
    expect(await kindOf(handles.run(ME, 'queue', q, async () => 1))).toMatch(/^NOT_FOUND: queue /);
    expect(await kindOf(handles.run(ME, 'event', e, async () => 1))).toMatch(/^NOT_FOUND: event /);
    expect(handles.size).toBe(0);
    expect(() => handles.add('queue', new Resource(), ME, { kind: 'consumer', id: c })).toThrow(/does not exist or was closed/);
    await handles.closeAll();
  });

  it("answers NOT_FOUND to a client using or closing another client's handle, exactly as for an id that does not exist", async () => {
    const handles = registry();
    const resource = new Resource();
    const id = handles.add('producer', resource, ME);
    const other = '10.0.0.2';
    const theirs = await kindOf(handles.run(other, 'producer', id, async () => 1));
    const unknown = await kindOf(handles.run(other, 'producer', 'producer-unknown', async () => 1));
    expect(theirs).toMatch(/^NOT_FOUND: producer "producer-.*" does not exist or was closed$/);
    expect(unknown).toBe('NOT_FOUND: producer "producer-unknown" does not exist or was closed');
    expect(await kindOf(handles.close(other, 'producer', id))).toMatch(/^NOT_FOUND: /);
    expect(resource.closed).toBe(0);
    expect(await kindOf(handles.run(ME, 'producer', id, async () => 1))).toBe('ok');
    await handles.closeAll();
    expect(resource.closed).toBe(1);
  });
});
