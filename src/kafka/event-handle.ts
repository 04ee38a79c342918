import type { Message } from 'node-rdkafka';
import { GatewayError } from '../errors';
import type { HeldEvent, PartitionOffset } from './consumer-events';
import { OFFSET_INVALID } from './offsets';

const empty = () => new GatewayError('FAILED_PRECONDITION', 'EVENT_EMPTY', '[PLUGIN::KAFKA] The event is empty!');
const wrongType = () => new GatewayError('FAILED_PRECONDITION', 'WRONG_EVENT_TYPE', '[PLUGIN::KAFKA] wrong event type.');

/** What an event handle stands for: one event taken from a queue, read as the plugin's event functions read it. */
export class EventHandle {
  constructor(readonly event: HeldEvent) {}

  get valid(): boolean {
    return this.event.name !== 'None';
  }

  /** librdkafka's name for the event; "(NONE)" for the empty one, as rd_kafka_event_name says. */
  get name(): string {
    return this.event.name === 'None' ? '(NONE)' : this.event.name;
  }

  messages(): Message[] {
    if (this.event.name === 'None') throw empty();
    return this.event.name === 'Fetch' ? this.event.messages : [];
  }

  /** The event's error as librdkafka states it: "Success" when it has none. */
  error(): { text: string; code: number } {
    const e = this.event;
    if (e.name === 'None') throw empty();
    const err = e.name === 'Error' ? e.error : e.name === 'OffsetCommit' ? e.error : undefined;
    return err ? { text: err.message, code: err.code } : { text: 'Success', code: 0 };
  }

  /** The partition of a Fetch event's first message, at its offset. */
  partition(): PartitionOffset {
    const e = this.event;
    if (e.name === 'None') throw empty();
    if (e.name !== 'Fetch' || e.messages.length === 0) throw wrongType();
    const m = e.messages[0]!;
    return { topic: m.topic, partition: m.partition, offset: m.offset };
  }

  /** The partitions of an OffsetCommit or Rebalance event. */
  partitions(): PartitionOffset[] {
    const e = this.event;
    if (e.name === 'None') throw empty();
    if (e.name !== 'OffsetCommit' && e.name !== 'Rebalance') throw wrongType();
    return e.partitions;
  }

  async close(): Promise<void> {
    // An event holds only what was copied into it.
  }
}

/** The plugin's text for a partition: "topic[partition:offset]", "#" for an offset that is not a real one. */
export function partitionText(p: PartitionOffset): string {
  return `${p.topic}[${p.partition}:${p.offset < 0 || p.offset === OFFSET_INVALID ? '#' : p.offset}]`;
}
