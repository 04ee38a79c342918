// The "direct" side: node-rdkafka in one process, used the way an application would use it without the gateway.
// Run by bench/run.mjs as `node bench/sides/direct.mjs '<job json>'`; prints one JSON line of metrics.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { inFlightSends, latencyMetrics, paced, payload, ReceiveRate, sleep } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);
const Kafka = require('node-rdkafka');

const QUEUE_FULL = -184;
/**
 * The delivery-report poll interval of the gateway's producers while deliveries are awaited (as they always are
 * here), so that neither side waits longer for reports.
 */
const POLL_INTERVAL_MS = 1;

async function connectedProducer(brokers) {
  const producer = new Kafka.Producer({ 'bootstrap.servers': brokers, dr_cb: true });
  await new Promise((resolve, reject) => producer.connect({ timeout: 10_000 }, (err) => (err ? reject(err) : resolve())));
  producer.setPollInterval(POLL_INTERVAL_MS);
  const waiting = new Map();
  let next = 0;
  producer.on('delivery-report', (err, report) => {
    const w = waiting.get(report.opaque);
    waiting.delete(report.opaque);
    if (err) w?.reject(err);
    else w?.resolve();
  });
  /** Queues one message (waiting out a full queue); `delivered` settles with its delivery report. */
  const send = async (topic, value) => {
    const token = ++next;
    const delivered = new Promise((resolve, reject) => waiting.set(token, { resolve, reject }));
    for (;;) {
      try {
        producer.produce(topic, null, value, null, undefined, token);
        return { delivered };
      } catch (err) {
        if (err.code !== QUEUE_FULL) throw err;
        await sleep(1);
      }
    }
  };
  const close = () => new Promise((resolve) => producer.disconnect(() => resolve()));
  return { send, close };
}

/** `inFlight` senders, each waiting for its message's delivery before sending the next. */
async function produceUnary({ brokers, topic, size, count, inFlight }) {
  const p = await connectedProducer(brokers);
  const value = payload(size);
  const result = await inFlightSends(count, inFlight, async () => (await p.send(topic, value)).delivered);
  await p.close();
  return result;
}

/** As fast as librdkafka takes them; done when every message is delivered. */
async function produceThroughput({ brokers, topic, size, count }) {
  const p = await connectedProducer(brokers);
  const value = payload(size);
  const deliveries = [];
  const t0 = performance.now();
  for (let i = 0; i < count; i++) deliveries.push((await p.send(topic, value)).delivered);
  await Promise.all(deliveries);
  const seconds = (performance.now() - t0) / 1000;
  await p.close();
  return { msgs_per_s: count / seconds };
}

/**
 * librdkafka's consumer defaults but one: once its prefetch queue is full, librdkafka waits
 * fetch.queue.backoff.ms (1 s by default) before it fetches again, and with that pause this side read from 23,000
 * to 190,000 messages of 10 KiB a second from one round to the next. The gateway's consumers wait 10 ms too
 * (CONSUMER_DEFAULTS); the rest of librdkafka's defaults (a 64 MiB queue, 50 MiB fetches) are what suits one
 * application best, so direct keeps them.
 */
const CONSUMER_CONFIG = { 'fetch.queue.backoff.ms': '10' };

async function connectedConsumer(brokers) {
  const consumer = new Kafka.KafkaConsumer(
    { ...CONSUMER_CONFIG, 'bootstrap.servers': brokers, 'group.id': `bench-direct-${process.pid}-${Date.now()}`, 'enable.auto.commit': false },
    {},
  );
  await new Promise((resolve, reject) => consumer.connect({ timeout: 10_000 }, (err) => (err ? reject(err) : resolve())));
  return consumer;
}

/** Reads `count` messages from the start of every partition with consume(batch) in a loop. */
async function consume({ brokers, topic, count, partitions }) {
  const consumer = await connectedConsumer(brokers);
  consumer.assign(Array.from({ length: partitions }, (_x, partition) => ({ topic, partition, offset: 0 })));
  const rate = new ReceiveRate();
  while (rate.received < count) {
    const messages = await new Promise((resolve, reject) => consumer.consume(1000, (err, m) => (err ? reject(err) : resolve(m))));
    rate.add(messages.length);
  }
  consumer.disconnect();
  return { msgs_per_s: rate.msgsPerS };
}

/** Produces at `rate` messages/s for `count` messages, each stamped; the consumer (flowing mode) notes receipt. */
async function e2eLatency({ brokers, topic, size, count, rate, partitions }) {
  const consumer = await connectedConsumer(brokers);
  const p = await connectedProducer(brokers);
  const latencies = [];
  const done = new Promise((resolve) => {
    consumer.on('data', (m) => {
      latencies.push(performance.now() - m.value.readDoubleLE(0));
      if (latencies.length === count) resolve();
    });
  });
  consumer.assign(Array.from({ length: partitions }, (_x, partition) => ({ topic, partition, offset: -1 })));
  consumer.consume();
  await sleep(2000); // the assignment takes effect: the first messages are not measured against a cold start
  await paced(count, rate, async (n) => {
    for (let i = 0; i < n; i++) await p.send(topic, payload(size, performance.now()));
  });
  await done;
  await p.close();
  consumer.disconnect();
  return latencyMetrics(latencies);
}

const SCENARIOS = { produceUnary, produceThroughput, consume, e2eLatency };

const job = JSON.parse(process.argv[2]);
const result = await SCENARIOS[job.run](job);
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
