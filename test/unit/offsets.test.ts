import { GatewayError } from '../../src/errors';
import { LOGICAL_STARTS, offsetIn, offsetOut, timestampIn } from '../../src/kafka/offsets';

describe('offsets and timestamps at the edge', () => {
  it('takes 0 to 2^53-1 exactly and refuses anything a JavaScript number would round', () => {
    expect(offsetIn(0n, 'offset')).toBe(0);
    expect(offsetIn(2n ** 53n - 1n, 'offset')).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of [2n ** 53n, 2n ** 53n + 1n, 2n ** 63n - 1n, -1n, -(2n ** 63n)]) {
      expect(() => offsetIn(bad, 'the offset')).toThrow(GatewayError);
      expect(() => offsetIn(bad, 'the offset')).toThrow(`the offset must be from 0 to 9007199254740991, got ${bad}`);
    }
  });

  it('takes a logical offset only where the call names it', () => {
    expect(offsetIn(-2n, 'offset', LOGICAL_STARTS)).toBe(-2);
    expect(offsetIn(-1001n, 'offset', LOGICAL_STARTS)).toBe(-1001);
    expect(() => offsetIn(-3n, 'offset', LOGICAL_STARTS)).toThrow('or -2 (BEGINNING), -1 (END), -1000 (STORED), -1001 (INVALID), got -3');
    expect(() => offsetIn(-2n, 'offset')).toThrow(GatewayError);
  });

  it('refuses timestamps outside 0 to 2^53-1', () => {
    expect(timestampIn(1_700_000_000_000n, 'timestamp_ms')).toBe(1_700_000_000_000);
    expect(() => timestampIn(2n ** 63n - 1n, 'timestamp_ms')).toThrow('timestamp_ms must be from 0 to');
    expect(() => timestampIn(-1n, 'timestamp_ms')).toThrow(GatewayError);
  });

  it('reports what librdkafka gives back within int64, whatever another client committed', () => {
    expect(offsetOut(42)).toBe(42n);
    expect(offsetOut(-1001)).toBe(-1001n);
    expect(offsetOut(undefined)).toBe(-1001n);
    // 2^63-1 committed elsewhere arrives as the double 2^63, one past int64's range.
    expect(offsetOut(9223372036854775807)).toBe(2n ** 63n - 1n);
    expect(offsetOut(-Infinity)).toBe(-1001n);
  });
});
