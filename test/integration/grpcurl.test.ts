import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { grpcurl, startTestGateway } from '../helpers/gateway';
import { REPO, TEST_BROKER_ENV } from '../helpers/test-broker';

/** The README's grpcurl session: the sh block after the grpcurl-session marker. */
function readmeSession(): string {
  const readme = readFileSync(resolve(REPO, 'README.md'), 'utf8');
  const block = /<!-- grpcurl-session[^>]*-->\n```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no grpcurl-session block');
  return block[1]!;
}

// The grpcurl binary itself (installed by `make tools`), against a started gateway, with no .proto at hand.
describe('grpcurl against the gateway', () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  beforeAll(async () => (gateway = await startTestGateway()));
  afterAll(() => gateway.stop());

  it('lists the health and reflection services and every kafkagateway.v1 service', async () => {
    const list = await grpcurl('-plaintext', gateway.address, 'list');
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n').sort()).toEqual([
      'grpc.health.v1.Health',
      'grpc.reflection.v1.ServerReflection',
      'grpc.reflection.v1alpha.ServerReflection',
      'kafkagateway.v1.ConsumerService',
      'kafkagateway.v1.EventService',
      'kafkagateway.v1.MetadataService',
      'kafkagateway.v1.ProducerService',
      'kafkagateway.v1.QueueService',
      'kafkagateway.v1.SettingsService',
      'kafkagateway.v1.TableService',
    ]);
  });

  it('describes a service with its documentation and a message with its proto field names', async () => {
    const service = await grpcurl('-plaintext', gateway.address, 'describe', 'kafkagateway.v1.MetadataService');
    expect(service.code).toBe(0);
    expect(service.stdout).toContain('rpc GetMetadata ( .kafkagateway.v1.GetMetadataRequest ) returns ( .kafkagateway.v1.GetMetadataResponse );');
    expect(service.stdout).toContain('gRPC error codes:');
    const message = await grpcurl('-plaintext', gateway.address, 'describe', 'kafkagateway.v1.GetMetadataRequest');
    expect(message.stdout).toContain('int32 timeout_ms = 3;');
  });

  it('gets SERVING from the health check, for the server and for a service', async () => {
    const server = await grpcurl('-plaintext', gateway.address, 'grpc.health.v1.Health/Check');
    expect(JSON.parse(server.stdout)).toEqual({ status: 'SERVING' });
    const service = await grpcurl('-plaintext', '-d', '{"service":"kafkagateway.v1.MetadataService"}', gateway.address, 'grpc.health.v1.Health/Check');
    expect(JSON.parse(service.stdout)).toEqual({ status: 'SERVING' });
  });

  it('calls GetMetadata with JSON written by hand and gets the real broker back', async () => {
    const result = await grpcurl('-plaintext', '-d', '{"timeout_ms": 5000}', gateway.address, 'kafkagateway.v1.MetadataService/GetMetadata');
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { brokers: { id: number; host: string; port: number }[] };
    expect(body.brokers).toEqual([{ id: 1, host: '127.0.0.1', port: Number(TEST_BROKER_ENV.KAFKA_PORT) }]);
  });

  it('shows the gRPC status of a failed call', async () => {
    const result = await grpcurl('-plaintext', '-d', '{"topics": ["no-such-topic-here"]}', gateway.address, 'kafkagateway.v1.MetadataService/GetMetadata');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Code: NotFound');
    expect(result.stderr).toContain('Message: Broker: Unknown topic or partition: no-such-topic-here');
  });

  it("runs the README's session (create producer, produce a table, create consumer, subscribe, poll) as written", async () => {
    const names = randomUUID().slice(0, 8);
    const script = readmeSession().replaceAll('127.0.0.1:50051', gateway.address).replaceAll('demo', `demo-${names}`);
    const env = { ...process.env, PATH: `${resolve(REPO, '.tools/bin')}:${process.env['PATH']}` };
    const out = await new Promise<string>((res, rej) =>
      execFile('bash', ['-euo', 'pipefail', '-c', script], { env, timeout: 60_000 }, (err, stdout, stderr) =>
        err ? rej(new Error(`${err.message}\n${stderr}`)) : res(stdout),
      ),
    );
    // Every call prints JSON documents: Produce, Subscribe and Poll one each, ProduceStream one per record,
    // Consume one per frame.
    const docs = out.split(/\n(?=\{)/).map((d) => JSON.parse(d) as Record<string, unknown>);
    expect(docs[0]).toMatchObject({ messages: 1 });
    expect(docs[1]).toEqual({});
    expect(docs[2]).toMatchObject({
      message: {
        topic: `demo-${names}`,
        key: 'order-1',
        value: {
          table: {
            columns: [
              { name: 'id', values: { type: 'DATA_TYPE_INT', ints: [1, 2] } },
              { name: 'sym', values: { type: 'DATA_TYPE_SYMBOL', strings: ['a', 'b'] } },
            ],
          },
        },
      },
    });
    expect(docs.slice(3, 5)).toMatchObject([
      { result: { deliveries: [{ topic: `demo-${names}`, offset: '1' }] } },
      { index: '1', result: { deliveries: [{ topic: `demo-${names}`, offset: '2' }] } },
    ]);
    const frames = docs.slice(5) as { started?: { consumer: string }; rebalance?: unknown; batch?: { messages: { key: string; value: unknown }[] } }[];
    expect(frames[0]!.started?.consumer).toMatch(/^consumer-/);
    expect(frames.some((f) => f.rebalance)).toBe(true);
    const streamed = frames.flatMap((f) => f.batch?.messages ?? []);
    expect(streamed.map((m) => m.key)).toEqual(['order-1', 'a', 'b']);
    expect(streamed[1]!.value).toEqual({ scalar: { string: 'hello' } });
    expect(streamed[2]!.value).toEqual({ vector: { type: 'DATA_TYPE_DOUBLE', doubles: [1.5, 2.5] } });
  });
});
