/** Where the brokers wrote one Kafka message. The same shape as the API's TopicPartitionOffset, so it goes out as is. */
export interface Delivery {
  topic: string;
  partition: number;
  offset: bigint;
}

/**
 * What became of one group of records: where each of its messages went, or why the group failed. A group is the
 * Kafka messages of one produced record (one, or the chunks of a split value), and it fails as a whole.
 */
export type GroupOutcome = { deliveries: Delivery[] } | { error: unknown };

/**
 * The delivery reports awaited by one enqueue call. Its records carry consecutive tokens from `first`, so that a
 * report finds its record's group by arithmetic, and a call costs one promise however many records it has (a
 * promise per record was a large part of the gateway's cost per 100-byte message).
 */
export class DeliveryBatch {
  readonly done: Promise<GroupOutcome[]>;
  private resolve!: (outcomes: GroupOutcome[]) => void;
  private readonly outcomes: GroupOutcome[];
  /** For record k of the call: its group, and its place among the group's messages. */
  private readonly groupOf: Uint32Array;
  private readonly slotOf: Uint32Array;
  /** For group g: how many of its messages have no delivery yet. */
  private readonly missing: Uint32Array;
  /** Records handed to librdkafka whose report has not come yet. */
  private pending = 0;
  /** Every record has been offered to librdkafka: with nothing pending, the batch is done. */
  private sealed = false;

  constructor(
    readonly first: number,
    groupSizes: number[],
  ) {
    this.done = new Promise((resolve) => (this.resolve = resolve));
    const records = groupSizes.reduce((a, b) => a + b, 0);
    this.groupOf = new Uint32Array(records);
    this.slotOf = new Uint32Array(records);
    this.outcomes = new Array<GroupOutcome>(groupSizes.length);
    this.missing = Uint32Array.from(groupSizes);
    let k = 0;
    for (let g = 0; g < groupSizes.length; g++) {
      const size = groupSizes[g]!;
      this.outcomes[g] = { deliveries: new Array<Delivery>(size) };
      for (let slot = 0; slot < size; slot++, k++) {
        this.groupOf[k] = g;
        this.slotOf[k] = slot;
      }
    }
  }

  /** One more record was handed to librdkafka: its report will come. */
  queued(): void {
    this.pending++;
  }

  /** Group g failed (its first failure is the one kept); reports of its messages already queued are ignored. */
  fail(g: number, error: unknown): void {
    if (!('error' in this.outcomes[g]!)) this.outcomes[g] = { error };
  }

  /** Record k's report; false when its group had already failed, so nobody is waiting for it. */
  report(k: number, error: unknown, delivery: Delivery | undefined): boolean {
    this.pending--;
    const g = this.groupOf[k]!;
    const outcome = this.outcomes[g]!;
    const taken = 'deliveries' in outcome;
    if (taken) {
      if (delivery) {
        outcome.deliveries[this.slotOf[k]!] = delivery;
        this.missing[g] = this.missing[g]! - 1;
      } else this.fail(g, error);
    }
    this.settleIfDone();
    return taken;
  }

  /** No more records will be offered. */
  seal(): void {
    this.sealed = true;
    this.settleIfDone();
  }

  /** The producer closed: every group still waiting fails with `error`, and the batch is done. */
  abandon(error: unknown): void {
    for (let g = 0; g < this.outcomes.length; g++) if (this.missing[g]! > 0) this.fail(g, error);
    this.pending = 0;
    this.seal();
  }

  private settleIfDone(): void {
    if (this.sealed && this.pending === 0) this.resolve(this.outcomes);
  }
}
