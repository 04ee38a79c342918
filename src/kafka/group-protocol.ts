import { connect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { GatewayError } from '../errors';
import { tlsOptions } from './broker-tls';
import { KafkaCode } from './kafka-errors';
import type { KafkaProperties } from './kafka-properties';
import { SASL_MECHANISMS, saslLogin, type SaslMechanism } from './sasl';

/**
 * The three Kafka requests about consumer groups that node-rdkafka does not expose (librdkafka has them, its
 * Node binding does not): FindCoordinator, DescribeGroups and ListGroups, in fixed pre-flexible versions that
 * Kafka 2.x to 4.x all serve. The connection follows the same security properties as the gateway's librdkafka
 * clients: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL, with SASL PLAIN or SCRAM-SHA-256/512. Written by hand
 * because no maintained Node 20 client offers group admin beside node-rdkafka; everything else goes through
 * librdkafka.
 */

export interface GroupMember {
  memberId: string;
  clientId: string;
  clientHost: string;
  /** The partitions the group leader gave this member (consumer protocol assignment). */
  assignment: { topic: string; partition: number }[];
}

export interface GroupDescription {
  groupId: string;
  errorCode: number;
  state: string;
  protocolType: string;
  protocol: string;
  members: GroupMember[];
}

const FIND_COORDINATOR = { key: 10, version: 2 };
const DESCRIBE_GROUPS = { key: 15, version: 2 };
const LIST_GROUPS = { key: 16, version: 2 };
const SASL_HANDSHAKE = { key: 17, version: 1 };
const SASL_AUTHENTICATE = { key: 36, version: 1 };
/** A response larger than this is refused rather than buffered. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** A SCRAM exchange takes two rounds; a broker that asks for many more is not doing PLAIN or SCRAM. */
const MAX_SASL_ROUNDS = 4;

const PROTOCOLS = ['plaintext', 'ssl', 'sasl_plaintext', 'sasl_ssl'] as const;
type Protocol = (typeof PROTOCOLS)[number];

/** One connection to one broker; requests go one at a time. */
export class BrokerConnection {
  private correlation = 0;
  private buffered = Buffer.alloc(0);
  private pending: { resolve(b: Buffer): void; reject(e: unknown): void } | undefined;
  private failure: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () => this.fail(new Error('the broker closed the connection')));
  }

  /**
   * Connects to a broker as a librdkafka client with these properties would (`connection`: security.protocol,
   * ssl.*, sasl.*; none: plaintext), logging in when the protocol is SASL. A refused login rejects with Kafka's
   * SASL_AUTHENTICATION_FAILED, a failed TLS handshake with librdkafka's SSL error, both naming the broker.
   */
  static async open(hostPort: string, timeoutMs: number, connection: KafkaProperties = {}): Promise<BrokerConnection> {
    const deadline = Date.now() + timeoutMs;
    const protocol = securityProtocol(connection);
    const mechanism = protocol.startsWith('sasl') ? saslMechanism(connection) : undefined;
    const socket = await openSocket(hostPort, timeoutMs, protocol, connection);
    const conn = new BrokerConnection(socket);
    if (mechanism) {
      try {
        await conn.login(hostPort, mechanism, connection, () => Math.max(1, deadline - Date.now()));
      } catch (err) {
        conn.close();
        throw err;
      }
    }
    return conn;
  }

  /** SaslHandshake, then SaslAuthenticate rounds until the mechanism's exchange is complete. */
  private async login(hostPort: string, mechanism: SaslMechanism, p: KafkaProperties, left: () => number): Promise<void> {
    const handshake = new Reader(await this.request(SASL_HANDSHAKE, new Writer().string(mechanism).done(), left()));
    const error = handshake.int16();
    const offered = handshake.array(() => handshake.string());
    if (error !== 0) {
      throw kafkaError(error, `${hostPort} does not offer SASL ${mechanism} (it offers ${offered.join(', ') || 'none'})`);
    }
    const login = saslLogin(mechanism, p['sasl.username'] ?? '', p['sasl.password'] ?? '');
    let message: Buffer | undefined = login.first();
    for (let round = 0; message; round++) {
      if (round === MAX_SASL_ROUNDS) throw kafkaError(KafkaCode.ILLEGAL_SASL_STATE, `${hostPort}: SASL ${mechanism} did not finish in ${MAX_SASL_ROUNDS} rounds`);
      const r = new Reader(await this.request(SASL_AUTHENTICATE, new Writer().bytes(message).done(), left()));
      const code = r.int16();
      const text = r.nullableString();
      const reply = r.bytes() ?? Buffer.alloc(0);
      // The user name stays out: a client of the gateway reads this, and the Kafka user is the operator's business.
      if (code !== 0) throw kafkaError(code, `${hostPort}: SASL ${mechanism} login refused: ${text ?? `error ${code}`}`);
      try {
        message = await login.next(reply);
      } catch (err) {
        throw kafkaError(KafkaCode.SASL_AUTHENTICATION_FAILED, `${hostPort}: SASL ${mechanism} login failed: ${(err as Error).message}`);
      }
    }
  }

  close(): void {
    this.socket.destroy();
  }

  /** Sends one request and resolves with its response body (after the correlation id). */
  request(api: { key: number; version: number }, body: Buffer, timeoutMs: number): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    const header = new Writer().int16(api.key).int16(api.version).int32(++this.correlation).string('kafka-grpc-gateway').done();
    const size = Buffer.alloc(4);
    size.writeInt32BE(header.length + body.length);
    this.socket.write(Buffer.concat([size, header, body]));
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new GatewayError('DEADLINE_EXCEEDED', 'KAFKA_TIMED_OUT', `no answer within ${timeoutMs} ms`)), timeoutMs);
      this.pending = {
        resolve: (b) => {
          clearTimeout(timer);
          resolve(b);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
    });
  }

  private onData(chunk: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    if (this.buffered.length < 4) return;
    const size = this.buffered.readInt32BE(0);
    if (size < 4 || size > MAX_RESPONSE_BYTES) return this.fail(new Error(`a response of ${size} bytes`));
    if (this.buffered.length < 4 + size) return;
    const body = this.buffered.subarray(8, 4 + size); // after the size and the correlation id
    this.buffered = this.buffered.subarray(4 + size);
    const p = this.pending;
    this.pending = undefined;
    p?.resolve(Buffer.from(body));
  }

  private fail(err: Error): void {
    this.failure ??= unavailable(`broker connection: ${err.message}`);
    const p = this.pending;
    this.pending = undefined;
    p?.reject(this.failure);
  }
}

/** The coordinator of a group, as host:port. */
export async function findCoordinator(conn: BrokerConnection, groupId: string, timeoutMs: number): Promise<string> {
  const r = new Reader(await conn.request(FIND_COORDINATOR, new Writer().string(groupId).int8(0).done(), timeoutMs));
  r.int32(); // throttle
  const error = r.int16();
  const message = r.nullableString();
  r.int32(); // node id
  const host = r.string();
  const port = r.int32();
  if (error !== 0) throw kafkaError(error, `FindCoordinator for group ${groupId}: ${message ?? `error ${error}`}`);
  return `${host}:${port}`;
}

export async function describeGroups(conn: BrokerConnection, groupIds: string[], timeoutMs: number): Promise<GroupDescription[]> {
  const w = new Writer().int32(groupIds.length);
  for (const g of groupIds) w.string(g);
  const r = new Reader(await conn.request(DESCRIBE_GROUPS, w.done(), timeoutMs));
  r.int32(); // throttle
  return r.array(() => {
    const errorCode = r.int16();
    const groupId = r.string();
    const state = r.string();
    const protocolType = r.string();
    const protocol = r.string();
    const members = r.array(() => {
      const memberId = r.string();
      const clientId = r.string();
      const clientHost = r.string();
      r.bytes(); // member metadata (the subscription)
      const assignment = protocolType === 'consumer' ? consumerAssignment(r.bytes()) : (r.bytes(), []);
      return { memberId, clientId, clientHost, assignment };
    });
    return { groupId, errorCode, state, protocolType, protocol, members };
  });
}

export async function listGroups(conn: BrokerConnection, timeoutMs: number): Promise<string[]> {
  const r = new Reader(await conn.request(LIST_GROUPS, Buffer.alloc(0), timeoutMs));
  r.int32(); // throttle
  const error = r.int16();
  if (error !== 0) throw kafkaError(error, `ListGroups: error ${error}`);
  return r.array(() => {
    const id = r.string();
    r.string(); // protocol type
    return id;
  });
}

/** The consumer protocol's assignment: version, [topic, [partition]], user data. */
function consumerAssignment(bytes: Buffer | null): { topic: string; partition: number }[] {
  if (!bytes || bytes.length < 2) return [];
  const r = new Reader(bytes);
  r.int16();
  return r.array(() => {
    const topic = r.string();
    return r.array(() => ({ topic, partition: r.int32() }));
  }).flat();
}

const kafkaError = (code: number, message: string) => Object.assign(new Error(message), { code });
const unavailable = (message: string) => new GatewayError('UNAVAILABLE', 'BROKERS_UNAVAILABLE', message);

function securityProtocol(p: KafkaProperties): Protocol {
  const protocol = (p['security.protocol'] ?? 'plaintext').toLowerCase();
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) {
    throw new GatewayError('FAILED_PRECONDITION', 'KAFKA_CONFIG', `security.protocol ${protocol} is not one of ${PROTOCOLS.join(', ')}`);
  }
  return protocol as Protocol;
}

/** librdkafka's default mechanism is GSSAPI (Kerberos), which this client does not speak. */
function saslMechanism(p: KafkaProperties): SaslMechanism {
  const mechanism = (p['sasl.mechanisms'] ?? p['sasl.mechanism'] ?? 'GSSAPI').toUpperCase();
  if (!(SASL_MECHANISMS as readonly string[]).includes(mechanism)) {
    throw new GatewayError(
      'FAILED_PRECONDITION',
      'KAFKA_SASL_UNSUPPORTED',
      `consumer groups are read with SASL ${SASL_MECHANISMS.join(', ')}; the gateway's Kafka connection uses ${mechanism}`,
    );
  }
  return mechanism as SaslMechanism;
}

/** A TCP socket, or a TLS one whose handshake is done, within the timeout. */
function openSocket(hostPort: string, timeoutMs: number, protocol: Protocol, p: KafkaProperties): Promise<Socket> {
  const at = hostPort.lastIndexOf(':');
  const host = hostPort.slice(0, at).replace(/^\[|\]$/g, '');
  const port = Number(hostPort.slice(at + 1));
  const tls = protocol === 'ssl' || protocol === 'sasl_ssl';
  return new Promise((resolve, reject) => {
    let socket: Socket;
    try {
      socket = tls ? tlsConnect({ ...tlsOptions(p, host), port }) : connect({ host, port });
    } catch (err) {
      // tlsOptions reads the operator's files; the path stays in the log, not in a client's status.
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      return reject(new GatewayError('FAILED_PRECONDITION', 'KAFKA_CONFIG', `the TLS settings of the gateway's Kafka connection cannot be used: ${code}`));
    }
    let connected = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new GatewayError('DEADLINE_EXCEEDED', 'KAFKA_TIMED_OUT', `no connection to ${hostPort} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      connected = true;
    });
    socket.once(tls ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      socket.destroy();
      // Once TCP is up, a TLS socket's error is the handshake's: the certificate, its name, the protocol.
      if (tls && connected) reject(kafkaError(KafkaCode.SSL, `TLS handshake with ${hostPort} failed: ${err.message}`));
      else reject(unavailable(`cannot reach ${hostPort}: ${err.message}`));
    });
  });
}

class Writer {
  private readonly parts: Buffer[] = [];
  int8(v: number): this {
    const b = Buffer.alloc(1);
    b.writeInt8(v);
    return this.push(b);
  }
  int16(v: number): this {
    const b = Buffer.alloc(2);
    b.writeInt16BE(v);
    return this.push(b);
  }
  int32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    return this.push(b);
  }
  string(s: string): this {
    const bytes = Buffer.from(s, 'utf8');
    return this.int16(bytes.length).push(bytes);
  }
  bytes(b: Buffer): this {
    return this.int32(b.length).push(b);
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
  private push(b: Buffer): this {
    this.parts.push(b);
    return this;
  }
}

/** Reads a response; a length past the end is a malformed response, never a huge allocation. */
class Reader {
  private at = 0;
  constructor(private readonly b: Buffer) {}
  int16(): number {
    return this.take(2).readInt16BE(0);
  }
  int32(): number {
    return this.take(4).readInt32BE(0);
  }
  nullableString(): string | null {
    const n = this.int16();
    return n < 0 ? null : this.take(n).toString('utf8');
  }
  string(): string {
    return this.nullableString() ?? '';
  }
  bytes(): Buffer | null {
    const n = this.int32();
    return n < 0 ? null : this.take(n);
  }
  array<T>(item: () => T): T[] {
    const n = this.int32();
    if (n < 0) return [];
    if (n > this.b.length - this.at) throw new Error('malformed Kafka response: an array longer than the response');
    return Array.from({ length: n }, item);
  }
  private take(n: number): Buffer {
    if (this.at + n > this.b.length) throw new Error('malformed Kafka response: truncated');
    const out = this.b.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
}
