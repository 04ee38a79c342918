/** What the gateway reads from one librdkafka statistics report (statistics.interval.ms). */
export interface ClientStats {
  /** Consumer lag per assigned partition (high watermark minus committed offset), where librdkafka knows it. */
  lag: { topic: string; partition: number; lag: number }[];
  /** Messages and bytes waiting in a producer's queues (sent or not, not yet delivered). */
  queuedMessages: number;
  queuedBytes: number;
  /** Round-trip times to each broker over the last window, in seconds; brokers with no request in it are left out. */
  rtt: { broker: string; avg: number; p99: number }[];
}

interface RawStats {
  msg_cnt?: number;
  msg_size?: number;
  brokers?: Record<string, { nodeid?: number; nodename?: string; rtt?: { avg?: number; p99?: number; cnt?: number } }>;
  topics?: Record<string, { partitions?: Record<string, { partition?: number; consumer_lag?: number }> }>;
}

/**
 * The parts of a librdkafka statistics JSON the metrics use (its fields are described in librdkafka's
 * STATISTICS.md). Anything missing or of the wrong type is skipped: a report is never a reason to fail.
 */
export function parseStats(json: string): ClientStats | undefined {
  let raw: RawStats;
  try {
    raw = JSON.parse(json) as RawStats;
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const lag: ClientStats['lag'] = [];
  for (const [topic, t] of Object.entries(raw.topics ?? {})) {
    for (const p of Object.values(t?.partitions ?? {})) {
      // Partition -1 is librdkafka's bucket for messages not yet partitioned; -1 lag means "not known".
      if (typeof p?.partition === 'number' && p.partition >= 0 && typeof p.consumer_lag === 'number' && p.consumer_lag >= 0) {
        lag.push({ topic, partition: p.partition, lag: p.consumer_lag });
      }
    }
  }
  const rtt: ClientStats['rtt'] = [];
  for (const b of Object.values(raw.brokers ?? {})) {
    // A broker can appear twice, by its bootstrap connection and by its id; both are its host:port (the label).
    // librdkafka's internal pseudo-broker has no host:port and no round trips.
    if (typeof b?.nodename !== 'string' || b.nodename === '' || !b.rtt || !b.rtt.cnt) continue;
    rtt.push({ broker: b.nodename, avg: (b.rtt.avg ?? 0) / 1e6, p99: (b.rtt.p99 ?? 0) / 1e6 });
  }
  return { lag, queuedMessages: num(raw.msg_cnt), queuedBytes: num(raw.msg_size), rtt };
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
