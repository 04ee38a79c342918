import type { DescField, DescMessage } from '@bufbuild/protobuf';
import type { Prng } from './prng';

/** Bytes for a request, and what they are (for the report). */
export interface RawRequest {
  bytes: Buffer;
  how: string;
}

const LEN = 2;
const START_GROUP = 3;
const END_GROUP = 4;

/**
 * Request bytes no well-behaved client sends: random bytes, a valid encoding cut short or with bits flipped,
 * malformed varints and lengths, wrong wire types, and nesting far past protobuf's recursion limit (through a
 * message type that contains itself, such as Value, and through unknown groups, which every message accepts).
 */
export function rawRequest(rng: Prng, desc: DescMessage, valid: () => Buffer): RawRequest {
  const kind = rng.pick(['random', 'random', 'truncate', 'truncate', 'bitflip', 'bitflip', 'splice', 'varint', 'length', 'wiretype', 'soup', 'groups', 'nest', 'nest']);
  switch (kind) {
    case 'random': {
      const n = rng.pick([0, 1, 2, 5, 16, 100, 1000, 65_536]);
      return { bytes: Buffer.from(rng.bytes(n)), how: `${n} random bytes` };
    }
    case 'truncate': {
      const v = valid();
      const cut = v.length === 0 ? 0 : rng.int(v.length);
      return { bytes: v.subarray(0, cut), how: `a valid ${v.length}-byte request cut to ${cut}` };
    }
    case 'bitflip': {
      const v = Buffer.from(valid());
      if (v.length === 0) return { bytes: Buffer.from([0xff]), how: 'one 0xff byte' };
      const flips = 1 + rng.int(8);
      for (let i = 0; i < flips; i++) v[rng.int(v.length)]! ^= 1 << rng.int(8);
      return { bytes: v, how: `a valid ${v.length}-byte request with ${flips} bits flipped` };
    }
    case 'splice': {
      const v = valid();
      const at = rng.int(v.length + 1);
      return { bytes: Buffer.concat([v.subarray(0, at), rng.bytes(1 + rng.int(32)), v.subarray(at)]), how: `random bytes spliced into a valid request at ${at}` };
    }
    case 'varint': {
      const field = pickField(rng, desc);
      return { bytes: Buffer.concat([valid(), tag(field, 0), Buffer.alloc(11, 0xff)]), how: `field ${field}: an 11-byte varint` };
    }
    case 'length': {
      const field = pickField(rng, desc);
      const claimed = rng.pick([2 ** 31 - 1, 2 ** 32 - 1, 1000]);
      return { bytes: Buffer.concat([tag(field, LEN), varint(claimed), Buffer.from('abc')]), how: `field ${field}: length ${claimed}, 3 bytes follow` };
    }
    case 'wiretype': {
      const f = desc.fields.length ? rng.pick(desc.fields) : undefined;
      const number = f?.number ?? 1;
      const wire = rng.pick([0, 1, 5, LEN, START_GROUP, END_GROUP]);
      const body = wire === 0 ? varint(rng.int(2 ** 31)) : wire === 1 ? Buffer.alloc(8, 0xaa) : wire === 5 ? Buffer.alloc(4, 0x55) : wire === LEN ? Buffer.from([3, 1, 2, 3]) : Buffer.alloc(0);
      return { bytes: Buffer.concat([valid(), tag(number, wire), body]), how: `field ${number} with wire type ${wire}` };
    }
    case 'soup': {
      const parts: Buffer[] = [];
      const n = 1 + rng.int(40);
      for (let i = 0; i < n; i++) {
        const number = rng.chance(0.5) ? pickField(rng, desc) : 1 + rng.int(536_870_911);
        const wire = rng.pick([0, 1, 5, LEN]);
        parts.push(tag(number, wire));
        if (wire === 0) parts.push(varint(rng.int(2 ** 31)));
        else if (wire === 1) parts.push(Buffer.from(rng.bytes(8)));
        else if (wire === 5) parts.push(Buffer.from(rng.bytes(4)));
        else {
          const body = rng.bytes(rng.int(20));
          parts.push(varint(body.length), Buffer.from(body));
        }
      }
      return { bytes: Buffer.concat(parts), how: `${n} fields with random numbers and wire types` };
    }
    case 'groups': {
      const depth = rng.pick([100, 1000, 100_000]);
      const open = tag(15, START_GROUP);
      const close = tag(15, END_GROUP);
      return { bytes: Buffer.concat([valid(), ...Array(depth).fill(open), ...Array(depth).fill(close)]), how: `unknown groups nested ${depth} deep` };
    }
    default: {
      const depth = rng.pick([101, 1000, 100_000]);
      const bomb = nestingBomb(desc, depth);
      if (bomb) return bomb;
      return { bytes: Buffer.concat([tag(15, START_GROUP), tag(15, END_GROUP)]), how: 'an empty unknown group (no recursive field)' };
    }
  }
}

/** A request whose recursive field (Value in a Vector in a Value ...) is nested `depth` times, or undefined if it has none. */
export function nestingBomb(root: DescMessage, depth: number): RawRequest | undefined {
  const found = recursion(root);
  if (!found) return undefined;
  const layers = [...found.path];
  for (let i = 0; i < depth; i++) layers.push(...found.cycle);
  // Sizes from the innermost layer out, then the headers from the outermost in: linear in the output's size.
  const sizes = new Array<number>(layers.length + 1);
  sizes[layers.length] = 0;
  const headers = new Array<Buffer>(layers.length);
  for (let i = layers.length - 1; i >= 0; i--) {
    headers[i] = Buffer.concat([tag(layers[i]!.number, LEN), varint(sizes[i + 1]!)]);
    sizes[i] = headers[i]!.length + sizes[i + 1]!;
  }
  const names = [...found.path, ...found.cycle].map((f) => f.name).join('.');
  return { bytes: Buffer.concat(headers), how: `${names} nested ${depth} deep` };
}

/** A path from `root` to a message type that contains itself, and the fields of that cycle. */
function recursion(root: DescMessage): { path: DescField[]; cycle: DescField[] } | undefined {
  const queue: { desc: DescMessage; path: DescField[] }[] = [{ desc: root, path: [] }];
  const seen = new Set<string>();
  while (queue.length) {
    const { desc, path } = queue.shift()!;
    if (seen.has(desc.typeName)) continue;
    seen.add(desc.typeName);
    const cycle = pathTo(desc, desc.typeName, new Set());
    if (cycle) return { path, cycle };
    for (const f of messageFields(desc)) queue.push({ desc: f.message!, path: [...path, f] });
  }
  return undefined;
}

function pathTo(from: DescMessage, target: string, visited: Set<string>): DescField[] | undefined {
  for (const f of messageFields(from)) {
    if (f.message!.typeName === target) return [f];
    if (visited.has(f.message!.typeName)) continue;
    visited.add(f.message!.typeName);
    const rest = pathTo(f.message!, target, visited);
    if (rest) return [f, ...rest];
  }
  return undefined;
}

function messageFields(desc: DescMessage): DescField[] {
  return desc.fields.filter((f) => f.fieldKind === 'message' || (f.fieldKind === 'list' && f.listKind === 'message'));
}

function pickField(rng: Prng, desc: DescMessage): number {
  return desc.fields.length ? rng.pick(desc.fields).number : 1;
}

function tag(field: number, wire: number): Buffer {
  return varint(field * 8 + wire);
}

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 127) {
    out.push((n % 128) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Buffer.from(out);
}
