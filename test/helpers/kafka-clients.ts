import { randomUUID } from 'node:crypto';
import { credentials, type CallOptions, type ChannelCredentials, type Client, type Metadata, type ServiceError } from '@grpc/grpc-js';
import { AdminClient } from 'node-rdkafka';
import * as consumerPb from '../../src/gen/kafkagateway/v1/consumer_service';
import * as eventPb from '../../src/gen/kafkagateway/v1/event_service';
import * as metadataPb from '../../src/gen/kafkagateway/v1/metadata_service';
import * as producerPb from '../../src/gen/kafkagateway/v1/producer_service';
import * as queuePb from '../../src/gen/kafkagateway/v1/queue_service';
import * as settingsPb from '../../src/gen/kafkagateway/v1/settings_service';
import * as subjobPb from '../../src/gen/kafkagateway/v1/subjob_service';
import * as tablePb from '../../src/gen/kafkagateway/v1/table_service';
import { testBrokers } from './test-broker';

type Callback<Res> = (err: ServiceError | null, response: Res) => void;
type Method<Req, Res> = (request: Req, callback: Callback<Res>) => unknown;
/** The last overload of a generated unary method, the one TypeScript infers from. */
type FullMethod<Req, Res> = (request: Req, metadata: Metadata, options: Partial<CallOptions>, callback: Callback<Res>) => unknown;
/** A generated client's unary methods as promise-returning functions that take partial requests (filled in by fromPartial). */
export type Promised<C> = {
  [K in keyof C as C[K] extends FullMethod<never, unknown> ? K : never]: C[K] extends FullMethod<infer Req, infer Res>
    ? (request?: Partial<Req>) => Promise<Res>
    : never;
};

export function promisify<C extends Client>(client: C, messages: object): Promised<C> {
  const types = messages as Record<string, { fromPartial(o: unknown): unknown } | undefined>;
  return new Proxy({} as Promised<C>, {
    get: (_t, name: string) => (request: Record<string, unknown> = {}) => {
      const type = types[`${name[0]!.toUpperCase()}${name.slice(1)}Request`];
      if (!type) throw new Error(`no request type for ${name}`);
      return new Promise((resolve, reject) =>
        (client as unknown as Record<string, Method<unknown, unknown>>)[name]!.call(client, type.fromPartial(request), (err, res) =>
          err ? reject(err) : resolve(res),
        ),
      );
    },
  });
}

/**
 * Generated clients for the gateway at `address`, with the proto3 defaults filled in by ts-proto's fromPartial;
 * plaintext unless `creds` says otherwise (TLS, a token).
 */
export function gatewayClients(address: string, creds: ChannelCredentials = credentials.createInsecure()) {
  const producer = new producerPb.ProducerServiceClient(address, creds);
  const consumer = new consumerPb.ConsumerServiceClient(address, creds);
  const settings = new settingsPb.SettingsServiceClient(address, creds);
  const tables = new tablePb.TableServiceClient(address, creds);
  const queues = new queuePb.QueueServiceClient(address, creds);
  const events = new eventPb.EventServiceClient(address, creds);
  const subjobs = new subjobPb.SubJobServiceClient(address, creds);
  const metadata = new metadataPb.MetadataServiceClient(address, creds);
  return {
    metadata: promisify(metadata, metadataPb),
    subjobs: promisify(subjobs, subjobPb),
    tables: promisify(tables, tablePb),
    queues: promisify(queues, queuePb),
    events: promisify(events, eventPb),
    producer: promisify(producer, producerPb),
    consumer: promisify(consumer, consumerPb),
    settings: promisify(settings, settingsPb),
    /** The generated clients themselves, for the streaming calls. */
    raw: { producer, consumer, tables, queues, subjobs },
    close: () => [producer, consumer, settings, tables, queues, events, subjobs, metadata].forEach((c) => c.close()),
  };
}

/** The ServiceError a promise rejects with; fails if it resolves. */
export async function failure(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (err) {
    return err as ServiceError;
  }
  throw new Error('the call succeeded');
}

export function createTopic(name: string, partitions = 1): Promise<void> {
  const admin = AdminClient.create({ 'bootstrap.servers': testBrokers() });
  return new Promise<void>((resolve, reject) =>
    admin.createTopic({ topic: name, num_partitions: partitions, replication_factor: 1 }, 10_000, (err) => (err ? reject(err) : resolve())),
  ).finally(() => admin.disconnect());
}

/** A topic with a name of its own (`prefix-<uuid>`), created on the test broker. */
export async function freshTopic(prefix: string, partitions = 1): Promise<string> {
  const topic = `${prefix}-${randomUUID()}`;
  await createTopic(topic, partitions);
  return topic;
}
