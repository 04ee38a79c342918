import type { SettingsServiceServer } from '../../gen/kafkagateway/v1/settings_service';
import { requireAdmin } from '../../auth/permissions';
import type { SizeSettings } from '../../settings';
import type { Rpc } from '../rpc/call-context';
import { unary } from '../rpc/unary';

/** SettingsService: the plugin's getBufferSize, setBufferSize, getMessageSize and setMessageSize. */
export function createSettingsService({ sizes, rpc, allowAdminCalls }: { sizes: SizeSettings; rpc: Rpc; allowAdminCalls: boolean }): SettingsServiceServer {
  return {
    getBufferSize: unary(rpc, async () => ({ size: BigInt(sizes.current.bufferSize) })),
    setBufferSize: unary(rpc, async (req, ctx) => {
      requireAdmin(ctx.caller, allowAdminCalls, 'SetBufferSize');
      return { message: sizes.setBufferSize(Number(req.size)) };
    }),
    getMessageSize: unary(rpc, async () => ({ size: BigInt(sizes.current.messageSize) })),
    setMessageSize: unary(rpc, async (req, ctx) => {
      requireAdmin(ctx.caller, allowAdminCalls, 'SetMessageSize');
      sizes.setMessageSize(Number(req.size));
      return {};
    }),
  };
}
