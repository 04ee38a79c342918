import type { Scalar, Value, Vector } from '../../../src/gen/kafkagateway/v1/value';
import { int128ToBytes, ipaddrToBytes, uuidToBytes } from '../../../src/values/bytes16';
import { parseDecimal } from '../../../src/values/decimal';
import { NULLS, typeOf, typeOfScalarCase, type TypeInfo } from '../../../src/values/types';
import { vectorShape } from '../../../src/values/vector-shape';

// A Value described as the `dolphindb` package's DdbObj, in the tagged JSON of wire.cjs. Written independently of
// the codec's own encoder: it only says what DdbObj holds for each type, and the package does the bytes.

type Wire = unknown;
const big = (v: bigint): Wire => ({ $b: v.toString() });
const typed = (name: string, d: unknown[]): Wire => ({ $t: name, d: d.map((x) => (typeof x === 'bigint' ? x.toString() : x)) });
const bytes = (b: Uint8Array): Wire => ({ $u: Buffer.from(b).toString('hex') });
const obj = (o: Record<string, unknown>): Wire => ({ $o: o });

export function toDdbWire(value: Value): Wire {
  return new Describer().value(value);
}

class Describer {
  private symbolBases = 0;

  value(value: Value): Wire {
    const kind = value.kind!;
    switch (kind.$case) {
      case 'scalar':
        return this.scalar(kind.value);
      case 'vector':
        return this.vector(kind.value, 1);
      case 'pair':
        return this.vector(kind.value, 2);
      case 'set':
        return this.vector(kind.value, 4);
      case 'dictionary': {
        const keys = this.vector(kind.value.keys!, 1);
        const values = this.vector(kind.value.values!, 1) as { $o: { type: number } };
        // The dictionary's flag carries the value type: SYMBOL is 17 there. The package would copy 145, the id of
        // the symbol-base layout, which belongs to the values vector's own flag only.
        const type = values.$o.type === 145 ? 17 : values.$o.type;
        return obj({ form: 5, type, rows: this.length(kind.value.keys!), cols: 2, value: [keys, values] });
      }
      case 'matrix': {
        const m = kind.value;
        const info = typeOf(m.data!.type)!;
        return obj({
          form: 3,
          type: info.id,
          rows: m.rows,
          cols: m.columns,
          value: {
            rows: m.rowLabels ? this.vector(m.rowLabels, 1) : null,
            cols: m.columnLabels ? this.vector(m.columnLabels, 1) : null,
            data: this.elements(m.data!, info),
          },
        });
      }
      case 'table': {
        const t = kind.value;
        const columns = t.columns.map((c) => {
          const v = this.vector(c.values!, 1) as { $o: Record<string, unknown> };
          return { $o: { ...v.$o, name: c.name } };
        });
        return obj({ form: 6, type: 0, rows: t.columns[0] ? this.length(t.columns[0].values!) : 0, cols: t.columns.length, name: t.name, value: columns });
      }
    }
  }

  private length(v: Vector): number {
    return vectorShape(v, 'v').length;
  }

  private scalar(s: Scalar): Wire {
    const e = s.value!;
    if (e.$case === 'null') {
      const info = typeOf(e.value)!;
      let value: Wire = null;
      if (info.layout === 'void') value = 1;
      else if (info.layout === 'cstring') value = '';
      else if (info.layout === 'bytes16') value = bytes(new Uint8Array(16));
      else if (info.layout === 'blob') value = bytes(new Uint8Array(0));
      else if (info.layout.startsWith('decimal')) value = { scale: 0, data: null };
      return obj({ form: 0, type: info.id, value });
    }
    const info = typeOfScalarCase(e.$case)!;
    let value: Wire;
    switch (e.$case) {
      case 'decimal32':
      case 'decimal64':
      case 'decimal128': {
        const scale = e.value.scale || (e.value.value.split('.')[1]?.length ?? 0);
        const unscaled = e.value.value === '' ? null : parseDecimal(e.value.value, scale, e.$case);
        value = { scale, data: unscaled === null ? null : e.$case === 'decimal32' ? Number(unscaled) : big(unscaled) };
        break;
      }
      case 'uuid':
        value = bytes(uuidToBytes(e.value));
        break;
      case 'ipaddr':
        value = bytes(ipaddrToBytes(e.value));
        break;
      case 'int128':
        value = bytes(int128ToBytes(e.value));
        break;
      case 'blob':
        value = bytes(e.value);
        break;
      default:
        value = typeof e.value === 'bigint' ? big(e.value) : e.value;
    }
    return obj({ form: 0, type: info.id, value });
  }

  private vector(v: Vector, form: number): Wire {
    const shape = vectorShape(v, 'v');
    const info = shape.info;
    // An empty SYMBOL vector is a plain one, with no symbol base: the C++ serializer's form (the codec's too).
    if (info.name === 'SYMBOL' && shape.length === 0) return obj({ form, type: info.id, rows: 0, cols: 1, value: [] });
    if (info.name === 'SYMBOL') {
      const base = new Map<string, number>([['', 0]]);
      const data = (shape.elements as string[]).map((s, i) => {
        const sym = shape.nulls?.has(i) ? '' : s;
        if (!base.has(sym)) base.set(sym, base.size);
        return base.get(sym)!;
      });
      return obj({ form, type: 145, rows: shape.length, cols: 1, value: { base_id: this.symbolBases++, base: [...base.keys()], data: typed('Uint32Array', data) } });
    }
    return obj({ form, type: info.id, rows: shape.length, cols: 1, value: this.elements(v, info) });
  }

  /** The `value` of a vector's DdbObj: a typed array with NULL sentinels, or the type's own structure. */
  private elements(v: Vector, info: TypeInfo): Wire {
    const shape = vectorShape(v, 'v');
    const isNull = (i: number) => shape.nulls?.has(i) ?? false;
    const els = shape.elements;
    switch (info.layout) {
      case 'bool':
        return typed('Int8Array', els.map((b, i) => (isNull(i) ? -128 : b ? 1 : 0)));
      case 'int8':
        return typed('Int8Array', els.map((x, i) => (isNull(i) ? NULLS.int8 : x)));
      case 'int16':
        return typed('Int16Array', els.map((x, i) => (isNull(i) ? NULLS.int16 : x)));
      case 'int32':
        return typed('Int32Array', els.map((x, i) => (isNull(i) ? NULLS.int32 : x)));
      case 'int64':
        return typed('BigInt64Array', els.map((x, i) => (isNull(i) ? NULLS.int64 : x)));
      case 'float32':
        return typed('Float32Array', els.map((x, i) => (isNull(i) ? NULLS.float32 : x)));
      case 'float64':
        return typed('Float64Array', els.map((x, i) => (isNull(i) ? NULLS.float64 : x)));
      case 'cstring':
        return els.map((s, i) => (isNull(i) ? '' : s));
      case 'blob':
        return els.map((b, i) => bytes(isNull(i) ? new Uint8Array(0) : (b as Uint8Array)));
      case 'bytes16': {
        const parse = info.name === 'UUID' ? uuidToBytes : info.name === 'IPADDR' ? ipaddrToBytes : int128ToBytes;
        const out = new Uint8Array(16 * els.length);
        els.forEach((s, i) => !isNull(i) && s !== '' && out.set(parse(s as string), 16 * i));
        return bytes(out);
      }
      case 'decimal32':
      case 'decimal64':
      case 'decimal128': {
        const nulls = { decimal32: NULLS.int32, decimal64: NULLS.int64, decimal128: NULLS.int128 }[info.layout];
        const data = els.map((s, i) => (isNull(i) || s === '' ? nulls : parseDecimal(s as string, shape.scale, info.layout as 'decimal32')));
        const name = { decimal32: 'Int32Array', decimal64: 'BigInt64Array', decimal128: 'BigInt128Array' }[info.layout];
        return { scale: shape.scale, data: typed(name, info.layout === 'decimal32' ? data.map(Number) : data) };
      }
      case 'object':
        return (els as Value[]).map((e) => this.value(e));
      default:
        throw new Error(`no DdbObj form for ${info.name}`);
    }
  }
}
