/**
 * What went wrong, in the gateway's own terms. Code below the gRPC layer throws GatewayError with one of these
 * kinds; src/server/status/to-grpc-status.ts is the one place that turns a kind (or a librdkafka error) into a
 * gRPC status.
 */
export type ErrorKind =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'FAILED_PRECONDITION'
  | 'PERMISSION_DENIED'
  | 'UNAUTHENTICATED'
  | 'RESOURCE_EXHAUSTED'
  | 'UNAVAILABLE'
  | 'DEADLINE_EXCEEDED';

export class GatewayError extends Error {
  static readonly code = 'KGW_GATEWAY';
  readonly code = GatewayError.code;
  /**
   * @param kind    how the caller should react (maps to a gRPC code)
   * @param reason  stable UPPER_SNAKE identifier for programs (e.g. TOPIC_NOT_FOUND)
   * @param message text for people; keeps the plugin's wording where the plugin has one
   */
  constructor(
    readonly kind: ErrorKind,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export const invalidArgument = (message: string, reason = 'INVALID_ARGUMENT') =>
  new GatewayError('INVALID_ARGUMENT', reason, message);
export const notFound = (message: string, reason = 'NOT_FOUND') => new GatewayError('NOT_FOUND', reason, message);

/** The most characters of a client's own text that an error message repeats. */
export const ECHO_MAX = 64;

/**
 * Client input quoted for an error message, cut to ECHO_MAX characters: a message (and the trailer it travels in)
 * never grows with what a client sent.
 */
export function cut(text: string, max = ECHO_MAX, quoted = true): string {
  const show = (t: string) => (quoted ? JSON.stringify(t) : t);
  if (text.length <= max) return show(text);
  return `${show(text.slice(0, max))}... (${text.length} characters)`;
}
