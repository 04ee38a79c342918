import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { readmeBlock, runShell } from '../helpers/readme-blocks';
import { REPO } from '../helpers/test-broker';

/**
 * The "Use" program of each client's README, run as a user would after following its Install section, against one
 * gateway for all four. Each writes a table and must read that same table back: a snippet that waits for a message
 * it never gets (as they once did, consuming from the end with only a group.id) fails within its bounded timeout.
 * They need what `make clients` builds (scripts/build-clients.sh).
 */
describe("the client READMEs' Use programs, as written", () => {
  let gateway: TestGateway;
  let work: string;
  beforeAll(async () => {
    gateway = await startTestGateway();
    mkdirSync(resolve(REPO, '.tools'), { recursive: true });
    work = mkdtempSync(resolve(REPO, '.tools/readme-'));
  });
  afterAll(async () => {
    await gateway?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  /** A block with the gateway's address and a topic of its own in place of the README's. */
  const asWritten = (file: string, name: string) => {
    const topic = `quotes-${randomUUID().slice(0, 8)}`;
    return readmeBlock(file, name).body.replaceAll('127.0.0.1:50051', gateway.address).replaceAll('"quotes"', `"${topic}"`).replaceAll("'quotes'", `'${topic}'`);
  };

  it('TypeScript: compiles against the built client and prints the table', async () => {
    const dir = join(work, 'ts');
    // What `npm install ./clients/typescript` gives a project: the package under node_modules.
    mkdirSync(join(dir, 'node_modules/@kafkagateway'), { recursive: true });
    symlinkSync(resolve(REPO, 'clients/typescript'), join(dir, 'node_modules/@kafkagateway/client'));
    writeFileSync(join(dir, 'main.ts'), asWritten('clients/typescript/README.md', 'ts-use'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', esModuleInterop: true, skipLibCheck: true, types: ['node'], typeRoots: [resolve(REPO, 'node_modules/@types')], outDir: 'out' }, files: ['main.ts'] }),
    );
    const out = await runShell(`${resolve(REPO, 'node_modules/.bin/tsc')} -p . && node out/main.js`, { cwd: dir, timeoutMs: 60_000 });
    // console.log wraps an object wider than 72 columns: compare it as one line.
    expect(out.replace(/\s+/g, ' ')).toMatch(/^\{ id: \[ 1, 2, null \], px: \[ 1\.5, 2\.5, null \], at: \[ \d{4}-\d\d-\d\dT[\d:.]+Z, \d{4}-\d\d-\d\dT[\d:.]+Z, null \] \} $/);
  }, 90_000);

  it('Python: prints the table', async () => {
    const file = join(work, 'use.py');
    writeFileSync(file, asWritten('clients/python/README.md', 'python-use'));
    const out = await runShell(`${resolve(REPO, '.tools/python-client/bin/python')} ${file}`, { timeoutMs: 60_000 });
    expect(out).toMatch(/^\{'id': \[1, 2, None\], 'px': \[1\.5, 2\.5, None\], 'at': \[datetime\.datetime\(.*\), datetime\.datetime\(.*\), None\]\}\n$/);
  }, 90_000);

  it('Go: the Install commands make a module that builds the Use program, which prints the id column', async () => {
    const dir = join(work, 'go');
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.go'), asWritten('clients/go/README.md', 'go-use'));
    const install = readmeBlock('clients/go/README.md', 'go-install').body.replaceAll('../kafka-grpc-gateway/clients/go', resolve(REPO, 'clients/go'));
    const out = await runShell(`go mod init example.com/quickstart 2>/dev/null\n${install}\ngo run .`, { cwd: dir, timeoutMs: 120_000 });
    expect(out).toBe('[1 2 <nil>]\n');
  }, 150_000);

  it('Java: compiles against the built client and prints the table', async () => {
    const dir = join(work, 'java');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Quickstart.java'), asWritten('clients/java/README.md', 'java-use'));
    const classpath = `${resolve(REPO, 'clients/java/target/classes')}:${readFileSync(resolve(REPO, 'clients/java/target/classpath.txt'), 'utf8').trim()}`;
    const out = await runShell(`javac -cp '${classpath}' -d out Quickstart.java && java -cp 'out:${classpath}' Quickstart`, { cwd: dir, timeoutMs: 90_000 });
    expect(out).toMatch(/^\{id=\[1, 2, null\], at=\[\d{4}-\d\d-\d\dT[\d:.]+Z, \d{4}-\d\d-\d\dT[\d:.]+Z, null\]\}\n$/);
  }, 120_000);
});
