import { brokerScript, TEST_BROKER_ENV } from './test-broker';

/**
 * Starts the real Kafka broker the integration tests use, unless KAFKA_BROKERS names one already. A test broker
 * found running is reused and left running; one started here gets fresh data and is stopped by global-teardown.
 */
export default function globalSetup(): void {
  if (process.env['KAFKA_BROKERS']) return;
  const running = brokerScript('status', TEST_BROKER_ENV).code === 0;
  if (!running) {
    brokerScript('reset', TEST_BROKER_ENV);
    const start = brokerScript('start', TEST_BROKER_ENV);
    if (start.code !== 0) throw new Error(`the test broker did not start:\n${start.stderr}`);
    process.env['KGW_TEST_BROKER_OWNED'] = '1';
  }
  process.env['KAFKA_BROKERS'] = `127.0.0.1:${TEST_BROKER_ENV.KAFKA_PORT}`;
}
