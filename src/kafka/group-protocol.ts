import { connect, type Socket } from 'node:net';
import { GatewayError } from '../errors';

/**
 * The three Kafka requests about consumer groups that node-rdkafka does not expose (librdkafka has them, its
 * Node binding does not): FindCoordinator, DescribeGroups and ListGroups, in fixed pre-flexible versions that
 * Kafka 2.x to 4.x all serve. Plaintext only. Written by hand because no maintained Node 20 client offers group
 * admin beside node-rdkafka; everything else goes through librdkafka.
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
/** A response larger than this is refused rather than buffered. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

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

  static open(hostPort: string, timeoutMs: number): Promise<BrokerConnection> {
    const at = hostPort.lastIndexOf(':');
    const host = hostPort.slice(0, at).replace(/^\[|\]$/g, '');
    const port = Number(hostPort.slice(at + 1));
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new GatewayError('DEADLINE_EXCEEDED', 'KAFKA_TIMED_OUT', `no connection to ${hostPort} within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new BrokerConnection(socket));
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(unavailable(`cannot reach ${hostPort}: ${err.message}`));
      });
    });
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
