import { ServerInterceptingCall, status, type ServerInterceptor } from '@grpc/grpc-js';
import type { GrpcCallMetrics, GrpcType } from '../metrics/grpc-calls';

/**
 * Counts every call of the server for the grpc_server_* metrics, whatever its handler: started, each message
 * in and out, and the status it ended with and when. A call that ends without a status from its handler (the
 * client cancelled, or its deadline passed and grpc-js answered itself) counts as CANCELLED or
 * DEADLINE_EXCEEDED. It sees each call's method, peer, status and duration: the per-call access log could be
 * written from here too.
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
    return new ServerInterceptingCall(call, {
      start: (next) =>
        next({
          onReceiveMessage: (message, pass) => {
            m.received++;
            pass(message);
          },
          onCancel: () => {
            const deadline = call.getDeadline();
            const passed = deadline instanceof Date ? deadline.getTime() <= Date.now() : Number.isFinite(deadline) && deadline <= Date.now();
            end(passed ? status.DEADLINE_EXCEEDED : status.CANCELLED);
          },
        }),
      sendMessage: (message, pass) => {
        m.sent++;
        pass(message);
      },
      sendStatus: (s, pass) => {
        end(s.code);
        pass(s);
      },
    });
  };
}
