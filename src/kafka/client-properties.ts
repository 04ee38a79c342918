/**
 * Every property of librdkafka's CONFIGURATION.md (2.12), and what a client of the gateway may do with it. Only
 * properties listed as allowed reach librdkafka from a client; a property not listed at all is refused too, and a
 * test fails when the bundled librdkafka knows a property this table does not, so that an upgrade cannot bring
 * one in unreviewed.
 *
 * Allowed properties change only how the client's own producer or consumer talks to the gateway's brokers.
 * Refused are the ones that reach the gateway's host (files, libraries, programs, signals, URLs), that belong to
 * the operator (security and credentials, logging, process-wide settings), that the gateway sets itself
 * (callbacks), or whose effect the gateway does not carry to the client (transactions, EOF events).
 */

/** How an allowed property's value is checked; numbers are also held within their limit (client-config.ts). */
export type Allowed =
  | { kind: 'int'; min: number; max: number; limit?: LimitName; names?: readonly string[] }
  | { kind: 'bool' }
  /** Free text within the length cap; librdkafka checks enumerations itself. */
  | { kind: 'text' }
  /** A broker list, checked against the brokers the gateway allows. */
  | { kind: 'brokers' };

/** Numeric properties whose ceiling (or, for intervals, floor) the operator sets. */
export type LimitName =
  | 'consumerQueueKbytes'
  | 'consumerQueueMessages'
  | 'producerQueueKbytes'
  | 'producerQueueMessages'
  | 'messageBytes'
  | 'fetchBytes'
  | 'statisticsMinMs';

export type Rule = { allowed: Allowed } | { refused: string };

const int = (min: number, max: number, limit?: LimitName): Rule => ({ allowed: limit ? { kind: 'int', min, max, limit } : { kind: 'int', min, max } });
const bool: Rule = { allowed: { kind: 'bool' } };
const text: Rule = { allowed: { kind: 'text' } };
const brokers: Rule = { allowed: { kind: 'brokers' } };
const refused = (why: string): Rule => ({ refused: why });

const MS_DAY = 86_400_000;
const INT_MAX = 2_147_483_647;

const HOST = refused('it would make the gateway read files, load code or run programs on its own host');
const SECURITY = refused("security and credentials of the gateway's Kafka connections are the operator's settings, not a client's");
export const CALLBACK = refused('callbacks are set by the gateway itself');
const OPERATOR = refused("it is a setting of the gateway's process (logging, signals, randomness), the operator's to make");
const UNSUPPORTED = refused('the gateway does not carry its effect to clients');
const FILE_STORE = refused('the legacy file offset store writes files on the gateway host');

export const CLIENT_PROPERTIES: Readonly<Record<string, Rule>> = {
  // Global properties, both kinds of client.
  'builtin.features': refused('it is read-only: it lists what librdkafka was built with'),
  'client.id': text,
  'metadata.broker.list': brokers,
  'bootstrap.servers': brokers,
  'message.max.bytes': int(1000, 1_000_000_000, 'messageBytes'),
  'message.copy.max.bytes': int(0, 1_000_000_000, 'messageBytes'),
  'receive.message.max.bytes': int(1000, INT_MAX, 'fetchBytes'),
  'max.in.flight.requests.per.connection': int(1, 1_000_000),
  'max.in.flight': int(1, 1_000_000),
  'metadata.recovery.strategy': text,
  'metadata.recovery.rebootstrap.trigger.ms': int(0, INT_MAX),
  'topic.metadata.refresh.interval.ms': int(-1, 3_600_000),
  'metadata.max.age.ms': int(1, MS_DAY),
  'topic.metadata.refresh.fast.interval.ms': int(1, 60_000),
  'topic.metadata.refresh.fast.cnt': int(0, 1000),
  'topic.metadata.refresh.sparse': bool,
  'topic.metadata.propagation.max.ms': int(0, 3_600_000),
  'topic.blacklist': text,
  debug: refused('debug logging floods the gateway\'s log and CPU; it is the operator\'s to turn on'),
  'socket.timeout.ms': int(10, 300_000),
  'socket.blocking.max.ms': int(1, 60_000),
  'socket.send.buffer.bytes': int(0, 100_000_000, 'fetchBytes'),
  'socket.receive.buffer.bytes': int(0, 100_000_000, 'fetchBytes'),
  'socket.keepalive.enable': bool,
  'socket.nagle.disable': bool,
  'socket.max.fails': int(0, 1_000_000),
  'broker.address.ttl': int(0, MS_DAY),
  'broker.address.family': text,
  'socket.connection.setup.timeout.ms': int(1000, INT_MAX),
  'connections.max.idle.ms': int(0, INT_MAX),
  'reconnect.backoff.jitter.ms': int(0, 3_600_000),
  'reconnect.backoff.ms': int(0, 3_600_000),
  'reconnect.backoff.max.ms': int(0, 3_600_000),
  'statistics.interval.ms': int(0, MS_DAY, 'statisticsMinMs'),
  enabled_events: CALLBACK,
  error_cb: CALLBACK,
  throttle_cb: CALLBACK,
  stats_cb: CALLBACK,
  log_cb: CALLBACK,
  log_level: OPERATOR,
  'log.queue': OPERATOR,
  'log.thread.name': OPERATOR,
  'enable.random.seed': OPERATOR,
  'log.connection.close': OPERATOR,
  background_event_cb: CALLBACK,
  socket_cb: CALLBACK,
  connect_cb: CALLBACK,
  closesocket_cb: CALLBACK,
  open_cb: CALLBACK,
  resolve_cb: CALLBACK,
  opaque: CALLBACK,
  default_topic_conf: CALLBACK,
  'internal.termination.signal': refused('it would let a client stop the gateway or its signal handling'),
  'api.version.request': bool,
  'api.version.request.timeout.ms': int(1, 300_000),
  'api.version.fallback.ms': int(0, 604_800_000),
  'broker.version.fallback': text,
  'allow.auto.create.topics': bool,
  'security.protocol': SECURITY,
  'ssl.cipher.suites': SECURITY,
  'ssl.curves.list': SECURITY,
  'ssl.sigalgs.list': SECURITY,
  'ssl.key.location': HOST,
  'ssl.key.password': SECURITY,
  'ssl.key.pem': SECURITY,
  ssl_key: SECURITY,
  'ssl.certificate.location': HOST,
  'ssl.certificate.pem': SECURITY,
  ssl_certificate: SECURITY,
  'ssl.ca.location': HOST,
  'https.ca.location': HOST,
  'https.ca.pem': SECURITY,
  'ssl.ca.pem': SECURITY,
  ssl_ca: SECURITY,
  'ssl.ca.certificate.stores': SECURITY,
  'ssl.crl.location': HOST,
  'ssl.keystore.location': HOST,
  'ssl.keystore.password': SECURITY,
  'ssl.providers': HOST,
  'ssl.engine.location': HOST,
  'ssl.engine.id': HOST,
  ssl_engine_callback_data: CALLBACK,
  'enable.ssl.certificate.verification': SECURITY,
  'ssl.endpoint.identification.algorithm': SECURITY,
  'ssl.certificate.verify_cb': CALLBACK,
  'sasl.mechanisms': SECURITY,
  'sasl.mechanism': SECURITY,
  'sasl.kerberos.service.name': SECURITY,
  'sasl.kerberos.principal': SECURITY,
  'sasl.kerberos.kinit.cmd': HOST,
  'sasl.kerberos.keytab': HOST,
  'sasl.kerberos.min.time.before.relogin': SECURITY,
  'sasl.username': SECURITY,
  'sasl.password': SECURITY,
  'sasl.oauthbearer.config': SECURITY,
  'enable.sasl.oauthbearer.unsecure.jwt': SECURITY,
  oauthbearer_token_refresh_cb: CALLBACK,
  'sasl.oauthbearer.method': SECURITY,
  'sasl.oauthbearer.client.id': SECURITY,
  'sasl.oauthbearer.client.credentials.client.id': SECURITY,
  'sasl.oauthbearer.client.credentials.client.secret': SECURITY,
  'sasl.oauthbearer.client.secret': SECURITY,
  'sasl.oauthbearer.scope': SECURITY,
  'sasl.oauthbearer.extensions': SECURITY,
  'sasl.oauthbearer.token.endpoint.url': refused('it would make the gateway fetch a URL of the client\'s choosing'),
  'sasl.oauthbearer.grant.type': SECURITY,
  'sasl.oauthbearer.assertion.algorithm': SECURITY,
  'sasl.oauthbearer.assertion.private.key.file': HOST,
  'sasl.oauthbearer.assertion.private.key.passphrase': SECURITY,
  'sasl.oauthbearer.assertion.private.key.pem': SECURITY,
  'sasl.oauthbearer.assertion.file': HOST,
  'sasl.oauthbearer.assertion.claim.aud': SECURITY,
  'sasl.oauthbearer.assertion.claim.exp.seconds': SECURITY,
  'sasl.oauthbearer.assertion.claim.iss': SECURITY,
  'sasl.oauthbearer.assertion.claim.jti.include': SECURITY,
  'sasl.oauthbearer.assertion.claim.nbf.seconds': SECURITY,
  'sasl.oauthbearer.assertion.claim.sub': SECURITY,
  'sasl.oauthbearer.assertion.jwt.template.file': HOST,
  'sasl.oauthbearer.metadata.authentication.type': SECURITY,
  'plugin.library.paths': HOST,
  interceptors: HOST,
  'client.rack': text,
  'retry.backoff.ms': int(1, 300_000),
  'retry.backoff.max.ms': int(1, 300_000),
  'client.dns.lookup': text,
  'enable.metrics.push': bool,

  // Consumers.
  'group.id': text,
  'group.instance.id': text,
  'partition.assignment.strategy': text,
  'session.timeout.ms': int(1, 3_600_000),
  'heartbeat.interval.ms': int(1, 3_600_000),
  'group.protocol.type': text,
  'group.protocol': text,
  'group.remote.assignor': text,
  'coordinator.query.interval.ms': int(1, 3_600_000),
  'max.poll.interval.ms': int(1, MS_DAY),
  'enable.auto.commit': bool,
  'auto.commit.enable': bool,
  'auto.commit.interval.ms': int(0, MS_DAY),
  'enable.auto.offset.store': bool,
  'queued.min.messages': int(1, 10_000_000, 'consumerQueueMessages'),
  'queued.max.messages.kbytes': int(1, 2_097_151, 'consumerQueueKbytes'),
  'fetch.wait.max.ms': int(0, 300_000),
  'fetch.queue.backoff.ms': int(0, 300_000),
  'fetch.message.max.bytes': int(1, 1_000_000_000, 'fetchBytes'),
  'max.partition.fetch.bytes': int(1, 1_000_000_000, 'fetchBytes'),
  'fetch.max.bytes': int(0, 2_147_483_135, 'fetchBytes'),
  'fetch.min.bytes': int(1, 100_000_000),
  'fetch.error.backoff.ms': int(0, 300_000),
  'offset.store.method': FILE_STORE,
  'isolation.level': text,
  consume_cb: CALLBACK,
  rebalance_cb: CALLBACK,
  offset_commit_cb: CALLBACK,
  'enable.partition.eof': UNSUPPORTED,
  'check.crcs': bool,
  'auto.offset.reset': text,
  'offset.store.path': FILE_STORE,
  'offset.store.sync.interval.ms': FILE_STORE,
  'consume.callback.max.messages': CALLBACK,

  // Producers.
  'transactional.id': refused('the gateway has no transaction calls; a transactional producer would never commit'),
  'transaction.timeout.ms': refused('the gateway has no transaction calls'),
  'enable.idempotence': bool,
  'enable.gapless.guarantee': bool,
  'queue.buffering.max.messages': int(0, INT_MAX, 'producerQueueMessages'),
  'queue.buffering.max.kbytes': int(1, INT_MAX, 'producerQueueKbytes'),
  'queue.buffering.max.ms': int(0, 900_000),
  'linger.ms': int(0, 900_000),
  'message.send.max.retries': int(0, INT_MAX),
  retries: int(0, INT_MAX),
  'queue.buffering.backpressure.threshold': int(1, 1_000_000),
  'compression.codec': text,
  'compression.type': text,
  'compression.level': int(-1, 12),
  'batch.num.messages': int(1, 1_000_000),
  'batch.size': int(1, INT_MAX, 'messageBytes'),
  'delivery.report.only.error': refused('the gateway answers every record with its delivery report'),
  dr_cb: CALLBACK,
  dr_msg_cb: CALLBACK,
  'sticky.partitioning.linger.ms': int(0, 900_000),
  // librdkafka also takes "all" for -1, the value most guides write.
  'request.required.acks': { allowed: { kind: 'int', min: -1, max: 1000, names: ['all'] } },
  acks: { allowed: { kind: 'int', min: -1, max: 1000, names: ['all'] } },
  'request.timeout.ms': int(1, 900_000),
  'message.timeout.ms': int(0, INT_MAX),
  'delivery.timeout.ms': int(0, INT_MAX),
  'queuing.strategy': text,
  'produce.offset.report': bool,
  partitioner: text,
  partitioner_cb: CALLBACK,
  msg_order_cmp: CALLBACK,
};
