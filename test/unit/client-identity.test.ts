import { clientOf } from '../../src/server/rpc/client-identity';

const peer = (p: string) => clientOf({ getPeer: () => p });

describe('clientOf', () => {
  it('is the peer address without the port, the same for every connection of one host', () => {
    expect(peer('127.0.0.1:41000')).toBe('127.0.0.1');
    expect(peer('127.0.0.1:52000')).toBe('127.0.0.1');
    expect(peer('::1:41000')).toBe('::1');
    expect(peer('[2001:db8::7]:41000')).toBe('2001:db8::7');
    expect(peer('::ffff:10.1.2.3:41000')).toBe('10.1.2.3');
    expect(peer('unknown')).toBe('unknown');
  });
});
