import type { SettingsServiceServer } from '../../gen/kafkagateway/v1/settings_service';
import type { Logger } from '../../logger';
import type { SizeSettings } from '../../settings';
import { requireAdminCalls } from '../rpc/admin-calls';
import { unary } from '../rpc/unary';

/** SettingsService: the plugin's getBufferSize, setBufferSize, getMessageSize and setMessageSize. */
export function createSettingsService({ sizes, log, allowAdminCalls }: { sizes: SizeSettings; log: Logger; allowAdminCalls: boolean }): SettingsServiceServer {
  return {
    getBufferSize: unary(log, async () => ({ size: BigInt(sizes.current.bufferSize) })),
    setBufferSize: unary(log, async (req) => {
      requireAdminCalls(allowAdminCalls, 'SetBufferSize');
      return { message: sizes.setBufferSize(Number(req.size)) };
    }),
    getMessageSize: unary(log, async () => ({ size: BigInt(sizes.current.messageSize) })),
    setMessageSize: unary(log, async (req) => {
      requireAdminCalls(allowAdminCalls, 'SetMessageSize');
      sizes.setMessageSize(Number(req.size));
      return {};
    }),
  };
}
