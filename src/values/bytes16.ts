import { cut } from '../errors';
import { ValueError } from './errors';

// UUID, IPADDR and INT128 are 16 bytes holding a little-endian 128-bit number: the canonical text's bytes in
// reverse order. All zero is NULL.
//
// This file is the one definition of valid UUID, IPADDR and INT128 text. Every form that writes them (DOLPHINDB's
// bytes, and the text of JSON, keys and the Java formats) parses through bytes16FromText, so that a text one
// form refuses, every form refuses with the same message. src/errors.ts's cut imports nothing, so src/values
// stays free of gRPC.

const HEX = /^[0-9a-fA-F]{32}$/;

export function isZero16(b: Uint8Array): boolean {
  for (let i = 0; i < 16; i++) if (b[i] !== 0) return false;
  return true;
}

export type Bytes16Name = 'UUID' | 'IPADDR' | 'INT128';

/** The text of a UUID, IPADDR or INT128 as its 16 bytes; a ValueError when it is not one. */
export function bytes16FromText(name: Bytes16Name, text: string): Uint8Array {
  return name === 'UUID' ? uuidToBytes(text) : name === 'IPADDR' ? ipaddrToBytes(text) : int128ToBytes(text);
}

/** "5d212a78-cc48-e3b1-4235-b4d91473ee87" -> 16 little-endian bytes. */
export function uuidToBytes(text: string): Uint8Array {
  const hex = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(text) ? text.replace(/-/g, '') : '';
  if (!hex) throw new ValueError(`${cut(text)} is not a UUID (8-4-4-4-12 hex digits)`);
  return hexToLittleEndian(hex);
}

export function bytesToUuid(b: Uint8Array): string {
  const h = littleEndianToHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** 32 hex digits -> 16 little-endian bytes. */
export function int128ToBytes(text: string): Uint8Array {
  if (!HEX.test(text)) throw new ValueError(`${cut(text)} is not an INT128 (32 hex digits)`);
  return hexToLittleEndian(text);
}

export function bytesToInt128(b: Uint8Array): string {
  return littleEndianToHex(b);
}

/** Dotted IPv4 or IPv6 text -> 16 little-endian bytes (IPv4 a.b.c.d is d c b a followed by zeros). */
export function ipaddrToBytes(text: string): Uint8Array {
  const v4 = parseIpv4(text);
  if (v4) return Uint8Array.from([v4[3]!, v4[2]!, v4[1]!, v4[0]!, ...new Array<number>(12).fill(0)]);
  const v6 = parseIpv6(text);
  if (!v6) throw new ValueError(`${cut(text)} is not an IPv4 or IPv6 address`);
  return v6.reverse();
}

export function bytesToIpaddr(b: Uint8Array): string {
  let upperZero = true;
  for (let i = 4; i < 16; i++) if (b[i] !== 0) upperZero = false;
  if (upperZero) return `${b[3]}.${b[2]}.${b[1]}.${b[0]}`;
  const groups: number[] = [];
  for (let i = 15; i > 0; i -= 2) groups.push((b[i]! << 8) | b[i - 1]!);
  return formatIpv6(groups);
}

function hexToLittleEndian(hex: string): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[15 - i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function littleEndianToHex(b: Uint8Array): string {
  let s = '';
  for (let i = 15; i >= 0; i--) s += b[i]!.toString(16).padStart(2, '0');
  return s;
}

function parseIpv4(text: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

/** IPv6 text (with ::, and an optional dotted IPv4 tail) -> 16 big-endian bytes. */
function parseIpv6(text: string): Uint8Array | undefined {
  let s = text;
  const tail: number[] = [];
  const v4 = /^(.*:)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(s);
  if (v4) {
    const parts = parseIpv4(v4[2]!);
    if (!parts) return undefined;
    tail.push((parts[0]! << 8) | parts[1]!, (parts[2]! << 8) | parts[3]!);
    s = v4[1]!.endsWith('::') ? v4[1]! : v4[1]!.slice(0, -1);
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if (![...head, ...rest].every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return undefined;
  const groups = [...head.map((g) => parseInt(g, 16)), ...new Array<number>(8 - known).fill(0), ...rest.map((g) => parseInt(g, 16)), ...tail];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[i * 2] = g >> 8;
    out[i * 2 + 1] = g & 0xff;
  });
  return out;
}

/** RFC 5952 text: lowercase, the longest run of two or more zero groups shortened to ::. */
function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [bestStart, bestLen] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}
