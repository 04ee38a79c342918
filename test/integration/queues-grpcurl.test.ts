import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { startTestGateway } from '../helpers/gateway';
import { readmeBlock } from '../helpers/readme-blocks';
import { REPO } from '../helpers/test-broker';

/** The README's session, the sh block marked grpcurl-queues-session. */
const readmeSession = () => readmeBlock('README.md', 'grpcurl-queues-session').body;

describe("the README's grpcurl session with queues and events", () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  beforeAll(async () => (gateway = await startTestGateway()));
  afterAll(() => gateway.stop());

  it('diverts a partition, polls it, takes a Fetch event, and sees the commit on the main queue, as written', async () => {
    const name = `demoq-${randomUUID().slice(0, 8)}`;
    const script = readmeSession().replaceAll('127.0.0.1:50051', gateway.address).replaceAll('demoq', name);
    const env = { ...process.env, PATH: `${resolve(REPO, '.tools/bin')}:${process.env['PATH']}` };
    const out = await new Promise<string>((res, rej) =>
      execFile('bash', ['-euo', 'pipefail', '-c', script], { env, timeout: 90_000 }, (err, stdout, stderr) => (err ? rej(new Error(`${err.message}\n${stderr}`)) : res(stdout))),
    );
    const docs = out.split(/\n(?=\{)/).map((d) => JSON.parse(d) as Record<string, unknown>);
    // CreateTopic, Assign, the two Produce answers, QueuePoll, GetEventPartition, Commit, GetEventName,
    // GetEventPartitions, CloseConsumer.
    expect(docs).toHaveLength(10);
    expect(docs[4]).toMatchObject({ message: { topic: name, partition: 1, key: 'a', value: { scalar: { string: 'hello' } } } });
    expect(docs[5]).toEqual({ text: `${name}[1:1]`, partition: { topic: name, partition: 1, offset: '1' } });
    expect(docs[7]).toEqual({ name: 'OffsetCommit' });
    expect(docs[8]).toEqual({ partitions: [{ topic: name, partition: 1, offset: '2' }] });
  });
});
