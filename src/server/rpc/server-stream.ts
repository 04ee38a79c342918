import type { handleServerStreamingCall, ServerWritableStream } from '@grpc/grpc-js';
import type { CallContext, Rpc } from './call-context';
import { wellFormed } from './malformed-request';
import type { StreamSender } from './stream-call';
import { runStream } from './stream-adapter';

/**
 * Adapts a server-streaming body: the caller is authenticated before it runs, the stream is tracked (so that
 * shutdown ends it with UNAVAILABLE) and its end is audited. The body's return ends the stream with OK.
 */
export function serverStream<Req, Res>(
  rpc: Rpc,
  impl: (request: Req, out: StreamSender<Res>, ctx: CallContext) => Promise<void>,
): handleServerStreamingCall<Req, Res> {
  return (call: ServerWritableStream<Req, Res>) => runStream(rpc, call, (out, ctx) => impl(wellFormed(call.request), out, ctx));
}
