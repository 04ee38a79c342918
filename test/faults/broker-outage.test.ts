import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { brokerOutage, recordFault } from '../helpers/fault-scenarios';
import { brokerScriptAsync } from '../helpers/test-broker';
import { testBrokers } from '../helpers/test-broker';

/** The suite's single broker (scripts/faults.sh starts it) stopped and started again under every stream kind. */
describe('faults: a broker outage', () => {
  const broker = {
    KAFKA_RUN_DIR: process.env['FAULTS_BROKER_DIR'] ?? '',
    KAFKA_PORT: process.env['FAULTS_BROKER_PORT'] ?? '',
    KAFKA_CONTROLLER_PORT: process.env['FAULTS_BROKER_CONTROLLER_PORT'] ?? '',
  };
  let gateway: TestGateway;
  beforeAll(async () => {
    if (!broker.KAFKA_RUN_DIR) throw new Error('run this with npm run faults: it owns the broker it stops');
    gateway = await startTestGateway(testBrokers());
  });
  afterAll(() => gateway?.stop());

  const stop = async () => {
    const r = await brokerScriptAsync('stop', broker);
    if (r.code !== 0) throw new Error(`stop failed: ${r.stderr}`);
  };
  const start = async () => {
    const r = await brokerScriptAsync('start', broker);
    if (r.code !== 0) throw new Error(`start failed: ${r.stderr}`);
  };

  it.each([15_000])('stopped for %i ms under ProduceStream, Consume and ConsumeAcked: nothing acknowledged is lost', async (outageMs) => {
    const rows = await brokerOutage({ broker, brokers: testBrokers(), gateway: gateway.address, messages: 20_000, rate: 1000, outageMs }, stop, start);
    rows.forEach(recordFault);
    for (const r of rows) expect(r.lost).toBe(0);
  }, 600_000);
});
