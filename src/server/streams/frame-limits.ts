import { invalidArgument } from '../../errors';
import type { FrameLimits as FrameLimitsProto } from '../../gen/kafkagateway/v1/consumer_service';

/** The frame and buffer limits of one stream, defaults filled in. */
export interface FrameLimits {
  maxMessages: number;
  maxBytes: number;
  lingerMs: number;
  maxBufferedMessages: number;
  maxBufferedBytes: number;
}

const MAX_FRAME_MESSAGES = 10_000;
const DEFAULTS = { maxMessages: 500, maxBytes: 1024 * 1024, lingerMs: 5 };

/** Checks a request's limits (0 or absent: the default) and fills in the defaults. */
export function frameLimits(proto: FrameLimitsProto | undefined): FrameLimits {
  const field = (name: keyof FrameLimitsProto, fallback: number, max = Number.MAX_SAFE_INTEGER) => {
    const v = proto?.[name] ?? 0;
    if (!Number.isInteger(v) || v < 0) throw invalidArgument(`limits.${name} must not be negative, got ${v}`);
    if (v > max) throw invalidArgument(`limits.${name} must be at most ${max}, got ${v}`);
    return v || fallback;
  };
  const maxMessages = field('maxMessages', DEFAULTS.maxMessages, MAX_FRAME_MESSAGES);
  const maxBufferedMessages = field('maxBufferedMessages', 2 * maxMessages);
  if (maxBufferedMessages < maxMessages) {
    throw invalidArgument(`limits.maxBufferedMessages (${maxBufferedMessages}) must be at least limits.maxMessages (${maxMessages})`);
  }
  const maxBytes = field('maxBytes', DEFAULTS.maxBytes);
  const maxBufferedBytes = field('maxBufferedBytes', Math.min(2 * maxBytes, 2 ** 31 - 1));
  if (maxBufferedBytes < maxBytes) {
    throw invalidArgument(`limits.maxBufferedBytes (${maxBufferedBytes}) must be at least limits.maxBytes (${maxBytes})`);
  }
  return { maxMessages, maxBytes, lingerMs: field('lingerMs', DEFAULTS.lingerMs, 60_000), maxBufferedMessages, maxBufferedBytes };
}
