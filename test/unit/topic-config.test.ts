import { GatewayError } from '../../src/errors';
import { checkTopicConfig } from '../../src/kafka/topic-config';

const refusal = (config: Record<string, string>): string => {
  try {
    checkTopicConfig(config);
  } catch (err) {
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).kind).toBe('INVALID_ARGUMENT');
    return (err as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(config)}`);
};

describe('the topic configs CreateTopic passes on', () => {
  it('passes what a topic owner chooses', () => {
    const config = {
      'cleanup.policy': 'compact,delete',
      'compression.type': 'zstd',
      'retention.ms': '-1',
      'retention.bytes': '1073741824',
      'max.message.bytes': '2097152',
      'min.insync.replicas': '2',
      'min.cleanable.dirty.ratio': '0.5',
      'segment.bytes': '1048576',
      'message.timestamp.type': 'LogAppendTime',
    };
    expect(checkTopicConfig(config)).toEqual(config);
  });

  it('refuses a name not on the list, saying so', () => {
    expect(refusal({ 'log.dirs': '/etc' })).toBe('"log.dirs" is not a topic config the gateway passes on (the README\'s "What a client cannot do" lists those it does)');
    expect(refusal({ ['x'.repeat(500)]: '1' })).toMatch(/^"x{64}"\.\.\. \(500 characters\) is not a topic config/);
    // Names of Object.prototype are not rules.
    expect(refusal({ constructor: '1' })).toMatch(/"constructor" is not a topic config/);
  });

  it("refuses the brokers' own operation with the reason", () => {
    expect(refusal({ 'flush.messages': '1' })).toMatch(/^topic config flush.messages is not allowed: it makes the brokers write to disk/);
    expect(refusal({ 'unclean.leader.election.enable': 'true' })).toMatch(/not allowed: it is the cluster operator's/);
    expect(refusal({ preallocate: 'true' })).toMatch(/not allowed: it is about the brokers' own disks/);
    expect(refusal({ 'remote.storage.enable': 'true' })).toMatch(/tiered storage/);
  });

  it('holds values to their range and names it', () => {
    expect(refusal({ 'segment.bytes': '14' })).toBe('topic config segment.bytes must be an integer from 1048576 to 1073741824, got "14"');
    expect(refusal({ 'segment.ms': '1' })).toBe('topic config segment.ms must be an integer at least 60000, got "1"');
    expect(refusal({ 'compression.gzip.level': '0' })).toBe('topic config compression.gzip.level must be an integer from 1 to 9 (or -1), got "0"');
    expect(checkTopicConfig({ 'compression.gzip.level': '-1' })).toEqual({ 'compression.gzip.level': '-1' });
    expect(refusal({ 'max.message.bytes': '1000000000' })).toMatch(/from 0 to 104857600/);
    expect(refusal({ 'retention.ms': '1e9' })).toMatch(/retention.ms must be an integer at least -1/);
    expect(refusal({ 'retention.ms': '-2' })).toMatch(/got "-2"/);
    expect(refusal({ 'min.cleanable.dirty.ratio': '0' })).toBe('topic config min.cleanable.dirty.ratio must be a number from 0.01 to 1, got "0"');
    expect(refusal({ 'min.cleanable.dirty.ratio': 'NaN' })).toMatch(/from 0.01 to 1/);
    expect(refusal({ 'cleanup.policy': 'none' })).toBe('topic config cleanup.policy must be one of delete, compact, delete,compact, compact,delete, got "none"');
    expect(refusal({ 'retention.ms': '9'.repeat(65) })).toBe('topic config retention.ms may be at most 64 characters long, got 65');
  });

  it('bounds the number of entries', () => {
    const many = Object.fromEntries(Array.from({ length: 65 }, (_x, i) => [`c${i}`, '1']));
    expect(refusal(many)).toBe('config holds at most 64 entries, got 65');
  });
});
