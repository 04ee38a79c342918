import type { handleServerStreamingCall, ServerWritableStream } from '@grpc/grpc-js';
import type { Caller } from '../../auth/principal';
import { audit, callerOf, contextOf, type CallContext, type Rpc } from './call-context';
import { wellFormed } from './malformed-request';
import { StreamSender } from './stream-call';

/**
 * Adapts a server-streaming body: the caller is authenticated before it runs, the stream is tracked (so that
 * shutdown ends it with UNAVAILABLE) and its end is audited. The body's return ends the stream with OK.
 */
export function serverStream<Req, Res>(
  rpc: Rpc,
  impl: (request: Req, out: StreamSender<Res>, ctx: CallContext) => Promise<void>,
): handleServerStreamingCall<Req, Res> {
  return (call: ServerWritableStream<Req, Res>) => {
    const startedAt = performance.now();
    let caller: Caller | undefined;
    const out = new StreamSender<Res>(call, rpc.log, (code) => audit(rpc, call, caller, code, startedAt));
    const untrack = rpc.streams.add({ buffered: () => out.buffered(), shutdown: (err) => out.fail(err) });
    out.run(async () => {
      // Untracked as soon as the body is over, before what it deferred (closing its consumer, say) runs.
      try {
        caller = callerOf(rpc.auth, call);
        await impl(wellFormed(call.request), out, contextOf(call, caller));
      } finally {
        untrack();
      }
    });
  };
}
