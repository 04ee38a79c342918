import { Registry } from 'prom-client';
import { KafkaMeter, OTHER_TOPICS } from '../../../src/metrics/kafka-meter';
import { parseStats } from '../../../src/metrics/librdkafka-stats';

// The shape of librdkafka's statistics (STATISTICS.md), cut to what the meter reads and a few fields around it.
const consumerStats = (lag: number) =>
  JSON.stringify({
    name: 'kgw-x#consumer-1',
    type: 'consumer',
    msg_cnt: 0,
    msg_size: 0,
    brokers: {
      '127.0.0.1:9092/bootstrap': { nodeid: -1, nodename: '127.0.0.1:9092', rtt: { avg: 0, p99: 0, cnt: 0 } },
      '127.0.0.1:9092/1': { nodeid: 1, nodename: '127.0.0.1:9092', rtt: { avg: 1500, p99: 4000, cnt: 3 } },
      'GroupCoordinator/1': { nodeid: 1, nodename: '', rtt: { avg: 900, p99: 900, cnt: 1 } },
    },
    topics: {
      orders: {
        partitions: {
          '0': { partition: 0, consumer_lag: lag, committed_offset: 30 },
          '1': { partition: 1, consumer_lag: -1, committed_offset: -1001 },
          '-1': { partition: -1, consumer_lag: -1 },
        },
      },
    },
  });

describe('librdkafka statistics', () => {
  it('reads the known lag of each real partition, the producer queue and the round trips of brokers that had requests', () => {
    expect(parseStats(consumerStats(70))).toEqual({
      lag: [{ topic: 'orders', partition: 0, lag: 70 }],
      queuedMessages: 0,
      queuedBytes: 0,
      rtt: [{ broker: '127.0.0.1:9092', avg: 0.0015, p99: 0.004 }],
    });
  });

  it('skips what is not JSON, or not of the expected types, instead of failing', () => {
    expect(parseStats('{not json')).toBeUndefined();
    expect(parseStats('{"topics": {"t": {"partitions": {"0": {"partition": "0", "consumer_lag": "5"}}}}, "msg_cnt": "x"}')).toEqual({ lag: [], queuedMessages: 0, queuedBytes: 0, rtt: [] });
  });
});

describe('KafkaMeter', () => {
  const meter = (maxTopics = 500) => {
    const registry = new Registry();
    return { registry, meter: new KafkaMeter(registry, { maxTopics, statisticsIntervalMs: 1000 }) };
  };
  const value = async (registry: Registry, name: string) => (await registry.getSingleMetric(name)!.get()).values;

  it('counts topics beyond the cap under one label', async () => {
    const { registry, meter: m } = meter(2);
    for (const topic of ['a', 'b', 'c', 'd', 'a']) m.recordProduced(topic, 10);
    const values = await value(registry, 'kgw_kafka_produced_records_total');
    expect(Object.fromEntries(values.map((v) => [v.labels['topic'], v.value]))).toEqual({ a: 2, b: 1, [OTHER_TOPICS]: 2 });
  });

  it("shows a consumer's latest lag by group, and none once the consumer closed", async () => {
    const { registry, meter: m } = meter();
    const c = m.client('consumer', 'g1');
    c.stats(consumerStats(70));
    c.stats(consumerStats(12));
    expect((await value(registry, 'kgw_kafka_consumer_lag')).map((v) => [v.labels, v.value])).toEqual([[{ group: 'g1', topic: 'orders', partition: '0' }, 12]]);
    c.close();
    c.stats(consumerStats(5));
    expect(await value(registry, 'kgw_kafka_consumer_lag')).toEqual([]);
  });
});
