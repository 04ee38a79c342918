import { readFileSync } from 'node:fs';
import { Server, ServerCredentials, type ServerInterceptor, type ServiceDefinition } from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { ConsumeAckedResponse, ConsumeResponse, ConsumerServiceService, PollBatchResponse } from '../gen/kafkagateway/v1/consumer_service';
import { EventServiceService } from '../gen/kafkagateway/v1/event_service';
import { MetadataServiceService } from '../gen/kafkagateway/v1/metadata_service';
import { QueueServiceService, StreamQueueResponse } from '../gen/kafkagateway/v1/queue_service';
import { ProducerServiceService, ProduceStreamResponse } from '../gen/kafkagateway/v1/producer_service';
import { SettingsServiceService } from '../gen/kafkagateway/v1/settings_service';
import { SubJobServiceService } from '../gen/kafkagateway/v1/subjob_service';
import type { SubJobs } from '../subjobs/subjobs';
import { TableServiceService, TailTableResponse, ReadTableResponse, QueryResponse } from '../gen/kafkagateway/v1/table_service';
import type { TableStores } from '../tables/table-stores';
import type { HandleRegistry } from '../handles/registry';
import type { ClientPolicy } from '../kafka/client-config';
import type { MetadataClient } from '../kafka/cluster-metadata';
import type { TopicAdmin } from '../kafka/topic-admin';
import type { Logger } from '../logger';
import type { SizeSettings } from '../settings';
import type { StreamTracker } from './streams/stream-tracker';
import type { GatewayMetrics } from '../metrics/metrics';
import type { KafkaMeter } from '../metrics/kafka-meter';
import { metricsInterceptor } from './metrics-interceptor';
import { addReflection } from './reflection';
import { widenReceiveWindows } from './receive-windows';
import type { Rpc } from './rpc/call-context';
import { withMalformedRequests } from './rpc/malformed-request';
import { reflectionGuard } from './rpc/reflection-guard';
import { withReusedWriter } from './rpc/response-encoding';
import { createConsumerService } from './services/consumer-service';
import { createEventService } from './services/event-service';
import { createQueueService } from './services/queue-service';
import { createMetadataService } from './services/metadata-service';
import { createProducerService } from './services/producer-service';
import { createSettingsService } from './services/settings-service';
import { createSubJobService } from './services/subjob-service';
import { createTableService } from './services/table-service';

/** What the services need from the rest of the process. */
export interface ServerDeps {
  metadata: MetadataClient;
  topics: TopicAdmin;
  handles: HandleRegistry;
  sizes: SizeSettings;
  streams: StreamTracker;
  /** What clients' configs may set and which brokers they may name (the gateway's own, --allowed-brokers). */
  clients: ClientPolicy;
  /** Whether DeleteTopic, CreatePartitions and the global size setters may be called (--allow-admin-calls). */
  allowAdminCalls: boolean;
  /** The tables' databases (--data-dir). */
  tables: TableStores;
  /** The running sub-jobs. */
  subjobs: SubJobs;
  log: Logger;
  /** Authentication, audit and stream tracking, shared by the call adapters. */
  rpc: Rpc;
  /**
   * With principals, reflection calls are audited, and with `refuse` a caller without credentials is refused;
   * undefined (no principals): reflection is served as grpc-js serves it.
   */
  reflection: { refuse: boolean } | undefined;
  /** The metrics, when they are on (--metrics-port). */
  metrics?: GatewayMetrics | undefined;
  meter?: KafkaMeter | undefined;
}

const PACKAGE = 'kafkagateway.v1';
const SERVICES = ['MetadataService', 'ProducerService', 'ConsumerService', 'QueueService', 'EventService', 'SettingsService', 'TableService', 'SubJobService'].map((s) => `${PACKAGE}.${s}`);
/** The services that cannot work without a broker; TableService and SettingsService can. */
export const BROKER_SERVICES = ['MetadataService', 'ProducerService', 'ConsumerService', 'QueueService', 'EventService', 'SubJobService'].map((s) => `${PACKAGE}.${s}`);

/**
 * Health as the brokers allow it: NOT_SERVING overall and for each service that needs a broker while none
 * answers, SERVING again once one does.
 */
export function setBrokerReadiness(health: HealthImplementation, ready: boolean): void {
  const s = ready ? 'SERVING' : 'NOT_SERVING';
  health.setStatus('', s);
  for (const service of BROKER_SERVICES) health.setStatus(service, s);
}

export interface GrpcServer {
  server: Server;
  /** The standard grpc.health.v1 service; '' is the whole server's status. */
  health: HealthImplementation;
}

/** Every kafkagateway.v1 service, plus health and reflection, on one grpc-js server (not yet listening). */
export function createGrpcServer(deps: ServerDeps): GrpcServer {
  // Interceptors only where needed (metrics on, reflection guarded): without them, calls take grpc-js's path unchanged.
  // The metrics one comes first: it sees the statuses grpc-js sends by itself only on the call it is given.
  const interceptors: ServerInterceptor[] = [...(deps.metrics ? [metricsInterceptor(deps.metrics.calls)] : []), ...(deps.reflection ? [reflectionGuard(deps.rpc, deps.reflection.refuse)] : [])];
  const server = new Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024, ...(interceptors.length ? { interceptors } : {}) });
  if (!widenReceiveWindows(server)) deps.log.warn('this grpc-js has no hook for HTTP/2 receive windows: uploads use the 64 KiB default');
  const ours = <S extends ServiceDefinition>(service: S) => withMalformedRequests(service, PACKAGE);
  server.addService(ours(MetadataServiceService), createMetadataService(deps));
  // The methods with many or large responses encode them into one reused writer.
  const producer = withReusedWriter(ours(ProducerServiceService), { produceStream: ProduceStreamResponse });
  const consumer = withReusedWriter(ours(ConsumerServiceService), { consume: ConsumeResponse, consumeAcked: ConsumeAckedResponse, pollBatch: PollBatchResponse });
  server.addService(producer, createProducerService(deps));
  server.addService(consumer, createConsumerService(deps));
  server.addService(withReusedWriter(ours(QueueServiceService), { streamQueue: StreamQueueResponse }), createQueueService(deps));
  server.addService(ours(EventServiceService), createEventService(deps));
  server.addService(ours(SettingsServiceService), createSettingsService(deps));
  const tables = withReusedWriter(ours(TableServiceService), { tailTable: TailTableResponse, readTable: ReadTableResponse, query: QueryResponse });
  server.addService(tables, createTableService(deps));
  server.addService(ours(SubJobServiceService), createSubJobService(deps));
  const health = new HealthImplementation(Object.fromEntries([['', 'SERVING'], ...SERVICES.map((s) => [s, 'SERVING'])]));
  health.addToServer(server);
  addReflection(server);
  return { server, health };
}

/** The gRPC port's TLS files (PEM); none: plaintext. */
export interface TlsFiles {
  cert?: string;
  key?: string;
  /** CAs of the client certificates to require (mutual TLS). */
  clientCa?: string;
}

/** The port's credentials: TLS from the operator's files (each read here, so a bad path stops the start), or none. */
export function serverCredentials(tls: TlsFiles): ServerCredentials {
  if (tls.cert === undefined || tls.key === undefined) return ServerCredentials.createInsecure();
  const read = (what: string, path: string) => {
    try {
      return readFileSync(path);
    } catch (err) {
      throw new TlsFilesError(`cannot read the ${what} ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
  };
  const pair = { cert_chain: read('certificate', tls.cert), private_key: read('key', tls.key) };
  const clientCa = tls.clientCa === undefined ? null : read('client CA file', tls.clientCa);
  try {
    return ServerCredentials.createSsl(clientCa, [pair], clientCa !== null);
  } catch (err) {
    throw new TlsFilesError(`the certificate and key do not make TLS credentials: ${(err as Error).message}`);
  }
}

/** Binds host:port (port 0: any free port) and resolves with the port bound. */
export function listen(server: Server, host: string, port: number, credentials = ServerCredentials.createInsecure()): Promise<number> {
  const address = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  return new Promise((resolve, reject) =>
    server.bindAsync(address, credentials, (err, bound) => {
      if (!err) return resolve(bound);
      const inUse = /EADDRINUSE|address already in use/i.test(err.message);
      reject(new ListenError(address, inUse ? 'the address is already in use' : err.message));
    }),
  );
}

export class ListenError extends Error {
  static readonly code = 'KGW_LISTEN';
  readonly code = ListenError.code;
  constructor(address: string, why: string) {
    super(`cannot listen on ${address}: ${why}`);
    this.name = 'ListenError';
  }
}

/** The gRPC port's TLS files could not be used: the operator's to fix. */
export class TlsFilesError extends Error {
  static readonly code = 'KGW_TLS_FILES';
  readonly code = TlsFilesError.code;
  constructor(why: string) {
    super(`TLS: ${why}`);
    this.name = 'TlsFilesError';
  }
}

/** Waits for open calls up to `timeoutMs`, then cuts the rest. */
export function shutdown(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, timeoutMs);
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
