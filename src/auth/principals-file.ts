import { readFileSync } from 'node:fs';
import { checkKafkaProperties } from '../kafka/kafka-properties';
import { DEFAULT_PRINCIPAL } from '../tables/table-stores';
import type { Principal, Role, TopicPattern, TopicRules } from './principal';

/** A principal as the authenticator finds it: by token hash, or by a name in its client certificate. */
export interface PrincipalEntry {
  principal: Principal;
  /** SHA-256 hashes (lowercase hex) of the bearer tokens that authenticate as this principal. */
  tokenHashes: string[];
  /** Certificate names ("CN=alice", "DNS:alice.example", "URI:spiffe://...") that authenticate as it under mTLS. */
  certificateNames: string[];
}

export class PrincipalsFileError extends Error {
  static readonly code = 'KGW_PRINCIPALS';
  readonly code = PrincipalsFileError.code;
  constructor(file: string, message: string) {
    super(`principals file ${file}: ${message}`);
    this.name = 'PrincipalsFileError';
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const HASH = /^[0-9a-f]{64}$/;
const ROLES: readonly Role[] = ['user', 'admin'];
const KEYS = ['name', 'role', 'tokenSha256', 'certificates', 'topics', 'groups', 'kafka'];

/**
 * Reads the operator's principals file (JSON: `{"principals": [...]}`). Everything is checked here, so that a
 * mistake stops the start (or a reload keeps the old set) with the entry and key named, rather than surfacing as
 * a caller who cannot get in. Tokens themselves never appear in the file, only their SHA-256.
 */
export function readPrincipalsFile(file: string): PrincipalEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new PrincipalsFileError(file, e.code ? `cannot read it (${e.code})` : `not valid JSON (${e.message})`);
  }
  const list = (parsed as { principals?: unknown } | null)?.principals;
  if (!Array.isArray(list)) throw new PrincipalsFileError(file, 'must hold {"principals": [ ... ]}');
  const entries = list.map((raw, i) => entry(file, raw, i));
  const seen = new Map<string, string>();
  for (const e of entries) {
    if (seen.has(`name:${e.principal.name}`)) throw new PrincipalsFileError(file, `principal ${e.principal.name} is listed twice`);
    seen.set(`name:${e.principal.name}`, e.principal.name);
    for (const key of [...e.tokenHashes.map((h) => `token:${h}`), ...e.certificateNames.map((n) => `cert:${n}`)]) {
      const other = seen.get(key);
      if (other !== undefined) throw new PrincipalsFileError(file, `${key.startsWith('token') ? 'a token hash' : key.slice(5)} is given to both ${other} and ${e.principal.name}`);
      seen.set(key, e.principal.name);
    }
  }
  return entries;
}

function entry(file: string, raw: unknown, i: number): PrincipalEntry {
  const at = (msg: string) => new PrincipalsFileError(file, `principals[${i}]: ${msg}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw at('must be an object');
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!KEYS.includes(key)) throw at(`unknown key ${JSON.stringify(key)}; known: ${KEYS.join(', ')}`);
  if (typeof o['name'] !== 'string' || !NAME.test(o['name'])) throw at('name must be an identifier (letters, digits, _; up to 64)');
  // "default" names the one tables database of a gateway without principals, which is nobody's to inherit.
  if (o['name'] === DEFAULT_PRINCIPAL) throw at(`name "${DEFAULT_PRINCIPAL}" is reserved`);
  const role = o['role'] ?? 'user';
  if (!ROLES.includes(role as Role)) throw at(`role must be ${ROLES.join(' or ')}`);
  const tokenHashes = strings(o['tokenSha256'], 'tokenSha256', at).map((h) => h.toLowerCase());
  for (const h of tokenHashes) if (!HASH.test(h)) throw at('tokenSha256 entries must be 64 hex digits (sha256sum of the token)');
  const certificateNames = strings(o['certificates'], 'certificates', at);
  for (const n of certificateNames) if (!/^(CN=|DNS:|URI:|email:|IP Address:).+/.test(n)) throw at(`certificate name ${JSON.stringify(n)} must start with CN=, DNS:, URI:, email: or IP Address:`);
  if (tokenHashes.length === 0 && certificateNames.length === 0) throw at('needs tokenSha256 or certificates, or nobody can authenticate as it');
  return {
    principal: {
      name: o['name'],
      role: role as Role,
      topics: topicRules(o['topics'], at),
      ...(o['groups'] !== undefined ? { groups: strings(o['groups'], 'groups', at).map(topicPattern) } : {}),
      kafka: kafkaProperties(o['kafka'], at),
    },
    tokenHashes,
    certificateNames,
  };
}

function strings(raw: unknown, key: string, at: (m: string) => Error): string[] {
  if (raw === undefined) return [];
  if (typeof raw === 'string') return [raw];
  if (!Array.isArray(raw) || raw.some((s) => typeof s !== 'string' || s === '')) throw at(`${key} must be a string or an array of non-empty strings`);
  return raw as string[];
}

function topicRules(raw: unknown, at: (m: string) => Error): TopicRules {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw at('topics must be {"produce": [...], "consume": [...]}');
  const rules: TopicRules = {};
  for (const [key, list] of Object.entries(raw)) {
    if (key !== 'produce' && key !== 'consume') throw at(`topics.${key}: only produce and consume`);
    rules[key] = strings(list, `topics.${key}`, at).map(topicPattern);
  }
  return rules;
}

export function topicPattern(text: string): TopicPattern {
  const body = text.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return { text, regex: new RegExp(`^${body}$`) };
}

/** A principal's own librdkafka properties (its Kafka credentials), checked as the operator's kafka section is. */
function kafkaProperties(raw: unknown, at: (m: string) => Error): Record<string, string> {
  if (raw === undefined) return {};
  try {
    return checkKafkaProperties(raw);
  } catch (err) {
    throw at(`kafka: ${(err as Error).message}`);
  }
}
