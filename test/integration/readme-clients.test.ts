import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { gatewayClients } from '../helpers/kafka-clients';
import { readmeBlock, runShell } from '../helpers/readme-blocks';
import { REPO } from '../helpers/test-broker';

/**
 * The code of each client's README, run as a user would after following its Install section, against a gateway of
 * the language's own (an action name or table a failed run left behind stays there):
 * - the Use program, as it is. It writes a table and must read that same table back: a snippet that waits for a
 *   message it never gets (as they once did, consuming from the end with only a group.id) fails within its
 *   bounded timeout;
 * - the fragments (chunks, tables and queues, sub-jobs), each as written inside a prelude that gives it the names
 *   it uses (test/readme-fragments/, one file per language, where a `README: NAME` line marks a block's place).
 *   All of one language's fragments make one program, built with the Use program in one compile, and what each
 *   prints is checked under its `== NAME` line.
 * They need what `make clients` builds (scripts/build-clients.sh).
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

const TSC = resolve(REPO, 'node_modules/.bin/tsc');
const PYTHON = resolve(REPO, '.tools/python-client/bin/python');
const javaClasspath = () => `${resolve(REPO, 'clients/java/target/classes')}:${readFileSync(resolve(REPO, 'clients/java/target/classpath.txt'), 'utf8').trim()}`;

describe("the client READMEs' code, as written", () => {
  let gateway: TestGateway;
  let work: string;
  beforeAll(() => {
    mkdirSync(resolve(REPO, '.tools'), { recursive: true });
    work = mkdtempSync(resolve(REPO, '.tools/readme-'));
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

  /** A block with the gateway's address and a topic of its own in place of the README's. */
  const asWritten = (file: string, name: string) => {
    const topic = `quotes-${randomUUID().slice(0, 8)}`;
    return readmeBlock(file, name).body.replaceAll('127.0.0.1:50051', gateway.address).replaceAll('"quotes"', `"${topic}"`).replaceAll("'quotes'", `'${topic}'`);
  };

  it('TypeScript: the Use program and the fragments compile against the built client and print what the README shows', async () => {
    const dir = join(work, 'ts');
    // What `npm install ./clients/typescript` gives a project: the package under node_modules.
    mkdirSync(join(dir, 'node_modules/@kafkagateway'), { recursive: true });
    symlinkSync(resolve(REPO, 'clients/typescript'), join(dir, 'node_modules/@kafkagateway/client'));
    writeFileSync(join(dir, 'main.ts'), asWritten('clients/typescript/README.md', 'ts-use'));
    writeFileSync(join(dir, 'fragments.ts'), program('typescript.ts.tmpl', 'clients/typescript/README.md'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', esModuleInterop: true, skipLibCheck: true, types: ['node'], typeRoots: [resolve(REPO, 'node_modules/@types')], outDir: 'out' }, files: ['main.ts', 'fragments.ts'] }),
    );
    await runShell(`${TSC} -p .`, { cwd: dir, timeoutMs: 120_000 });
    const use = await runShell('node out/main.js', { cwd: dir, timeoutMs: 60_000 });
    // console.log wraps an object wider than 72 columns: compare it as one line.
    expect(use.replace(/\s+/g, ' ')).toMatch(/^\{ id: \[ 1, 2, null \], px: \[ 1\.5, 2\.5, null \], at: \[ \d{4}-\d\d-\d\dT[\d:.]+Z, \d{4}-\d\d-\d\dT[\d:.]+Z, null \] \} $/);

    const out = sections(await runShell(`node out/fragments.js ${gateway.address}`, { cwd: dir, timeoutMs: 120_000 }));
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
  }, 240_000);

  it('Python: the Use program and the fragments print what the README shows', async () => {
    const file = join(work, 'use.py');
    writeFileSync(file, asWritten('clients/python/README.md', 'python-use'));
    const use = await runShell(`${PYTHON} ${file}`, { timeoutMs: 60_000 });
    expect(use).toMatch(/^\{'id': \[1, 2, None\], 'px': \[1\.5, 2\.5, None\], 'at': \[datetime\.datetime\(.*\), datetime\.datetime\(.*\), None\]\}\n$/);

    const names = ['python-chunks', 'python-tables', 'python-queues', 'python-subjobs'];
    const blocks = join(work, 'python-blocks.json');
    writeFileSync(blocks, JSON.stringify(Object.fromEntries(names.map((n) => [n, readmeBlock('clients/python/README.md', n).body]))));
    const out = sections(await runShell(`${PYTHON} test/readme-fragments/python.py ${gateway.address} ${blocks}`, { timeoutMs: 120_000 }));
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
  }, 240_000);

  it('Go: the Install commands make a module that builds the Use program and the fragments, which print what the README shows', async () => {
    const dir = join(work, 'go');
    for (const main of ['use', 'fragments']) mkdirSync(join(dir, main), { recursive: true });
    writeFileSync(join(dir, 'use/main.go'), asWritten('clients/go/README.md', 'go-use'));
    writeFileSync(join(dir, 'fragments/main.go'), program('go.go.tmpl', 'clients/go/README.md'));
    const install = readmeBlock('clients/go/README.md', 'go-install').body.replaceAll('../kafka-grpc-gateway/clients/go', resolve(REPO, 'clients/go'));
    await runShell(`go mod init example.com/quickstart 2>/dev/null\n${install}\ngo build -o bin/ ./use ./fragments`, { cwd: dir, timeoutMs: 180_000 });
    expect(await runShell('bin/use', { cwd: dir, timeoutMs: 60_000 })).toBe('[1 2 <nil>]\n');

    const out = sections(await runShell(`bin/fragments ${gateway.address}`, { cwd: dir, timeoutMs: 120_000 }));
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
  }, 300_000);

  it('Java: the Use program and the fragments compile against the built client and print what the README shows', async () => {
    const dir = join(work, 'java');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Quickstart.java'), asWritten('clients/java/README.md', 'java-use'));
    writeFileSync(join(dir, 'Fragments.java'), program('Fragments.java.tmpl', 'clients/java/README.md'));
    const classpath = javaClasspath();
    await runShell(`javac -cp '${classpath}' -d out Quickstart.java Fragments.java`, { cwd: dir, timeoutMs: 120_000 });
    const use = await runShell(`java -cp 'out:${classpath}' Quickstart`, { cwd: dir, timeoutMs: 90_000 });
    expect(use).toMatch(/^\{id=\[1, 2, null\], at=\[\d{4}-\d\d-\d\dT[\d:.]+Z, \d{4}-\d\d-\d\dT[\d:.]+Z, null\]\}\n$/);

    const out = sections(await runShell(`java -cp 'out:${classpath}' Fragments ${gateway.address}`, { cwd: dir, timeoutMs: 120_000 }));
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
  }, 240_000);
});
