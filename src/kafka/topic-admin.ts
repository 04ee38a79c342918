import { AdminClient, type IAdminClient } from 'node-rdkafka';
import { promised } from './callbacks';
import { hasKafkaCode, KafkaCode } from './kafka-errors';
import type { KafkaProperties } from './kafka-properties';
import { explainConnectFailure } from './login-check';

/** Topic creation, deletion and growth through librdkafka's admin API; the client is made on first use. */
export class TopicAdmin {
  private client: IAdminClient | undefined;

  /** `kafka`: the operator's librdkafka properties (security, credentials), under the admin client's own. */
  constructor(
    private readonly brokers: string,
    private readonly kafka: KafkaProperties = {},
  ) {}

  private admin(): IAdminClient {
    this.client ??= AdminClient.create({ 'client.id': 'kafka-grpc-gateway-admin', ...this.kafka, 'bootstrap.servers': this.brokers });
    return this.client;
  }

  createTopic(topic: string, partitions: number, replicationFactor: number, config: Record<string, string>, timeoutMs: number): Promise<void> {
    return this.call((cb) =>
      this.admin().createTopic({ topic, num_partitions: partitions, replication_factor: replicationFactor, config }, timeoutMs, (err) => cb(err, undefined)),
    );
  }

  deleteTopic(topic: string, timeoutMs: number): Promise<void> {
    return this.call((cb) => this.admin().deleteTopic(topic, timeoutMs, (err) => cb(err, undefined)));
  }

  createPartitions(topic: string, total: number, timeoutMs: number): Promise<void> {
    return this.call((cb) => this.admin().createPartitions(topic, total, timeoutMs, (err) => cb(err, undefined)));
  }

  /** An admin call whose timeout (all the admin client says of a refused login) is explained where it can be. */
  private async call(fn: Parameters<typeof promised<void>>[0]): Promise<void> {
    try {
      await promised(fn);
    } catch (err) {
      if (!hasKafkaCode(err, KafkaCode.TIMED_OUT) && !hasKafkaCode(err, KafkaCode.TRANSPORT)) throw err;
      throw await explainConnectFailure(err, { ...this.kafka, 'bootstrap.servers': this.brokers });
    }
  }

  close(): void {
    this.client?.disconnect();
    this.client = undefined;
  }
}
