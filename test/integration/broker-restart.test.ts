import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminClient } from 'node-rdkafka';
import type { ConsumedMessage } from '../../src/gen/kafkagateway/v1/common';
import { ConsumeRequest, type ConsumeResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { status } from '@grpc/grpc-js';
import { bystander } from '../helpers/bystander';
import { grpcurl, startTestGateway } from '../helpers/gateway';
import { scrape } from '../helpers/metrics';
import { failure, gatewayClients } from '../helpers/kafka-clients';
import { fillTopic, FrameReader, waitFor } from '../helpers/streams';
import { brokerScriptAsync, freePorts } from '../helpers/test-broker';

/**
 * A broker of this test's own (the shared one must not go down under the other suites), stopped and started
 * again under a running Consume stream.
 */
describe('the gateway across a broker restart', () => {
  const [port, controllerPort] = freePorts(2);
  const env = {
    KAFKA_RUN_DIR: mkdtempSync(join(tmpdir(), 'kgw-restart-')),
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
  };
  const brokers = `127.0.0.1:${env.KAFKA_PORT}`;
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  let api: ReturnType<typeof gatewayClients>;

  beforeAll(async () => {
    const start = await brokerScriptAsync('start', env);
    if (start.code !== 0) throw new Error(`broker did not start: ${start.stderr}`);
    // Readiness on a short fuse, so that the last test sees health follow the broker within seconds.
    gateway = await startTestGateway(brokers, { metricsPort: 0, brokerUnreadyMs: 2000 });
    api = gatewayClients(gateway.address);
  }, 240_000);
  afterAll(async () => {
    api?.close();
    await gateway?.stop();
    await brokerScriptAsync('stop', env);
  }, 60_000);

  it('resumes after the broker comes back, without losing or repeating a message, and commits the position', async () => {
    const topic = `r-${randomUUID()}`;
    await createTopic(topic);
    await fillTopic(topic, 1000, 1, undefined, brokers);
    const group = `g-${randomUUID()}`;
    const config = { 'group.id': group, 'auto.offset.reset': 'earliest', 'auto.commit.interval.ms': '200' };
    const reader = new FrameReader<ConsumeResponse>(
      api.raw.consumer.consume(ConsumeRequest.fromPartial({ source: { $case: 'create', value: { config, topics: [topic] } } })),
    );
    const received: ConsumedMessage[] = [];
    const readUntil = async (n: number, ms: number) => {
      const deadline = Date.now() + ms;
      while (received.length < n && Date.now() < deadline) {
        const f = await reader.next(deadline - Date.now());
        if (f?.frame?.$case === 'batch') received.push(...f.frame.value.messages);
        if (!f) break;
      }
    };
    await readUntil(1000, 30_000);
    expect(received).toHaveLength(1000);

    expect((await brokerScriptAsync('stop', env)).code).toBe(0);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await brokerScriptAsync('start', env)).code).toBe(0);
    await fillTopic(topic, 1000, 1, (i) => Buffer.from(`after ${i}`), brokers);

    await readUntil(2000, 90_000);
    expect(reader.error).toBeUndefined();
    expect(received.map((m) => Number(m.offset))).toEqual(Array.from({ length: 2000 }, (_, i) => i));

    // While the stream runs, auto-commit brings the group's committed offset to the end: nothing is committed
    // twice or skipped across the restart (the coordinator may need a few seconds to come back).
    const { consumer } = await api.consumer.createConsumer({ config: { 'group.id': group } });
    const committed = async () =>
      (await api.consumer.getCommittedOffsets({ consumer, partitions: [{ topic, partition: 0 }], timeoutMs: 10_000 })).offsets[0]!.offset;
    const seen: bigint[] = [];
    for (let deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      seen.push(await committed());
      if (seen.at(-1) === 2000n) break;
    }
    expect(seen.at(-1)).toBe(2000n);
    expect(seen.every((o, i) => i === 0 || o >= seen[i - 1]!)).toBe(true);

    reader.call.cancel();
    await waitFor(() => gateway.streams.count === 0);
    expect(await committed()).toBe(2000n);
    await api.consumer.closeConsumer({ consumer });
  }, 200_000);

  it('holds only its own consumer in a synchronous Commit while the broker is down, and answers UNAVAILABLE or DEADLINE_EXCEEDED', async () => {
    const topic = `c-${randomUUID()}`;
    await createTopic(topic);
    await fillTopic(topic, 10, 1, undefined, brokers);
    const { consumer } = await api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}`, 'enable.auto.commit': 'false' } });
    await api.consumer.assign({ consumer, partitions: [{ topic, partition: 0, offset: 0n }] });
    let polled = 0;
    for (let i = 0; i < 20 && polled < 5; i++) polled += (await api.consumer.pollBatch({ consumer, batchSize: 5 - polled, timeoutMs: 1000 })).messages.length;
    expect(polled).toBe(5);
    await api.consumer.commit({ consumer, timeoutMs: 10_000 });

    expect((await brokerScriptAsync('stop', env)).code).toBe(0);
    const watch = bystander(gateway.address);
    const err = await failure(api.consumer.commit({ consumer, offsets: [{ topic, partition: 0, offset: 4n }], timeoutMs: 5000 }));
    expect(['UNAVAILABLE', 'DEADLINE_EXCEEDED']).toContain(status[err.code]);
    expect(await watch.stop()).toBeLessThan(1000);

    expect((await brokerScriptAsync('start', env)).code).toBe(0);
    // Once a coordinator is known again, the same commit goes through and reads back.
    let committed: bigint | undefined;
    for (let deadline = Date.now() + 60_000; committed !== 4n && Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
      await api.consumer.commit({ consumer, offsets: [{ topic, partition: 0, offset: 4n }], timeoutMs: 5000 }).catch(() => undefined);
      committed = await api.consumer
        .getCommittedOffsets({ consumer, partitions: [{ topic, partition: 0 }], timeoutMs: 5000 })
        .then((r) => r.offsets[0]!.offset, () => undefined);
    }
    expect(committed).toBe(4n);
    await api.consumer.closeConsumer({ consumer });
  }, 200_000);

  const health = async (service: string) => {
    const r = await grpcurl('-plaintext', '-d', JSON.stringify({ service }), gateway.address, 'grpc.health.v1.Health/Check');
    return (JSON.parse(r.stdout) as { status: string }).status;
  };
  const statuses = async () => ({
    overall: await health(''),
    producer: await health('kafkagateway.v1.ProducerService'),
    consumer: await health('kafkagateway.v1.ConsumerService'),
    tables: await health('kafkagateway.v1.TableService'),
  });

  it('says NOT_SERVING (overall and for the services that need a broker) while the broker is down, SERVING once it is back', async () => {
    const serving = { overall: 'SERVING', producer: 'SERVING', consumer: 'SERVING', tables: 'SERVING' };
    await waitFor(async () => (await health('')) === 'SERVING', 60_000);
    expect(await statuses()).toEqual(serving);
    expect((await brokerScriptAsync('stop', env)).code).toBe(0);
    await waitFor(async () => (await health('')) === 'NOT_SERVING', 30_000);
    // TableService needs no broker: it stays SERVING.
    expect(await statuses()).toEqual({ overall: 'NOT_SERVING', producer: 'NOT_SERVING', consumer: 'NOT_SERVING', tables: 'SERVING' });
    const down = await scrape(gateway.metricsPort!);
    expect(down.value('kgw_ready')).toBe(0);
    expect(down.value('kgw_broker_silence_seconds')).toBeGreaterThanOrEqual(2);
    expect((await brokerScriptAsync('start', env)).code).toBe(0);
    await waitFor(async () => (await health('')) === 'SERVING', 60_000);
    expect(await statuses()).toEqual(serving);
    expect((await scrape(gateway.metricsPort!)).value('kgw_ready')).toBe(1);
  }, 180_000);

  function createTopic(name: string): Promise<void> {
    const admin = AdminClient.create({ 'bootstrap.servers': brokers });
    return new Promise<void>((resolve, reject) =>
      admin.createTopic({ topic: name, num_partitions: 1, replication_factor: 1 }, 10_000, (err) => (err ? reject(err) : resolve())),
    ).finally(() => admin.disconnect());
  }
});
