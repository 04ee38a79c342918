import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { status } from '@grpc/grpc-js';
import { AdminClient } from 'node-rdkafka';
import { clusterScript, partitionsOf } from './cluster';
import { GatewayProcess, rssOf, type TestGateway } from './gateway';
import { gatewayClients } from './kafka-clients';
import { AckedReader, ConsumeReader, NumberedProducer, numberedKey, numbersInTopic, tally } from './numbered';
import { fillTopic } from './streams';

/** One row of bench/results/faults.md. */
export interface FaultResult {
  scenario: string;
  messages: number;
  lost: number;
  duplicated: number;
  /** How long the fault held the flow up (what the row's scenario says it measures), ms. */
  recoveryMs: number | undefined;
  /** gRPC status names the clients got, with how often. */
  errors: Record<string, number>;
  /** Anything else the scenario measured, for the notes under the table. */
  notes?: string;
}

export function createTopicOn(brokers: string, name: string, partitions: number, replicas = 1, config: Record<string, string> = {}): Promise<void> {
  const admin = AdminClient.create({ 'bootstrap.servers': brokers });
  return new Promise<void>((resolve, reject) =>
    admin.createTopic({ topic: name, num_partitions: partitions, replication_factor: replicas, config }, 30_000, (err) => (err ? reject(err) : resolve())),
  ).finally(() => admin.disconnect());
}

export interface AckedKillOptions {
  brokers: string;
  /** The gateway the group's next stream opens on, once the first gateway was killed. */
  survivor: string;
  messages: number;
  partitions: number;
  /** The first stream is killed once it has acknowledged this many. */
  killAfter: number;
  /** The first stream's max_unacked. */
  maxUnacked: number;
  /** With a pause, the first stream stops acknowledging this long before the kill; 0: killed mid-flow. */
  pauseMs: number;
  /** A config the client adds to the stream's (e.g. librdkafka's own session timeout, for a "before" figure). */
  config?: Record<string, string>;
}

/**
 * A gateway process SIGKILLed under a ConsumeAcked stream; the group's next stream opens on another gateway at once.
 * Lost: a number neither acknowledged by the first stream nor delivered to the second. Duplicated: a number the
 * first stream acknowledged and the second got again. Recovery: from the kill to the second stream's first message.
 */
export async function gatewayKillUnderAcked(o: AckedKillOptions): Promise<FaultResult & { unackedRedelivered: number; unackedAtKill: number }> {
  const topic = `fa-${randomUUID()}`;
  await createTopicOn(o.brokers, topic, o.partitions);
  await fillTopic(topic, o.messages, o.partitions, undefined, o.brokers);
  const config = { 'group.id': `g-${randomUUID()}`, 'auto.offset.reset': 'earliest', ...o.config };
  const child = await GatewayProcess.start(['--brokers', o.brokers]);
  const first = gatewayClients(child.address);
  const second = gatewayClients(o.survivor);
  let next: AckedReader | undefined;
  try {
    const before = new AckedReader(first, config, [topic], o.maxUnacked);
    if (!(await before.until(() => before.acked.size >= o.killAfter, 120_000))) {
      throw new Error(`the first stream acknowledged ${before.acked.size} of ${o.killAfter} (${before.error?.message ?? 'no error'})`);
    }
    if (o.pauseMs > 0) {
      before.acking = false;
      await new Promise((r) => setTimeout(r, o.pauseMs));
    }
    process.kill(child.pid, 'SIGKILL');
    const killedAt = Date.now();
    before.acking = false;
    const acked = new Set(before.acked);
    const unacked = new Set(before.numbers.filter((i) => !acked.has(i)));

    next = new AckedReader(second, config, [topic]);
    const got = new Set<number>();
    const complete = () => {
      for (let k = got.size; k < next!.numbers.length; k++) got.add(next!.numbers[k]!);
      return acked.size + [...got].filter((i) => !acked.has(i)).length >= o.messages;
    };
    // Plenty: the group waits for the dead member's session to time out (librdkafka's default is 45 s).
    await next.until(complete, 120_000);
    complete();
    const errors: Record<string, number> = {};
    if (next.error) errors[String(next.error.code)] = 1;
    let lost = 0;
    for (let i = 0; i < o.messages; i++) if (!acked.has(i) && !got.has(i)) lost++;
    const duplicated = next.numbers.filter((i) => acked.has(i)).length + (next.numbers.length - got.size);
    return {
      scenario: 'gateway SIGKILL under ConsumeAcked',
      messages: o.messages,
      lost,
      duplicated,
      recoveryMs: next.firstArrival === undefined ? undefined : next.firstArrival - killedAt,
      errors,
      unackedAtKill: unacked.size,
      unackedRedelivered: [...unacked].filter((i) => got.has(i)).length,
    };
  } finally {
    next?.cancel();
    first.close();
    second.close();
    await child.stop();
  }
}

/** The longest pause between consecutive times at or after `from` (and from `from` to the first), ms. */
export function longestGap(times: number[], from: number): number {
  let gap = 0;
  let last = from;
  for (const t of times) {
    if (t < from) continue;
    gap = Math.max(gap, t - last);
    last = t;
  }
  return gap;
}

/** Appends a row to the fault suite's results (FAULTS_RESULTS, one JSON object a line), when it runs. */
export function recordFault(row: FaultResult): void {
  const file = process.env['FAULTS_RESULTS'];
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}

export interface ClusterKillOptions {
  /** The cluster's environment for scripts/kafka-cluster.sh, and its bootstrap list. */
  cluster: Record<string, string>;
  brokers: string;
  gateway: string;
  messages: number;
  /** Records per second the producer aims at, so that the kill falls mid-flow and the flow goes on across it. */
  rate: number;
}

/**
 * One node of a three-node cluster SIGKILLed under a ProduceStream (acks=all, idempotence on), a Consume stream and
 * a ConsumeAcked stream on a topic with replication factor 3 and min.insync.replicas=2; the node is started again
 * once the producer is done. Three rows: what each stream saw.
 */
export async function clusterNodeKill(o: ClusterKillOptions): Promise<FaultResult[]> {
  const topic = `fc-${randomUUID()}`;
  const partitions = 3;
  await createTopicOn(o.brokers, topic, partitions, 3, { 'min.insync.replicas': '2' });
  const api = gatewayClients(o.gateway);
  const { producer } = await api.producer.createProducer({ config: { acks: 'all', 'enable.idempotence': 'true', 'linger.ms': '5' } });
  const consume = new ConsumeReader(api, { 'group.id': `gc-${randomUUID()}`, 'auto.offset.reset': 'earliest' }, [topic]);
  const acked = new AckedReader(api, { 'group.id': `ga-${randomUUID()}`, 'auto.offset.reset': 'earliest' }, [topic]);
  const producing = new NumberedProducer(api, producer, topic, { batch: 50, window: 1000 });
  try {
    await consume.until(() => consume.consumer !== '', 30_000);
    const before = await partitionsOf(o.gateway, topic);
    const victim = before.find((p) => p.id === 0)!.leader;
    let killedAt = 0;
    const started = Date.now();
    const chunk = Math.max(1, Math.round(o.rate / 10));
    for (let i = 0; i < o.messages; i += chunk) {
      if (killedAt === 0 && i >= o.messages / 3) {
        const kill = await clusterScript(o.cluster, 'kill', String(victim));
        if (kill.code !== 0) throw new Error(`kill ${victim} failed: ${kill.stderr}`);
        killedAt = Date.now();
      }
      await producing.send(i, Math.min(o.messages, i + chunk));
      const due = started + ((i + chunk) / o.rate) * 1000;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    }
    const after = await partitionsOf(o.gateway, topic);
    const newLeader = after.find((p) => p.id === 0)!.leader;

    const restartedAt = Date.now();
    const restart = await clusterScript(o.cluster, 'start', String(victim));
    if (restart.code !== 0) throw new Error(`start ${victim} failed: ${restart.stderr}`);
    let rejoinedMs: number | undefined;
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
      const now = await partitionsOf(o.gateway, topic).catch(() => []);
      if (now.length === partitions && now.every((p) => p.isrs.includes(victim))) {
        rejoinedMs = Date.now() - restartedAt;
        break;
      }
    }
    const expected = producing.acked;
    const seenAll = (r: { numbers: number[] }) => () => {
      const s = new Set(r.numbers);
      return [...expected].every((i) => s.has(i));
    };
    await consume.until(seenAll(consume), 60_000);
    await acked.until(seenAll(acked), 60_000);
    const inTopic = await numbersInTopic(o.brokers, topic, partitions);
    const topicSet = new Set(inTopic);
    const notes = `node ${victim} (leader of partition 0) killed; partition 0's leader then: node ${newLeader}; node ${victim} back in every ISR ${rejoinedMs === undefined ? 'NOT within 120 s' : `${(rejoinedMs / 1000).toFixed(1)} s after the start command (the JVM's start included)`}`;
    const streamRow = (scenario: string, r: ConsumeReader | AckedReader): FaultResult => {
      const s = new Set(r.numbers);
      return {
        scenario,
        messages: expected.size,
        lost: [...expected].filter((i) => !s.has(i)).length,
        duplicated: r.numbers.length - s.size,
        recoveryMs: longestGap(r.arrivals, killedAt),
        errors: r.error ? { [status[r.error.code] ?? String(r.error.code)]: 1 } : {},
        notes,
      };
    };
    return [
      {
        scenario: 'cluster: a node SIGKILLed under ProduceStream (acks=all, idempotent)',
        messages: o.messages,
        lost: [...expected].filter((i) => !topicSet.has(i)).length,
        duplicated: inTopic.length - topicSet.size,
        recoveryMs: longestGap(producing.ackTimes, killedAt),
        errors: { ...producing.errors, ...(producing.streamError ? { [`stream ${status[producing.streamError.code]}`]: 1 } : {}) },
        notes: `${notes}; ${expected.size} of ${o.messages} acknowledged, ${o.messages - expected.size - Object.values(producing.errors).reduce((a, b) => a + b, 0)} unanswered`,
      },
      streamRow('cluster: a node SIGKILLed under Consume', consume),
      streamRow('cluster: a node SIGKILLed under ConsumeAcked', acked),
    ];
  } finally {
    producing.end();
    consume.cancel();
    acked.cancel();
    await api.producer.closeProducer({ producer }).catch(() => undefined);
    api.close();
  }
}

/**
 * A gateway process SIGKILLed under a ProduceStream. Lost: a record the gateway acknowledged that is not in the
 * topic. Duplicated: a record in the topic more than once. Recovery: not applicable (the client reconnects).
 */
export async function gatewayKillUnderProduce(o: { brokers: string; messages: number; killAfter: number }): Promise<FaultResult> {
  const topic = `fp-${randomUUID()}`;
  const partitions = 3;
  await createTopicOn(o.brokers, topic, partitions);
  const child = await GatewayProcess.start(['--brokers', o.brokers]);
  const api = gatewayClients(child.address);
  try {
    const { producer } = await api.producer.createProducer({ config: { acks: 'all', 'enable.idempotence': 'true' } });
    const producing = new NumberedProducer(api, producer, topic, { batch: 100, window: 2000 });
    let killed = false;
    const kill = () => {
      if (!killed && producing.acked.size >= o.killAfter) {
        process.kill(child.pid, 'SIGKILL');
        killed = true;
      }
      return killed;
    };
    await producing.send(0, o.messages, kill);
    if (!killed) throw new Error(`only ${producing.acked.size} records were acknowledged`);
    const inTopic = await numbersInTopic(o.brokers, topic, partitions);
    const s = new Set(inTopic);
    return {
      scenario: 'gateway SIGKILL under ProduceStream',
      messages: producing.acked.size,
      lost: [...producing.acked].filter((i) => !s.has(i)).length,
      duplicated: inTopic.length - s.size,
      recoveryMs: undefined,
      errors: { ...producing.errors, ...(producing.streamError ? { [`stream ${status[producing.streamError.code]}`]: 1 } : {}) },
      notes: `${producing.acked.size} records acknowledged before the kill, all checked in the topic; ${inTopic.length - producing.acked.size} more were in the topic (sent, answer lost with the gateway)`,
    };
  } finally {
    api.close();
    await child.stop();
  }
}

export interface OutageOptions {
  /** scripts/kafka-broker.sh's environment for the broker to stop, and its bootstrap. */
  broker: Record<string, string>;
  brokers: string;
  gateway: string;
  messages: number;
  rate: number;
  outageMs: number;
}

/**
 * The one broker stopped (SIGTERM) and started again after `outageMs` under a ProduceStream, a Consume stream and
 * a ConsumeAcked stream. Lost: acknowledged by the producer and never delivered (per stream), or not in the
 * topic (producer). Duplicated: delivered more than once. Recovery: the longest pause in the flow after the stop.
 */
export async function brokerOutage(o: OutageOptions, stop: () => Promise<void>, start: () => Promise<void>): Promise<FaultResult[]> {
  const topic = `fo-${randomUUID()}`;
  const partitions = 3;
  await createTopicOn(o.brokers, topic, partitions);
  const api = gatewayClients(o.gateway);
  const { producer } = await api.producer.createProducer({ config: { acks: 'all', 'enable.idempotence': 'true', 'message.timeout.ms': '300000' } });
  const consume = new ConsumeReader(api, { 'group.id': `gc-${randomUUID()}`, 'auto.offset.reset': 'earliest' }, [topic]);
  const acked = new AckedReader(api, { 'group.id': `ga-${randomUUID()}`, 'auto.offset.reset': 'earliest' }, [topic]);
  const producing = new NumberedProducer(api, producer, topic, { batch: 50, window: 1000 });
  try {
    await consume.until(() => consume.consumer !== '', 30_000);
    await acked.until(() => acked.consumer !== '', 30_000);
    let stoppedAt = 0;
    let outage: Promise<void> | undefined;
    const started = Date.now();
    const chunk = Math.max(1, Math.round(o.rate / 10));
    for (let i = 0; i < o.messages; i += chunk) {
      if (stoppedAt === 0 && i >= o.messages / 3) {
        stoppedAt = Date.now();
        outage = stop().then(() => new Promise((r) => setTimeout(r, o.outageMs))).then(start);
      }
      await producing.send(i, Math.min(o.messages, i + chunk));
      const due = started + ((i + chunk) / o.rate) * 1000;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    }
    await outage;
    const expected = producing.acked;
    const seenAll = (r: { numbers: number[] }) => () => {
      const s = new Set(r.numbers);
      return [...expected].every((i) => s.has(i));
    };
    await consume.until(seenAll(consume), 180_000);
    await acked.until(seenAll(acked), 180_000);
    const inTopic = await numbersInTopic(o.brokers, topic, partitions);
    const topicSet = new Set(inTopic);
    const what = `the broker stopped for ${(o.outageMs / 1000).toFixed(0)} s`;
    const streamRow = (scenario: string, r: ConsumeReader | AckedReader): FaultResult => {
      const s = new Set(r.numbers);
      return {
        scenario: `${what} under ${scenario}`,
        messages: expected.size,
        lost: [...expected].filter((i) => !s.has(i)).length,
        duplicated: r.numbers.length - s.size,
        recoveryMs: longestGap(r.arrivals, stoppedAt),
        errors: r.error ? { [status[r.error.code] ?? String(r.error.code)]: 1 } : {},
      };
    };
    return [
      {
        scenario: `${what} under ProduceStream (acks=all, idempotent)`,
        messages: o.messages,
        lost: [...expected].filter((i) => !topicSet.has(i)).length,
        duplicated: inTopic.length - topicSet.size,
        recoveryMs: longestGap(producing.ackTimes, stoppedAt),
        errors: { ...producing.errors, ...(producing.streamError ? { [`stream ${status[producing.streamError.code]}`]: 1 } : {}) },
        notes: `${expected.size} of ${o.messages} acknowledged`,
      },
      streamRow('Consume', consume),
      streamRow('ConsumeAcked', acked),
    ];
  } finally {
    producing.end();
    consume.cancel();
    acked.cancel();
    await api.producer.closeProducer({ producer }).catch(() => undefined);
    api.close();
  }
}

/** This process's threads and open descriptors (an in-process gateway's librdkafka threads count here). */
export function processCounts(): { threads: number; fds: number } {
  return { threads: readdirSync('/proc/self/task').length, fds: readdirSync('/proc/self/fd').length };
}

/**
 * A client process SIGKILLed with `streams` Consume streams open, each with a consumer of its own, on an in-process
 * gateway. Recovery: from the kill until the gateway holds no stream, no handle, and no more threads and
 * descriptors than before the client came (within `slack`, for what jest and grpc-js keep).
 */
export async function clientKillWithStreams(o: { gateway: TestGateway; brokers: string; streams: number; slack: number; waitMs: number }): Promise<FaultResult & { left: { streams: number; handles: number; threads: number; fds: number } }> {
  const topic = `fk-${randomUUID()}`;
  await createTopicOn(o.brokers, topic, 8);
  await fillTopic(topic, 1000, 8, undefined, o.brokers);
  const before = processCounts();
  const handlesBefore = o.gateway.handles.size;
  const child = spawn(process.execPath, [resolve(__dirname, '../faults/stream-client.js'), o.gateway.address, topic, String(o.streams), `gk-${randomUUID()}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  try {
    const deadline = Date.now() + 120_000;
    while (!out.includes(`open ${o.streams}`)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the client did not open its streams: ${out} ${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const during = { streams: o.gateway.streams.count, threads: processCounts().threads };
    child.kill('SIGKILL');
    const killedAt = Date.now();
    let left = { streams: 0, handles: 0, threads: 0, fds: 0 };
    let clearedAt: number | undefined;
    for (const until = Date.now() + o.waitMs; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
      const now = processCounts();
      left = { streams: o.gateway.streams.count, handles: o.gateway.handles.size - handlesBefore, threads: now.threads - before.threads, fds: now.fds - before.fds };
      if (left.streams === 0 && left.handles <= 0 && left.threads <= o.slack && left.fds <= o.slack) {
        clearedAt = Date.now();
        break;
      }
    }
    const errors: Record<string, number> = {};
    for (const m of err.matchAll(/stream \d+: (\d+) ([A-Z_]+)/g)) errors[m[2]!] = (errors[m[2]!] ?? 0) + 1;
    return {
      scenario: `a client SIGKILLed with ${o.streams} open Consume streams`,
      messages: 1000,
      lost: 0,
      duplicated: 0,
      recoveryMs: clearedAt === undefined ? undefined : clearedAt - killedAt,
      errors,
      notes: `${during.streams} streams and ${during.threads - before.threads} more threads while open; left after the kill: ${left.streams} streams, ${Math.max(0, left.handles)} handles, ${left.threads} threads, ${left.fds} descriptors (above the count before the client came)`,
      left,
    };
  } finally {
    child.kill('SIGKILL');
  }
}

/**
 * `streams` concurrent Consume streams (one group each, so every stream reads the whole topic) while `produces`
 * unary Produce calls run at once, on the gateway at `gateway` (a child process, so that its RSS, threads and
 * descriptors are its own). Lost and duplicated are per stream, summed; recovery is how long the calls took.
 */
export async function concurrentLoad(o: { gateway: GatewayProcess; brokers: string; streams: number; produces: number }): Promise<FaultResult & { peak: { rssMb: number; threads: number; fds: number } }> {
  const topic = `fl-${randomUUID()}`;
  await createTopicOn(o.brokers, topic, 3);
  const api = gatewayClients(o.gateway.address);
  const readers: ConsumeReader[] = [];
  const peak = { rssMb: 0, threads: 0, fds: 0 };
  const sample = () => {
    peak.rssMb = Math.max(peak.rssMb, Math.round(rssOf(o.gateway.pid) / 2 ** 20));
    peak.threads = Math.max(peak.threads, readdirSync(`/proc/${o.gateway.pid}/task`).length);
    peak.fds = Math.max(peak.fds, readdirSync(`/proc/${o.gateway.pid}/fd`).length);
  };
  const sampler = setInterval(sample, 200);
  try {
    const { producer } = await api.producer.createProducer({ config: { acks: 'all' } });
    for (let i = 0; i < o.streams; i++) readers.push(new ConsumeReader(api, { 'group.id': `gl-${randomUUID()}`, 'auto.offset.reset': 'earliest' }, [topic]));
    for (const r of readers) await r.until(() => r.consumer !== '', 120_000);
    const errors: Record<string, number> = {};
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: o.produces }, (_, i) =>
        api.producer
          .produce({ producer, topic, keyKind: { $case: 'key', value: numberedKey(i) }, payload: { $case: 'rawValue', value: Buffer.from(`p${i}`) } })
          .catch((e: { code: number }) => void (errors[status[e.code] ?? String(e.code)] = (errors[status[e.code] ?? String(e.code)] ?? 0) + 1)),
      ),
    );
    const producedMs = Date.now() - t0;
    for (const r of readers) await r.until(() => new Set(r.numbers).size >= o.produces, 120_000);
    const deliveredMs = Date.now() - t0;
    sample();
    let lost = 0;
    let duplicated = 0;
    for (const r of readers) {
      const t = tally(o.produces, r.numbers);
      lost += t.lost;
      duplicated += t.duplicated;
      if (r.error) errors[`stream ${status[r.error.code]}`] = (errors[`stream ${status[r.error.code]}`] ?? 0) + 1;
    }
    await api.producer.closeProducer({ producer }).catch(() => undefined);
    return {
      scenario: `${o.streams} concurrent Consume streams and ${o.produces} concurrent unary Produce calls`,
      messages: o.produces * o.streams,
      lost,
      duplicated,
      recoveryMs: deliveredMs,
      errors,
      notes: `the ${o.produces} Produce calls took ${(producedMs / 1000).toFixed(1)} s, delivery to every stream ${(deliveredMs / 1000).toFixed(1)} s (the "recovery" column); the gateway's peak: ${peak.rssMb} MiB RSS, ${peak.threads} threads, ${peak.fds} descriptors`,
      peak,
    };
  } finally {
    clearInterval(sampler);
    readers.forEach((r) => r.cancel());
    api.close();
  }
}
