import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { registerGatewayGauges, type GatewaySources } from './gateway-gauges';
import { GrpcCallMetrics } from './grpc-calls';
import { KafkaMeter } from './kafka-meter';

export interface MetricsOptions {
  version: string;
  maxTopics: number;
  /** The statistics.interval.ms the gateway gives its consumers that set none (0: none). */
  statisticsIntervalMs: number;
}

/** Every metric of one gateway, in a registry of its own (two gateways in one process keep theirs apart). */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly calls: GrpcCallMetrics;
  readonly kafka: KafkaMeter;

  constructor(options: MetricsOptions) {
    this.calls = new GrpcCallMetrics(this.registry);
    this.kafka = new KafkaMeter(this.registry, { maxTopics: options.maxTopics, statisticsIntervalMs: options.statisticsIntervalMs });
    new Gauge({ name: 'kgw_build_info', help: 'Always 1; the labels say which gateway runs.', labelNames: ['version', 'node_version'], registers: [this.registry] }).set(
      { version: options.version, node_version: process.version },
      1,
    );
    // Event-loop lag, heap, GC and the process's CPU and memory, from prom-client.
    collectDefaultMetrics({ register: this.registry });
  }

  gateway(sources: GatewaySources): void {
    registerGatewayGauges(this.registry, sources);
  }

  /** The Prometheus text exposition of every metric. */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}
