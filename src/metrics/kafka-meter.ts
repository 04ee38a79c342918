import { Counter, Gauge, type Registry } from 'prom-client';
import { parseStats, type ClientStats } from './librdkafka-stats';

/** The label of records of topics beyond the cap (--metrics-max-topics). */
export const OTHER_TOPICS = '_other';

interface TopicCount {
  records: number;
  bytes: number;
}

/** One librdkafka client as the meter knows it: its latest statistics, until it closes. */
export interface ClientMeter {
  /** A statistics report (the JSON of librdkafka's stats callback). */
  stats(json: string): void;
  /** The client closed: its lag and queue are no longer reported. */
  close(): void;
}

/** A consumer or producer of a client, or one of the gateway's own (the metadata client: only its round trips count). */
type ClientKind = 'producer' | 'consumer' | 'own';

interface Client {
  kind: ClientKind;
  group: string;
  latest: ClientStats | undefined;
}

export interface KafkaMeterOptions {
  /** The most topics counted by name; later ones count under OTHER_TOPICS. */
  maxTopics: number;
  /** The statistics.interval.ms the gateway gives its consumers that set none (0: none). */
  statisticsIntervalMs: number;
}

/**
 * The Kafka side of the metrics: records and bytes through the gateway's clients, delivery failures, and what
 * librdkafka's statistics say (lag, producer queues, broker round trips). The count calls sit on the produce and
 * consume paths: each is a map lookup and two additions; prom-client reads the totals when /metrics is scraped.
 */
export class KafkaMeter {
  readonly statisticsIntervalMs: number;
  private readonly produced = new Map<string, TopicCount>();
  private readonly consumed = new Map<string, TopicCount>();
  private readonly failures = new Map<string, number>();
  private readonly clients = new Set<Client>();
  private droppedEvents = 0;

  constructor(
    registry: Registry,
    private readonly options: KafkaMeterOptions,
  ) {
    this.statisticsIntervalMs = options.statisticsIntervalMs;
    const topicCounter = (name: string, help: string, counts: Map<string, TopicCount>, field: keyof TopicCount) =>
      new Counter({
        name,
        help,
        labelNames: ['topic'],
        registers: [registry],
        collect() {
          this.reset();
          for (const [topic, c] of counts) this.inc({ topic }, c[field]);
        },
      });
    topicCounter('kgw_kafka_produced_records_total', 'Records the brokers acknowledged, by topic.', this.produced, 'records');
    topicCounter('kgw_kafka_produced_bytes_total', 'Value bytes of the records the brokers acknowledged, by topic.', this.produced, 'bytes');
    topicCounter('kgw_kafka_consumed_records_total', "Records the gateway's consumers fetched, by topic.", this.consumed, 'records');
    topicCounter('kgw_kafka_consumed_bytes_total', "Value bytes of the records the gateway's consumers fetched, by topic.", this.consumed, 'bytes');
    const failures = this.failures;
    new Counter({
      name: 'kgw_kafka_delivery_failures_total',
      help: 'Records that were not delivered, by Kafka error name (refused when queued, or failed in their delivery report).',
      labelNames: ['error'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [error, n] of failures) this.inc({ error }, n);
      },
    });
    const self = this;
    new Counter({
      name: 'kgw_consumer_events_dropped_total',
      help: "Consumer events a main queue had no room for (its reader was too slow), dropped by the consumers' routers.",
      registers: [registry],
      collect() {
        this.reset();
        this.inc(self.droppedEvents);
      },
    });
    const clients = this.clients;
    new Gauge({
      name: 'kgw_kafka_consumer_lag',
      help: "Messages between a partition's high watermark and its group's committed offset, from librdkafka's statistics.",
      labelNames: ['group', 'topic', 'partition'],
      registers: [registry],
      collect() {
        this.reset();
        const seen = new Map<string, { labels: { group: string; topic: string; partition: string }; lag: number }>();
        for (const c of clients) {
          if (c.kind !== 'consumer' || !c.latest) continue;
          for (const l of c.latest.lag) {
            if (!self.counted(l.topic)) continue;
            const key = `${c.group}\0${l.topic}\0${l.partition}`;
            const before = seen.get(key);
            // Two consumers of one group own a partition at once only during a rebalance: the larger lag is the truth.
            if (!before || before.lag < l.lag) seen.set(key, { labels: { group: c.group, topic: l.topic, partition: String(l.partition) }, lag: l.lag });
          }
        }
        for (const s of seen.values()) this.set(s.labels, s.lag);
      },
    });
    const producerQueue = (name: string, help: string, field: 'queuedMessages' | 'queuedBytes') =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          let sum = 0;
          for (const c of clients) if (c.kind === 'producer' && c.latest) sum += c.latest[field];
          this.set(sum);
        },
      });
    producerQueue('kgw_kafka_producer_queue_messages', "Messages in the gateway's producers' queues, not yet delivered (librdkafka's statistics).", 'queuedMessages');
    producerQueue('kgw_kafka_producer_queue_bytes', "Bytes in the gateway's producers' queues, not yet delivered (librdkafka's statistics).", 'queuedBytes');
    const rtt = (name: string, help: string, field: 'avg' | 'p99') =>
      new Gauge({
        name,
        help,
        labelNames: ['broker'],
        registers: [registry],
        collect() {
          this.reset();
          const worst = new Map<string, number>();
          for (const c of clients) for (const b of c.latest?.rtt ?? []) worst.set(b.broker, Math.max(worst.get(b.broker) ?? 0, b[field]));
          for (const [broker, v] of worst) this.set({ broker }, v);
        },
      });
    rtt('kgw_kafka_broker_rtt_avg_seconds', "Mean round trip to each broker in librdkafka's last statistics window (the slowest of the gateway's clients).", 'avg');
    rtt('kgw_kafka_broker_rtt_p99_seconds', "99th percentile round trip to each broker in librdkafka's last statistics window (the slowest client).", 'p99');
  }

  /** One record the brokers acknowledged. */
  recordProduced(topic: string, bytes: number): void {
    const c = this.cachedSlot(this.lastProduced, this.produced, topic);
    c.records++;
    c.bytes += bytes;
  }

  /** Records of one topic a consumer fetched, with their value bytes. */
  recordConsumed(topic: string, records: number, bytes: number): void {
    const c = this.cachedSlot(this.lastConsumed, this.consumed, topic);
    c.records += records;
    c.bytes += bytes;
  }

  /** A record that was not delivered, with the Kafka error name (ERR_...) or another short reason. */
  deliveryFailed(error: string): void {
    this.failures.set(error, (this.failures.get(error) ?? 0) + 1);
  }

  /** A consumer event that a full main queue dropped. */
  eventDropped(): void {
    this.droppedEvents++;
  }

  /** A new client, to report its statistics; `group` is a consumer's group.id. */
  client(kind: ClientKind, group = ''): ClientMeter {
    const client: Client = { kind, group, latest: undefined };
    this.clients.add(client);
    return {
      stats: (json) => {
        const parsed = parseStats(json);
        if (parsed && this.clients.has(client)) client.latest = parsed;
      },
      close: () => this.clients.delete(client),
    };
  }

  /**
   * The count of the topic counted last, per direction. Records come in runs of one topic, and each carries a
   * string of its own from librdkafka: comparing it with the last one is cheaper than hashing it for the map.
   */
  private readonly lastProduced: { topic: string | undefined; count: TopicCount } = { topic: undefined, count: { records: 0, bytes: 0 } };
  private readonly lastConsumed: { topic: string | undefined; count: TopicCount } = { topic: undefined, count: { records: 0, bytes: 0 } };

  private cachedSlot(last: { topic: string | undefined; count: TopicCount }, counts: Map<string, TopicCount>, topic: string): TopicCount {
    if (topic === last.topic) return last.count;
    last.topic = topic;
    last.count = this.slot(counts, topic);
    return last.count;
  }

  private slot(counts: Map<string, TopicCount>, topic: string): TopicCount {
    let c = counts.get(topic);
    if (c) return c;
    const name = this.counted(topic) ? topic : OTHER_TOPICS;
    c = counts.get(name);
    if (!c) {
      c = { records: 0, bytes: 0 };
      counts.set(name, c);
    }
    return c;
  }

  /** Whether a topic has a label of its own: one of the first maxTopics seen. */
  private readonly named = new Set<string>();
  private counted(topic: string): boolean {
    if (this.named.has(topic)) return true;
    if (this.named.size >= this.options.maxTopics) return false;
    this.named.add(topic);
    return true;
  }
}
