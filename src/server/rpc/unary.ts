import type { handleUnaryCall, ServerUnaryCall } from '@grpc/grpc-js';
import type { Logger } from '../../logger';
import { toGrpcStatus } from '../status/to-grpc-status';
import { clientOf } from './client-identity';
import { wellFormed } from './malformed-request';

/** What a unary handler sees besides its request. */
export interface CallContext {
  /** Milliseconds left until the call's deadline; Infinity when the client set none. */
  timeLeftMs(): number;
  /** The calling client (its address), whose handle cap a created handle counts against. */
  client(): string;
}

/**
 * Adapts an async function to grpc-js's callback style: its result is sent, anything it throws goes through the
 * one error table. What the context holds is worked out only when a handler asks (most never do): this runs once
 * per call, and Produce calls come by the thousand.
 */
export function unary<Req, Res>(
  log: Logger,
  impl: (request: Req, ctx: CallContext) => Promise<Res>,
): handleUnaryCall<Req, Res> {
  return (call: ServerUnaryCall<Req, Res>, callback) => {
    const ctx: CallContext = {
      timeLeftMs: () => {
        const deadline = call.getDeadline();
        const at = deadline instanceof Date ? deadline.getTime() : deadline;
        return Number.isFinite(at) ? Math.max(0, at - Date.now()) : Infinity;
      },
      client: () => clientOf(call),
    };
    let request: Req;
    try {
      request = wellFormed(call.request);
    } catch (err) {
      return callback(toGrpcStatus(err, log));
    }
    // A handler that throws before its first await goes through the error table too, not out to grpc-js.
    let answer: Promise<Res>;
    try {
      answer = impl(request, ctx);
    } catch (err) {
      return callback(toGrpcStatus(err, log));
    }
    answer.then(
      (response) => callback(null, response),
      (err: unknown) => callback(toGrpcStatus(err, log)),
    );
  };
}
