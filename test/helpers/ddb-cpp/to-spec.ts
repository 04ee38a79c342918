import type { Scalar, Value, Vector } from '../../../src/gen/kafkagateway/v1/value';
import { scalarShape, vectorShape, type VectorShape } from '../../../src/values/vector-shape';

// A Value described for oracle.py: its form, its DolphinDB type by name, and its elements in DolphinDB's own units
// (days, ms, ...), NULL as null. 64-bit integers travel as decimal text, BLOBs as hex. Written from the Value
// model alone, never from the codec's bytes, so that the C++ serializer does the bytes on its side.

type Element = boolean | number | string | null;
export type Spec =
  | { f: 's'; t: string; v: Element; scale?: number }
  | { f: 'v' | 'p' | 'set'; t: string; v: Element[] | Spec[]; scale?: number }
  | { f: 'd'; kt: string; vt: string; k: Element[]; v: Element[] | Spec[] }
  | { f: 'm'; t: string; rows: number; cols: number; v: Element[]; rl?: VectorSpec; cl?: VectorSpec }
  | { f: 't'; name: string; cols: (VectorSpec & { name: string })[] };
type VectorSpec = { f: 'v'; t: string; v: Element[] | Spec[]; scale?: number };

export function toSpec(value: Value): Spec {
  const kind = value.kind!;
  switch (kind.$case) {
    case 'scalar':
      return scalar(kind.value);
    case 'vector':
      return vector(kind.value);
    case 'pair':
      return { ...vector(kind.value), f: 'p' };
    case 'set':
      return { ...vector(kind.value), f: 'set' };
    case 'dictionary': {
      const keys = vector(kind.value.keys!);
      const values = vector(kind.value.values!);
      return { f: 'd', kt: keys.t, vt: values.t, k: keys.v as Element[], v: values.v };
    }
    case 'matrix': {
      const m = kind.value;
      const data = vector(m.data!);
      return {
        f: 'm',
        t: data.t,
        rows: m.rows,
        cols: m.columns,
        v: data.v as Element[],
        ...(m.rowLabels ? { rl: vector(m.rowLabels) } : {}),
        ...(m.columnLabels ? { cl: vector(m.columnLabels) } : {}),
      };
    }
    case 'table':
      return { f: 't', name: kind.value.name, cols: kind.value.columns.map((c) => ({ ...vector(c.values!), name: c.name })) };
  }
}

function scalar(s: Scalar): Spec {
  const shape = scalarShape(s, 'v');
  const spec: Spec = { f: 's', t: shape.info.name, v: elements(shape)[0]! };
  if (shape.info.layout.startsWith('decimal')) spec.scale = shape.scale;
  return spec;
}

function vector(v: Vector): VectorSpec {
  const shape = vectorShape(v, 'v');
  if (shape.info.storage === 'values') return { f: 'v', t: 'ANY', v: (shape.elements as Value[]).map(toSpec) };
  const spec: VectorSpec = { f: 'v', t: shape.info.name, v: elements(shape) };
  if (shape.info.layout.startsWith('decimal')) spec.scale = shape.scale;
  return spec;
}

function elements(shape: VectorShape): Element[] {
  const { info, nulls } = shape;
  return shape.elements.map((x, i): Element => {
    // The NULL of STRING, SYMBOL and BLOB is the empty element itself.
    if (info.layout === 'cstring') return nulls?.has(i) ? '' : (x as string);
    if (info.layout === 'blob') return nulls?.has(i) ? '' : Buffer.from(x as Uint8Array).toString('hex');
    if (nulls?.has(i) || info.layout === 'void') return null;
    if (info.layout === 'bytes16' || info.layout.startsWith('decimal')) return (x as string) === '' ? null : (x as string);
    if (typeof x === 'bigint') return x.toString();
    return x as number | boolean;
  });
}
