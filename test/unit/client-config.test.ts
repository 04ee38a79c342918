import { GatewayError } from '../../src/errors';
import { clientConfig, CONSUMER_DEFAULTS } from '../../src/kafka/client-config';

describe('clientConfig', () => {
  it("fills in the gateway's brokers when the client names none, and keeps the client's own", () => {
    expect(clientConfig({}, 'b:1', 'producer')['bootstrap.servers']).toBe('b:1');
    expect(clientConfig({ 'bootstrap.servers': 'mine:9' }, 'b:1', 'producer')['bootstrap.servers']).toBe('mine:9');
    expect(clientConfig({ 'metadata.broker.list': 'mine:9' }, 'b:1', 'producer')['bootstrap.servers']).toBeUndefined();
  });

  it('bounds what a consumer prefetches unless the client sets it, and leaves producers alone', () => {
    const consumer = clientConfig({ 'group.id': 'g' }, 'b:1', 'consumer');
    expect(consumer['queued.max.messages.kbytes']).toBe('8192');
    expect(consumer['fetch.max.bytes']).toBe('8388608');
    expect(consumer['queued.min.messages']).toBe('10000');
    // A full (smaller) queue must not stall fetching for librdkafka's default second.
    expect(consumer['fetch.queue.backoff.ms']).toBe('10');
    const own = clientConfig({ 'group.id': 'g', 'queued.max.messages.kbytes': '65536' }, 'b:1', 'consumer');
    expect(own['queued.max.messages.kbytes']).toBe('65536');
    const producer = clientConfig({}, 'b:1', 'producer');
    for (const key of Object.keys(CONSUMER_DEFAULTS)) expect(producer[key]).toBeUndefined();
  });

  it('refuses properties that reach the host, and a consumer without group.id', () => {
    const refused = () => clientConfig({ 'ssl.key.location': '/etc/x' }, 'b:1', 'producer');
    expect(refused).toThrow(GatewayError);
    expect(refused).toThrow(/not allowed/);
    const noGroup = () => clientConfig({}, 'b:1', 'consumer');
    expect(noGroup).toThrow(GatewayError);
    expect(noGroup).toThrow('consumer need setting group.id');
  });
});
