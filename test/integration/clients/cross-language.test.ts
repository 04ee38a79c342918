import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestGateway } from '../../helpers/gateway';
import { createTopic } from '../../helpers/kafka-clients';
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

/** A language's own test suite, against the gateway at KGW_ADDRESS. */
async function suite(cwd: string, command: string, args: string[], address: string) {
  try {
    await run(command, args, { cwd: at(cwd), timeout: 300_000, env: { ...process.env, KGW_ADDRESS: address }, maxBuffer: 64 << 20 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
  }
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

  it('Python: pytest', async () => {
    await suite('clients/python', at('.tools/python-client/bin/python'), ['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], gateway.address);
  }, 300_000);

  it('Go: go test', async () => {
    await suite('clients/go', 'go', ['test', '-count=1', './...'], gateway.address);
  }, 300_000);

  it('Java: mvn test', async () => {
    await suite('clients/java', 'mvn', ['-q', 'test'], gateway.address);
  }, 300_000);

  it.each(LANGUAGES)('the %s example produces a table, consumes it through Consume and prints it', async (language) => {
    const { stdout } = await example(language, [gateway.address]);
    expect(JSON.parse(stdout)).toEqual(SAMPLE);
  }, 120_000);

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
