import type { handleBidiStreamingCall, ServerDuplexStream } from '@grpc/grpc-js';
import type { Caller } from '../../auth/principal';
import { audit, callerOf, contextOf, type CallContext, type Rpc } from './call-context';
import { requestsOf, StreamSender } from './stream-call';

/**
 * Adapts a bidi body, as serverStream does a server stream: authenticated first, tracked for shutdown, audited
 * at its end. The body reads `requests` (each checked as well formed) and writes to `out`.
 */
export function bidiStream<Req, Res>(
  rpc: Rpc,
  impl: (requests: AsyncGenerator<Req, void, undefined>, out: StreamSender<Res>, ctx: CallContext) => Promise<void>,
): handleBidiStreamingCall<Req, Res> {
  return (call: ServerDuplexStream<Req, Res>) => {
    const startedAt = performance.now();
    let caller: Caller | undefined;
    const out = new StreamSender<Res>(call, rpc.log, (code) => audit(rpc, call, caller, code, startedAt));
    const untrack = rpc.streams.add({ buffered: () => out.buffered(), shutdown: (err) => out.fail(err) });
    out.run(async () => {
      // Untracked as soon as the body is over, before what it deferred (closing its consumer, say) runs.
      try {
        caller = callerOf(rpc.auth, call);
        await impl(requestsOf(call), out, contextOf(call, caller));
      } finally {
        untrack();
      }
    });
  };
}
