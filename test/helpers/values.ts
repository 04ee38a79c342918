import { DataType, type Scalar, type Value, type Vector } from '../../src/gen/kafkagateway/v1/value';
import { newVector } from '../../src/values/vector-shape';

/** Short builders for Values in tests. */
export const scalar = (value: Scalar['value']): Value => ({ kind: { $case: 'scalar', value: { value } } });
export const nullOf = (type: DataType): Value => scalar({ $case: 'null', value: type });

export function vector(type: DataType, fields: Partial<Vector>): Vector {
  return { ...newVector(type), ...fields };
}
export const vectorValue = (type: DataType, fields: Partial<Vector>): Value => ({
  kind: { $case: 'vector', value: vector(type, fields) },
});

export const hex = (s: string): Buffer => Buffer.from(s.replace(/[^0-9a-fA-F]/g, ''), 'hex');
export { DataType };
