import { MarshalType, type Value } from '../../../src/gen/kafkagateway/v1/value';
import { encodeDolphinDB } from '../../../src/values/dolphindb/encode';
import { decodePayload, encodePayloads } from '../../../src/values/marshal';
import { DataType, hex, nullOf, scalar, vectorValue } from '../../helpers/values';

const M = MarshalType;

describe('PLAIN (reference §3.3)', () => {
  it('sends a STRING as its bytes, and a vector as one message per element', () => {
    expect(encodePayloads(scalar({ $case: 'string', value: 'héllo' }), M.MARSHAL_TYPE_PLAIN)).toEqual([Buffer.from('héllo')]);
    const symbols = vectorValue(DataType.DATA_TYPE_SYMBOL, { strings: ['a', '', 'c'], nulls: [1] });
    expect(encodePayloads(symbols, M.MARSHAL_TYPE_PLAIN).map(String)).toEqual(['a', '', 'c']);
  });

  it('refuses anything but text and bytes, with the reason', () => {
    expect(() => encodePayloads(scalar({ $case: 'int', value: 1 }), M.MARSHAL_TYPE_PLAIN)).toThrow(
      'PLAIN needs a STRING, SYMBOL or BLOB scalar or vector',
    );
  });

  it('reads any UTF-8 payload as a STRING, the empty payload as ""', () => {
    expect(decodePayload(Buffer.from('{not json'), M.MARSHAL_TYPE_PLAIN)).toEqual(scalar({ $case: 'string', value: '{not json' }));
    expect(decodePayload(Buffer.alloc(0), M.MARSHAL_TYPE_PLAIN)).toEqual(scalar({ $case: 'string', value: '' }));
    expect(() => decodePayload(Buffer.from([0xc3]), M.MARSHAL_TYPE_PLAIN)).toThrow('read it as JAVA_BYTES');
  });
});

describe("the Kafka Java serializers' formats", () => {
  // What ShortSerializer, IntegerSerializer, LongSerializer, FloatSerializer, DoubleSerializer, StringSerializer and
  // ByteArraySerializer write for these values.
  it.each<[string, MarshalType, string, Value]>([
    ['SHORT 122', M.MARSHAL_TYPE_JAVA_SHORT, '00 7a', scalar({ $case: 'short', value: 122 })],
    ['INT 10086', M.MARSHAL_TYPE_JAVA_INT, '00 00 27 66', scalar({ $case: 'int', value: 10086 })],
    ['INT -2', M.MARSHAL_TYPE_JAVA_INT, 'ff ff ff fe', scalar({ $case: 'int', value: -2 })],
    ['LONG 2^62+1', M.MARSHAL_TYPE_JAVA_LONG, '40 00 00 00 00 00 00 01', scalar({ $case: 'long', value: 4611686018427387905n })],
    ['FLOAT 1.5', M.MARSHAL_TYPE_JAVA_FLOAT, '3f c0 00 00', scalar({ $case: 'float', value: 1.5 })],
    ['DOUBLE 2.1', M.MARSHAL_TYPE_JAVA_DOUBLE, '40 00 cc cc cc cc cc cd', scalar({ $case: 'double', value: 2.1 })],
    ['STRING', M.MARSHAL_TYPE_JAVA_STRING, 'e6 9d b1 e4 ba ac', scalar({ $case: 'string', value: '東京' })],
    ['BYTES', M.MARSHAL_TYPE_JAVA_BYTES, '00 ff 10', scalar({ $case: 'blob', value: Buffer.from([0, 255, 16]) })],
  ])('%s: writes and reads the big-endian bytes', (_what, type, bytes, value) => {
    expect(decodePayload(hex(bytes), type)).toEqual(value);
    expect(encodePayloads(value, type)).toEqual([hex(bytes)]);
  });

  it('reads a missing (tombstone) or empty payload as the NULL of the type', () => {
    expect(decodePayload(null, M.MARSHAL_TYPE_JAVA_INT)).toEqual(nullOf(DataType.DATA_TYPE_INT));
    expect(decodePayload(Buffer.alloc(0), M.MARSHAL_TYPE_JAVA_DOUBLE)).toEqual(nullOf(DataType.DATA_TYPE_DOUBLE));
  });

  it('refuses a payload of the wrong width instead of reading garbage', () => {
    expect(() => decodePayload(hex('00 00 27'), M.MARSHAL_TYPE_JAVA_INT)).toThrow('a Java int is 4 bytes, the payload has 3');
  });

  it('refuses what the Java type cannot hold', () => {
    expect(() => encodePayloads(scalar({ $case: 'int', value: 70000 }), M.MARSHAL_TYPE_JAVA_SHORT)).toThrow('does not fit in a Java short');
    expect(() => encodePayloads(nullOf(DataType.DATA_TYPE_INT), M.MARSHAL_TYPE_JAVA_INT)).toThrow('cannot carry a NULL');
    expect(() => encodePayloads(scalar({ $case: 'double', value: 1 }), M.MARSHAL_TYPE_JAVA_INT)).toThrow('cannot hold DOUBLE');
  });

  it('sends a vector as one message per element', () => {
    expect(encodePayloads(vectorValue(DataType.DATA_TYPE_INT, { ints: [1, 2] }), M.MARSHAL_TYPE_JAVA_LONG)).toEqual([
      hex('00 00 00 00 00 00 00 01'),
      hex('00 00 00 00 00 00 00 02'),
    ]);
  });
});

describe('AUTO, the plugin decision (reference §3.4)', () => {
  const auto = (bytes: Uint8Array | null) => decodePayload(bytes, M.MARSHAL_TYPE_AUTO);

  it('reads JSON when the payload starts with { or [, else DOLPHINDB, and an empty payload as the VOID NULL', () => {
    expect(auto(Buffer.from('[10086]'))).toEqual(vectorValue(DataType.DATA_TYPE_ANY, { values: [scalar({ $case: 'int', value: 10086 })] }));
    expect(auto(encodeDolphinDB(scalar({ $case: 'int', value: 10086 })))).toEqual(scalar({ $case: 'int', value: 10086 }));
    expect(auto(Buffer.alloc(0))).toEqual(nullOf(DataType.DATA_TYPE_VOID));
    expect(auto(null)).toEqual(nullOf(DataType.DATA_TYPE_VOID));
  });

  it('is the default for consuming', () => {
    expect(decodePayload(Buffer.from('{}'), M.MARSHAL_TYPE_UNSPECIFIED)).toEqual(decodePayload(Buffer.from('{}'), M.MARSHAL_TYPE_AUTO));
  });

  it('reports a Java IntegerSerializer payload as an error, where the plugin silently reads a NULL', () => {
    expect(() => auto(hex('00 00 27 66'))).toThrow('unexpected bytes after the value');
  });

  it('reports plain text as an error', () => {
    expect(() => auto(Buffer.from('hello'))).toThrow('unsupported data form');
  });
});
