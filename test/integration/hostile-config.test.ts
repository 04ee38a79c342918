import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status, type ServiceError } from '@grpc/grpc-js';
import { ConsumeAckedRequest, ConsumeRequest } from '../../src/gen/kafkagateway/v1/consumer_service';
import {
  CreatePartitionsRequest, DeleteTopicRequest, GetMetadataRequest, type GetMetadataResponse,
} from '../../src/gen/kafkagateway/v1/metadata_service';
import { bystander } from '../helpers/bystander';
import { gatewayForFile, metadataClient, startTestGateway, unaryCall, type TestGateway } from '../helpers/gateway';
import { failure, freshTopic, gatewayClients } from '../helpers/kafka-clients';
import { FrameReader } from '../helpers/streams';
import { freePort } from '../helpers/test-broker';

/** A TCP listener that accepts and never answers, counting the connections it gets. */
async function listener(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let count = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    connections: () => count,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** What a stream ended with: the status of its first error. */
async function streamFailure(reader: FrameReader<unknown>): Promise<ServiceError> {
  for (let f = await reader.next(); f; f = await reader.next());
  if (!reader.error) throw new Error('the stream ended without an error');
  return reader.error;
}

/**
 * Issue #20 items 1-3 and 9, reproduced against the real broker: a client's config cannot stop the gateway, load
 * code into it, point it at another host or take more than the operator allows; admin calls are the operator's.
 */
describe("a client's config", () => {
  const suite = gatewayForFile();
  const expectStatus = async (p: Promise<unknown>, code: status, text: string) => {
    const err = await failure(p);
    expect([status[err.code], err.details]).toEqual([status[code], expect.stringContaining(text)]);
  };
  const group = () => `g-${randomUUID()}`;

  it('cannot set the signal librdkafka uses to end its threads (which killed the gateway)', async () => {
    for (const signal of ['9', '15']) {
      await expectStatus(suite.api.producer.createProducer({ config: { 'internal.termination.signal': signal } }), status.INVALID_ARGUMENT, 'internal.termination.signal is not allowed');
      await expectStatus(
        suite.api.consumer.createConsumer({ config: { 'group.id': group(), 'internal.termination.signal': signal } }),
        status.INVALID_ARGUMENT, 'internal.termination.signal is not allowed',
      );
    }
    // Still here, and still serving.
    const { producer } = await suite.api.producer.createProducer({ config: {} });
    await suite.api.producer.closeProducer({ producer });
  });

  it('cannot make the gateway load a shared library', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kgw-lib-'));
    try {
      const marker = join(dir, 'loaded');
      const source = join(dir, 'evil.c');
      const lib = join(dir, 'libevil.so');
      writeFileSync(source, `#include <stdio.h>\n__attribute__((constructor)) static void on_load(void) { FILE *f = fopen("${marker}", "w"); if (f) { fputs("loaded", f); fclose(f); } }\n`);
      execFileSync('gcc', ['-shared', '-fPIC', '-o', lib, source]);
      // The library does what it says when something loads it; then the marker goes again.
      execFileSync('python3', ['-c', `import ctypes; ctypes.CDLL(${JSON.stringify(lib)})`]);
      expect(existsSync(marker)).toBe(true);
      rmSync(marker);

      const tries: Record<string, string>[] = [
        { 'security.protocol': 'SSL', 'ssl.providers': lib },
        { 'ssl.providers': lib },
        { 'plugin.library.paths': lib },
        { 'security.protocol': 'SSL', 'ssl.engine.location': lib },
      ];
      for (const config of tries) {
        const key = Object.keys(config).find((k) => k !== 'security.protocol')!;
        await expectStatus(suite.api.producer.createProducer({ config }), status.INVALID_ARGUMENT, 'is not allowed');
        await expectStatus(suite.api.consumer.createConsumer({ config: { 'group.id': group(), [key]: lib } }), status.INVALID_ARGUMENT, `${key} is not allowed`);
      }
      expect(existsSync(marker)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cannot make the gateway connect to a host it does not allow, from any call that takes brokers', async () => {
    const other = await listener();
    const elsewhere = `127.0.0.1:${other.port}`;
    const meta = metadataClient(suite.gateway.address);
    try {
      const topic = await freshTopic('hc');
      const notAllowed = `"${elsewhere}" is not one of the brokers this gateway allows`;
      await expectStatus(suite.api.producer.createProducer({ config: { 'bootstrap.servers': elsewhere } }), status.INVALID_ARGUMENT, notAllowed);
      await expectStatus(suite.api.consumer.createConsumer({ config: { 'group.id': group(), 'metadata.broker.list': elsewhere } }), status.INVALID_ARGUMENT, notAllowed);
      // The gateway's own broker next to a foreign one does not let the foreign one through.
      await expectStatus(
        suite.api.consumer.createConsumer({ config: { 'group.id': group(), 'bootstrap.servers': `${suite.gateway.brokers},${elsewhere}` } }),
        status.INVALID_ARGUMENT, notAllowed,
      );
      const consume = new FrameReader(
        suite.api.raw.consumer.consume(ConsumeRequest.fromPartial({ source: { $case: 'create', value: { config: { 'group.id': group(), 'bootstrap.servers': elsewhere }, topics: [topic] } } })),
      );
      const consumeErr = await streamFailure(consume);
      expect([status[consumeErr.code], consumeErr.details]).toEqual(['INVALID_ARGUMENT', expect.stringContaining(notAllowed)]);
      const acked = suite.api.raw.consumer.consumeAcked();
      const ackedReader = new FrameReader(acked);
      acked.write(ConsumeAckedRequest.fromPartial({ request: { $case: 'open', value: { config: { 'group.id': group(), 'bootstrap.servers': elsewhere }, topics: [topic] } } }));
      const ackedErr = await streamFailure(ackedReader);
      expect([status[ackedErr.code], ackedErr.details]).toEqual(['INVALID_ARGUMENT', expect.stringContaining(notAllowed)]);
      const metaErr = await failure(unaryCall(meta.getMetadata.bind(meta), GetMetadataRequest.fromPartial({ brokers: elsewhere, timeoutMs: 2000 })));
      expect([status[metaErr.code], metaErr.details]).toEqual(['INVALID_ARGUMENT', expect.stringContaining(notAllowed)]);
      // librdkafka would have connected within milliseconds; give it a second anyway.
      await new Promise((r) => setTimeout(r, 1000));
      expect(other.connections()).toBe(0);
    } finally {
      meta.close();
      await other.close();
    }
  });

  it('cannot take more memory or CPU than the operator allows', async () => {
    await expectStatus(
      suite.api.consumer.createConsumer({ config: { 'group.id': group(), 'queued.max.messages.kbytes': '2097151' } }),
      status.INVALID_ARGUMENT, "queued.max.messages.kbytes may be at most 65536 (the gateway's limit), got 2097151",
    );
    await expectStatus(
      suite.api.producer.createProducer({ config: { 'queue.buffering.max.kbytes': '2097151' } }),
      status.INVALID_ARGUMENT, "queue.buffering.max.kbytes may be at most 262144 (the gateway's limit)",
    );
    await expectStatus(
      suite.api.producer.createProducer({ config: { 'statistics.interval.ms': '1' } }),
      status.INVALID_ARGUMENT, "statistics.interval.ms must be 0 (off) or at least 1000 (the gateway's limit), got 1",
    );
    // A 1 MB client.id was UNAVAILABLE "broker transport failure": the broker hung up on the oversized request.
    await expectStatus(suite.api.producer.createProducer({ config: { 'client.id': 'x'.repeat(1_000_000) } }), status.INVALID_ARGUMENT, 'client.id may be at most 256 characters long');
    // Within the limits is fine.
    const { consumer } = await suite.api.consumer.createConsumer({ config: { 'group.id': group(), 'queued.max.messages.kbytes': '65536', 'statistics.interval.ms': '5000' } });
    await suite.api.consumer.closeConsumer({ consumer });
  });
});

describe('a gateway whose operator closed the admin calls and widened the brokers', () => {
  let gateway: TestGateway;
  let api: ReturnType<typeof gatewayClients>;
  let meta: ReturnType<typeof metadataClient>;
  let silent: Awaited<ReturnType<typeof listener>>;

  beforeAll(async () => {
    silent = await listener();
    gateway = await startTestGateway(undefined, { allowAdminCalls: false, allowedBrokers: [`127.0.0.1:${silent.port}`], maxConsumerQueueKbytes: 1024 });
    api = gatewayClients(gateway.address);
    meta = metadataClient(gateway.address);
  });
  afterAll(async () => {
    meta?.close();
    api?.close();
    await gateway?.stop();
    await silent?.close();
  });

  it('answers PERMISSION_DENIED to DeleteTopic, CreatePartitions and the global size setters, and changes nothing', async () => {
    const topic = await freshTopic('ha');
    const denied = async (p: Promise<unknown>, call: string) => {
      const err = await failure(p);
      expect([status[err.code], err.details]).toEqual(['PERMISSION_DENIED', expect.stringContaining(`${call} changes what every client of this gateway sees, and this gateway does not allow it`)]);
    };
    await denied(unaryCall(meta.deleteTopic.bind(meta), DeleteTopicRequest.fromPartial({ topic })), 'DeleteTopic');
    await denied(unaryCall(meta.createPartitions.bind(meta), CreatePartitionsRequest.fromPartial({ topic, totalPartitions: 3 })), 'CreatePartitions');
    const before = { buffer: (await api.settings.getBufferSize()).size, message: (await api.settings.getMessageSize()).size };
    await denied(api.settings.setBufferSize({ size: 64n }), 'SetBufferSize');
    await denied(api.settings.setMessageSize({ size: 1n }), 'SetMessageSize');
    expect({ buffer: (await api.settings.getBufferSize()).size, message: (await api.settings.getMessageSize()).size }).toEqual(before);
    const metadata = await unaryCall<GetMetadataRequest, GetMetadataResponse>(meta.getMetadata.bind(meta), GetMetadataRequest.fromPartial({ topics: [topic] }));
    expect(metadata.topics.map((t) => [t.name, t.partitions.length])).toEqual([[topic, 1]]);
  });

  it("holds clients to the operator's own limit", async () => {
    const err = await failure(api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}`, 'queued.max.messages.kbytes': '2048' } }));
    expect([status[err.code], err.details]).toEqual(['INVALID_ARGUMENT', "queued.max.messages.kbytes may be at most 1024 (the gateway's limit), got 2048"]);
  });

  it('runs at most 4 GetMetadata calls with their own brokers at once, refusing the rest, and holds no one else up', async () => {
    const watch = bystander(gateway.address);
    const calls = Array.from({ length: 70 }, () =>
      unaryCall(meta.getMetadata.bind(meta), GetMetadataRequest.fromPartial({ brokers: `127.0.0.1:${silent.port}`, timeoutMs: 3000 })).then(
        () => 'OK',
        (err: ServiceError) => status[err.code],
      ),
    );
    const codes = await Promise.all(calls);
    const worst = await watch.stop();
    const tally: Record<string, number> = {};
    for (const c of codes) tally[c!] = (tally[c!] ?? 0) + 1;
    // The allowed broker was reached (it never answers, so those calls time out), and only by the calls admitted.
    expect(tally['RESOURCE_EXHAUSTED']).toBeGreaterThanOrEqual(66);
    expect((tally['DEADLINE_EXCEEDED'] ?? 0) + (tally['UNAVAILABLE'] ?? 0) + tally['RESOURCE_EXHAUSTED']!).toBe(70);
    expect(silent.connections()).toBeGreaterThan(0);
    expect(worst).toBeLessThan(1000);
  });
});
