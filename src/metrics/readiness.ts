import { Gauge, type Registry } from 'prom-client';

export interface ReadinessOptions {
  /** Asks a broker for something small; resolves when one answered. */
  probe(timeoutMs: number): Promise<void>;
  /** How long no broker may answer before the gateway says it is not ready (0: never). */
  unreadyAfterMs: number;
  /** How often to probe. */
  everyMs: number;
  /** Called when readiness changes (not for the first, ready, state). */
  onChange(ready: boolean): void;
}

/**
 * Whether a broker has answered recently. The gateway starts ready (it checked its brokers as it started);
 * once no probe has had an answer for `unreadyAfterMs` it is not, and the first answer after makes it ready again.
 * Probes never overlap: one that waits for a dead broker holds a thread of libuv's pool, and one is enough.
 */
export class BrokerReadiness {
  ready = true;
  private lastAnswer = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: ReadinessOptions) {}

  start(): void {
    if (this.options.unreadyAfterMs <= 0) return;
    const tick = async () => {
      try {
        await this.options.probe(Math.min(this.options.everyMs, this.options.unreadyAfterMs));
        this.lastAnswer = Date.now();
        this.set(true);
      } catch {
        if (Date.now() - this.lastAnswer >= this.options.unreadyAfterMs) this.set(false);
      }
      if (!this.stopped) {
        this.timer = setTimeout(() => void tick(), this.options.everyMs);
        this.timer.unref();
      }
    };
    this.timer = setTimeout(() => void tick(), this.options.everyMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Seconds since a broker last answered a probe. */
  get silentSeconds(): number {
    return (Date.now() - this.lastAnswer) / 1000;
  }

  /** kgw_ready and kgw_broker_silence_seconds in `registry`. */
  register(registry: Registry): void {
    const self = this;
    new Gauge({
      name: 'kgw_ready',
      help: 'Whether a broker answered within --broker-unready-ms (1) or not (0); the health service says the same.',
      registers: [registry],
      collect() {
        this.set(self.ready ? 1 : 0);
      },
    });
    new Gauge({
      name: 'kgw_broker_silence_seconds',
      help: "Seconds since a broker last answered the gateway's readiness probe.",
      registers: [registry],
      collect() {
        this.set(self.silentSeconds);
      },
    });
  }

  private set(ready: boolean): void {
    if (this.ready === ready || this.stopped) return;
    this.ready = ready;
    this.options.onChange(ready);
  }
}
