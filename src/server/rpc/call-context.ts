import { status, type Metadata, type ServerUnaryCall } from '@grpc/grpc-js';
import { altNames, type Authenticator, type Credentials } from '../../auth/authenticator';
import type { Caller } from '../../auth/principal';
import type { Reader } from '../../kafka/consumer-router';
import type { Logger } from '../../logger';
import type { StreamTracker } from '../streams/stream-tracker';
import { clientOf } from './client-identity';
import { REFUSAL_LINES_PER_SECOND, RefusalLog } from './refusal-log';

/** What the adapters use of a call, whatever its kind (grpc-js does not export its common type). */
type SurfaceCall = Pick<ServerUnaryCall<unknown, unknown>, 'metadata' | 'getPeer' | 'getAuthContext' | 'getDeadline' | 'getPath'>;

/**
 * What every handler sees besides its request: who calls, how long it may take, and whether the client is still
 * there. A read from a consumer or queue takes the context as its Reader, so it takes nothing for a client gone.
 */
export interface CallContext extends Reader {
  /** The authenticated caller: whose handles, tables and quota the call uses. */
  readonly caller: Caller;
  /** Aborted once the call is over: answered, cancelled, its client gone, or its deadline passed. */
  readonly signal: AbortSignal;
  /** Milliseconds left until the call's deadline; Infinity when the client set none. */
  timeLeftMs(): number;
}

/** What the call adapters share: they authenticate, log each call's outcome and track streams for shutdown. */
export interface Rpc {
  log: Logger;
  auth: Authenticator;
  /** The level of the one line per call (method, principal, peer, code, duration). */
  auditLevel: 'info' | 'debug' | 'silent';
  /** Bounds the audit lines of calls refused for want of credentials, per peer. */
  refusals: RefusalLog;
  streams: StreamTracker;
}

/** The credentials of a call as the authenticator takes them. */
export function credentialsOf(metadata: Metadata, call: Pick<SurfaceCall, 'getPeer' | 'getAuthContext'>): Credentials {
  const cert = call.getAuthContext().sslPeerCertificate;
  return {
    authorization: authorizationOf(metadata),
    peer: clientOf(call),
    ...(cert && Object.keys(cert).length > 0 ? { certificate: { ...(cert.subject?.CN ? { cn: String(cert.subject.CN) } : {}), altNames: altNames(cert.subjectaltname) } } : {}),
  };
}

function authorizationOf(metadata: Metadata): string[] {
  return metadata.get('authorization').map((v) => (typeof v === 'string' ? v : v.toString('utf8')));
}

/**
 * Who calls: authenticated from the call's credentials, or without principals simply its peer address (which
 * is all the authenticator would look at then, so the credentials are not gathered).
 */
export function callerOf(auth: Authenticator, call: SurfaceCall): Caller {
  return auth.authenticate(auth.enabled ? credentialsOf(call.metadata, call) : { authorization: [], peer: clientOf(call) });
}

export function contextOf(call: SurfaceCall & { readonly cancelled: boolean; once(event: 'cancelled', listener: () => void): unknown }, caller: Caller): CallContext {
  const ended = new AbortController();
  if (call.cancelled) ended.abort();
  else call.once('cancelled', () => ended.abort());
  return {
    caller,
    signal: ended.signal,
    timeLeftMs: () => {
      const deadline = call.getDeadline();
      const at = deadline instanceof Date ? deadline.getTime() : deadline;
      return Number.isFinite(at) ? Math.max(0, at - Date.now()) : Infinity;
    },
  };
}

/**
 * The code of a call that ended before it answered: DEADLINE_EXCEEDED once its deadline has passed (grpc-js ended
 * it), otherwise CANCELLED (the client cancelled or went away). The audit line says this, not what the handler
 * would have answered, since no answer reached the client.
 */
export function cancelledCode(call: Pick<SurfaceCall, 'getDeadline'>): status {
  const deadline = call.getDeadline();
  const at = deadline instanceof Date ? deadline.getTime() : deadline;
  return Number.isFinite(at) && at <= Date.now() ? status.DEADLINE_EXCEEDED : status.CANCELLED;
}

/**
 * The audit line of a call. One per call, written when it ended, so that it has the code; a call that could
 * not authenticate is logged with its peer only.
 */
export function audit(rpc: Pick<Rpc, 'log' | 'auditLevel' | 'refusals'>, call: Pick<SurfaceCall, 'getPath' | 'getPeer'>, caller: Caller | undefined, code: status, startedAt: number): void {
  if (rpc.auditLevel === 'silent' || !rpc.log.isLevelEnabled(rpc.auditLevel)) return;
  const peer = clientOf(call);
  if (caller === undefined && code === status.UNAUTHENTICATED && !rpc.refusals.admit(peer)) return;
  rpc.log[rpc.auditLevel](
    { audit: { method: call.getPath(), principal: caller?.principal?.name ?? null, peer, code: status[code] ?? code, ms: Math.round((performance.now() - startedAt) * 10) / 10 } },
    'call',
  );
}

/** The Rpc's refusal log, reporting at the audit level what it left out. */
export function refusalLog(log: Logger, level: Rpc['auditLevel']): RefusalLog {
  return new RefusalLog((peer, dropped) => {
    if (level !== 'silent') log[level]({ peer, dropped }, `${dropped} calls refused for want of credentials from ${peer} were not audited: more than ${REFUSAL_LINES_PER_SECOND} a second`);
  });
}
