import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { status } from '@grpc/grpc-js';
import { AdminClient } from 'node-rdkafka';
import { SettingsServiceService } from '../../src/gen/kafkagateway/v1/settings_service';
import { GatewayProcess, rssOf } from '../helpers/gateway';
import { createTopic, gatewayClients } from '../helpers/kafka-clients';
import { fillTopic } from '../helpers/streams';
import { testBrokers } from '../helpers/test-broker';
import { unsafe } from '../helpers/fuzz/broker-safety';
import { GatewayWatch } from '../helpers/fuzz/gateway-watch';
import { Prng } from '../helpers/fuzz/prng';
import { RawCaller, type Outcome } from '../helpers/fuzz/raw-caller';
import { rawRequest } from '../helpers/fuzz/raw-requests';
import { allRpcs, type Rpc } from '../helpers/fuzz/rpc-catalog';
import { StructuredRequests, type FuzzNames } from '../helpers/fuzz/structured-requests';
import { codeName, describeRequest, Tally } from '../helpers/fuzz/tally';

// FUZZ_SEED reproduces a run; FUZZ_ITERATIONS sets the requests per method and mode; FUZZ_REPORT names a file
// for the whole table (every method, every status), not just the problems.
const SEED = process.env['FUZZ_SEED'] ?? '20';
const ITERATIONS = Number(process.env['FUZZ_ITERATIONS'] ?? 30);
const DEADLINE_MS = 3000;
const WORKERS = 3;
// Calls not started by then are reported as not run: the file must stay well within jest's patience, and other
// suites share the broker (and the machine's cores) while it runs.
const FUZZ_BUDGET_MS = 45_000;
// Within the gateway's 64 MiB receive limit, so that "huge" tests the handlers, not the transport's limit.
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
const RSS_HEADROOM = 512 * 1024 * 1024;
const BYSTANDER_LIMIT_MS = 1000;
const HEALTH_CHECK = '/grpc.health.v1.Health/Check';
const SERVING = Buffer.from([0x08, 0x01]);

type Mode = 'structured' | 'raw';
interface Job {
  rpc: Rpc;
  mode: Mode;
  i: number;
}

/** The handles one worker's requests may name: its own producer and consumer, so no worker queues behind another's. */
interface Worker {
  handles: Record<string, string>;
  /** A connection of its own: a request that breaks a connection shows on its own worker's next call only. */
  caller: RawCaller;
  /** The call before, named when the next one fails for want of a connection. */
  last: string;
}

// What grpc-js reports when the server refused a stream or dropped the connection: not a status anyone chose.
const TRANSPORT_FAILURE = /Stream refused|Connection dropped|RST_STREAM|Protocol error|Connection reset|Failed to connect/i;

describe('RPC fuzz', () => {
  // A process of its own: in the test's process, the bystander and the RSS would measure the fuzz's own work too.
  let gateway: GatewayProcess;
  let api: ReturnType<typeof gatewayClients>;
  // Ended by the test; by afterAll too when the test failed before it, or jest would wait for the process.
  let watch: GatewayWatch | undefined;
  const prefix = `fuzz-${randomUUID().slice(0, 8)}`;
  const dataTopic = `${prefix}-data`;
  const topics: OrdinaryTopics = { data: dataTopic, sink: `${prefix}-sink`, scratch: `${prefix}-scratch` };

  beforeAll(async () => {
    gateway = await GatewayProcess.start([
      '--host', '127.0.0.1', '--brokers', testBrokers(), '--max-handles', '128', '--max-handles-per-client', '128',
      '--shutdown-timeout-ms', '2000', '--handle-idle-ms', '600000',
    ]);
    api = gatewayClients(gateway.address);
    await createTopic(dataTopic, 3);
    await createTopic(topics.sink, 3);
    await fillTopic(dataTopic, 3000, 3);
  }, 60_000);

  afterAll(async () => {
    watch?.kill();
    api?.close();
    await gateway?.stop();
    await deleteTopicsWithPrefix(prefix);
  }, 60_000);

  it('answers every request to every RPC with a deliberate status, without stalling other callers or growing without bound', async () => {
    const rpcs = allRpcs();
    expect(rpcs.length).toBeGreaterThan(30);

    const workers: Worker[] = await Promise.all(
      Array.from({ length: WORKERS }, async (_v, w) => ({
        handles: await liveHandles(api, `${prefix}-fixture${w}`, dataTopic),
        caller: new RawCaller(gateway.address, `fuzz-worker-${w}`),
        last: '(none)',
      })),
    );
    const closed: Record<string, string> = {};
    for (const [kind, id] of Object.entries(await liveHandles(api, `${prefix}-closed`, undefined))) {
      await closeHandle(api, id);
      closed[kind] = id;
    }
    const known = new Set(workers.flatMap((w) => Object.values(w.handles)));

    watch = new GatewayWatch(gateway.address, gateway.pid, [
      { path: HEALTH_CHECK, bytes: Buffer.alloc(0) },
      { path: SettingsServiceService.getBufferSize.path, bytes: Buffer.alloc(0) },
    ]);
    const baselineRss = rssOf(gateway.pid);
    watch.start();

    const everything = new Tally();
    const problems = new Tally();
    const waited = new Tally();
    const spans: { id: string; start: number; end: number }[] = [];
    let skipped = 0;
    let notRun = 0;
    // The time budget cuts the last rounds: each method and mode must still have been sent something.
    const sent = new Map<string, number>();
    const started = Date.now();

    // Methods interleaved, so that no method's slow calls all land on one worker at the end.
    const jobs: Job[] = [];
    for (let i = 0; i < ITERATIONS; i++) for (const rpc of rpcs) for (const mode of ['structured', 'raw'] as const) jobs.push({ rpc, mode, i });

    const runJob = async (job: Job, worker: Worker) => {
      const { rpc, mode, i } = job;
      const id = `FUZZ_SEED=${SEED} ${rpc.name} ${mode} #${i}`;
      const rng = new Prng(`${SEED}/${rpc.path}/${mode}/${i}`);
      const handles = { ...worker.handles };
      // A Close call gets a handle of its own, so that closing it leaves the worker's handles alive.
      if (/\/Close[A-Z]/.test(rpc.path)) Object.assign(handles, await liveHandles(api, `${prefix}-disposable`, undefined));
      const names: FuzzNames = { prefix, dataTopic: ordinaryTopic(rpc, topics), broker: testBrokers(), handles, closed };
      const structured = (opening = false) => {
        const partial = new StructuredRequests(rng, names).message(rpc.requestDesc, 0, opening);
        unsafe(rpc.name, partial, { prefix }, true);
        const bytes = rpc.encodeRequest(partial);
        if (bytes.length > MAX_REQUEST_BYTES) throw new Error(`${id}: the generator made a ${bytes.length}-byte request`);
        return bytes;
      };
      const count = rpc.requestStream ? 1 + rng.int(3) : 1;
      const messages: { bytes: Buffer; how: string }[] = [];
      for (let m = 0; m < count; m++) {
        if (mode === 'structured') messages.push({ bytes: structured(m === 0), how: '' });
        else messages.push(rawRequest(rng, rpc.requestDesc, () => structured(m === 0)));
      }
      const decoded = messages.map((m) => tryDecode(rpc, m.bytes));
      if (decoded.some((d) => d.ok && unsafe(rpc.name, d.value, { prefix }))) {
        skipped++;
        await closeNew(api, handles, known, worker);
        return;
      }
      const example = () =>
        `${id}: ` +
        messages
          .map((m, k) => {
            const d = decoded[k]!;
            return (m.how ? `[${m.how}] ` : '') + (d.ok ? describeRequest(d.value) : `undecodable ${m.bytes.length} bytes ${m.bytes.subarray(0, 12).toString('hex')}`);
          })
          .join(' ; ');

      const span = { id: example(), start: Date.now(), end: Infinity };
      spans.push(span);
      sent.set(`${rpc.name} ${mode}`, (sent.get(`${rpc.name} ${mode}`) ?? 0) + 1);
      let outcome: Outcome;
      if (!rpc.requestStream && !rpc.responseStream) outcome = await worker.caller.unary(rpc.path, messages[0]!.bytes, DEADLINE_MS);
      else
        outcome = await worker.caller.stream(
          rpc.path,
          messages.map((m) => m.bytes),
          { clientStream: rpc.requestStream, openMs: 200 + rng.int(600), deadlineMs: DEADLINE_MS, endWrites: rng.chance(0.5) },
        );

      span.end = Date.now();
      const previous = worker.last;
      worker.last = span.id.slice(0, 300);
      const label = outcome.cancelledByUs ? 'open until cancelled' : codeName(outcome.code);
      everything.add(rpc.name, `${mode} ${label}`, example, outcome.details);
      if (outcome.hung) problems.add(rpc.name, 'HUNG (no status)', example);
      else if (outcome.code === status.UNKNOWN || outcome.code === status.INTERNAL)
        problems.add(rpc.name, `${codeName(outcome.code)} "${outcome.details.slice(0, 48)}"`, example, outcome.details);
      else if (outcome.code === status.UNAVAILABLE && TRANSPORT_FAILURE.test(outcome.details))
        problems.add(rpc.name, 'UNAVAILABLE (connection refused or dropped)', () => `${example()} ; the call before on this connection: ${previous}`, outcome.details);
      // A DEADLINE_EXCEEDED the gateway sends before the call's deadline is its own answer (a Kafka timeout).
      else if (outcome.code === status.DEADLINE_EXCEEDED && !outcome.cancelledByUs && outcome.ms >= DEADLINE_MS - 100) {
        if (decoded.every((d) => d.ok && asksToWait(d.value))) waited.add(rpc.name, 'DEADLINE_EXCEEDED (asked to wait)', example);
        else problems.add(rpc.name, 'DEADLINE_EXCEEDED (not a waiting call)', () => `${example()} ; the call before on this connection: ${previous}`, outcome.details);
      }
      if (outcome.code === status.OK && outcome.response) {
        const response = tryDecode(rpc, outcome.response, true);
        if (response.ok) for (const h of handleIdsIn(response.value)) handles[`new-${h}`] = h;
      }
      await closeNew(api, handles, known, worker);
    };

    // A job whose own bookkeeping fails (a handle for a Close call cannot be made: the gateway is gone, say)
    // stops the fuzz; what the gateway did is still reported below, its log included.
    let aborted: string | undefined;
    let next = 0;
    await Promise.all(
      workers.map(async (worker) => {
        while (next < jobs.length && aborted === undefined) {
          const job = jobs[next++]!;
          if (Date.now() - started > FUZZ_BUDGET_MS) {
            notRun++;
            continue;
          }
          await runJob(job, worker).catch((err: unknown) => {
            aborted ??= `the fuzz stopped at ${job.rpc.name} ${job.mode} #${job.i}: ${(err as Error).message}`;
          });
        }
      }),
    );
    const fuzzMs = Date.now() - started;
    const seen = await watch.stop();
    const crashed = gateway.exited();
    const fresh = new RawCaller(gateway.address, 'after-the-fuzz');
    const health = await fresh.unary(HEALTH_CHECK, Buffer.alloc(0), 2000);
    fresh.close();
    // A connection a request left unable to carry calls: the gateway answers others, but not this client.
    const wedged: string[] = [];
    for (const [w, worker] of workers.entries()) {
      const o = await worker.caller.unary(HEALTH_CHECK, Buffer.alloc(0), 2000);
      if (o.code !== status.OK) wedged.push(`worker ${w}'s connection no longer answers Health/Check (${codeName(o.code)}); its last call: ${worker.last}`);
      worker.caller.close();
    }

    const summary = [
      `seed ${SEED}: ${everything.size} calls to ${rpcs.length} RPCs in ${fuzzMs} ms, ${skipped} not sent (unsafe for the shared broker), ${notRun} not run (time budget)`,
      `bystander: ${seen.calls} calls, worst ${seen.worstMs} ms (${seen.worstCall}); RSS baseline ${mib(baselineRss)} MiB, peak ${mib(seen.peakRss)} MiB`,
    ];
    if (process.env['FUZZ_REPORT'])
      writeFileSync(process.env['FUZZ_REPORT'], [...summary, '', '## problems', ...problems.lines(), '', '## waited (allowed)', ...waited.lines(), '', '## every outcome', ...everything.lines()].join('\n'));

    const failures = [
      ...problems.compactLines(),
      ...(seen.worstMs >= BYSTANDER_LIMIT_MS ? [`bystander waited ${seen.worstMs} ms for ${seen.worstCall}; in flight then: ${overlapping(spans, seen.worstWindow)}`] : []),
      ...seen.failures.map((f) => `bystander call failed: ${f}`),
      ...(seen.peakRss > baselineRss + RSS_HEADROOM ? [`RSS peaked at ${mib(seen.peakRss)} MiB, baseline ${mib(baselineRss)} MiB`] : []),
      ...wedged,
      ...rpcs.flatMap((rpc) => (['structured', 'raw'] as const).filter((m) => !sent.has(`${rpc.name} ${m}`)).map((m) => `${rpc.name} ${m}: no request sent within the time budget`)),
      ...(aborted ? [aborted] : []),
      ...(crashed ? [`the gateway died during the fuzz (${crashed}); its log ends:\n${gateway.logTail()}`] : []),
      ...(health.code !== status.OK || !health.response?.equals(SERVING) ? [`Health/Check at the end: ${codeName(health.code)} ${health.details}`] : []),
    ];
    expect({ summary, failures }).toEqual({ summary, failures: [] });
  }, 120_000);
});

interface OrdinaryTopics {
  /** Filled before the fuzz: what the consumers read. */
  data: string;
  /** Where the producer RPCs write. */
  sink: string;
  /** What the topic admin RPCs create, grow and delete. */
  scratch: string;
}

/**
 * The topic a careful request to `rpc` names. Were it the data topic for all, DeleteTopic would delete it again
 * and again (and a produce auto-create it), and every fresh consumer would fetch all the fuzz produced: churn and
 * reads that load the broker other suites share, and consumers that mostly find no topic.
 */
function ordinaryTopic(rpc: Rpc, topics: OrdinaryTopics): string {
  if (rpc.path.includes('.ProducerService/')) return topics.sink;
  if (/\.MetadataService\/(CreateTopic|DeleteTopic|CreatePartitions)$/.test(rpc.path)) return topics.scratch;
  return topics.data;
}

function tryDecode(rpc: Rpc, bytes: Buffer, response = false): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: response ? rpc.decodeResponse(bytes) : rpc.decodeRequest(bytes) };
  } catch {
    return { ok: false };
  }
}

/** A request that may wait: a timeout that is not short (unset means the handle's own), or a wait for delivery. */
function asksToWait(request: unknown): boolean {
  const r = request as Record<string, unknown>;
  if (r['waitForDelivery'] === true) return true;
  if (Array.isArray(r['records']) && r['records'].length > 0) return true;
  if (!('timeoutMs' in r)) return false;
  const t = r['timeoutMs'];
  return typeof t !== 'number' || t <= 0 || t >= DEADLINE_MS - 1000;
}

/** Handle ids in a response (a Create call's new handle). */
function handleIdsIn(response: unknown): string[] {
  const r = response as Record<string, unknown>;
  return ['consumer', 'producer'].map((k) => r[k]).filter((v): v is string => typeof v === 'string' && /^(consumer|producer)-/.test(v));
}

/** Closes the handles a call made or was given to close, keeping the worker's own. */
async function closeNew(api: ReturnType<typeof gatewayClients>, handles: Record<string, string>, known: Set<string>, worker: Worker): Promise<void> {
  for (const id of new Set(Object.values(handles)))
    if (!known.has(id) && !Object.values(worker.handles).includes(id)) await closeHandle(api, id).catch(() => undefined);
}

/** Closes a handle through the gateway's own Close RPC (the gateway is in another process). */
async function closeHandle(api: ReturnType<typeof gatewayClients>, id: string): Promise<void> {
  if (id.startsWith('producer-')) await api.producer.closeProducer({ producer: id });
  else await api.consumer.closeConsumer({ consumer: id });
}

/** A producer and a consumer; with a topic, the consumer is subscribed to it and has received a message. */
async function liveHandles(api: ReturnType<typeof gatewayClients>, group: string, topic: string | undefined): Promise<Record<string, string>> {
  const { producer } = await api.producer.createProducer({ config: {} });
  const { consumer } = await api.consumer.createConsumer({ config: { 'group.id': `${group}-${randomUUID()}`, 'auto.offset.reset': 'earliest' } });
  if (topic) {
    await api.consumer.subscribe({ consumer, topics: [topic] });
    const deadline = Date.now() + 20_000;
    while (!(await api.consumer.poll({ consumer, timeoutMs: 500 })).message)
      if (Date.now() > deadline) throw new Error(`the fixture consumer received nothing from ${topic}`);
  }
  return { producer, consumer };
}

async function deleteTopicsWithPrefix(prefix: string): Promise<void> {
  const admin = AdminClient.create({ 'bootstrap.servers': testBrokers() });
  try {
    const { Producer } = await import('node-rdkafka');
    const p = new Producer({ 'bootstrap.servers': testBrokers() });
    await new Promise<void>((resolve, reject) => p.connect({}, (err) => (err ? reject(err) : resolve())));
    const md = await new Promise<{ topics: { name: string }[] }>((resolve, reject) => p.getMetadata({ timeout: 10_000 }, (err, m) => (err ? reject(err) : resolve(m))));
    await new Promise<void>((resolve) => p.disconnect(() => resolve()));
    for (const t of md.topics.filter((x) => x.name.startsWith(prefix)))
      await new Promise<void>((resolve) => admin.deleteTopic(t.name, 10_000, () => resolve()));
  } finally {
    admin.disconnect();
  }
}

/** The fuzz calls that ran during `window`, the first few. */
function overlapping(spans: { id: string; start: number; end: number }[], [from, to]: [number, number]): string {
  const during = spans.filter((s) => s.start <= to && s.end >= from);
  return `${during.length} calls: ${during.slice(0, 4).map((s) => s.id).join(' | ')}`;
}

const mib = (n: number) => Math.round(n / 1024 / 1024);
