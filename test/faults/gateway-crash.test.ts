import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { gatewayKillUnderAcked, gatewayKillUnderProduce, recordFault } from '../helpers/fault-scenarios';
import { testBrokers } from '../helpers/test-broker';

describe('faults: the gateway killed', () => {
  let survivor: TestGateway;
  beforeAll(async () => {
    survivor = await startTestGateway(testBrokers());
  });
  afterAll(() => survivor?.stop());

  it('under ConsumeAcked mid-flow: the group reads on within 10 s, nothing lost, few acknowledged messages again', async () => {
    const r = await gatewayKillUnderAcked({ brokers: testBrokers(), survivor: survivor.address, messages: 20_000, partitions: 3, killAfter: 10_000, maxUnacked: 0, pauseMs: 0 });
    recordFault({ ...r, notes: `${r.duplicated} acknowledged messages delivered again (acknowledged in the last moments before the kill); the recovery is from the kill to the next stream's first message` });
    expect(r.lost).toBe(0);
    expect(r.recoveryMs).toBeLessThan(10_000);
  }, 300_000);

  it('under ConsumeAcked, with librdkafka\'s 45 s session (set by the client): the figure before the default changed', async () => {
    const r = await gatewayKillUnderAcked({
      brokers: testBrokers(),
      survivor: survivor.address,
      messages: 20_000,
      partitions: 3,
      killAfter: 10_000,
      maxUnacked: 0,
      pauseMs: 0,
      config: { 'session.timeout.ms': '45000', 'heartbeat.interval.ms': '3000' },
    });
    recordFault({ ...r, scenario: `${r.scenario}, session.timeout.ms=45000` });
    expect(r.lost).toBe(0);
  }, 300_000);

  it('under ProduceStream: every acknowledged record is in the topic', async () => {
    const r = await gatewayKillUnderProduce({ brokers: testBrokers(), messages: 40_000, killAfter: 20_000 });
    recordFault(r);
    expect(r.lost).toBe(0);
  }, 300_000);
});
