import { gatewayForFile } from '../helpers/gateway';
import { gatewayKillUnderAcked } from '../helpers/fault-scenarios';
import { testBrokers } from '../helpers/test-broker';
import { waitFor } from '../helpers/streams';

/**
 * One fast scenario of each fault kind on the shared test broker; `npm run faults` runs them at size, and on a
 * cluster, and writes their figures to bench/results/faults.md.
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
});
