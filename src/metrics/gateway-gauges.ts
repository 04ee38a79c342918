import { Counter, Gauge, type Registry } from 'prom-client';

/** What the gateway's own gauges read, each at scrape time. */
export interface GatewaySources {
  /** Open handles by kind. */
  handles(): Record<string, number>;
  /** What the live consume streams hold for their clients. */
  streamBuffered(): { messages: number; bytes: number };
  /** Sub-jobs running, and their counts (those of ended jobs included). */
  subjobs(): { running: number; processed: number; failed: number; rowsWritten: number };
  /** The memory budget: its size, and what the open clients and queues took of it. */
  memory(): { totalBytes: number; usedBytes: number };
}

/** kgw_handles, kgw_memory_budget_*, kgw_stream_buffered_*, kgw_subjobs and the sub-jobs' counters. */
export function registerGatewayGauges(registry: Registry, sources: GatewaySources): void {
  new Gauge({
    name: 'kgw_handles',
    help: 'Open handles, by kind.',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [kind, n] of Object.entries(sources.handles())) this.set({ kind }, n);
    },
  });
  new Gauge({
    name: 'kgw_memory_budget_bytes',
    help: "The memory budget (--memory-budget-mb): what all clients' producers, consumers and queues may buffer together.",
    registers: [registry],
    collect() {
      this.set(sources.memory().totalBytes);
    },
  });
  new Gauge({
    name: 'kgw_memory_budget_taken_bytes',
    help: 'What the open producers, consumers and queues took of the memory budget: the most their settings let them buffer.',
    registers: [registry],
    collect() {
      this.set(sources.memory().usedBytes);
    },
  });
  new Gauge({
    name: 'kgw_stream_buffered_messages',
    help: "Kafka messages the gateway holds for consume streams' clients (fetched, not yet sent).",
    registers: [registry],
    collect() {
      this.set(sources.streamBuffered().messages);
    },
  });
  new Gauge({
    name: 'kgw_stream_buffered_bytes',
    help: "Value and key bytes the gateway holds for consume streams' clients.",
    registers: [registry],
    collect() {
      this.set(sources.streamBuffered().bytes);
    },
  });
  new Gauge({
    name: 'kgw_subjobs',
    help: 'Sub-jobs running.',
    registers: [registry],
    collect() {
      this.set(sources.subjobs().running);
    },
  });
  new Counter({
    name: 'kgw_subjob_messages_total',
    help: 'Messages sub-jobs handled, by outcome (processed: parsed and written or sent; failed: their handling failed).',
    labelNames: ['outcome'],
    registers: [registry],
    collect() {
      const s = sources.subjobs();
      this.reset();
      this.inc({ outcome: 'processed' }, s.processed - s.failed);
      this.inc({ outcome: 'failed' }, s.failed);
    },
  });
  new Counter({
    name: 'kgw_subjob_rows_written_total',
    help: "Rows sub-jobs wrote into their tables.",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(sources.subjobs().rowsWritten);
    },
  });
}
