import { cut } from '../errors';
import type { DataType } from '../gen/kafkagateway/v1/value';
import { ValueError } from '../values/errors';
import { elementText } from '../values/text';
import { typeOf, type TypeInfo } from '../values/types';
import { emptyElement, type VectorShape } from '../values/vector-shape';
import {
  decimalToFloating, decimalToIntegral, decimalToText, numberToBool, numberToDouble, numberToFloat, numberToIntegral, toDecimal,
} from './convert-numbers';
import { temporalToTemporal, textToTemporal } from './convert-temporal';
import { blobToText, textToBlob, textToBool, textToBytes16, textToFloating, textToIntegral } from './convert-text';
import { BYTES16, DATE_TIME, DECIMAL, FLOATING, INTEGRAL, isTemporal, NULL, NUMERIC, params, TEXT, TIME_OF_DAY, type Convert, type Params } from './fit-params';
import type { RowColumn, Rows } from './rows';

// Rows made to fit a table: the table's columns, in its order, each converted to its type the way DolphinDB's
// append converts, and refused with the column, the row and the value where DolphinDB would refuse.
//
// Each conversion (convert-numbers, convert-text, convert-temporal) is a module-level function of one element and
// the column's parameters (fit-params, built once per column), run by one loop: no closure per element, and a
// column whose type already matches keeps its arrays.

export interface TargetColumn {
  name: string;
  dataType: DataType;
  scale: number;
}

/** The target's columns, in its order, from the payload column each maps to (rename: target -> payload name). */
export function fitToTarget(rows: Rows, target: readonly TargetColumn[], rename: Readonly<Record<string, string>>): Rows {
  const byName = new Map<string, RowColumn>();
  for (const c of rows.columns) byName.set(c.name, c);
  const columns = target.map((t) => {
    const to = targetType(t);
    const from = Object.hasOwn(rename, t.name) ? rename[t.name]! : t.name;
    const source = byName.get(from);
    if (source) return fitColumn(source, t, to, rows.count);
    // A payload with no shape at all (an empty JSON array) has no rows to put anywhere.
    if (rows.count === 0 && rows.columns.length === 0) return { name: t.name, info: to, elements: [], nulls: undefined, scale: scaleOf(to, t.scale) };
    throw new ValueError(`the payload has no column ${cut(from)} for column ${cut(t.name)}`);
  });
  return { columns, count: rows.count };
}

/** A table for rows that has none yet: their own columns and types. */
export function targetFromRows(rows: Rows): TargetColumn[] {
  return rows.columns.map((c) => {
    if (c.info.name === 'VOID') {
      throw new ValueError(`column ${cut(c.name)} holds only NULLs, so its type is unknown; create the table first, or send a typed value`);
    }
    if (c.info.storage === 'values') throw new ValueError(`column ${cut(c.name)} holds values of mixed forms (ANY), which a table column cannot`);
    return { name: c.name, dataType: c.info.dataType, scale: c.scale };
  });
}

/** Every rename names a column of the target, so that a misspelt name is an error, not a column left NULL. */
export function checkRename(rename: Readonly<Record<string, string>>, target: readonly TargetColumn[]): void {
  const names = new Set(target.map((t) => t.name));
  for (const key of Object.keys(rename)) {
    if (!names.has(key)) throw new ValueError(`rename names column ${cut(key)}, which the target does not have`);
    if (rename[key] === '') throw new ValueError(`rename of column ${cut(key)} names no payload column`);
  }
}

function targetType(t: TargetColumn): TypeInfo {
  const info = typeOf(t.dataType);
  if (!info || info.name === 'VOID' || info.storage === 'values') {
    throw new ValueError(`column ${cut(t.name)}: ${info?.name ?? `type ${t.dataType}`} is not a table column type`);
  }
  return info;
}

const scaleOf = (to: TypeInfo, scale: number) => (DECIMAL.has(to.name) ? scale : 0);

function fitColumn(source: RowColumn, t: TargetColumn, to: TypeInfo, count: number): RowColumn {
  const from = source.info;
  const scale = scaleOf(to, t.scale);
  if (from === to && (!DECIMAL.has(to.name) || source.scale === scale)) return { name: t.name, info: to, elements: source.elements, nulls: source.nulls, scale };
  const p = params(from, to, scale, source.scale);
  const f = from.name;
  const n = to.name;
  if (f === 'VOID') return allNull(t.name, to, scale, count);
  if (TEXT.has(n)) {
    if (TEXT.has(f)) return { name: t.name, info: to, elements: source.elements, nulls: source.nulls, scale: 0 };
    if (f === 'BLOB') return map(source, t.name, count, blobToText, p);
    if (DECIMAL.has(f)) return map(source, t.name, count, decimalToText, p);
    if (from.storage !== 'values') return toText(source, t.name, to, count);
  }
  const convert = converter(f, n);
  if (!convert) throw new ValueError(`column ${cut(t.name)}: ${f} cannot be appended to a ${n} column`);
  return map(source, t.name, count, convert, p);
}

/** The conversion from type `f` to type `n` (neither text-to-text nor from VOID), or undefined where DolphinDB refuses. */
function converter(f: string, n: string): Convert | undefined {
  if (TEXT.has(f)) {
    if (n === 'BLOB') return textToBlob;
    if (n === 'BOOL') return textToBool;
    if (INTEGRAL.has(n)) return textToIntegral;
    if (FLOATING.has(n)) return textToFloating;
    if (DECIMAL.has(n)) return toDecimal;
    if (BYTES16.has(n)) return textToBytes16;
    if (isTemporal(n)) return textToTemporal;
    return undefined;
  }
  if (NUMERIC.has(f) && NUMERIC.has(n)) {
    if (n === 'BOOL') return numberToBool;
    if (n === 'FLOAT') return numberToFloat;
    if (n === 'DOUBLE') return numberToDouble;
    return numberToIntegral;
  }
  if (DECIMAL.has(n) && (INTEGRAL.has(f) || FLOATING.has(f) || DECIMAL.has(f))) return toDecimal;
  if (DECIMAL.has(f)) {
    if (FLOATING.has(n)) return decimalToFloating;
    if (INTEGRAL.has(n)) return decimalToIntegral;
    return undefined;
  }
  if (INTEGRAL.has(f) && isTemporal(n)) return numberToIntegral; // the number is the type's own count
  if (isTemporal(f) && isTemporal(n)) {
    // A time of day has no date to give, and a DATE or MONTH no time of day.
    if (TIME_OF_DAY[f] !== undefined && DATE_TIME[n] !== undefined) return undefined;
    if ((f === 'DATE' || f === 'MONTH') && TIME_OF_DAY[n] !== undefined) return undefined;
    return temporalToTemporal;
  }
  return undefined;
}

// ---- the loops

function map(source: RowColumn, name: string, count: number, convert: Convert, p: Params): RowColumn {
  const elements = source.elements;
  const nulls = source.nulls;
  const out = new Array<unknown>(count);
  const empty = emptyElement(p.to);
  let outNulls = nulls;
  let copied = false;
  let i = 0;
  try {
    for (; i < count; i++) {
      if (nulls !== undefined && nulls.has(i)) {
        out[i] = empty;
        continue;
      }
      const y = convert(elements[i], p);
      if (y === NULL) {
        if (!copied) {
          outNulls = new Set(nulls);
          copied = true;
        }
        outNulls!.add(i);
        out[i] = empty;
      } else out[i] = y;
    }
  } catch (err) {
    if (err instanceof ValueError) throw new ValueError(`column ${cut(name)} row ${i}: ${err.message}`);
    throw err;
  }
  return { name, info: p.to, elements: out, nulls: outNulls, scale: p.scale };
}

function allNull(name: string, to: TypeInfo, scale: number, count: number): RowColumn {
  const nulls = new Set<number>();
  for (let i = 0; i < count; i++) nulls.add(i);
  return { name, info: to, elements: new Array<unknown>(count).fill(emptyElement(to)), nulls: count ? nulls : undefined, scale };
}

/** Any typed column as DolphinDB's text of each element. */
function toText(source: RowColumn, name: string, to: TypeInfo, count: number): RowColumn {
  const shape: VectorShape = { info: source.info, elements: source.elements, length: count, nulls: source.nulls, scale: source.scale };
  const out = new Array<string>(count);
  let outNulls = source.nulls;
  let copied = false;
  const path = `column ${cut(name)}`;
  for (let i = 0; i < count; i++) {
    const text = elementText(shape, i, path);
    if (text === null) {
      if (!source.nulls?.has(i)) {
        if (!copied) {
          outNulls = new Set(source.nulls);
          copied = true;
        }
        outNulls!.add(i);
      }
      out[i] = '';
    } else out[i] = text;
  }
  return { name, info: to, elements: out, nulls: outNulls, scale: 0 };
}
