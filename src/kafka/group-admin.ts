import { GatewayError } from '../errors';
import { BrokerConnection, describeGroups, findCoordinator, listGroups, type GroupDescription } from './group-protocol';
import type { KafkaProperties } from './kafka-properties';

// `connection` is the security.protocol, ssl.* and sasl.* of the client whose view is wanted (connectionProperties).

/** Asks the group's coordinator (found through the first reachable bootstrap broker) to describe it. */
export async function describeGroup(bootstrap: string, groupId: string, timeoutMs: number, connection: KafkaProperties = {}): Promise<GroupDescription> {
  const entry = await withConnection(bootstrap, timeoutMs, connection, (c) => findCoordinator(c, groupId, timeoutMs));
  const [group] = await withConnection(entry, timeoutMs, connection, (c) => describeGroups(c, [groupId], timeoutMs));
  if (!group) throw new GatewayError('UNAVAILABLE', 'BROKERS_UNAVAILABLE', `the coordinator did not describe group ${groupId}`);
  return group;
}

/** Every group of the cluster: each broker lists and describes the groups it coordinates. */
export async function describeAllGroups(brokers: string[], timeoutMs: number, connection: KafkaProperties = {}): Promise<GroupDescription[]> {
  const perBroker = await Promise.all(
    brokers.map((b) =>
      withConnection(b, timeoutMs, connection, async (c) => {
        const ids = await listGroups(c, timeoutMs);
        return ids.length ? describeGroups(c, ids, timeoutMs) : [];
      }),
    ),
  );
  return perBroker.flat().sort((a, b) => a.groupId.localeCompare(b.groupId));
}

/** Runs `fn` on a connection to the first broker of a comma-separated list that answers. */
async function withConnection<T>(brokers: string, timeoutMs: number, connection: KafkaProperties, fn: (c: BrokerConnection) => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (const b of brokers.split(',').map((s) => s.trim().replace(/^\w+:\/\//, '')).filter(Boolean)) {
    let conn: BrokerConnection;
    try {
      conn = await BrokerConnection.open(b, timeoutMs, connection);
    } catch (err) {
      // Another broker may be reachable; a refused login or a bad certificate would be refused there too.
      if (!(err instanceof GatewayError)) throw err;
      lastError = err;
      continue;
    }
    try {
      return await fn(conn);
    } finally {
      conn.close();
    }
  }
  throw lastError ?? new GatewayError('INVALID_ARGUMENT', 'NO_BROKERS', 'no broker address given');
}
