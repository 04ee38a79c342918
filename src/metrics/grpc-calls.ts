import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** The call kinds by the names the grpc-ecosystem's server metrics use. */
export type GrpcType = 'unary' | 'client_stream' | 'server_stream' | 'bidi_stream';

/** gRPC status codes by number, as the grpc_code label spells them. */
const CODE_NAMES = [
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS',
  'UNAUTHENTICATED',
] as const;

/** Seconds; finer than Prometheus's defaults at the low end, where most unary calls of the gateway end. */
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/**
 * One method's counts. They are plain numbers, raised on the call path and read into prom-client only when
 * /metrics is scraped: a streamed message then costs an increment, not a labelled lookup.
 */
export class MethodCalls {
  started = 0;
  received = 0;
  sent = 0;
  /** Calls ended, by status code number. */
  readonly handled: number[] = CODE_NAMES.map(() => 0);
  readonly labels: { grpc_service: string; grpc_method: string; grpc_type: GrpcType };
  readonly streaming: boolean;
  private readonly seconds: Histogram.Internal<string>;

  constructor(service: string, method: string, type: GrpcType, histogram: Histogram) {
    this.labels = { grpc_service: service, grpc_method: method, grpc_type: type };
    this.streaming = type !== 'unary';
    this.seconds = histogram.labels(this.labels);
  }

  /** The call ended with `code` after `seconds`. */
  finish(code: number, seconds: number): void {
    // A code gRPC does not define (it cannot come from grpc-js, but is not worth a crash) counts as UNKNOWN.
    const slot = code >= 0 && code < this.handled.length ? code : 2;
    this.handled[slot] = this.handled[slot]! + 1;
    this.seconds.observe(seconds);
  }

  get open(): number {
    return this.started - this.handled.reduce((a, b) => a + b, 0);
  }
}

/** The grpc_server_* family (the grpc-ecosystem's names and labels) and the open streams per RPC. */
export class GrpcCallMetrics {
  private readonly methods = new Map<string, MethodCalls>();
  private readonly histogram: Histogram;

  constructor(registry: Registry) {
    const methods = this.methods;
    const labelNames = ['grpc_service', 'grpc_method', 'grpc_type'];
    const counter = (name: string, help: string, value: (m: MethodCalls) => number) =>
      new Counter({
        name,
        help,
        labelNames,
        registers: [registry],
        collect() {
          this.reset();
          for (const m of methods.values()) this.inc(m.labels, value(m));
        },
      });
    counter('grpc_server_started_total', 'RPCs started on the server.', (m) => m.started);
    counter('grpc_server_msg_received_total', 'Request messages received on the server (one per unary call).', (m) => m.received);
    counter('grpc_server_msg_sent_total', 'Response messages sent by the server (one per successful unary call).', (m) => m.sent);
    new Counter({
      name: 'grpc_server_handled_total',
      help: 'RPCs completed on the server, by status code.',
      labelNames: [...labelNames, 'grpc_code'],
      registers: [registry],
      collect() {
        this.reset();
        for (const m of methods.values()) {
          m.handled.forEach((n, code) => {
            if (n > 0 || code === 0) this.inc({ ...m.labels, grpc_code: CODE_NAMES[code]! }, n);
          });
        }
      },
    });
    this.histogram = new Histogram({
      name: 'grpc_server_handling_seconds',
      help: 'Time from the start of an RPC to its status (a stream: its whole life).',
      labelNames,
      buckets: BUCKETS,
      registers: [registry],
    });
    new Gauge({
      name: 'kgw_grpc_streams_open',
      help: 'Streaming RPCs open now.',
      labelNames: ['grpc_service', 'grpc_method'],
      registers: [registry],
      collect() {
        this.reset();
        for (const m of methods.values()) if (m.streaming) this.set({ grpc_service: m.labels.grpc_service, grpc_method: m.labels.grpc_method }, m.open);
      },
    });
  }

  /** The counts of the method at `path` ("/package.Service/Method"), made on its first call. */
  method(path: string, type: GrpcType): MethodCalls {
    let m = this.methods.get(path);
    if (!m) {
      const slash = path.lastIndexOf('/');
      m = new MethodCalls(path.slice(1, slash), path.slice(slash + 1), type, this.histogram);
      this.methods.set(path, m);
    }
    return m;
  }
}
