import { randomUUID } from 'node:crypto';
import { grpcurl, startTestGateway } from '../helpers/gateway';
import { consoleSteps, jsonDocuments, readmeBlock, runShell } from '../helpers/readme-blocks';
import { TEST_BROKER_ENV } from '../helpers/test-broker';

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
      'kafkagateway.v1.SubJobService',
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

  it("prints what the README's first grpcurl commands show, output for output", async () => {
    const name = `demo-meta-${randomUUID().slice(0, 8)}`;
    for (const step of consoleSteps(readmeBlock('README.md', 'grpcurl-console'))) {
      const command = step.command.replaceAll('127.0.0.1:50051', gateway.address).replaceAll('demo-meta', name);
      // A failed call is shown as grpcurl prints it, on stderr with a non-zero exit.
      const printed = (await runShell(`${command} 2>&1 || true`, { timeoutMs: 20_000 })).trimEnd();
      const shown = step.output.replaceAll('demo-meta', name).replace('"port": 19092', `"port": ${TEST_BROKER_ENV.KAFKA_PORT}`);
      if (shown.startsWith('{')) {
        // GetMetadata lists every consumer group of the cluster, and the test broker has many: compare the rest.
        const { groups: _groups, ...rest } = JSON.parse(printed) as Record<string, unknown>;
        expect([command, rest]).toEqual([command, JSON.parse(shown)]);
      } else {
        expect([command, printed]).toEqual([command, shown]);
      }
    }
  });

  it("runs the README's session (create producer, produce a table, create consumer, subscribe, poll, stream) as written", async () => {
    const names = randomUUID().slice(0, 8);
    const script = readmeBlock('README.md', 'grpcurl-session').body.replaceAll('127.0.0.1:50051', gateway.address).replaceAll('demo', `demo-${names}`);
    const out = await runShell(script, { timeoutMs: 60_000 });
    // Every call prints JSON documents: Produce, Subscribe and Poll one each, ProduceStream one per record,
    // Consume one per frame.
    const docs = jsonDocuments(out);
    expect(docs[0]).toEqual({ messages: 1, deliveries: [{ topic: `demo-${names}`, partition: 0, offset: '0' }] });
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
    // The Consume frames as the README shows them, but for the handle, the timestamps and how the batches fall.
    type Frame = { started?: { consumer: string }; batch?: { messages: Record<string, unknown>[] } };
    const frames = (list: Frame[]) => list.flatMap((f) => f.batch?.messages ?? []);
    const normalised = (list: Frame[]) => ({
      started: list[0]?.started?.consumer.replace(/^consumer-.*/, 'consumer-…'),
      kinds: [...new Set(list.slice(1).map((f) => Object.keys(f).join()))],
      messages: frames(list).map(({ timestampMs, ...m }) => ({ ...m, timestampMs: typeof timestampMs })),
    });
    const shown = jsonDocuments(readmeBlock('README.md', 'grpcurl-session-consume').body.replaceAll('"demo"', `"demo-${names}"`)) as Frame[];
    expect(normalised(docs.slice(5) as Frame[])).toEqual(normalised(shown));
    expect(frames(shown).map((m) => m['key'])).toEqual(['order-1', 'a', 'b']);
  });
});
