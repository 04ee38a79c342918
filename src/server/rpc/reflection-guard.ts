import { Metadata, ServerInterceptingCall, ServerListenerBuilder, status, type ServerInterceptor } from '@grpc/grpc-js';
import type { Authenticator } from '../../auth/authenticator';
import { GatewayError } from '../../errors';
import { credentialsOf } from './call-context';

/**
 * Reflection is @grpc/reflection's service, not ours, so it does not pass through the call adapters; this
 * interceptor asks the same authenticator before a reflection call's request is read. Health stays open: load
 * balancers probe it without credentials.
 */
export function reflectionGuard(auth: Authenticator): ServerInterceptor {
  return (method, call) => {
    if (!method.path.startsWith('/grpc.reflection.')) return new ServerInterceptingCall(call);
    return new ServerInterceptingCall(call, {
      start: (next) => {
        next(
          new ServerListenerBuilder()
            .withOnReceiveMetadata((metadata, pass) => {
              try {
                auth.authenticate(credentialsOf(metadata, call));
              } catch (err) {
                const details = err instanceof GatewayError ? err.message : 'authentication failed';
                call.sendStatus({ code: status.UNAUTHENTICATED, details, metadata: new Metadata() });
                return;
              }
              pass(metadata);
            })
            .build(),
        );
      },
    });
  };
}
