import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { startTestGateway } from '../helpers/gateway';
import { readmeBlock } from '../helpers/readme-blocks';
import { REPO } from '../helpers/test-broker';

/** The README's session, the sh block marked grpcurl-subjobs-session. */
const readmeSession = () => readmeBlock('README.md', 'grpcurl-subjobs-session').body;

describe("the README's grpcurl session with sub-jobs", () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  beforeAll(async () => (gateway = await startTestGateway()));
  afterAll(() => gateway.stop());

  it('produces, runs a job into a new table, reads it, counts the bad message and cancels, as written', async () => {
    const id = randomUUID().slice(0, 8);
    const script = readmeSession()
      .replaceAll('127.0.0.1:50051', gateway.address)
      .replaceAll('demosj', `demosj${id}`)
      .replaceAll('quotes', `quotes_${id}`);
    const env = { ...process.env, PATH: `${resolve(REPO, '.tools/bin')}:${process.env['PATH']}` };
    const out = await new Promise<string>((res, rej) =>
      execFile('bash', ['-euo', 'pipefail', '-c', script], { env, timeout: 90_000 }, (err, stdout, stderr) => (err ? rej(new Error(`${err.message}\n${stderr}`)) : res(stdout))),
    );
    const docs = out.split(/\n(?=\{)/).map((d) => JSON.parse(d) as Record<string, unknown>);
    // CreateTopic, three Produce answers, then ReadTable, GetJobStat and CancelSubJob.
    const [read, stat, cancel] = docs.slice(-3) as [Record<string, unknown>, { jobs: Record<string, unknown>[] }, { text: string }];
    expect(read).toMatchObject({
      rows: { table: { columns: [
        { name: 'id', values: { type: 'DATA_TYPE_INT', ints: [1, 2] } },
        { name: 'sym', values: { type: 'DATA_TYPE_STRING', strings: ['AAPL', 'MSFT'] } },
        { name: 'price', values: { type: 'DATA_TYPE_DOUBLE', doubles: [187.5, 402.25] } },
        { name: 'off', values: { type: 'DATA_TYPE_LONG', longs: ['0', '1'] } },
      ] } },
    });
    const job = stat.jobs.find((j) => j['actionName'] === `demosj${id}-in`)!;
    expect(job).toMatchObject({ processedMsgCount: '2', failedMsgCount: '1', target: `quotes_${id}`, rowsWritten: '2' });
    expect(job['lastErrMsg']).toMatch(new RegExp(`^topic=demosj${id}-in length=1 exception=.*JSON`));
    expect(cancel.text).toMatch(new RegExp(`^subscription: demosj${id}-in\\(\\d+\\) is stopped\\.$`));
  });
});
