import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { gatewayClients } from '../helpers/kafka-clients';
import { readmeBlock, runShell } from '../helpers/readme-blocks';
import { REPO } from '../helpers/test-broker';

/**
 * The fragments of the client READMEs (chunks, tables and queues, sub-jobs), each run as written inside a prelude
 * that gives it the names it uses (test/readme-fragments/, one file per language; `README: NAME` marks where a
 * block goes). All of one language's fragments make one program, run once against a gateway of its own (an action
 * name or table a failed run left behind stays there), and what each prints is checked under its `== NAME` line.
 * They use what `make clients` builds (scripts/build-clients.sh).
 */

/** The gateway splits a value over this many bytes (the least it takes: the message size), so that the chunk preludes need only a small table. */
const BUFFER_SIZE = 10_000;

/** The template of `language` with each `README: NAME` line replaced by that block of `readme`. */
function program(template: string, readme: string): string {
  return readFileSync(resolve(REPO, 'test/readme-fragments', template), 'utf8').replace(/^[ \t]*(?:\/\/|#) README: ([\w-]+)$/gm, (_line, name: string) => readmeBlock(readme, name).body);
}

/** A program's output as the lines each `== NAME` section printed, whitespace runs made one space. */
function sections(out: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  let current: string[] | undefined;
  for (const line of out.split('\n')) {
    const head = /^== ([\w-]+)$/.exec(line);
    if (head) found[head[1]!] = current = [];
    else if (line.trim() !== '') {
      if (!current) throw new Error(`output before any section: ${line}`);
      current.push(line);
    }
  }
  return found;
}

/** Lines printed over several (console.log wraps a wide object) as one, for a pattern to match. */
const oneLine = (lines: string[] | undefined) => (lines ?? []).join(' ').replace(/\s+/g, ' ');

describe("the client READMEs' fragments, as written, inside a prelude", () => {
  let gateway: TestGateway;
  let work: string;
  beforeAll(async () => {
    mkdirSync(resolve(REPO, '.tools'), { recursive: true });
    work = mkdtempSync(resolve(REPO, '.tools/readme-fragments-'));
  });
  beforeEach(async () => {
    gateway = await startTestGateway();
    const api = gatewayClients(gateway.address);
    try {
      await api.settings.setBufferSize({ size: BigInt(BUFFER_SIZE) });
    } finally {
      api.close();
    }
  });
  afterEach(async () => {
    await gateway?.stop();
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('TypeScript: compiles against the built client, and each fragment prints what the README says', async () => {
    const dir = join(work, 'ts');
    mkdirSync(join(dir, 'node_modules/@kafkagateway'), { recursive: true });
    symlinkSync(resolve(REPO, 'clients/typescript'), join(dir, 'node_modules/@kafkagateway/client'));
    writeFileSync(join(dir, 'main.ts'), program('typescript.ts.tmpl', 'clients/typescript/README.md'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', esModuleInterop: true, skipLibCheck: true, types: ['node'], typeRoots: [resolve(REPO, 'node_modules/@types')], outDir: 'out' }, files: ['main.ts'] }),
    );
    const out = sections(await runShell(`${resolve(REPO, 'node_modules/.bin/tsc')} -p . && node out/main.js ${gateway.address}`, { cwd: dir, timeoutMs: 120_000 }));
    expect(Object.keys(out)).toEqual(['ts-chunks', 'ts-tables', 'ts-queues', 'ts-subjobs']);
    // console.log shows the first 100 elements of an array
    expect(oneLine(out['ts-chunks'])).toBe(`{ id: [ ${Array.from({ length: 100 }, (_x, i) => i).join(', ')}, ... 4900 more items ] }`);
    // The prelude appends IBM rows while the block runs: the later ones are what tailTable shows, and early ones may
    // already be in what readTable and the query see.
    const [read, queried, opened, appended] = out['ts-tables'] ?? [];
    expect(read).toMatch(/^\{ sym: \[ 'AAPL', 'MSFT', 'AAPL'(, 'IBM')* \], price: \[ 10\.5, 20\.25, 11(, 1)* \] \}$/);
    expect(queried).toMatch(/^\{ sym: \[ 'AAPL', ('IBM', )?'MSFT' \], 'max\(price\)': \[ 11, (1, )?20\.25 \] \}$/);
    const first = /^(\d+)n \{ sym: \[\], price: \[\] \}$/.exec(opened ?? '');
    expect(first).not.toBeNull();
    expect(appended).toMatch(new RegExp(`^${first![1]}n \\{ sym: \\[ 'IBM'(, 'IBM')* \\], price: \\[ 1(, 1)* \\] \\}$`));
    expect(out['ts-tables']).toHaveLength(4);
    expect(out['ts-queues']).toEqual(['0n', '1n { n: [ 1 ] }', '2n { n: [ 2 ] }']);
    expect(oneLine(out['ts-subjobs'])).toMatch(
      /^\{ sym: \[ 'AAPL'(, 'MSFT')? \], price: \[ 10\.5(, 20\.25)? \] \} \[ \{ topic: 'quotes-json-\w+', partition: 0, offset: [12]n \} \] \[ 'quotes-in' \] consumer-\S+ subscription: quotes-in\(\d+\) is stopped\.$/,
    );
  }, 150_000);

  it('Python: each fragment prints what the README says', async () => {
    const names = ['python-chunks', 'python-tables', 'python-queues', 'python-subjobs'];
    const blocks = join(work, 'python-blocks.json');
    writeFileSync(blocks, JSON.stringify(Object.fromEntries(names.map((n) => [n, readmeBlock('clients/python/README.md', n).body]))));
    const python = resolve(REPO, '.tools/python-client/bin/python');
    const out = sections(await runShell(`${python} test/readme-fragments/python.py ${gateway.address} ${blocks}`, { timeoutMs: 120_000 }));
    expect(Object.keys(out)).toEqual(names);
    expect(out['python-chunks']).toEqual([`{'id': [${Array.from({ length: 5000 }, (_x, i) => i).join(', ')}]}`]);
    const [read, queried, opened, appended] = out['python-tables'] ?? [];
    expect(read).toMatch(/^\{'sym': \['AAPL', 'MSFT', 'AAPL'(, 'IBM')*\], 'price': \[10\.5, 20\.25, 11\.0(, 1\.0)*\]\}$/);
    expect(queried).toMatch(/^\{'sym': \['AAPL', ('IBM', )?'MSFT'\], 'max\(price\)': \[11\.0, (1\.0, )?20\.25\]\}$/);
    const first = /^(\d+) \{'sym': \[\], 'price': \[\]\}$/.exec(opened ?? '');
    expect(first).not.toBeNull();
    expect(appended).toMatch(new RegExp(`^${first![1]} \\{'sym': \\['IBM'(, 'IBM')*\\], 'price': \\[1\\.0(, 1\\.0)*\\]\\}$`));
    expect(out['python-tables']).toHaveLength(4);
    expect(out['python-queues']).toEqual(['0', "1 {'n': [1]}", "2 {'n': [2]}"]);
    expect(out['python-subjobs']).toEqual([
      expect.stringMatching(/^\{'sym': \['AAPL'(, 'MSFT')?\], 'price': \[10\.5(, 20\.25)?\]\} \[\('quotes-json-\w+', 0, [12]\)\]$/),
      expect.stringMatching(/^\['quotes-in'\] consumer-\S+ subscription: quotes-in\(\d+\) is stopped\.$/),
    ]);
  }, 150_000);

  it('Go: builds in a module the Install commands make, and each fragment prints what the README says', async () => {
    const dir = join(work, 'go');
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.go'), program('go.go.tmpl', 'clients/go/README.md'));
    const install = readmeBlock('clients/go/README.md', 'go-install').body.replaceAll('../kafka-grpc-gateway/clients/go', resolve(REPO, 'clients/go'));
    const out = sections(await runShell(`go mod init example.com/fragments 2>/dev/null\n${install}\ngo run . ${gateway.address}`, { cwd: dir, timeoutMs: 150_000 }));
    expect(Object.keys(out)).toEqual(['go-chunks', 'go-tables', 'go-queues', 'go-subjobs']);
    expect(out['go-chunks']).toEqual(['5000 [0 1 2]']);
    const [read, queried, opened, appended] = out['go-tables'] ?? [];
    expect(read).toMatch(/^\[\[AAPL MSFT AAPL( IBM)*\] \[10\.5 20\.25 11( 1)*\]\]$/);
    expect(queried).toMatch(/^\[sym max\(price\)\] \[\[AAPL (IBM )?MSFT\] \[11 (1 )?20\.25\]\]$/);
    const first = /^(\d+) \[\[\] \[\]\]$/.exec(opened ?? '');
    expect(first).not.toBeNull();
    expect(appended).toMatch(new RegExp(`^${first![1]} \\[\\[IBM( IBM)*\\] \\[1( 1)*\\]\\]$`));
    expect(out['go-tables']).toHaveLength(4);
    expect(out['go-queues']).toEqual(['true 0', '1', '2']);
    expect(out['go-subjobs']).toEqual([
      expect.stringMatching(/^\[\[AAPL( MSFT)?\] \[10\.5( 20\.25)?\]\] quotes-json-\d+ [12]$/),
      expect.stringMatching(/^quotes-in consumer-\S+ subscription: quotes-in\(\d+\) is stopped\.$/),
    ]);
  }, 180_000);

  it('Java: compiles against the built client, and each fragment prints what the README says', async () => {
    const dir = join(work, 'java');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Fragments.java'), program('Fragments.java.tmpl', 'clients/java/README.md'));
    const classpath = `${resolve(REPO, 'clients/java/target/classes')}:${readFileSync(resolve(REPO, 'clients/java/target/classpath.txt'), 'utf8').trim()}`;
    const out = sections(await runShell(`javac -cp '${classpath}' -d out Fragments.java && java -cp 'out:${classpath}' Fragments ${gateway.address}`, { cwd: dir, timeoutMs: 120_000 }));
    expect(Object.keys(out)).toEqual(['java-chunks', 'java-tables', 'java-queues', 'java-subjobs']);
    expect(out['java-chunks']).toEqual([`{id=[${Array.from({ length: 5000 }, (_x, i) => i).join(', ')}]}`]);
    const [read, queried, opened, appended] = out['java-tables'] ?? [];
    expect(read).toMatch(/^\{sym=\[AAPL, MSFT, AAPL(, IBM)*\], price=\[10\.5, 20\.25, 11\.0(, 1\.0)*\]\}$/);
    expect(queried).toMatch(/^\{sym=\[AAPL, (IBM, )?MSFT\], max\(price\)=\[11\.0, (1\.0, )?20\.25\]\}$/);
    const first = /^(\d+) \{sym=\[\], price=\[\]\}$/.exec(opened ?? '');
    expect(first).not.toBeNull();
    expect(appended).toMatch(new RegExp(`^${first![1]} \\{sym=\\[IBM(, IBM)*\\], price=\\[1\\.0(, 1\\.0)*\\]\\}$`));
    expect(out['java-tables']).toHaveLength(4);
    expect(out['java-queues']).toEqual(['Optional[0]', '1 {n=[1]}', '2 {n=[2]}']);
    expect(out['java-subjobs']).toEqual([
      expect.stringMatching(/^\{sym=\[AAPL(, MSFT)?\], price=\[10\.5(, 20\.25)?\]\} quotes-json-\w+ [12]$/),
      expect.stringMatching(/^quotes-in consumer-\S+ subscription: quotes-in\(\d+\) is stopped\.$/),
    ]);
  }, 150_000);
});
