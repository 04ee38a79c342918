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
