import { randomUUID } from 'node:crypto';
import { AdminClient } from 'node-rdkafka';
import { ChildGateway } from './gateway';
import { gatewayClients } from './kafka-clients';
import { AckedReader } from './numbered';
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
  const child = await ChildGateway.start(['--brokers', o.brokers]);
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
