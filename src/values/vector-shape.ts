import { DataType, type Scalar, type Value, type Vector } from '../gen/kafkagateway/v1/value';
import { checkDecimalScale, fractionDigits, type DecimalWidth } from './decimal';
import { ValueError, withPath } from './errors';
import { STORAGES, typeForStorage, typeOf, typeOfScalarCase, type TypeInfo } from './types';

/** A Vector checked and reduced to what the codecs need: its type, its elements and where the NULLs are. */
export interface VectorShape {
  info: TypeInfo;
  /** The storage field's array: number[], bigint[], boolean[], string[], Buffer[] or Value[]. */
  elements: unknown[];
  length: number;
  /** NULL positions, or undefined when there are none. */
  nulls: Set<number> | undefined;
  /** Digits after the point, for DECIMAL types (already resolved when Vector.scale is 0). */
  scale: number;
}

/** Validates a Vector and resolves its type (explicit, or inferred from its storage field). */
export function vectorShape(vector: Vector, path: string): VectorShape {
  const filled = STORAGES.filter((s) => vector[s].length > 0);
  let info: TypeInfo | undefined;
  if (vector.type !== DataType.DATA_TYPE_UNSPECIFIED) {
    info = typeOf(vector.type);
    if (!info) throw new ValueError(`${path}: unknown type ${vector.type}`);
  } else {
    if (filled.length === 0) throw new ValueError(`${path}: an empty vector needs its type`);
    info = typeForStorage(filled[0]!);
  }
  if (info.layout === 'void') throw new ValueError(`${path}: a vector cannot have type VOID; use a NULL of a real type`);
  const wrong = filled.filter((s) => s !== info.storage);
  if (wrong.length) {
    throw new ValueError(`${path}: ${info.name} elements belong in ${info.storage}, not in ${wrong.join(', ')}`);
  }
  const elements = vector[info.storage] as unknown[];
  const length = elements.length;
  let nulls: Set<number> | undefined;
  if (vector.nulls.length) {
    let previous = -1;
    for (const index of vector.nulls) {
      if (index <= previous || index >= length) {
        throw new ValueError(`${path}: nulls must be ascending positions below ${length}, got ${index}`);
      }
      previous = index;
    }
    nulls = new Set(vector.nulls);
  }
  let scale = vector.scale;
  if (isDecimal(info) && scale === 0) {
    for (const text of elements as string[]) scale = Math.max(scale, fractionDigits(text));
  }
  return { info, elements, length, nulls, scale: checkedScale(info, scale, path) };
}

/** A Scalar as a one-element shape, so that scalars and vectors share one element codec. */
export function scalarShape(scalar: Scalar, path: string): VectorShape {
  const element = scalar.value;
  if (!element) throw new ValueError(`${path}: a scalar needs one of its fields set (e.g. "int": 1, or "null": "DATA_TYPE_INT")`);
  if (element.$case === 'null') {
    const info = typeOf(element.value);
    if (!info || info.storage === 'values') throw new ValueError(`${path}: no NULL of type ${element.value}`);
    return { info, elements: [emptyElement(info)], length: 1, nulls: new Set([0]), scale: 0 };
  }
  const info = typeOfScalarCase(element.$case)!;
  if (element.$case === 'decimal32' || element.$case === 'decimal64' || element.$case === 'decimal128') {
    const { value, scale } = element.value;
    return {
      info,
      elements: [value],
      length: 1,
      nulls: value === '' ? new Set([0]) : undefined,
      scale: checkedScale(info, scale || fractionDigits(value), path),
    };
  }
  return { info, elements: [element.value], length: 1, nulls: undefined, scale: 0 };
}

function isDecimal(info: TypeInfo): boolean {
  return info.layout === 'decimal32' || info.layout === 'decimal64' || info.layout === 'decimal128';
}

/**
 * The scale is checked here, where it is resolved, because every form builds a shape: a DECIMAL that one form
 * refuses for its scale (even with no elements to write) is refused by all.
 */
function checkedScale(info: TypeInfo, scale: number, path: string): number {
  if (isDecimal(info)) withPath(path, () => checkDecimalScale(info.layout as DecimalWidth, scale));
  return scale;
}

/** The elements of a scalar or a (non-tuple) vector, for the formats that send elements one by one; else undefined. */
export function elementShape(value: Value, path: string): VectorShape | undefined {
  const kind = value.kind;
  if (kind?.$case === 'scalar') return scalarShape(kind.value, elementsPath(value, path));
  if (kind?.$case !== 'vector') return undefined;
  const shape = vectorShape(kind.value, elementsPath(value, path));
  return shape.info.storage === 'values' ? undefined : shape;
}

/** Where elementShape's elements are, for messages about one of them ("value.vector", as in "value.vector[3]"). */
export function elementsPath(value: Value, path: string): string {
  return `${path}.${value.kind?.$case}`;
}

/** What a NULL element holds in its storage field (the value is ignored; this keeps arrays dense). */
export function emptyElement(info: TypeInfo): unknown {
  switch (info.storage) {
    case 'bools':
      return false;
    case 'longs':
      return 0n;
    case 'strings':
      return '';
    case 'blobs':
      return Buffer.alloc(0);
    default:
      return 0;
  }
}

/** A Vector with every field present, as ts-proto's types require. */
export function newVector(type: DataType): Vector {
  return { type, nulls: [], scale: 0, bools: [], ints: [], longs: [], floats: [], doubles: [], strings: [], blobs: [], values: [] };
}
