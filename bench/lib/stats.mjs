import { performance } from 'node:perf_hooks';

// Small helpers shared by the benchmark's sides and its report: percentiles, payloads, pacing.

/** The p-th percentile (0..100) of `values`, nearest-rank; null for no values. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (values) => percentile(values, 50);

/**
 * A 95% confidence interval of the median of `values`, from their order statistics (the sign test's interval:
 * it assumes nothing of their distribution); null for fewer than 6 values, where none exists at 95%.
 */
export function medianInterval(values) {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  // The largest k with P(Binomial(n, 1/2) < k) <= 2.5%: the k-th smallest and k-th largest bound the interval.
  let below = 0;
  let k = 0;
  for (let j = 0; j < n; j++) {
    const next = below + binomialHalf(n, j);
    if (next > 0.025) break;
    below = next;
    k = j + 1;
  }
  return k === 0 ? null : [sorted[k - 1], sorted[n - k]];
}

/** P(Binomial(n, 1/2) = j). */
function binomialHalf(n, j) {
  let logChoose = 0;
  for (let i = 1; i <= j; i++) logChoose += Math.log(n - j + i) - Math.log(i);
  return Math.exp(logChoose - n * Math.LN2);
}

/** Latency metrics, in milliseconds, of a list of latencies in milliseconds. */
export function latencyMetrics(latenciesMs) {
  return {
    p50_ms: percentile(latenciesMs, 50),
    p99_ms: percentile(latenciesMs, 99),
    max_ms: latenciesMs.reduce((a, b) => Math.max(a, b), 0),
  };
}

/** A payload of `size` bytes that starts with `stamp` (8 bytes, a float64 of performance.now()) when given. */
export function payload(size, stamp) {
  const b = Buffer.alloc(size, 0x61);
  if (stamp !== undefined) b.writeDoubleLE(stamp, 0);
  return b;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `count` messages at `rate` per second, each at its due time: `send(n)` sends the n messages due now (more
 * than one when the timer woke late, as it does at rates above 1000/s), so that a side may pass them on together.
 */
export async function paced(count, rate, send) {
  const t0 = performance.now();
  for (let sent = 0; sent < count; ) {
    const due = Math.min(count, Math.floor(((performance.now() - t0) * rate) / 1000) + 1);
    if (due > sent) {
      await send(due - sent);
      sent = due;
    }
    const next = t0 + (sent * 1000) / rate;
    await sleep(Math.max(0, next - performance.now() - 0.5));
  }
}

/**
 * Consume throughput measured the same way on every side: from the arrival of the first batch, whose messages are
 * not counted, to the last. Creating, connecting and assigning a consumer is thus left out on both sides.
 */
export class ReceiveRate {
  received = 0;
  #first;
  #firstCount = 0;
  #last = 0;

  /** Notes a batch of `n` messages arriving now. */
  add(n) {
    if (n === 0) return;
    const now = performance.now();
    if (this.#first === undefined) {
      this.#first = now;
      this.#firstCount = n;
    }
    this.received += n;
    this.#last = now;
  }

  get msgsPerS() {
    const seconds = (this.#last - this.#first) / 1000;
    return seconds > 0 ? (this.received - this.#firstCount) / seconds : null;
  }
}

/**
 * `inFlight` senders sharing `count` sends, each awaiting its send before starting the next: the rate of the
 * whole and each send's latency (the unary Produce scenarios of both sides).
 */
export async function inFlightSends(count, inFlight, send) {
  const latencies = [];
  let left = count;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (left-- > 0) {
        const start = performance.now();
        await send();
        latencies.push(performance.now() - start);
      }
    }),
  );
  return { msgs_per_s: count / ((performance.now() - t0) / 1000), ...latencyMetrics(latencies) };
}
