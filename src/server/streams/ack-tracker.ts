import { topicPartitionKey as key } from '../../kafka/consumer-events';
import type { PartitionOffset } from '../../kafka/consumer-session';

interface PartitionAcks {
  /** Offsets delivered and not yet released, ascending (Kafka delivers a partition in order). */
  offsets: number[];
  /** Where the unreleased part of `offsets` starts. */
  head: number;
  /** Offsets acknowledged while an earlier one is still outstanding. */
  acked: Set<number>;
}

/** What an acknowledgement did: made offsets committable (`released` of them, up to `store`), or was refused. */
export type AckOutcome = { store?: undefined; rejected?: undefined } | { store: PartitionOffset; released: number; rejected?: undefined } | { store?: undefined; rejected: string };

/** What one frame of acknowledgements did: the offsets to store (one per partition), and the refused ones. */
export interface FrameOutcome {
  store: PartitionOffset[];
  /** Messages the frame made committable. */
  released: number;
  rejected: { index: number; reason: string }[];
}

/**
 * The acknowledgement state of one ConsumeAcked stream. An offset becomes committable only when every earlier
 * message of its partition was acknowledged: the offset to store is then one past the last of that unbroken run.
 */
export class AckTracker {
  private readonly partitions = new Map<string, PartitionAcks>();
  /** Messages delivered and not acknowledged. */
  unacked = 0;
  /** Offsets held: unacknowledged ones and acknowledged ones behind a gap. */
  held = 0;

  delivered(topic: string, partition: number, offset: number): void {
    const k = key(topic, partition);
    let p = this.partitions.get(k);
    if (!p) this.partitions.set(k, (p = { offsets: [], head: 0, acked: new Set() }));
    p.offsets.push(offset);
    this.unacked++;
    this.held++;
  }

  ack(topic: string, partition: number, offset: number): AckOutcome {
    const p = this.partitions.get(key(topic, partition));
    if (!p) return { rejected: `partition ${topic}[${partition}] is not assigned to this stream (revoked, or nothing of it was delivered here)` };
    const at = indexOf(p.offsets, p.head, offset);
    if (at < 0 || p.acked.has(offset)) return { rejected: `offset ${offset} of ${topic}[${partition}] was not delivered on this stream, or was acknowledged already` };
    this.unacked--;
    if (at !== p.head) {
      p.acked.add(offset);
      return {};
    }
    const first = p.head;
    let last = p.offsets[p.head++]!;
    while (p.head < p.offsets.length && p.acked.delete(p.offsets[p.head]!)) last = p.offsets[p.head++]!;
    const released = p.head - first;
    this.held -= released;
    compact(p);
    return { store: { topic, partition, offset: last + 1 }, released };
  }

  /**
   * Acknowledges a frame's messages in order. A frame of in-order acks moves each partition many times, and
   * librdkafka stores offsets one by one: only each partition's last (highest) offset to store is kept.
   */
  ackAll(messages: readonly { topic: string; partition: number; offset: number }[]): FrameOutcome {
    const store = new Map<string, PartitionOffset>();
    const rejected: FrameOutcome['rejected'] = [];
    let released = 0;
    messages.forEach((m, index) => {
      const outcome = this.ack(m.topic, m.partition, m.offset);
      if (outcome.rejected) rejected.push({ index, reason: outcome.rejected });
      else if (outcome.store) {
        store.set(key(m.topic, m.partition), outcome.store);
        released += outcome.released;
      }
    });
    return { store: [...store.values()], released, rejected };
  }

  /** Forgets revoked partitions: what was not acknowledged there will be delivered again to their new owner. */
  drop(partitions: { topic: string; partition: number }[]): void {
    for (const tp of partitions) {
      const p = this.partitions.get(key(tp.topic, tp.partition));
      if (!p) continue;
      const outstanding = p.offsets.length - p.head;
      this.held -= outstanding;
      this.unacked -= outstanding - p.acked.size;
      this.partitions.delete(key(tp.topic, tp.partition));
    }
  }
}

/** Drops the released prefix once it is most of the array, so that the work stays linear. */
function compact(p: PartitionAcks): void {
  if (p.head > 1024 && p.head * 2 > p.offsets.length) {
    p.offsets = p.offsets.slice(p.head);
    p.head = 0;
  }
}

/** Binary search in the ascending offsets[from..]. */
function indexOf(offsets: number[], from: number, offset: number): number {
  let lo = from;
  let hi = offsets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = offsets[mid]!;
    if (v === offset) return mid;
    if (v < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
