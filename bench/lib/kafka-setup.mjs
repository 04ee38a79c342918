// Topics and backlogs for the benchmark, made with node-rdkafka before anything is measured.
import { createRequire } from 'node:module';
import { payload, sleep } from './stats.mjs';

const require = createRequire(import.meta.url);
const Kafka = require('node-rdkafka');

export async function createTopic(brokers, topic, partitions) {
  const admin = Kafka.AdminClient.create({ 'bootstrap.servers': brokers });
  try {
    await new Promise((resolve, reject) =>
      admin.createTopic({ topic, num_partitions: partitions, replication_factor: 1 }, 30_000, (err) => (err ? reject(err) : resolve())),
    );
  } finally {
    admin.disconnect();
  }
}

/** Writes `count` messages of `size` bytes, spread over the partitions, and waits until all are delivered. */
export async function fill(brokers, topic, size, count) {
  const producer = new Kafka.Producer({ 'bootstrap.servers': brokers, dr_cb: true, 'linger.ms': 20, 'batch.size': 1_000_000 });
  await new Promise((resolve, reject) => producer.connect({ timeout: 10_000 }, (err) => (err ? reject(err) : resolve())));
  producer.setPollInterval(20);
  let delivered = 0;
  let failed;
  producer.on('delivery-report', (err) => {
    if (err) failed = err;
    delivered++;
  });
  const value = payload(size);
  for (let i = 0; i < count; ) {
    try {
      producer.produce(topic, null, value, null);
      i++;
    } catch (err) {
      if (err.code !== -184) throw err;
      await sleep(5);
    }
  }
  while (delivered < count && !failed) await sleep(20);
  await new Promise((resolve) => producer.disconnect(() => resolve()));
  if (failed) throw failed;
}
