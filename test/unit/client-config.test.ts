import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GatewayError } from '../../src/errors';
import { checkBrokerList, clientConfig, clientPolicy, CONSUMER_DEFAULTS, DEFAULT_LIMITS, withStreamMembership } from '../../src/kafka/client-config';
import { CLIENT_PROPERTIES } from '../../src/kafka/client-properties';

const policy = clientPolicy('b:1,[::1]:9093', ['kafka-*.internal:9092', '10.0.0.7:*']);

/** The error a config gets, as [reason, message]. */
function refusal(config: Record<string, string>, kind: 'producer' | 'consumer' = 'producer'): [string, string] {
  try {
    clientConfig(config, policy, kind);
  } catch (err) {
    if (!(err instanceof GatewayError)) throw err;
    expect(err.kind).toBe('INVALID_ARGUMENT');
    return [err.reason, err.message];
  }
  throw new Error(`accepted ${JSON.stringify(config).slice(0, 80)}`);
}

/** Every property the bundled librdkafka documents, from the CONFIGURATION.md that `npm ci` installs with it. */
function librdkafkaProperties(): string[] {
  const doc = readFileSync(resolve(__dirname, '../../node_modules/node-rdkafka/build/deps/share/doc/librdkafka/CONFIGURATION.md'), 'utf8');
  const names = [...doc.matchAll(/^([A-Za-z0-9_.]+)\s+\|\s*[CP*]\s*\|/gm)].map((m) => m[1]!);
  return [...new Set(names)];
}

describe('the client property table', () => {
  const documented = librdkafkaProperties();

  it('classifies every property of the bundled librdkafka, so an upgrade cannot add one unreviewed', () => {
    expect(documented.length).toBeGreaterThan(150);
    expect(documented.filter((name) => !Object.hasOwn(CLIENT_PROPERTIES, name))).toEqual([]);
  });

  it('names no property librdkafka does not have', () => {
    const known = new Set(documented);
    expect(Object.keys(CLIENT_PROPERTIES).filter((name) => !known.has(name))).toEqual([]);
  });

  it.each([
    'internal.termination.signal', 'ssl.providers', 'plugin.library.paths', 'interceptors', 'ssl.engine.location', 'ssl.engine.id',
    'sasl.kerberos.kinit.cmd', 'sasl.kerberos.keytab', 'ssl.ca.location', 'ssl.key.location', 'ssl.keystore.location',
    'sasl.oauthbearer.token.endpoint.url', 'sasl.oauthbearer.assertion.file', 'offset.store.path', 'security.protocol', 'debug',
    'log_level', 'rebalance_cb', 'offset_commit_cb', 'dr_cb', 'transactional.id', 'enable.partition.eof',
  ])('refuses %s, naming it', (key) => {
    const [reason, message] = refusal({ [key]: '1' });
    expect(reason).toBe('CONFIG_REFUSED');
    expect(message).toMatch(new RegExp(`^${key.replace(/\./g, '\\.')} is not allowed: `));
  });
});

describe('clientConfig', () => {
  it("fills in the gateway's brokers when the client names none, and keeps the client's own when allowed", () => {
    expect(clientConfig({}, policy, 'producer')['bootstrap.servers']).toBe('b:1,[::1]:9093');
    expect(clientConfig({ 'bootstrap.servers': 'B:1' }, policy, 'producer')['bootstrap.servers']).toBe('B:1');
    expect(clientConfig({ 'metadata.broker.list': 'kafka-3.internal:9092' }, policy, 'producer')['bootstrap.servers']).toBeUndefined();
  });

  it('bounds what a consumer prefetches and a producer queues unless the client sets it', () => {
    const consumer = clientConfig({ 'group.id': 'g' }, policy, 'consumer');
    expect(consumer['queued.max.messages.kbytes']).toBe('8192');
    expect(consumer['fetch.max.bytes']).toBe('8388608');
    expect(consumer['queued.min.messages']).toBe('10000');
    // A full (smaller) queue must not stall fetching for librdkafka's default second.
    expect(consumer['fetch.queue.backoff.ms']).toBe('10');
    expect(clientConfig({ 'group.id': 'g', 'queued.max.messages.kbytes': '65536' }, policy, 'consumer')['queued.max.messages.kbytes']).toBe('65536');
    const producer = clientConfig({}, policy, 'producer');
    expect(producer['queue.buffering.max.kbytes']).toBe('65536');
    for (const key of Object.keys(CONSUMER_DEFAULTS)) expect(producer[key]).toBeUndefined();
  });

  it("lowers the gateway's own defaults to an operator limit below them", () => {
    const tight = clientPolicy('b:1', [], { consumerQueueKbytes: 1024, producerQueueKbytes: 2048 });
    expect(clientConfig({ 'group.id': 'g' }, tight, 'consumer')['queued.max.messages.kbytes']).toBe('1024');
    expect(clientConfig({}, tight, 'producer')['queue.buffering.max.kbytes']).toBe('2048');
  });

  it('refuses values beyond the operator limits, naming property, value and limit', () => {
    expect(refusal({ 'group.id': 'g', 'queued.max.messages.kbytes': '2097151' }, 'consumer')).toEqual([
      'CONFIG_LIMIT', `queued.max.messages.kbytes may be at most ${DEFAULT_LIMITS.consumerQueueKbytes} (the gateway's limit), got 2097151`,
    ]);
    expect(refusal({ 'queue.buffering.max.kbytes': '1048576' })).toEqual([
      'CONFIG_LIMIT', `queue.buffering.max.kbytes may be at most ${DEFAULT_LIMITS.producerQueueKbytes} (the gateway's limit), got 1048576`,
    ]);
    expect(refusal({ 'statistics.interval.ms': '1' })).toEqual([
      'CONFIG_LIMIT', `statistics.interval.ms must be 0 (off) or at least ${DEFAULT_LIMITS.statisticsMinMs} (the gateway's limit), got 1`,
    ]);
    expect(clientConfig({ 'statistics.interval.ms': '0' }, policy, 'producer')['statistics.interval.ms']).toBe('0');
  });

  it('checks numbers and switches before librdkafka sees them', () => {
    expect(refusal({ 'linger.ms': 'soon' })[1]).toBe('linger.ms must be an integer from 0 to 900000, got "soon"');
    expect(refusal({ 'linger.ms': '1e3' })[1]).toMatch(/^linger\.ms must be an integer/);
    expect(refusal({ 'linger.ms': '99999999999999999999' })[1]).toMatch(/^linger\.ms must be an integer/);
    expect(refusal({ 'socket.keepalive.enable': 'yes' })[1]).toBe('socket.keepalive.enable must be true or false, got "yes"');
    expect(clientConfig({ 'linger.ms': '5', 'enable.idempotence': 'true' }, policy, 'producer')['linger.ms']).toBe('5');
    // librdkafka's name for -1 is taken as it is, the number too; anything else is refused saying both.
    expect(clientConfig({ acks: 'all' }, policy, 'producer')['acks']).toBe('all');
    expect(clientConfig({ 'request.required.acks': '-1' }, policy, 'producer')['request.required.acks']).toBe('-1');
    expect(refusal({ acks: 'most' })[1]).toBe('acks must be an integer from -1 to 1000 (or all), got "most"');
  });

  it('refuses unknown keys in the plugin\'s words, long values, and too many properties', () => {
    expect(refusal({ bootstrap: 'x' })).toEqual(['CONFIG_INVALID', 'Failed to set bootstrap: No such configuration property']);
    const long = 'k'.repeat(10_000);
    expect(refusal({ [long]: 'x' })[1].length).toBeLessThan(200);
    expect(refusal({ 'client.id': 'x'.repeat(1_000_000) })[1]).toBe('client.id may be at most 256 characters long, got 1000000');
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v']));
    expect(refusal(many)[1]).toBe('a config may set at most 64 properties, got 65');
    expect(refusal({ ' ': 'x' })[1]).toBe('a config key must not be empty');
  });

  it('refuses a consumer without group.id', () => {
    const noGroup = () => clientConfig({}, policy, 'consumer');
    expect(noGroup).toThrow(GatewayError);
    expect(noGroup).toThrow('consumer need setting group.id');
  });
});

describe('checkBrokerList', () => {
  const allowed = (list: string) => () => checkBrokerList(list, policy);

  it("allows the gateway's own brokers (any case, with a protocol prefix) and the operator's patterns", () => {
    for (const list of ['b:1', 'B:1', 'PLAINTEXT://b:1', '[::1]:9093', 'b:1, kafka-12.internal:9092', 'kafka-a.internal', '10.0.0.7:19092 b:1']) {
      expect(allowed(list)).not.toThrow();
    }
  });

  it('refuses any other host or port, naming the entry', () => {
    for (const [list, entry] of [['b:2', 'b:2'], ['b:1,evil:1', 'evil:1'], ['kafka-1.internal.evil:9092', 'kafka-1.internal.evil:9092'], ['10.0.0.70:1', '10.0.0.70:1'], ['[::2]:9093', '[::2]:9093'], ['127.0.0.1:19192', '127.0.0.1:19192']]) {
      expect(allowed(list!)).toThrow(`brokers: "${entry}" is not one of the brokers this gateway allows`);
    }
    expect(allowed('b:99999')).toThrow('brokers: "b:99999" is not host:port');
    expect(allowed(' , ')).toThrow('brokers names no broker');
    expect(allowed('b:1,'.repeat(2000))).toThrow('brokers may be at most 4096 characters long, got 8000');
  });

  it('applies to broker lists in a config too', () => {
    expect(refusal({ 'bootstrap.servers': 'evil:9092' })).toEqual(['BROKER_NOT_ALLOWED', expect.stringContaining('bootstrap.servers: "evil:9092" is not one of')]);
    expect(refusal({ 'metadata.broker.list': 'b:1,evil' })[1]).toContain('"evil" is not one of');
  });
});

describe('withStreamMembership', () => {
  it('gives a stream consumer a short session unless the client chose its membership', () => {
    expect(withStreamMembership({ 'group.id': 'g' })).toEqual({ 'group.id': 'g', 'session.timeout.ms': '6000', 'heartbeat.interval.ms': '2000' });
    // Either timing key means the client chose: the other stays librdkafka's, so the two cannot disagree.
    expect(withStreamMembership({ 'group.id': 'g', 'session.timeout.ms': '30000' })).toEqual({ 'group.id': 'g', 'session.timeout.ms': '30000' });
    expect(withStreamMembership({ 'heartbeat.interval.ms': '500' })).toEqual({ 'heartbeat.interval.ms': '500' });
    expect(withStreamMembership({ 'group.instance.id': 'i' })).toEqual({ 'group.instance.id': 'i' });
    // The consumer protocol (KIP-848) takes its timings from the broker.
    expect(withStreamMembership({ 'group.protocol': 'consumer' })).toEqual({ 'group.protocol': 'consumer' });
    expect(withStreamMembership({ 'group.protocol': 'classic' })['session.timeout.ms']).toBe('6000');
  });
});
