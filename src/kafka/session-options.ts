import type { MemoryBudget } from '../handles/memory-budget';
import type { Logger } from '../logger';
import type { KafkaMeter } from '../metrics/kafka-meter';

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
