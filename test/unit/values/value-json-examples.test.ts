import { Value } from '../../../src/gen/kafkagateway/v1/value';
import { encodeDolphinDB } from '../../../src/values/dolphindb/encode';
import { hex } from '../../helpers/values';

// The JSON a grpcurl user writes for a Value (README, "Typed values"), read with the proto3 JSON mapping that
// grpcurl also uses, and the DolphinDB bytes it becomes.
describe('Values written as short JSON', () => {
  it.each([
    ['a scalar', '{"scalar": {"int": 42}}', '04 00 2a 00 00 00'],
    ['a NULL', '{"scalar": {"null": "DATA_TYPE_DOUBLE"}}', '10 00 ff ff ff ff ff ff ef ff'],
    ['a vector, its type inferred', '{"vector": {"doubles": [1.5, 2.5]}}', '10 01 02 00 00 00 01 00 00 00 00 00 00 00 00 00 f8 3f 00 00 00 00 00 00 04 40'],
    ['a vector with a NULL', '{"vector": {"type": "DATA_TYPE_INT", "ints": [7, 0], "nulls": [1]}}', '04 01 02 00 00 00 01 00 00 00 07 00 00 00 00 00 00 80'],
    [
      'a small table',
      '{"table": {"columns": [{"name": "id", "values": {"ints": [1, 2]}}, {"name": "sym", "values": {"type": "DATA_TYPE_SYMBOL", "strings": ["a", "b"]}}]}}',
      '00 06 02 00 00 00 02 00 00 00 00 69 64 00 73 79 6d 00 04 01 02 00 00 00 01 00 00 00 01 00 00 00 02 00 00 00 91 01 02 00 00 00 01 00 00 00 00 00 00 00 03 00 00 00 00 61 00 62 00 01 00 00 00 02 00 00 00',
    ],
  ])('reads %s', (_what, json, bytes) => {
    expect(encodeDolphinDB(Value.fromJSON(JSON.parse(json))).toString('hex')).toBe(hex(bytes).toString('hex'));
  });

  it('refuses a vector whose elements are in the wrong field, naming both', () => {
    expect(() => encodeDolphinDB(Value.fromJSON({ vector: { type: 'DATA_TYPE_INT', doubles: [1.5] } }))).toThrow(
      'value.vector: INT elements belong in ints, not in doubles',
    );
  });

  it('refuses an empty vector without a type', () => {
    expect(() => encodeDolphinDB(Value.fromJSON({ vector: {} }))).toThrow('value.vector: an empty vector needs its type');
  });
});
