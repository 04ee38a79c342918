import { randomUUID } from 'node:crypto';
import { Client, credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { ConsumeRequest, PollRequest, type ConsumeResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { ProduceRecord, ProduceStreamRequest, type ProduceStreamResponse } from '../../src/gen/kafkagateway/v1/producer_service';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { failure, freshTopic, gatewayClients } from '../helpers/kafka-clients';
import { promtoolCheck, scrape, type Scrape } from '../helpers/metrics';
import { fillTopic, FrameReader, waitFor } from '../helpers/streams';

const PRODUCER = { grpc_service: 'kafkagateway.v1.ProducerService' };
const CONSUMER = { grpc_service: 'kafkagateway.v1.ConsumerService' };
const raw = (value: Buffer) => ({ payload: { $case: 'rawValue' as const, value } });

/** How much each sample moved between two scrapes. */
const moved = (before: Scrape, after: Scrape) => (name: string, labels: Record<string, string>) => after.value(name, labels) - before.value(name, labels);

describe('/metrics during real traffic', () => {
  let gateway: TestGateway;
  let api: ReturnType<typeof gatewayClients>;
  let port: number;
  beforeAll(async () => {
    gateway = await startTestGateway(undefined, { metricsPort: 0, kafkaStatisticsMs: 1000 });
    api = gatewayClients(gateway.address);
    port = gateway.metricsPort!;
  });
  afterAll(async () => {
    api?.close();
    await gateway?.stop();
  });

  it('counts unary calls by method and code, failed ones too, and the records the brokers acknowledged', async () => {
    const topic = await freshTopic('m-unary');
    const { producer } = await api.producer.createProducer({ config: {} });
    const before = await scrape(port);
    const values = [5, 17, 3, 40, 11].map((n) => Buffer.alloc(n, 0x61));
    for (const v of values) await api.producer.produce({ producer, topic, ...raw(v), waitForDelivery: true });
    for (let i = 0; i < 3; i++) expect((await failure(api.producer.produce({ producer, topic: '', ...raw(Buffer.from('x')) }))).code).toBe(status.INVALID_ARGUMENT);
    expect((await failure(api.producer.produce({ producer: 'producer-nosuchhandle', topic, ...raw(Buffer.from('x')) }))).code).toBe(status.NOT_FOUND);
    // A partition the topic does not have: refused when queued, a delivery failure of its own.
    expect((await failure(api.producer.produce({ producer, topic, partition: 7, ...raw(Buffer.from('x')), waitForDelivery: true }))).code).toBe(status.NOT_FOUND);
    const after = await scrape(port);
    const d = moved(before, after);
    const produce = { ...PRODUCER, grpc_method: 'Produce', grpc_type: 'unary' };
    expect(d('grpc_server_started_total', produce)).toBe(10);
    expect(d('grpc_server_msg_received_total', produce)).toBe(10);
    expect(d('grpc_server_msg_sent_total', produce)).toBe(5);
    expect(d('grpc_server_handled_total', { ...produce, grpc_code: 'OK' })).toBe(5);
    expect(d('grpc_server_handled_total', { ...produce, grpc_code: 'INVALID_ARGUMENT' })).toBe(3);
    expect(d('grpc_server_handled_total', { ...produce, grpc_code: 'NOT_FOUND' })).toBe(2);
    expect(d('grpc_server_handling_seconds_count', produce)).toBe(10);
    expect(d('grpc_server_handling_seconds_bucket', { ...produce, le: '+Inf' })).toBe(10);
    expect(d('grpc_server_handling_seconds_sum', produce)).toBeGreaterThan(0);
    expect(after.value('kgw_kafka_produced_records_total', { topic })).toBe(5);
    expect(after.value('kgw_kafka_produced_bytes_total', { topic })).toBe(5 + 17 + 3 + 40 + 11);
    expect(d('kgw_kafka_delivery_failures_total', { error: 'ERR__UNKNOWN_PARTITION' })).toBe(1);
    expect(after.value('kgw_handles', { kind: 'producer' })).toBe(before.value('kgw_handles', { kind: 'producer' }));
    await api.producer.closeProducer({ producer });
    expect((await scrape(port)).value('kgw_handles', { kind: 'producer' })).toBe(before.value('kgw_handles', { kind: 'producer' }) - 1);
  });

  it("counts a bidi stream's messages each way, shows it open while it runs, and its status when it ends", async () => {
    const topic = await freshTopic('m-stream');
    const { producer } = await api.producer.createProducer({ config: { 'linger.ms': '1' } });
    const stream = { ...PRODUCER, grpc_method: 'ProduceStream', grpc_type: 'bidi_stream' };
    const before = await scrape(port);
    const call = api.raw.producer.produceStream();
    const reader = new FrameReader<ProduceStreamResponse>(call);
    const record = (i: number) => ProduceStreamRequest.fromPartial({ producer: i === 0 ? producer : '', record: ProduceRecord.fromPartial({ topic, ...raw(Buffer.alloc(10, 0x62)) }) });
    call.write(record(0));
    expect(await reader.next()).toBeDefined();
    const open = await scrape(port);
    expect(open.value('kgw_grpc_streams_open', { grpc_service: stream.grpc_service, grpc_method: stream.grpc_method })).toBe(1);
    expect(moved(before, open)('grpc_server_started_total', stream)).toBe(1);
    for (let i = 1; i < 40; i++) call.write(record(i));
    call.end();
    let answers = 1;
    while (await reader.next()) answers++;
    expect(reader.error).toBeUndefined();
    expect(answers).toBe(40);
    await waitFor(async () => (await scrape(port)).value('grpc_server_handled_total', { ...stream, grpc_code: 'OK' }) > before.value('grpc_server_handled_total', { ...stream, grpc_code: 'OK' }));
    const after = await scrape(port);
    const d = moved(before, after);
    expect(d('grpc_server_msg_received_total', stream)).toBe(40);
    expect(d('grpc_server_msg_sent_total', stream)).toBe(40);
    expect(d('grpc_server_handled_total', { ...stream, grpc_code: 'OK' })).toBe(1);
    expect(d('grpc_server_handling_seconds_count', stream)).toBe(1);
    expect(after.value('kgw_grpc_streams_open', { grpc_service: stream.grpc_service, grpc_method: stream.grpc_method })).toBe(0);
    expect(after.value('kgw_kafka_produced_records_total', { topic })).toBe(40);
    expect(after.value('kgw_kafka_produced_bytes_total', { topic })).toBe(400);

    // A stream whose first request names no producer ends with INVALID_ARGUMENT, counted as such.
    const bad = new FrameReader<ProduceStreamResponse>(api.raw.producer.produceStream());
    (bad.call as unknown as { write(r: ProduceStreamRequest): void; end(): void }).write(record(1));
    (bad.call as unknown as { end(): void }).end();
    while (await bad.next()) undefined;
    expect(bad.error?.code).toBe(status.INVALID_ARGUMENT);
    await waitFor(async () => moved(after, await scrape(port))('grpc_server_handled_total', { ...stream, grpc_code: 'INVALID_ARGUMENT' }) === 1);
    await api.producer.closeProducer({ producer });
  });

  it('counts the records a Consume stream fetched, and its cancel as CANCELLED', async () => {
    const topic = await freshTopic('m-consume', 2);
    await fillTopic(topic, 60, 2, (i) => Buffer.from(`value ${i}`));
    const bytes = Array.from({ length: 60 }, (_, i) => `value ${i}`.length).reduce((a, b) => a + b, 0);
    const consume = { ...CONSUMER, grpc_method: 'Consume', grpc_type: 'server_stream' };
    const before = await scrape(port);
    const reader = new FrameReader<ConsumeResponse>(
      api.raw.consumer.consume(
        ConsumeRequest.fromPartial({ source: { $case: 'create', value: { config: { 'group.id': `g-${randomUUID()}`, 'auto.offset.reset': 'earliest' }, topics: [topic], partitions: [] } } }),
      ),
    );
    let messages = 0;
    let frames = 0;
    while (messages < 60) {
      const f = await reader.next();
      if (!f) break;
      frames++;
      if (f.frame?.$case === 'batch') messages += f.frame.value.messages.length;
    }
    expect(messages).toBe(60);
    const during = await scrape(port);
    expect(during.value('kgw_kafka_consumed_records_total', { topic })).toBe(60);
    expect(during.value('kgw_kafka_consumed_bytes_total', { topic })).toBe(bytes);
    expect(during.value('kgw_grpc_streams_open', { grpc_service: consume.grpc_service, grpc_method: 'Consume' })).toBe(1);
    expect(during.value('kgw_handles', { kind: 'consumer' })).toBe(before.value('kgw_handles', { kind: 'consumer' }) + 1);
    expect(moved(before, during)('grpc_server_msg_received_total', consume)).toBe(1);
    expect(moved(before, during)('grpc_server_msg_sent_total', consume)).toBeGreaterThanOrEqual(frames);
    reader.call.cancel();
    await waitFor(async () => moved(before, await scrape(port))('grpc_server_handled_total', { ...consume, grpc_code: 'CANCELLED' }) === 1);
    const after = await scrape(port);
    expect(moved(before, after)('grpc_server_handled_total', consume)).toBe(1);
    expect(after.value('kgw_grpc_streams_open', { grpc_service: consume.grpc_service, grpc_method: 'Consume' })).toBe(0);
  });

  it('counts calls with the code they got, also where grpc-js answers itself: requests that do not parse, a passed deadline', async () => {
    const { consumer } = await api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}` } });
    const client = new Client(gateway.address, credentials.createInsecure());
    const unary = (path: string, body: Buffer, deadlineMs?: number) =>
      new Promise<ServiceError>((resolve, reject) =>
        client.makeUnaryRequest(path, (b: Buffer) => b, (b: Buffer) => b, body, new Metadata(), deadlineMs ? { deadline: Date.now() + deadlineMs } : {}, (err) =>
          err ? resolve(err) : reject(new Error(`${path} answered`)),
        ),
      );
    const produce = { ...PRODUCER, grpc_method: 'Produce', grpc_type: 'unary' };
    const poll = { ...CONSUMER, grpc_method: 'Poll', grpc_type: 'unary' };
    const health = { grpc_service: 'grpc.health.v1.Health', grpc_method: 'Check', grpc_type: 'unary' };
    const before = await scrape(port);
    try {
      // A tag whose varint is cut off. The gateway's own services answer it INVALID_ARGUMENT; health's
      // deserializer is grpc-health-check's, it throws, and grpc-js answers INTERNAL itself.
      const garbage = Buffer.from([0x80]);
      expect((await unary('/kafkagateway.v1.ProducerService/Produce', garbage)).code).toBe(status.INVALID_ARGUMENT);
      expect((await unary('/grpc.health.v1.Health/Check', garbage)).code).toBe(status.INTERNAL);
      // A Poll that would wait 5 s, under a 300 ms deadline: grpc-js ends it at the deadline.
      const body = Buffer.from(PollRequest.encode(PollRequest.fromPartial({ consumer, timeoutMs: 5000 })).finish());
      expect((await unary('/kafkagateway.v1.ConsumerService/Poll', body, 300)).code).toBe(status.DEADLINE_EXCEEDED);
    } finally {
      client.close();
    }
    await waitFor(async () => moved(before, await scrape(port))('grpc_server_handled_total', { ...poll, grpc_code: 'DEADLINE_EXCEEDED' }) === 1);
    const d = moved(before, await scrape(port));
    expect(d('grpc_server_handled_total', { ...produce, grpc_code: 'INVALID_ARGUMENT' })).toBe(1);
    expect(d('grpc_server_handled_total', { ...produce, grpc_code: 'CANCELLED' })).toBe(0);
    expect(d('grpc_server_handled_total', { ...health, grpc_code: 'INTERNAL' })).toBe(1);
    expect(d('grpc_server_handled_total', { ...health, grpc_code: 'CANCELLED' })).toBe(0);
    expect(d('grpc_server_handled_total', { ...poll, grpc_code: 'CANCELLED' })).toBe(0);
    expect(d('grpc_server_started_total', produce)).toBe(1);
    await api.consumer.closeConsumer({ consumer });
  });

  it("shows a consumer group's lag while it is behind, and 0 once it caught up", async () => {
    const topic = await freshTopic('m-lag');
    await fillTopic(topic, 100, 1);
    const group = `g-${randomUUID()}`;
    const { consumer } = await api.consumer.createConsumer({ config: { 'group.id': group, 'auto.offset.reset': 'earliest', 'auto.commit.interval.ms': '200' } });
    await api.consumer.subscribe({ consumer, topics: [topic] });
    const take = async (n: number) => {
      let got = 0;
      for (let tries = 0; got < n && tries < 60; tries++) got += (await api.consumer.pollBatch({ consumer, batchSize: n - got, timeoutMs: 1000 })).messages.length;
      return got;
    };
    expect(await take(30)).toBe(30);
    const lag = async () => (await scrape(port)).matching('kgw_kafka_consumer_lag', { group, topic });
    await waitFor(async () => (await lag()).length === 1 && (await lag())[0]!.value === 70, 30_000);
    expect((await lag())[0]!.labels['partition']).toBe('0');
    expect(await take(70)).toBe(70);
    await waitFor(async () => (await lag())[0]?.value === 0, 30_000);
    await api.consumer.closeConsumer({ consumer });
    // A closed consumer's lag is no longer reported.
    expect(await lag()).toEqual([]);
  }, 90_000);

  it("parses as a whole with Prometheus's own text-format parser (promtool), with build info and Node's metrics", async () => {
    const s = await scrape(port);
    const { code, output } = await promtoolCheck(s.text);
    // Exit 3 means lint findings only; prom-client's own default gauges of active handles end in _total.
    const findings = output.split('\n').filter((l) => l.trim() !== '');
    expect(findings.filter((l) => !/^nodejs_active_(handles|requests|resources)_total non-counter metrics should not have "_total" suffix$/.test(l))).toEqual([]);
    expect([0, 3]).toContain(code);
    expect(s.matching('kgw_build_info')[0]?.labels['version']).toBe(require('../../package.json').version);
    for (const name of ['nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes', 'process_cpu_seconds_total', 'kgw_ready', 'kgw_stream_buffered_bytes', 'kgw_subjobs', 'kgw_kafka_broker_rtt_avg_seconds']) {
      expect([name, s.has(name)]).toEqual([name, true]);
    }
    expect(s.value('kgw_ready')).toBe(1);
  });

  it('keeps the statistics the gateway asked for out of the main queue; a client that set the interval gets its Stats events', async () => {
    const topic = await freshTopic('m-stats');
    const eventsOf = async (config: Record<string, string>) => {
      const { consumer } = await api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}`, ...config } });
      const { queue } = await api.queues.getMainQueue({ consumer });
      await api.consumer.subscribe({ consumer, topics: [topic] });
      const names: string[] = [];
      // Three of the gateway's statistics intervals (1 s here).
      for (const deadline = Date.now() + 3500; Date.now() < deadline; ) {
        const e = await api.queues.queueEvent({ queue, timeoutMs: 500 });
        if (e.name !== '(NONE)') names.push(e.name);
      }
      await api.consumer.closeConsumer({ consumer });
      return names;
    };
    expect(await eventsOf({})).not.toContain('Stats');
    expect(await eventsOf({ 'statistics.interval.ms': '1000' })).toContain('Stats');
  }, 30_000);

  it('answers 404 off /metrics, and 405 to a method other than GET or HEAD', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
