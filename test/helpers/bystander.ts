import { credentials, Metadata } from '@grpc/grpc-js';
import { SettingsServiceClient } from '../../src/gen/kafkagateway/v1/settings_service';

/**
 * Another client of the same gateway, calling a cheap unary RPC every `everyMs` while a test does something else:
 * `stop()` resolves with the slowest answer it got, in milliseconds. What a hostile client does must not make
 * this grow.
 */
export function bystander(address: string, everyMs = 50): { stop(): Promise<number> } {
  const client = new SettingsServiceClient(address, credentials.createInsecure());
  let worst = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      await new Promise<void>((resolve) => client.getBufferSize({}, new Metadata(), { deadline: Date.now() + 10_000 }, () => resolve()));
      worst = Math.max(worst, Date.now() - started);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      client.close();
      return worst;
    },
  };
}
