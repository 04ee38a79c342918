import { isUtf8 } from 'node:buffer';
import { bytes16FromText, type Bytes16Name } from '../values/bytes16';
import { ValueError } from '../values/errors';
import { checkedFloat, numberToIntegral } from './convert-numbers';
import { NULL, show, type Params } from './fit-params';

// Text parsed into the other types (BOOL, numbers, BLOB, the 16-byte types), and bytes read as text. The temporal
// types' text is convert-temporal's.

export function textToBlob(x: unknown): unknown {
  return x === '' ? NULL : Buffer.from(x as string, 'utf8');
}

export function blobToText(x: unknown): unknown {
  const b = x as Uint8Array;
  if (b.length === 0) return NULL;
  if (!isUtf8(b)) throw new ValueError(`${show(x)} is not UTF-8 text`);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
}

export function textToBool(x: unknown): unknown {
  const text = (x as string).trim().toLowerCase();
  if (text === '') return NULL;
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new ValueError(`${show(x)} is not a BOOL (true, false, 1 or 0)`);
}

const INTEGER_TEXT = /^[+-]?\d+$/;

export function textToIntegral(x: unknown, p: Params): unknown {
  const text = (x as string).trim();
  if (text === '') return NULL;
  // Up to 15 digits a double is exact, and cheaper than a bigint.
  if (INTEGER_TEXT.test(text)) return numberToIntegral(text.length < 16 ? Number(text) : BigInt(text), p);
  // JSON writes a printable CHAR as its character.
  if (p.to.name === 'CHAR' && text.length === 1 && text.charCodeAt(0) < 127) return text.charCodeAt(0);
  throw new ValueError(`${show(x)} is not a ${p.to.name}`);
}

const FLOAT_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function textToFloating(x: unknown, p: Params): unknown {
  const text = (x as string).trim();
  if (text === '' || text === 'nan' || text === 'NaN') return NULL;
  let d: number;
  if (FLOAT_TEXT.test(text)) d = Number(text);
  else if (text === 'inf' || text === '+inf' || text === 'Infinity') d = Infinity;
  else if (text === '-inf' || text === '-Infinity') d = -Infinity;
  else throw new ValueError(`${show(x)} is not a ${p.to.name}`);
  return p.to.name === 'FLOAT' ? checkedFloat(d, x, p) : d;
}

export function textToBytes16(x: unknown, p: Params): unknown {
  if (x === '') return NULL;
  bytes16FromText(p.to.name as Bytes16Name, x as string);
  return x;
}
