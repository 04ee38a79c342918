import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { startTestGateway } from '../helpers/gateway';
import { readmeBlock } from '../helpers/readme-blocks';
import { REPO } from '../helpers/test-broker';

/** The README's session, the sh block marked grpcurl-tables-session. */
const readmeSession = () => readmeBlock('README.md', 'grpcurl-tables-session').body;

describe("the README's grpcurl session with tables", () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  beforeAll(async () => (gateway = await startTestGateway()));
  afterAll(() => gateway.stop());

  it('creates, appends, reads, queries and drops as written', async () => {
    const table = `trades_${randomUUID().slice(0, 8)}`;
    const script = readmeSession().replaceAll('127.0.0.1:50051', gateway.address).replaceAll('trades', table);
    const env = { ...process.env, PATH: `${resolve(REPO, '.tools/bin')}:${process.env['PATH']}` };
    const out = await new Promise<string>((res, rej) =>
      execFile('bash', ['-euo', 'pipefail', '-c', script], { env, timeout: 60_000 }, (err, stdout, stderr) => (err ? rej(new Error(`${err.message}\n${stderr}`)) : res(stdout))),
    );
    const docs = out.split(/\n(?=\{)/).map((d) => JSON.parse(d) as Record<string, unknown>);
    expect(docs[0]).toMatchObject({ created: true, table: { name: table, columns: [{ name: 'id', type: 'DATA_TYPE_INT' }, { name: 'sym' }, { name: 'price', scale: 2 }] } });
    expect(docs[1]).toEqual({ appended: '3' });
    expect(docs[2]).toMatchObject({
      rows: { table: { columns: [
        { name: 'id', values: { type: 'DATA_TYPE_INT', ints: [1, 2] } },
        { name: 'sym', values: { type: 'DATA_TYPE_SYMBOL', strings: ['a', 'b'] } },
        { name: 'price', values: { type: 'DATA_TYPE_DECIMAL64', scale: 2, strings: ['10.50', '7.25'] } },
      ] } },
    });
    expect(typeof docs[2]!['nextPageToken']).toBe('string');
    expect(docs[3]).toEqual({
      rows: { table: { columns: [
        { name: 'sym', values: { type: 'DATA_TYPE_STRING', strings: ['a', 'b'] } },
        { name: 'top', values: { type: 'DATA_TYPE_DECIMAL128', scale: 2, strings: ['11.00', '7.25'] } },
      ] } },
    });
    expect(docs[4]).toEqual({ dropped: true });
  });
});
