import { Producer, type Metadata } from 'node-rdkafka';
import { connectionProperties, type KafkaProperties } from './kafka-properties';
import { explainConnectFailure } from './login-check';

/** Brokers and topics of a cluster, sorted so that answers are stable. */
export interface ClusterMetadata {
  originBrokerId: number;
  brokers: { id: number; host: string; port: number }[];
  topics: { name: string; partitions: { id: number; leader: number; replicas: number[]; isrs: number[] }[] }[];
}

/**
 * A librdkafka client kept only to ask for metadata. A producer is the lightest client that can do it, as in the
 * plugin; automatic topic creation is switched off so that asking about a topic never creates it.
 */
export class MetadataClient {
  private readonly producer: Producer;
  private connecting: Promise<void> | undefined;
  private readonly pollMs: number | undefined;

  /** How this client reaches the brokers (security.protocol, ssl.*, sasl.*), for the group client to do the same. */
  readonly connection: KafkaProperties;

  /**
   * `kafka`: the operator's librdkafka properties; what is set here wins over them. With `stats`, the client
   * reports librdkafka's statistics (its broker round trips) every `statisticsMs`.
   */
  constructor(
    readonly brokers: string,
    private readonly kafka: KafkaProperties = {},
    stats?: { statisticsMs: number; report: (json: string) => void },
  ) {
    this.connection = connectionProperties(kafka);
    this.producer = new Producer({
      ...kafka,
      ...(stats ? { 'statistics.interval.ms': stats.statisticsMs } : {}),
      'bootstrap.servers': brokers,
      'allow.auto.create.topics': false,
      'client.id': 'kafka-grpc-gateway-metadata',
      // The first connection attempt fails fast when nothing listens; metadata calls carry their own timeout.
      'socket.connection.setup.timeout.ms': 5000,
      'reconnect.backoff.max.ms': 1000,
    });
    // librdkafka reports broker connection trouble as events; the failing call reports it to the caller.
    this.producer.on('event.error', () => undefined);
    if (stats) this.producer.on('event.stats', (s: { message: string }) => stats.report(s.message));
    // A producer's statistics arrive only when it is polled.
    this.pollMs = stats?.statisticsMs;
  }

  async fetch(timeoutMs: number): Promise<ClusterMetadata> {
    await this.connect(timeoutMs);
    const raw = await new Promise<Metadata>((resolve, reject) =>
      this.producer.getMetadata({ allTopics: true, timeout: timeoutMs }, (err, data) => (err ? reject(err) : resolve(data))),
    );
    return normalise(raw);
  }

  /** Resolves once a broker answered a metadata request that names no topic (the smallest question there is). */
  async ping(timeoutMs: number): Promise<void> {
    await this.connect(timeoutMs);
    await new Promise<void>((resolve, reject) =>
      this.producer.getMetadata({ allTopics: false, timeout: timeoutMs }, (err) => (err ? reject(err) : resolve())),
    );
  }

  async close(): Promise<void> {
    if (!this.producer.isConnected()) return;
    await new Promise<void>((resolve) => this.producer.disconnect(() => resolve()));
  }

  private connect(timeoutMs: number): Promise<void> {
    if (this.producer.isConnected()) return Promise.resolve();
    this.connecting ??= new Promise<void>((resolve, reject) =>
      this.producer.connect({ timeout: timeoutMs }, (err) => {
        if (err) return reject(err);
        if (this.pollMs !== undefined) this.producer.setPollInterval(this.pollMs);
        resolve();
      }),
    )
      .catch(async (err: unknown) => {
        throw await explainConnectFailure(err, { ...this.kafka, 'bootstrap.servers': this.brokers });
      })
      .finally(() => {
        this.connecting = undefined;
      });
    return this.connecting;
  }
}

function normalise(raw: Metadata): ClusterMetadata {
  return {
    originBrokerId: raw.orig_broker_id,
    brokers: raw.brokers.map(({ id, host, port }) => ({ id, host, port })).sort((a, b) => a.id - b.id),
    topics: raw.topics
      .map((t) => ({
        name: t.name,
        partitions: t.partitions
          .map((p) => ({ id: p.id, leader: p.leader, replicas: [...p.replicas], isrs: [...p.isrs] }))
          .sort((a, b) => a.id - b.id),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
