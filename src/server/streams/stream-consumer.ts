import type { HandleRegistry } from '../../handles/registry';
import { clientConfig, type ClientPolicy } from '../../kafka/client-config';
import { ConsumerSession } from '../../kafka/consumer-session';
import type { Logger } from '../../logger';
import type { KafkaMeter } from '../../metrics/kafka-meter';
import type { StreamTracker } from './stream-tracker';

export interface ConsumeStreamDeps {
  handles: HandleRegistry;
  streams: StreamTracker;
  clients: ClientPolicy;
  log: Logger;
  /** The Kafka metrics the gateway's clients report to; undefined: metrics are off. */
  meter?: KafkaMeter | undefined;
}

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * A consumer made for one stream: registered like any other (so the client can Commit or Seek with its handle,
 * and it counts against the handle limit) and closed by the stream when it ends.
 */
export async function createStreamConsumer(
  deps: ConsumeStreamDeps,
  client: string,
  config: Record<string, string>,
  start: (session: ConsumerSession) => Promise<void>,
): Promise<{ id: string; session: ConsumerSession }> {
  const checked = clientConfig(config, deps.clients, 'consumer');
  const { id, resource: session } = await deps.handles.build('consumer', client, () => ConsumerSession.create(checked, deps.log, CONNECT_TIMEOUT_MS, deps.meter));
  try {
    await start(session);
  } catch (err) {
    await deps.handles.close('consumer', id);
    throw err;
  }
  return { id, session };
}

/** Closes a stream's own consumer; a failure is only logged, the stream is over anyway. */
export async function closeStreamConsumer(deps: ConsumeStreamDeps, id: string): Promise<void> {
  await deps.handles.close('consumer', id).catch((err: unknown) => deps.log.debug({ err, id }, 'closing a stream consumer failed'));
}
