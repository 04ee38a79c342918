import { BrokerConnection } from './group-protocol';
import { isLibrdKafkaError } from './kafka-errors';
import { connectionProperties, type KafkaProperties } from './kafka-properties';

/** How long the second look at a failed connection may take. */
const CHECK_TIMEOUT_MS = 3000;

/**
 * librdkafka reports a refused SASL login or a failed TLS handshake only as an error event, which node-rdkafka
 * delivers once the client polls; a client that never connected fails with "broker transport failure" after its
 * timeout, which says nothing about the credentials. When a client that uses TLS or SASL fails like that, the
 * group client logs in to the first bootstrap broker with the same properties: a refused login or a rejected
 * certificate replaces the vague error. Anything else (the broker is down, a mechanism the group client does not
 * speak) leaves the original error as it was.
 */
export async function explainConnectFailure(err: unknown, properties: KafkaProperties): Promise<unknown> {
  const connection = connectionProperties(properties);
  if ((connection['security.protocol'] ?? 'plaintext').toLowerCase() === 'plaintext') return err;
  const list = properties['bootstrap.servers'] ?? properties['metadata.broker.list'] ?? '';
  const first = list.split(/[\s,]+/).map((b) => b.replace(/^\w+:\/\//, '')).find((b) => b !== '');
  if (!first) return err;
  try {
    (await BrokerConnection.open(first, CHECK_TIMEOUT_MS, connection)).close();
  } catch (why) {
    if (isLibrdKafkaError(why)) return why;
  }
  return err;
}
