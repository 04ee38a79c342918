// The "gateway" side: the generated TypeScript client (clients/typescript) in its own process, talking to a
// gateway process. Run by bench/run.mjs as `node bench/sides/gateway.mjs '<job json>'`; prints one JSON line.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { inFlightSends, latencyMetrics, paced, payload, ReceiveRate, sleep } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);
const { Gateway, pb } = require('../../clients/typescript/dist/src/index.js');
const { consumer: consumerPb, producer: producerPb, value: valuePb } = pb;

/** Payloads are read back as the raw bytes they are (a BLOB scalar), as an application moving opaque bytes would. */
const BYTES = valuePb.MarshalType.MARSHAL_TYPE_JAVA_BYTES;

/** A record's payload as raw bytes (the ProduceRecord oneof). */
const raw = (bytes) => ({ $case: 'rawValue', value: bytes });
const payloadOf = (message) => message.value.kind.value.value.value;

async function withProducer(gw, fn) {
  const { producer } = await gw.producer.createProducer({ config: {} });
  try {
    return await fn(producer);
  } finally {
    await gw.producer.closeProducer({ producer });
  }
}

/** `inFlight` callers, each awaiting its Produce (with wait_for_delivery) before sending the next. */
async function produceUnary(gw, { topic, size, count, inFlight }) {
  return withProducer(gw, async (producer) => {
    const value = raw(payload(size));
    return inFlightSends(count, inFlight, () => gw.producer.produce({ producer, topic, payload: value, waitForDelivery: true }));
  });
}

/**
 * ProduceBatch calls of about 256 KiB each, 16 in flight (4 MiB: a call waits for its deliveries, so fewer would
 * measure the delivery round trip rather than the throughput); done when every call has its deliveries.
 */
async function produceBatch(gw, { topic, size, count }) {
  return withProducer(gw, async (producer) => {
    const perBatch = Math.max(1, Math.floor(262_144 / size));
    const record = { topic, payload: raw(payload(size)) };
    let left = count;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (left > 0) {
          const n = Math.min(perBatch, left);
          left -= n;
          const { results } = await gw.producer.produceBatch({ producer, records: Array(n).fill(record) });
          const failed = results.find((r) => r.error);
          if (failed) throw new Error(`ProduceBatch: ${failed.error.message}`);
        }
      }),
    );
    return { msgs_per_s: count / ((performance.now() - t0) / 1000) };
  });
}

/**
 * One ProduceStream: requests of about 64 KiB of records each, written as fast as flow control lets them; done
 * when every result is back.
 */
async function produceStream(gw, { topic, size, count }) {
  return withProducer(gw, async (producer) => {
    const perRequest = Math.max(1, Math.floor(65_536 / size));
    const record = { topic, payload: raw(payload(size)) };
    const call = gw.raw.producer.produceStream();
    let results = 0;
    const t0 = performance.now();
    const done = new Promise((resolve, reject) => {
      call.on('data', (res) => {
        for (const r of res.results) if (r.error) reject(new Error(`ProduceStream: ${r.error.message}`));
        results += res.results.length;
        if (results === count) resolve();
      });
      call.on('error', reject);
    });
    for (let sent = 0; sent < count; ) {
      const n = Math.min(perRequest, count - sent);
      const request = producerPb.ProduceStreamRequest.fromPartial({ producer: sent === 0 ? producer : '', records: Array(n).fill(record) });
      sent += n;
      if (!call.write(request)) await new Promise((resolve) => call.once('drain', resolve));
    }
    call.end();
    await done;
    return { msgs_per_s: count / ((performance.now() - t0) / 1000) };
  });
}

/** A Consume stream's own consumer, assigned `partitions` (the ConsumeRequest source oneof). */
const create = (config, partitions) => ({ $case: 'create', value: { config, partitions } });

const fromBeginning = (topic, partitions) =>
  Array.from({ length: partitions }, (_x, partition) => ({ topic, partition, offset: -2n }));

/** PollBatch in a loop on an assigned consumer. */
async function consumePollBatch(gw, { topic, size, count, partitions }) {
  // Up to 1000 messages, but under grpc-js's default 4 MiB limit on a received message.
  const batchSize = Math.max(1, Math.min(1000, Math.floor(2_000_000 / size)));
  const { consumer } = await gw.consumer.createConsumer({ config: { 'group.id': `bench-gw-${process.pid}` } });
  await gw.consumer.assign({ consumer, partitions: fromBeginning(topic, partitions) });
  const rate = new ReceiveRate();
  while (rate.received < count) {
    // Never more than is left: a call asking past the end of the topic would wait out its timeout.
    const want = Math.min(batchSize, count - rate.received);
    const { messages } = await gw.consumer.pollBatch({ consumer, batchSize: want, timeoutMs: 1000, marshalType: BYTES });
    rate.add(messages.length);
  }
  await gw.consumer.closeConsumer({ consumer });
  return { msgs_per_s: rate.msgsPerS };
}

/** One Consume stream over an assignment from the beginning, ended by the gateway after `count` messages. */
async function consumeStream(gw, { topic, count, partitions }) {
  const call = gw.raw.consumer.consume(
    consumerPb.ConsumeRequest.fromPartial({
      source: create({ 'group.id': `bench-gw-${process.pid}` }, fromBeginning(topic, partitions)),
      marshalType: BYTES,
      maxMessages: BigInt(count),
    }),
  );
  const rate = new ReceiveRate();
  await new Promise((resolve, reject) => {
    call.on('data', (frame) => {
      if (frame.frame?.$case === 'batch') rate.add(frame.frame.value.messages.length);
    });
    call.on('end', resolve);
    call.on('error', reject);
  });
  if (rate.received !== count) throw new Error(`Consume ended after ${rate.received} of ${count} messages`);
  return { msgs_per_s: rate.msgsPerS };
}

/** ConsumeAcked: a group subscription; each batch is acknowledged as it arrives. */
async function consumeAcked(gw, { topic, count }) {
  const call = gw.raw.consumer.consumeAcked();
  call.write(
    consumerPb.ConsumeAckedRequest.fromPartial({
      request: {
        $case: 'open',
        value: { config: { 'group.id': `bench-gw-acked-${process.pid}`, 'auto.offset.reset': 'earliest' }, topics: [topic], marshalType: BYTES },
      },
    }),
  );
  const rate = new ReceiveRate();
  await new Promise((resolve, reject) => {
    call.on('data', (frame) => {
      if (frame.frame?.$case !== 'batch') return;
      const messages = frame.frame.value.messages;
      rate.add(messages.length);
      call.write({ request: { $case: 'ack', value: { messages: messages.map(({ topic: t, partition, offset }) => ({ topic: t, partition, offset })) } } });
      if (rate.received >= count) resolve();
    });
    call.on('error', reject);
  });
  call.cancel();
  return { msgs_per_s: rate.msgsPerS };
}

/** ProduceStream at `rate` messages/s, each stamped; a Consume stream from the end notes receipt. */
async function e2eLatency(gw, { topic, size, count, rate, partitions }) {
  return withProducer(gw, async (producer) => {
    const consume = gw.raw.consumer.consume(
      consumerPb.ConsumeRequest.fromPartial({
        source: create({ 'group.id': `bench-gw-e2e-${process.pid}` }, fromBeginning(topic, partitions).map((p) => ({ ...p, offset: -1n }))),
        marshalType: BYTES,
        maxMessages: BigInt(count),
      }),
    );
    const latencies = [];
    const received = new Promise((resolve, reject) => {
      consume.on('data', (frame) => {
        if (frame.frame?.$case !== 'batch') return;
        const now = performance.now();
        for (const m of frame.frame.value.messages) latencies.push(now - Buffer.from(payloadOf(m)).readDoubleLE(0));
      });
      consume.on('end', resolve);
      consume.on('error', reject);
    });
    await sleep(2000); // as on the direct side: the assignment takes effect before the first message
    const produce = gw.raw.producer.produceStream();
    produce.on('data', (res) => {
      const failed = res.results.find((r) => r.error);
      if (failed) produce.destroy(new Error(failed.error.message));
    });
    // The records due at once go in one request, as librdkafka on the direct side batches what is queued together.
    await paced(count, rate, (n) => {
      const records = Array.from({ length: n }, () => ({ topic, payload: raw(payload(size, performance.now())) }));
      produce.write(producerPb.ProduceStreamRequest.fromPartial({ producer, records }));
    });
    produce.end();
    await received;
    return latencyMetrics(latencies);
  });
}

/**
 * A Consume client that reads one frame per second for `seconds`, from a large backlog: the gateway must hold
 * back rather than buffer. Returns how many messages it read (the gateway's memory is sampled by the runner).
 */
async function stalledConsume(gw, { topic, partitions, seconds }) {
  const call = gw.raw.consumer.consume(
    consumerPb.ConsumeRequest.fromPartial({
      source: create({ 'group.id': `bench-gw-stalled-${process.pid}` }, fromBeginning(topic, partitions)),
      marshalType: BYTES,
    }),
  );
  let received = 0;
  const end = performance.now() + seconds * 1000;
  for await (const frame of call) {
    if (frame.frame?.$case === 'batch') received += frame.frame.value.messages.length;
    if (performance.now() >= end) break;
    await sleep(1000);
  }
  call.cancel();
  return { messages_read: received };
}

const SCENARIOS = { produceUnary, produceBatch, produceStream, consumePollBatch, consumeStream, consumeAcked, e2eLatency, stalledConsume };

const job = JSON.parse(process.argv[2]);
const gw = new Gateway(job.gateway);
const result = await SCENARIOS[job.run](gw, job);
process.stdout.write(`${JSON.stringify(result)}\n`);
gw.close();
process.exit(0);
