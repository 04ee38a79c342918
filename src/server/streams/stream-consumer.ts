import type { HandleRegistry } from '../../handles/registry';
import { clientConfig, withStreamMembership, type ClientPolicy } from '../../kafka/client-config';
import { ConsumerSession } from '../../kafka/consumer-session';
import type { Logger } from '../../logger';
import type { KafkaMeter } from '../../metrics/kafka-meter';
import type { Rpc } from '../rpc/call-context';

export interface ConsumeStreamDeps {
  handles: HandleRegistry;
  clients: ClientPolicy;
  log: Logger;
  rpc: Rpc;
  /** The Kafka metrics the gateway's clients report to; undefined: metrics are off. */
  meter?: KafkaMeter | undefined;
}

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * A consumer made for one stream: registered like any other (so the client can Commit or Seek with its handle,
 * and it counts against the handle limit) and closed by the stream when it ends. Its group membership times out
 * quickly (withStreamMembership), so that a gateway that dies under it does not hold its partitions for long.
 */
export async function createStreamConsumer(
  deps: ConsumeStreamDeps,
  owner: string,
  config: Record<string, string>,
  start: (session: ConsumerSession) => Promise<void>,
): Promise<{ id: string; session: ConsumerSession }> {
  const checked = withStreamMembership(clientConfig(config, deps.clients, 'consumer', deps.clients.overrideFor(owner)));
  const { id, resource: session } = await deps.handles.build('consumer', owner, (memory) => ConsumerSession.create(checked, { log: deps.log, connectTimeoutMs: CONNECT_TIMEOUT_MS, meter: deps.meter, memory }));
  try {
    await start(session);
  } catch (err) {
    await deps.handles.close(owner, 'consumer', id);
    throw err;
  }
  return { id, session };
}

/** Closes a stream's own consumer; a failure is only logged, the stream is over anyway. */
export async function closeStreamConsumer(deps: ConsumeStreamDeps, owner: string, id: string): Promise<void> {
  await deps.handles.close(owner, 'consumer', id).catch((err: unknown) => deps.log.debug({ err, id }, 'closing a stream consumer failed'));
}
