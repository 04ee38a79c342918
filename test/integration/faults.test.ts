import { GatewayProcess, gatewayForFile } from '../helpers/gateway';
import { clientKillWithStreams, concurrentLoad, gatewayKillUnderAcked } from '../helpers/fault-scenarios';
import { testBrokers } from '../helpers/test-broker';
import { waitFor } from '../helpers/streams';

/**
 * One fast scenario of each fault kind on the shared test broker; `npm run faults` runs them at size, and on a
 * cluster, and writes their figures to bench/results/faults.md. (The broker outage kind is
 * test/integration/broker-restart.test.ts, on a broker of its own.)
 */
describe('faults', () => {
  const suite = gatewayForFile();

  it('a gateway SIGKILLed under ConsumeAcked: the group reads on within seconds, gets every unacknowledged message again and no acknowledged one', async () => {
    const r = await gatewayKillUnderAcked({ brokers: testBrokers(), survivor: suite.gateway.address, messages: 3000, partitions: 2, killAfter: 2000, maxUnacked: 200, pauseMs: 2000 });
    expect(r.lost).toBe(0);
    // Acknowledged offsets are committed within a fraction of a second: after a 2 s pause none comes again
    // (librdkafka's automatic commit alone, every 5 s, leaves up to 5 s of them uncommitted).
    expect(r.duplicated).toBe(0);
    expect(r.unackedAtKill).toBeGreaterThan(0);
    expect(r.unackedRedelivered).toBe(r.unackedAtKill);
    // The dead member's 6 s session, not librdkafka's 45 s; loose, for a loaded machine.
    expect(r.recoveryMs).toBeLessThan(25_000);
    await waitFor(() => suite.gateway.streams.count === 0);
  }, 180_000);

  it('a client SIGKILLed with 8 open Consume streams leaves no stream, handle, thread or descriptor behind', async () => {
    const r = await clientKillWithStreams({ gateway: suite.gateway, brokers: testBrokers(), streams: 8, slack: 2, waitMs: 30_000 });
    expect(r.left.streams).toBe(0);
    expect(r.left.handles).toBeLessThanOrEqual(0);
    expect(r.left.threads).toBeLessThanOrEqual(2);
    expect(r.left.fds).toBeLessThanOrEqual(2);
  }, 180_000);

  it('10 Consume streams and 200 concurrent unary Produce calls: no error, every stream gets every record once', async () => {
    const gateway = await GatewayProcess.start(['--brokers', testBrokers()]);
    try {
      const r = await concurrentLoad({ gateway, brokers: testBrokers(), streams: 10, produces: 200 });
      expect(r.errors).toEqual({});
      expect(r.lost).toBe(0);
      expect(r.duplicated).toBe(0);
    } finally {
      await gateway.stop();
    }
  }, 180_000);
});
