import { status, type handleUnaryCall, type ServerUnaryCall } from '@grpc/grpc-js';
import type { Caller } from '../../auth/principal';
import { toGrpcStatus } from '../status/to-grpc-status';
import { audit, callerOf, cancelledCode, contextOf, type CallContext, type Rpc } from './call-context';
import { wellFormed } from './malformed-request';

export type { CallContext } from './call-context';

/**
 * Adapts an async function to grpc-js's callback style for a unary call: the caller is authenticated first, the
 * result is sent, anything thrown goes through the one error table, and the call's audit line is written.
 */
export function unary<Req, Res>(rpc: Rpc, impl: (request: Req, ctx: CallContext) => Promise<Res>): handleUnaryCall<Req, Res> {
  return (call: ServerUnaryCall<Req, Res>, callback) => {
    const startedAt = performance.now();
    let caller: Caller | undefined;
    const logEnd = (code: status) => audit(rpc, call, caller, call.cancelled ? cancelledCode(call) : code, startedAt);
    const fail = (err: unknown) => {
      const s = toGrpcStatus(err, rpc.log);
      logEnd(s.code ?? status.UNKNOWN);
      callback(s);
    };
    // A handler that throws before its first await goes through the error table too, not out to grpc-js.
    let answer: Promise<Res>;
    try {
      caller = callerOf(rpc.auth, call);
      answer = impl(wellFormed(call.request), contextOf(call, caller));
    } catch (err) {
      return fail(err);
    }
    answer.then((response) => {
      logEnd(status.OK);
      callback(null, response);
    }, fail);
  };
}
