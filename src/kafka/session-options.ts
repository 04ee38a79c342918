import type { MemoryBudget, MemoryCharge } from '../handles/memory-budget';
import type { Logger } from '../logger';
import type { KafkaMeter } from '../metrics/kafka-meter';
import { promised } from './callbacks';
import { configError } from './client-config';
import type { KafkaProperties } from './kafka-properties';
import { explainConnectFailure } from './login-check';

/** What building a producer or consumer needs besides its properties. */
export interface SessionOptions {
  log: Logger;
  /** How long its brokers have to answer before the call fails. */
  connectTimeoutMs: number;
  /** The Kafka metrics the client reports to; undefined: metrics are off. */
  meter?: KafkaMeter | undefined;
  /** What the client and its queues may buffer is taken from this; undefined: no budget (tests). */
  memory?: MemoryBudget | undefined;
}

interface Connectable {
  connect(options: { timeout: number }, cb: (err: unknown) => void): unknown;
}

/**
 * Builds a librdkafka client and connects it, as the plugin's generation B does (its brokers must answer). A
 * property librdkafka refuses becomes the caller's INVALID_ARGUMENT; a client that does not come up gives its
 * memory `charge` back, so that only clients that exist hold any of the budget.
 */
export async function connectClient<C extends Connectable>(build: () => C, properties: KafkaProperties, o: SessionOptions, charge: MemoryCharge | undefined): Promise<C> {
  try {
    let client: C;
    try {
      client = build();
    } catch (err) {
      throw configError(err);
    }
    try {
      await promised((cb) => client.connect({ timeout: o.connectTimeoutMs }, (err) => cb(err, undefined)));
    } catch (err) {
      throw await explainConnectFailure(err, properties);
    }
    return client;
  } catch (err) {
    charge?.release();
    throw err;
  }
}
