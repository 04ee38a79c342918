import { brokerScript, TEST_BROKER_ENV } from './test-broker';

export default function globalTeardown(): void {
  if (process.env['KGW_TEST_BROKER_OWNED'] === '1') brokerScript('stop', TEST_BROKER_ENV);
}
