import { createHash } from 'node:crypto';
import { invalidArgument } from '../errors';

/**
 * Page tokens carry where the next page starts and a digest of the request they belong to: a token passed with
 * another table, filter or statement is refused rather than silently read from the wrong place.
 */
export function pageToken(position: number, request: unknown): string {
  return Buffer.from(JSON.stringify({ p: position, h: digest(request) })).toString('base64url');
}

/** The position a token holds (0 for no token); INVALID_ARGUMENT for a token that is not this request's. */
export function tokenPosition(token: string, request: unknown): number {
  if (token === '') return 0;
  let parsed: unknown;
  try {
    parsed = token.length <= 512 ? JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
  const { p, h } = (parsed ?? {}) as { p?: unknown; h?: unknown };
  if (typeof p !== 'number' || !Number.isSafeInteger(p) || p < 0 || typeof h !== 'string') {
    throw invalidArgument('page_token is not a token the gateway gave out', 'INVALID_PAGE_TOKEN');
  }
  if (h !== digest(request)) throw invalidArgument('page_token belongs to another read: pass the same table, columns, filters and order (or statement)', 'INVALID_PAGE_TOKEN');
  return p;
}

function digest(request: unknown): string {
  const text = JSON.stringify(request, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
