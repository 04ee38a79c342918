import { clientConfig, clientPolicy } from '../../src/kafka/client-config';
import { CLIENT_PROPERTIES } from '../../src/kafka/client-properties';
import { connectionProperties, kafkaClientProperties } from '../../src/kafka/kafka-properties';

const operator = { 'security.protocol': 'SASL_SSL', 'sasl.mechanisms': 'SCRAM-SHA-512', 'sasl.username': 'gateway', 'sasl.password': 'gw-secret', 'queued.max.messages.kbytes': '1024', 'client.id': 'ops' };

describe("a client's final librdkafka properties", () => {
  it('no client may set a security, SASL or SSL property: the allowlist refuses every one of them', () => {
    const keys = Object.keys(CLIENT_PROPERTIES).filter((k) => /^(security\.|sasl\.|ssl\.|ssl_|enable\.ssl\.|enable\.sasl\.|https\.)/.test(k));
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) expect([key, 'refused' in CLIENT_PROPERTIES[key]!]).toEqual([key, true]);
  });

  it("are the operator's section, the client's checked config over it, and the principal's override over both", () => {
    const policy = clientPolicy('k1:9092', [], {}, operator);
    const props = clientConfig({ 'group.id': 'g', 'client.id': 'mine' }, policy, 'consumer', { 'sasl.username': 'alice', 'sasl.password': 'alice-secret' });
    expect(props).toMatchObject({
      'security.protocol': 'SASL_SSL',
      'sasl.mechanisms': 'SCRAM-SHA-512',
      'sasl.username': 'alice',
      'sasl.password': 'alice-secret',
      'client.id': 'mine',
      'group.id': 'g',
      'bootstrap.servers': 'k1:9092',
      // The operator's choice wins over the gateway's own default for consumers (8192).
      'queued.max.messages.kbytes': '1024',
    });
    expect(clientConfig({ 'group.id': 'g' }, policy, 'consumer')['sasl.username']).toBe('gateway');
    expect(() => clientConfig({ 'sasl.username': 'alice' }, policy, 'producer')).toThrow('sasl.username is not allowed');
  });

  it('refuses a config that skipped the allowlist rather than let it near the connection', () => {
    expect(() => kafkaClientProperties({ 'sasl.password': 'client' }, operator)).toThrow('sasl.password did not pass the client allowlist');
  });

  it('the group client copies only how to connect and log in', () => {
    expect(connectionProperties({ ...operator, 'ssl.ca.location': '/ca.pem', 'enable.ssl.certificate.verification': 'false' })).toEqual({
      'security.protocol': 'SASL_SSL',
      'sasl.mechanisms': 'SCRAM-SHA-512',
      'sasl.username': 'gateway',
      'sasl.password': 'gw-secret',
      'ssl.ca.location': '/ca.pem',
      'enable.ssl.certificate.verification': 'false',
    });
  });
});
