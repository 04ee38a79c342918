import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Producer } from 'node-rdkafka';
import { SubJobParser, SubJobTarget } from '../../src/gen/kafkagateway/v1/subjob_service';
import { DataType, MarshalType } from '../../src/gen/kafkagateway/v1/value';
import { GatewayProcess } from '../helpers/gateway';
import { freshTopic, gatewayClients } from '../helpers/kafka-clients';
import { waitFor } from '../helpers/streams';
import { testBrokers } from '../helpers/test-broker';

const TOTAL = 100_000;
const PARTITIONS = 3;

/**
 * Exactly once into a table across crashes: a durable job reads 100,000 numbered messages while they are
 * produced, the gateway is killed with SIGKILL twice mid-way and started again each time, the job resumes by
 * itself, and afterwards the table holds every number exactly once.
 */
describe('a durable sub-job killed twice', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kgw-exactly-once-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes every message into its table exactly once', async () => {
    const topic = await freshTopic('subjob-once', PARTITIONS);
    const args = ['--brokers', testBrokers(), '--data-dir', dataDir, '--log-level', 'info'];
    let gateway = await GatewayProcess.start(args);
    let api = gatewayClients(gateway.address);
    const rows = async () => Number((await api.tables.describeTable({ name: 'numbers' })).table!.rowCount);
    try {
      await api.tables.createTable({ name: 'numbers', columns: [{ name: 'n', type: DataType.DATA_TYPE_LONG, scale: 0 }] });
      await api.subjobs.createSubJob({
        source: {
          $case: 'create',
          // A short session lets the restarted gateway's consumer take the dead one's partitions in seconds.
          value: { config: { 'group.id': `once-${process.pid}`, 'auto.offset.reset': 'earliest', 'session.timeout.ms': '6000', 'heartbeat.interval.ms': '1000' }, topics: [topic], partitions: [] },
        },
        target: SubJobTarget.fromPartial({ kind: { $case: 'table', value: 'numbers' } }),
        parser: SubJobParser.fromPartial({ marshalType: MarshalType.MARSHAL_TYPE_JSON }),
        actionName: 'numbers-in',
        durable: true,
      });
      const producing = produceNumbers(topic);
      for (const killAt of [TOTAL / 5, TOTAL / 2]) {
        await waitFor(async () => (await rows()) >= killAt, 60_000);
        api.close();
        process.kill(gateway.pid, 'SIGKILL');
        await gateway.stop();
        gateway = await GatewayProcess.start(args);
        api = gatewayClients(gateway.address);
        // The job is back by itself, without a CreateSubJob.
        await waitFor(async () => (await api.subjobs.getJobStat({})).jobs.some((j) => j.actionName === 'numbers-in'), 30_000);
      }
      await producing;
      await waitFor(async () => (await rows()) >= TOTAL, 90_000);
      const counts = await api.tables.query({ sql: 'SELECT count(*) AS total, count(DISTINCT n) AS distinct_n, min(n) AS lo, max(n) AS hi FROM numbers' });
      const table = counts.rows!.kind!.$case === 'table' ? counts.rows!.kind!.value : undefined;
      const value = (name: string) => table!.columns.find((c) => c.name === name)!.values!.longs[0];
      expect([value('total'), value('distinct_n'), value('lo'), value('hi')]).toEqual([BigInt(TOTAL), BigInt(TOTAL), 0n, BigInt(TOTAL - 1)]);
      await api.subjobs.cancelSubJob({ job: { ref: { $case: 'name', value: 'numbers-in' } } });
    } finally {
      api.close();
      await gateway.stop();
    }
  }, 240_000);
});

/** The numbers 0..TOTAL-1 as JSON objects, in ten paced rounds, so that the kills land while the job works. */
async function produceNumbers(topic: string): Promise<void> {
  const producer = new Producer({ 'bootstrap.servers': testBrokers(), 'linger.ms': 20, 'queue.buffering.max.messages': 1_000_000 });
  await new Promise<void>((resolve, reject) => producer.connect({}, (err) => (err ? reject(err) : resolve())));
  const round = TOTAL / 10;
  for (let r = 0; r < 10; r++) {
    for (let i = r * round; i < (r + 1) * round; i++) producer.produce(topic, i % PARTITIONS, Buffer.from(`{"n": ${i}}`), null);
    await new Promise<void>((resolve, reject) => producer.flush(30_000, (err) => (err ? reject(err) : resolve())));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await new Promise<void>((resolve) => producer.disconnect(() => resolve()));
}
