// Tagged JSON for DolphinDB JS objects, shared by the oracle process and the tests: bigint {$b}, typed arrays
// {$t, d}, bytes {$u: hex}, DdbObj {$o}. Only the fields that define a value are kept (form, type, rows, cols,
// name, value), so that a parsed object and a built one compare equal.
function toWire(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return { $b: v.toString() };
  if (typeof v !== 'object') return v;
  if (v instanceof Uint8Array && !(v.constructor && v.constructor.name === 'BigInt128Array')) return { $u: Buffer.from(v).toString('hex') };
  if (ArrayBuffer.isView(v)) return { $t: v.constructor.name, d: Array.from(v, (x) => (typeof x === 'bigint' ? x.toString() : x)) };
  if (v.constructor && v.constructor.name === 'BigInt128Array') return { $t: 'BigInt128Array', d: Array.from(v, (x) => x.toString()) };
  if (Array.isArray(v)) return v.map(toWire);
  if ('form' in v && 'type' in v && 'value' in v) {
    const o = { form: v.form, type: v.type, value: toWire(v.value) };
    for (const k of ['rows', 'cols', 'name']) if (v[k] !== undefined) o[k] = v[k];
    return { $o: o };
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toWire(x)]));
}

function fromWire(v, makeObj, BigInt128Array) {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => fromWire(x, makeObj, BigInt128Array));
  if ('$b' in v) return BigInt(v.$b);
  if ('$u' in v) return Buffer.from(v.$u, 'hex');
  if ('$t' in v) {
    if (v.$t === 'BigInt128Array') return new BigInt128Array(v.d.map(BigInt)); // the package's BigInt128Array.from returns undefined
    const Ctor = globalThis[v.$t];
    return v.$t.startsWith('Big') ? Ctor.from(v.d.map(BigInt)) : Ctor.from(v.d);
  }
  if ('$o' in v) {
    const o = Object.fromEntries(Object.entries(v.$o).map(([k, x]) => [k, fromWire(x, makeObj, BigInt128Array)]));
    return makeObj(o);
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromWire(x, makeObj, BigInt128Array)]));
}

module.exports = { toWire, fromWire };
