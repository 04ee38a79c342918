import { ServerInterceptingCall, type ServerInterceptor } from '@grpc/grpc-js';
import type { GrpcCallMetrics, GrpcType } from '../metrics/grpc-calls';
import { cancelledCode } from './rpc/call-context';

/**
 * Counts every call of the server for the grpc_server_* metrics, whatever its handler: started, each message
 * in and out, and the status it ended with and when. grpc-js answers some calls itself (a deadline passed, a
 * request too large or that does not parse) by calling its own call's sendStatus, past every interceptor: so the
 * status is taken where it leaves, on the call this interceptor wraps (it must be the first of the server's). A
 * call that ends with no status sent counts as CANCELLED (the client cancelled or went away), or as
 * DEADLINE_EXCEEDED once its deadline has passed.
 */
export function metricsInterceptor(calls: GrpcCallMetrics): ServerInterceptor {
  return (method, call) => {
    const type: GrpcType = method.requestStream ? (method.responseStream ? 'bidi_stream' : 'client_stream') : method.responseStream ? 'server_stream' : 'unary';
    const m = calls.method(method.path, type);
    m.started++;
    const began = performance.now();
    let ended = false;
    const end = (code: number) => {
      if (ended) return;
      ended = true;
      m.finish(code, (performance.now() - began) / 1000);
    };
    const send = call.sendStatus.bind(call);
    call.sendStatus = (s) => {
      end(s.code);
      send(s);
    };
    return new ServerInterceptingCall(call, {
      start: (next) =>
        next({
          onReceiveMessage: (message, pass) => {
            m.received++;
            pass(message);
          },
          // grpc-js tells of every call's end this way, after its status if one was sent. Without one, a call
          // past its deadline was ended by it: the client's deadline fires a moment before the server's.
          onCancel: () => end(cancelledCode(call)),
        }),
      sendMessage: (message, pass) => {
        m.sent++;
        pass(message);
      },
    });
  };
}
