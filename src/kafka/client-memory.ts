/**
 * The most a librdkafka client may buffer by its properties: what the gateway's memory budget takes for it
 * (src/handles/memory-budget.ts). Absent properties count with librdkafka's defaults (CONFIGURATION.md).
 */
const KIB = 1024;

/** A consumer's prefetch queue (queued.max.messages.kbytes), which one fetch response (fetch.max.bytes) may overshoot. */
export function consumerBufferBytes(properties: Readonly<Record<string, string>>): number {
  return number(properties['queued.max.messages.kbytes'], 65_536) * KIB + number(properties['fetch.max.bytes'], 52_428_800);
}

/** A producer's records queued and not yet delivered (queue.buffering.max.kbytes). */
export function producerBufferBytes(properties: Readonly<Record<string, string>>): number {
  return number(properties['queue.buffering.max.kbytes'], 1_048_576) * KIB;
}

const number = (value: string | undefined, otherwise: number): number => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : otherwise;
};
