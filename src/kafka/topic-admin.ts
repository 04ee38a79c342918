import { AdminClient, type IAdminClient } from 'node-rdkafka';
import { promised } from './callbacks';

/** Topic creation, deletion and growth through librdkafka's admin API; the client is made on first use. */
export class TopicAdmin {
  private client: IAdminClient | undefined;

  constructor(private readonly brokers: string) {}

  private admin(): IAdminClient {
    this.client ??= AdminClient.create({ 'bootstrap.servers': this.brokers, 'client.id': 'kafka-grpc-gateway-admin' });
    return this.client;
  }

  createTopic(topic: string, partitions: number, replicationFactor: number, config: Record<string, string>, timeoutMs: number): Promise<void> {
    return promised((cb) =>
      this.admin().createTopic({ topic, num_partitions: partitions, replication_factor: replicationFactor, config }, timeoutMs, (err) => cb(err, undefined)),
    );
  }

  deleteTopic(topic: string, timeoutMs: number): Promise<void> {
    return promised((cb) => this.admin().deleteTopic(topic, timeoutMs, (err) => cb(err, undefined)));
  }

  createPartitions(topic: string, total: number, timeoutMs: number): Promise<void> {
    return promised((cb) => this.admin().createPartitions(topic, total, timeoutMs, (err) => cb(err, undefined)));
  }

  close(): void {
    this.client?.disconnect();
    this.client = undefined;
  }
}
