/**
 * A value that cannot be encoded, or bytes that cannot be decoded. The message says what and where; code above
 * src/values turns it into INVALID_ARGUMENT (encoding) or an in-band "Parse message failed" (decoding).
 */
export class ValueError extends Error {
  static readonly code = 'KGW_VALUE';
  readonly code = ValueError.code;
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

/** Runs `fn`, prefixing `path` to any ValueError it throws, so that a rule's message says where it was broken. */
export function withPath<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ValueError) throw new ValueError(`${path}: ${err.message}`);
    throw err;
  }
}
