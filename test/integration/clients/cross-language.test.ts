import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestGateway } from '../../helpers/gateway';
import { createTopic } from '../../helpers/kafka-clients';
import { readmeBlock, runShell, toolsPath } from '../../helpers/readme-blocks';
import { REPO } from '../../helpers/test-broker';

const run = promisify(execFile);
const at = (path: string) => join(REPO, path);

/** How to start each language's example (built by scripts/build-clients.sh, which `make test` runs first). */
const EXAMPLES: Record<string, () => [string, string[]]> = {
  typescript: () => ['node', [at('clients/typescript/dist/examples/table-example.js')]],
  python: () => [at('.tools/python-client/bin/python'), [at('clients/python/examples/table_example.py')]],
  go: () => [at('clients/go/example'), []],
  java: () => ['java', ['-cp', `${at('clients/java/target/classes')}:${readFileSync(at('clients/java/target/classpath.txt'), 'utf8').trim()}`, 'io.kafkagateway.client.examples.TableExample']],
};
const LANGUAGES = Object.keys(EXAMPLES);

/** The sample table as every example prints it: the same in each language, whoever produced it. */
const SAMPLE = {
  columns: [
    { name: 'id', type: 'INT', values: ['1', '-2', null] },
    { name: 'qty', type: 'LONG', values: ['9007199254740993', '0', null] },
    { name: 'price', type: 'DOUBLE', values: ['1.5', '-2.25', null] },
    { name: 'sym', type: 'SYMBOL', values: ['AAPL', 'AAPL', 'MSFT'] },
    { name: 'note', type: 'STRING', values: ['ü€', '', 'a"b'] },
    { name: 'ts', type: 'TIMESTAMP', values: ['2024-01-02T03:04:05.678Z', '1970-01-01T00:00:00.000Z', null] },
    { name: 'flag', type: 'BOOL', values: ['true', 'false', null] },
  ],
};

async function example(language: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const [command, base] = EXAMPLES[language]!();
  return run(command, [...base, ...args], { cwd: REPO, timeout: 120_000, env: { ...process.env, ...env }, maxBuffer: 16 << 20 });
}

/**
 * A client README's "Example and tests" block, as a user runs it from the repository (Python's `python` is the
 * virtual environment's, as after the Install section's `activate`), against the gateway at `address`: what the
 * example printed (its JSON line), and the rest, what the language's own test suite printed (its failure fails
 * the block).
 */
async function exampleBlock(readme: string, name: string, address: string): Promise<{ printed: unknown; rest: string }> {
  const script = readmeBlock(readme, name).body.replaceAll('127.0.0.1:50051', address);
  const out = await runShell(script, { timeoutMs: 300_000, env: { PATH: `${at('.tools/python-client/bin')}:${toolsPath()}` } });
  // mvn colours its output even into a pipe
  const lines = out.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const printed = lines.filter((l) => l.startsWith('{"columns":'));
  expect(printed).toHaveLength(1);
  return { printed: JSON.parse(printed[0]!), rest: lines.filter((l) => !l.startsWith('{"columns":')).join('\n') };
}

describe('the generated clients against a running gateway', () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  beforeAll(async () => {
    const missing = ['clients/typescript/dist', '.tools/python-client/bin/python', 'clients/go/example', 'clients/java/target/classpath.txt'].filter((p) => !existsSync(at(p)));
    if (missing.length > 0) throw new Error(`build the clients first (scripts/build-clients.sh; make test does): missing ${missing.join(', ')}`);
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  // Each example produces a table, consumes it through Consume and prints it.
  it("TypeScript: the README's Example block builds the client and runs the example", async () => {
    const { printed, rest } = await exampleBlock('clients/typescript/README.md', 'ts-example', gateway.address);
    expect(printed).toEqual(SAMPLE);
    expect(rest.trim()).toBe('');
  }, 300_000);

  it("Python: the README's Example and tests block runs the example, then pytest", async () => {
    const { printed, rest } = await exampleBlock('clients/python/README.md', 'python-example', gateway.address);
    expect(printed).toEqual(SAMPLE);
    expect(rest).toMatch(/=+ \d+ passed.* =+\n$/);
    expect(rest).not.toMatch(/skipped|failed/);
  }, 300_000);

  it("Go: the README's Example and tests block runs the example, then go test", async () => {
    const { printed, rest } = await exampleBlock('clients/go/README.md', 'go-example', gateway.address);
    expect(printed).toEqual(SAMPLE);
    expect(rest).toMatch(/^ok\s+github\.com\/kafka-grpc-gateway\/kafka-grpc-gateway\/clients\/go\/kgw\s/m);
  }, 300_000);

  it("Java: the README's Example and tests block builds and tests the client (mvn package), then runs the example", async () => {
    const { printed, rest } = await exampleBlock('clients/java/README.md', 'java-example', gateway.address);
    expect(printed).toEqual(SAMPLE);
    expect(rest).toMatch(/^\[INFO\] Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0$/m);
    expect(rest).toMatch(/^\[INFO\] BUILD SUCCESS$/m);
  }, 300_000);

  it('an error shows the gRPC code and the ErrorInfo reason in each example', async () => {
    for (const language of LANGUAGES) {
      // A topic name Kafka refuses: the producer is created, the produce fails.
      const failed = await example(language, ['produce', gateway.address, 'bad topic!']).then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toMatch(/^failed: (INVALID_ARGUMENT|InvalidArgument) \(\w+\): .+/);
    }
  }, 300_000);

  it('a table produced from each language is consumed equal, column types included, by every language (4 x 4)', async () => {
    const topics = Object.fromEntries(LANGUAGES.map((l) => [l, `interop-${l}-${randomUUID()}`]));
    for (const producer of LANGUAGES) {
      await createTopic(topics[producer]!);
      await example(producer, ['produce', gateway.address, topics[producer]!]);
    }
    const seen: Record<string, Record<string, unknown>> = {};
    for (const producer of LANGUAGES) {
      for (const consumer of LANGUAGES) {
        const { stdout } = await example(consumer, ['consume', gateway.address, topics[producer]!]);
        (seen[producer] ??= {})[consumer] = JSON.parse(stdout);
      }
    }
    const expected = Object.fromEntries(LANGUAGES.map((p) => [p, Object.fromEntries(LANGUAGES.map((c) => [c, SAMPLE]))]));
    expect(seen).toEqual(expected);
  }, 300_000);
});
