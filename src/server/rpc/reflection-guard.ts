import { Metadata, ServerInterceptingCall, ServerListenerBuilder, status, type ServerInterceptor } from '@grpc/grpc-js';
import type { Caller } from '../../auth/principal';
import { GatewayError } from '../../errors';
import { audit, cancelledCode, credentialsOf, type Rpc } from './call-context';

/**
 * Reflection is @grpc/reflection's service, not ours, so it does not pass through the call adapters; this
 * interceptor asks the same authenticator before a reflection call's request is read, refuses the caller it does
 * not know when `refuse` (otherwise it is audited without a principal), and writes the call's audit line as the
 * adapters do. Health stays open: load balancers probe it without credentials.
 */
export function reflectionGuard(rpc: Pick<Rpc, 'auth' | 'log' | 'auditLevel' | 'refusals'>, refuse: boolean): ServerInterceptor {
  return (method, call) => {
    if (!method.path.startsWith('/grpc.reflection.')) return new ServerInterceptingCall(call);
    const startedAt = performance.now();
    let caller: Caller | undefined;
    let audited = false;
    const logEnd = (code: status) => {
      if (audited) return;
      audited = true;
      audit(rpc, { getPath: () => method.path, getPeer: () => call.getPeer() }, caller, code, startedAt);
    };
    return new ServerInterceptingCall(call, {
      start: (next) => {
        next(
          new ServerListenerBuilder()
            .withOnReceiveMetadata((metadata, pass) => {
              try {
                caller = rpc.auth.authenticate(credentialsOf(metadata, call));
              } catch (err) {
                if (!refuse) return pass(metadata);
                const details = err instanceof GatewayError ? err.message : 'authentication failed';
                logEnd(status.UNAUTHENTICATED);
                call.sendStatus({ code: status.UNAUTHENTICATED, details, metadata: new Metadata() });
                return;
              }
              pass(metadata);
            })
            // After every call's end, its status sent or not: without one the client went, or its deadline passed.
            .withOnCancel(() => logEnd(cancelledCode(call)))
            .build(),
        );
      },
      sendStatus: (s, next) => {
        logEnd(s.code);
        next(s);
      },
    });
  };
}
