import { GatewayProcess, startTestGateway, type TestGateway } from '../helpers/gateway';
import { clientKillWithStreams, concurrentLoad, recordFault } from '../helpers/fault-scenarios';
import { testBrokers } from '../helpers/test-broker';

describe('faults: clients that vanish, and many at once', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway(testBrokers(), { maxHandles: 256, maxHandlesPerClient: 128 });
  });
  afterAll(() => gateway?.stop());

  it('a client SIGKILLed with 64 open Consume streams leaves nothing behind', async () => {
    // The threads are this test process's (the gateway runs in it), where Node and V8 start helper threads of
    // their own now and then; one consumer left behind would leave at least its 4 librdkafka threads.
    const r = await clientKillWithStreams({ gateway, brokers: testBrokers(), streams: 64, slack: 3, waitMs: 60_000 });
    recordFault(r);
    expect(r.left.streams).toBe(0);
    expect(r.left.handles).toBeLessThanOrEqual(0);
    expect(r.left.threads).toBeLessThanOrEqual(3);
  }, 300_000);

  it('100 concurrent Consume streams and 1,000 concurrent unary Produce calls: no error, bounded RSS', async () => {
    const child = await GatewayProcess.start(['--brokers', testBrokers(), '--max-handles', '256', '--max-handles-per-client', '128']);
    try {
      const r = await concurrentLoad({ gateway: child, brokers: testBrokers(), streams: 100, produces: 1000 });
      recordFault(r);
      expect(r.errors).toEqual({});
      expect(r.lost).toBe(0);
      expect(r.peak.rssMb).toBeLessThan(2048);
    } finally {
      await child.stop();
    }
  }, 400_000);
});
