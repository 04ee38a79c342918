import type { ServerDuplexStream, ServerWritableStream } from '@grpc/grpc-js';
import type { Caller } from '../../auth/principal';
import { audit, callerOf, contextOf, type CallContext, type Rpc } from './call-context';
import { StreamSender } from './stream-call';

/**
 * What server-stream.ts and bidi-stream.ts share: the sender, tracked for shutdown from the start, the caller
 * authenticated before the body runs, the end audited. The body's return ends the stream with OK.
 */
export function runStream<Res>(
  rpc: Rpc,
  call: ServerWritableStream<unknown, Res> | ServerDuplexStream<unknown, Res>,
  body: (out: StreamSender<Res>, ctx: CallContext) => Promise<void>,
): void {
  const startedAt = performance.now();
  let caller: Caller | undefined;
  const out = new StreamSender<Res>(call, rpc.log, (code) => audit(rpc, call, caller, code, startedAt));
  const untrack = rpc.streams.add({ buffered: () => out.buffered(), shutdown: (err) => out.fail(err) });
  out.run(async () => {
    // Untracked as soon as the body is over, before what it deferred (closing its consumer, say) runs.
    try {
      caller = callerOf(rpc.auth, call);
      await body(out, contextOf(call, caller));
    } finally {
      untrack();
    }
  });
}
