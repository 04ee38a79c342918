import type { handleBidiStreamingCall, ServerDuplexStream } from '@grpc/grpc-js';
import type { CallContext, Rpc } from './call-context';
import { requestsOf, type StreamSender } from './stream-call';
import { runStream } from './stream-adapter';

/**
 * Adapts a bidi body, as serverStream does a server stream: authenticated first, tracked for shutdown, audited
 * at its end. The body reads `requests` (each checked as well formed) and writes to `out`.
 */
export function bidiStream<Req, Res>(
  rpc: Rpc,
  impl: (requests: AsyncGenerator<Req, void, undefined>, out: StreamSender<Res>, ctx: CallContext) => Promise<void>,
): handleBidiStreamingCall<Req, Res> {
  return (call: ServerDuplexStream<Req, Res>) => runStream(rpc, call, (out, ctx) => impl(requestsOf(call), out, ctx));
}
