import { resolve } from 'node:path';
import { adminCallsAllowed, ConfigError, plaintextExposed, type GatewayConfig } from './config/config';
import { Authenticator } from './auth/authenticator';
import { clientPolicy } from './kafka/client-config';
import { HandleRegistry } from './handles/registry';
import { MemoryBudget, memoryBudgetBytes, memoryShareBytes } from './handles/memory-budget';
import { SizeSettings } from './settings';
import { TopicAdmin } from './kafka/topic-admin';
import { startEmbeddedBroker, type EmbeddedBroker } from './kafka/embedded-broker';
import { MetadataClient } from './kafka/cluster-metadata';
import type { KafkaProperties } from './kafka/kafka-properties';
import type { Logger } from './logger';
import { createGrpcServer, listen, serverCredentials, setBrokerReadiness, shutdown } from './server/server';
import { GatewayMetrics } from './metrics/metrics';
import { startMetricsEndpoint, type MetricsEndpoint } from './metrics/http-endpoint';
import { BrokerReadiness } from './metrics/readiness';
import { version } from './config/config';
import { StreamTracker } from './server/streams/stream-tracker';
import { refusalLog } from './server/rpc/call-context';
import { DEFAULT_PRINCIPAL, TableStores } from './tables/table-stores';
import { SubJobs } from './subjobs/subjobs';

/** A running gateway: where it listens, which brokers it uses, and how to stop it. */
export interface Gateway {
  port: number;
  brokers: string;
  /** The live consume streams (how many, what they buffer). */
  streams: StreamTracker;
  /** Every open handle. */
  handles: HandleRegistry;
  /** Reads the principals file again (SIGHUP); throws, keeping the old principals, when it does not check out. */
  reloadPrincipals(): number;
  /** The port of /metrics, when metrics are on. */
  metricsPort: number | undefined;
  /** Whether a broker answered recently (what health says). */
  readiness: BrokerReadiness;
  stop(): Promise<void>;
}

/** What the composition root takes besides the settings. */
export interface GatewayOptions {
  /**
   * The librdkafka properties a principal's producers and consumers get over the operator's `kafka` section (its
   * own Kafka credentials); undefined: none. Where principals (src/auth) plug in their Kafka users.
   */
  kafkaOverrideFor?: (principal: string) => KafkaProperties | undefined;
}

/**
 * The composition root: brokers (configured, or the embedded local one), Kafka clients, the gRPC server. If any
 * step fails, what the earlier steps started is stopped again before the error is rethrown.
 */
export async function startGateway(config: GatewayConfig, log: Logger, options: GatewayOptions = {}): Promise<Gateway> {
  log.info({ version: version().split(' ').pop() }, `${version()} starting`);
  // Credentials and principals are read before anything starts: a wrong path is the operator's to fix first.
  const auth = new Authenticator(config.principals);
  const credentials = serverCredentials({ cert: config.tlsCert, key: config.tlsKey, clientCa: config.tlsClientCa });
  if (plaintextExposed(config)) log.warn({ host: config.host }, `listening on ${config.host} without TLS (--insecure): tokens and messages cross the network in the clear`);
  if (auth.enabled) log.info({ principals: auth.all.length }, `authentication on: ${auth.all.length} principals from ${config.principals}`);
  // The tables open first: a data directory another gateway holds (DuckDB locks its files) stops the start
  // before a broker is started for nothing.
  const tables = await TableStores.start(resolve(config.dataDir), {
    maxBytes: config.tablesMaxMb * 1024 * 1024,
    queryTimeoutMs: config.tableQueryTimeoutMs,
    callTimeoutMs: config.tableQueryTimeoutMs,
    memoryLimitMb: 1024,
    threads: 2,
  });
  log.info({ dataDir: resolve(config.dataDir) }, `tables in ${resolve(config.dataDir)}`);
  let embedded: EmbeddedBroker | undefined;
  if (config.brokers === undefined) {
    try {
      embedded = await startEmbeddedBroker(log);
    } catch (err) {
      await tables.close();
      throw err;
    }
  }
  const brokers = config.brokers ?? embedded!.bootstrap;
  log.info({ brokers, embedded: embedded !== undefined }, `using Kafka brokers ${brokers}${embedded ? ' (embedded local broker)' : ''}`);

  if (Object.keys(config.kafka).length) {
    log.info({ kafka: redacted(config.kafka) }, "the gateway's Kafka clients use the operator's kafka properties");
  }
  const metrics =
    config.metricsPort === undefined
      ? undefined
      : new GatewayMetrics({ version: version().split(' ').pop()!, maxTopics: config.metricsMaxTopics, statisticsIntervalMs: config.kafkaStatisticsMs });
  const meter = metrics?.kafka;
  // The metadata client is always connected (the readiness probe uses it): its round trips are there when no client's are.
  const ownStats = meter && config.kafkaStatisticsMs > 0 ? meter.client('own') : undefined;
  let metadata: MetadataClient;
  try {
    // The first librdkafka client: a property librdkafka refuses (a bad security.protocol, say) stops the start here.
    metadata = new MetadataClient(brokers, config.kafka, ownStats && { statisticsMs: config.kafkaStatisticsMs, report: (json) => ownStats.stats(json) });
  } catch (err) {
    await embedded?.stop();
    await tables.close();
    throw new ConfigError('kafka', (err as Error).message);
  }
  const memory = new MemoryBudget(memoryBudgetBytes(config.memoryBudgetMb));
  const handles = new HandleRegistry({
    memory,
    memoryPerClient: memoryShareBytes(config.memoryBudgetPerClientMb, memory.totalBytes),
    maxHandles: config.maxHandles,
    maxPerClient: config.maxHandlesPerClient,
    idleMs: config.handleIdleMs,
    log,
  });
  const topics = new TopicAdmin(brokers, config.kafka);
  const streams = new StreamTracker();
  const allowAdminCalls = adminCallsAllowed(config);
  if (!allowAdminCalls) log.info('admin calls (DeleteTopic, CreatePartitions, SetBufferSize, SetMessageSize) are off: --allow-admin-calls true opens them');
  const clients = clientPolicy(brokers, config.allowedBrokers, {
    consumerQueueKbytes: config.maxConsumerQueueKbytes,
    producerQueueKbytes: config.maxProducerQueueKbytes,
  }, config.kafka, options.kafkaOverrideFor ?? ((owner) => auth.byName(owner)?.kafka));
  const subjobs = new SubJobs({
    handles,
    tables,
    clients,
    log,
    maxJobs: config.maxSubJobs,
    meter,
    databases: () => (auth.enabled ? auth.all.map((p) => p.name) : [DEFAULT_PRINCIPAL]),
    ownerNow: (owner, tables) => {
      if (!auth.enabled) return { owner, tables };
      const principal = auth.byName(owner);
      return principal && { owner, tables, principal };
    },
  });
  const auditLevel = config.auditLogLevel ?? (auth.enabled ? 'info' : 'debug');
  const rpc = { log, auth, streams, auditLevel, refusals: refusalLog(log, auditLevel) } as const;
  const reflection = auth.enabled ? { refuse: config.reflection === 'authenticated' } : undefined;
  const { server, health } = createGrpcServer({ metadata, topics, handles, streams, sizes: new SizeSettings(), clients, log, allowAdminCalls, tables, subjobs, rpc, reflection, metrics, meter });
  const readiness = new BrokerReadiness({
    probe: (timeoutMs) => metadata.ping(timeoutMs),
    unreadyAfterMs: config.brokerUnreadyMs,
    everyMs: 1000,
    onChange: (ready) => {
      if (ready) log.info('a broker answers again: health is SERVING');
      else log.warn({ brokers }, `no broker answered for ${config.brokerUnreadyMs} ms: health is NOT_SERVING`);
      setBrokerReadiness(health, ready);
    },
  });
  let port: number;
  let metricsEndpoint: MetricsEndpoint | undefined;
  try {
    port = await listen(server, config.host, config.port, credentials);
    if (metrics) {
      readiness.register(metrics.registry);
      metrics.gateway({
        handles: () => handles.countByKind(),
        memory: () => ({ totalBytes: memory.totalBytes, usedBytes: memory.usedBytes }),
        streamBuffered: () => streams.buffered(),
        subjobs: () => subjobs.totals(),
      });
      metricsEndpoint = await startMetricsEndpoint(metrics.registry, config.metricsHost, config.metricsPort!);
    }
  } catch (err) {
    server.forceShutdown();
    await handles.closeAll();
    topics.close();
    await metadata.close();
    await embedded?.stop();
    await tables.close();
    throw err;
  }
  // Tests and scripts read the port from this line as it is: the TLS fields go before it, the message is unchanged.
  log.info({ tls: config.tlsCert !== undefined, mutualTls: config.tlsClientCa !== undefined, host: config.host, port }, `gRPC server listening on ${config.host}:${port}`);
  if (metricsEndpoint) log.info({ host: config.metricsHost, port: metricsEndpoint.port }, `metrics at http://${config.metricsHost}:${metricsEndpoint.port}/metrics`);
  readiness.start();
  // Durable sub-jobs resume in the background: a broker that is slow to answer must not hold the start.
  void subjobs.resume().catch((err: unknown) => log.error({ err }, 'resuming durable sub-jobs failed'));

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      readiness.stop();
      health.setStatus('', 'NOT_SERVING');
      // Streams never end by themselves: end them (UNAVAILABLE) so that the server can drain.
      streams.shutdownAll();
      await shutdown(server, config.shutdownTimeoutMs);
      await metricsEndpoint?.close();
      await handles.closeAll();
      topics.close();
      await metadata.close();
      await tables.close();
      await embedded?.stop();
    })());
  return { port, brokers, streams, handles, reloadPrincipals: () => reloadPrincipals(auth, handles, log), stop, metricsPort: metricsEndpoint?.port, readiness };
}

/**
 * Reads the principals file again (SIGHUP). A principal no longer in it can make no call; what it held (its
 * handles, its running sub-jobs, their Kafka clients and its credentials in them) is closed too, rather than
 * left to run or to the idle sweep. Its durable jobs stay stored; they resume only if it is back at a start.
 */
function reloadPrincipals(auth: Authenticator, handles: HandleRegistry, log: Logger): number {
  const before = auth.all.map((p) => p.name);
  const count = auth.reload();
  for (const name of before.filter((n) => auth.byName(n) === undefined)) {
    void handles.closeOwnedBy(name).then((closed) => log.info({ principal: name, handles: closed }, `principal ${name} is no longer in the principals file: its ${closed} handle${closed === 1 ? ' is' : 's are'} closed`));
  }
  return count;
}

/** Property values that may be secrets (passwords, keys, tokens) replaced, for the log. */
function redacted(properties: KafkaProperties): Record<string, string> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, /password|secret|\.pem$|key\.|token|jaas|sasl\.oauthbearer\.config/.test(key) ? '[redacted]' : value]),
  );
}
