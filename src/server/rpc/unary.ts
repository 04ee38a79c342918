import type { handleUnaryCall, ServerUnaryCall } from '@grpc/grpc-js';
import type { Logger } from '../../logger';
import { toGrpcStatus } from '../status/to-grpc-status';
import { clientOf } from './client-identity';

/** What a unary handler sees besides its request. */
export interface CallContext {
  /** Aborted when the client cancels or the deadline passes. */
  signal: AbortSignal;
  /** Milliseconds left until the call's deadline; Infinity when the client set none. */
  timeLeftMs(): number;
  /** The calling client (its address), whose handle cap a created handle counts against. */
  client: string;
}

/**
 * Adapts an async function to grpc-js's callback style: its result is sent, anything it throws goes through the
 * one error table.
 */
export function unary<Req, Res>(
  log: Logger,
  impl: (request: Req, ctx: CallContext) => Promise<Res>,
): handleUnaryCall<Req, Res> {
  return (call: ServerUnaryCall<Req, Res>, callback) => {
    const controller = new AbortController();
    const onCancel = () => controller.abort();
    call.once('cancelled', onCancel);
    const ctx: CallContext = {
      signal: controller.signal,
      timeLeftMs: () => {
        const deadline = call.getDeadline();
        const at = deadline instanceof Date ? deadline.getTime() : deadline;
        return Number.isFinite(at) ? Math.max(0, at - Date.now()) : Infinity;
      },
      client: clientOf(call),
    };
    impl(call.request, ctx).then(
      (response) => {
        call.off('cancelled', onCancel);
        callback(null, response);
      },
      (err: unknown) => {
        call.off('cancelled', onCancel);
        callback(toGrpcStatus(err, log));
      },
    );
  };
}
