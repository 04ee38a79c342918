import { MarshalType, type Value } from '../../../src/gen/kafkagateway/v1/value';
import { ValueError } from '../../../src/values/errors';
import { keyBytes } from '../../../src/values/key';
import { encodePayloads, splittingEncoder } from '../../../src/values/marshal';
import { splitBySize } from '../../../src/values/split';
import { DataType, scalar, vectorValue } from '../../helpers/values';

// Issue #20, item 8: one rule per concept (UUID, IPADDR and INT128 text, DECIMAL text and scale), so that a value
// one form refuses is refused by every form, with the same message. PLAIN is not among the forms: it refuses every
// one of these types, valid or not.

const FORMS: [string, (v: Value) => unknown][] = [
  ['DOLPHINDB', (v) => encodePayloads(v, MarshalType.MARSHAL_TYPE_DOLPHINDB)],
  ['UNSPECIFIED', (v) => encodePayloads(v, MarshalType.MARSHAL_TYPE_UNSPECIFIED)],
  ['JSON', (v) => encodePayloads(v, MarshalType.MARSHAL_TYPE_JSON)],
  ['JAVA_STRING', (v) => encodePayloads(v, MarshalType.MARSHAL_TYPE_JAVA_STRING)],
  ['JAVA_BYTES', (v) => encodePayloads(v, MarshalType.MARSHAL_TYPE_JAVA_BYTES)],
  ['DOLPHINDB split by size', (v) => splitBySize(v, splittingEncoder(MarshalType.MARSHAL_TYPE_DOLPHINDB), 0, { bufferSize: 64, messageSize: 32 })],
  ['JSON split by size', (v) => splitBySize(v, splittingEncoder(MarshalType.MARSHAL_TYPE_JSON), 0, { bufferSize: 64, messageSize: 32 })],
  ['typed key', (v) => keyBytes(v)],
];

/** The message a form refuses `value` with, without its root ("value." or "key."), which names the field and not the rule. */
function refusal(form: (v: Value) => unknown, value: Value): string {
  try {
    form(value);
  } catch (err) {
    expect(err).toBeInstanceOf(ValueError);
    return (err as Error).message.replace(/^(value|key)\./, '');
  }
  throw new Error('accepted');
}

type Text16 = 'uuid' | 'ipaddr' | 'int128';
const TYPE16: Record<Text16, DataType> = { uuid: DataType.DATA_TYPE_UUID, ipaddr: DataType.DATA_TYPE_IPADDR, int128: DataType.DATA_TYPE_INT128 };
const VALID16: Record<Text16, string> = { uuid: '5d212a78-cc48-e3b1-4235-b4d91473ee87', ipaddr: '192.168.1.1', int128: 'e1671797c52e15f763380b45e841ec32' };
type Width = 'decimal32' | 'decimal64' | 'decimal128';
const DECIMAL_TYPE: Record<Width, DataType> = {
  decimal32: DataType.DATA_TYPE_DECIMAL32,
  decimal64: DataType.DATA_TYPE_DECIMAL64,
  decimal128: DataType.DATA_TYPE_DECIMAL128,
};

const text16 = (c: Text16, text: string) => scalar({ $case: c, value: text } as never);
/** A vector whose first element is valid, so that the refusal names element 1. */
const text16Vector = (c: Text16, text: string) => vectorValue(TYPE16[c], { strings: [VALID16[c], text] });
const decimal = (c: Width, text: string, scale: number) => scalar({ $case: c, value: { value: text, scale } } as never);
const decimalVector = (c: Width, strings: string[], scale: number) => vectorValue(DECIMAL_TYPE[c], { strings, scale });

const LONG = `${'5d212a78'.repeat(25)}`;

describe('UUID, IPADDR, INT128 and DECIMAL: every form refuses the same values with the same message', () => {
  it.each<[string, Value, string]>([
    ['UUID "not-a-uuid"', text16('uuid', 'not-a-uuid'), 'scalar[0]: "not-a-uuid" is not a UUID (8-4-4-4-12 hex digits)'],
    ['UUID one digit short', text16('uuid', '5d212a78-cc48-e3b1-4235-b4d91473ee8'), 'is not a UUID'],
    ['UUID one digit long', text16('uuid', '5d212a78-cc48-e3b1-4235-b4d91473ee877'), 'is not a UUID'],
    ['UUID with a non-hex digit', text16('uuid', '5d212a78-cc48-e3b1-4235-b4d91473ee8g'), 'is not a UUID'],
    ['UUID without dashes', text16('uuid', '5d212a78cc48e3b14235b4d91473ee87'), 'is not a UUID'],
    ['UUID in a vector', text16Vector('uuid', 'not-a-uuid'), 'vector[1]: "not-a-uuid" is not a UUID (8-4-4-4-12 hex digits)'],
    ['IPADDR "999.1.1.1"', text16('ipaddr', '999.1.1.1'), 'scalar[0]: "999.1.1.1" is not an IPv4 or IPv6 address'],
    ['IPADDR "1.2.3"', text16('ipaddr', '1.2.3'), 'is not an IPv4 or IPv6 address'],
    ['IPADDR "::g"', text16('ipaddr', '::g'), 'is not an IPv4 or IPv6 address'],
    ['IPADDR with 9 groups', text16('ipaddr', '1:2:3:4:5:6:7:8:9'), 'is not an IPv4 or IPv6 address'],
    ['IPADDR in a vector', text16Vector('ipaddr', '1.2.3.4.5'), 'vector[1]: "1.2.3.4.5" is not an IPv4 or IPv6 address'],
    ['INT128 "zz"', text16('int128', 'zz'), 'scalar[0]: "zz" is not an INT128 (32 hex digits)'],
    ['INT128 with 33 hex digits', text16('int128', `${VALID16.int128}0`), 'is not an INT128 (32 hex digits)'],
    ['INT128 with 31 hex digits', text16('int128', VALID16.int128.slice(1)), 'is not an INT128 (32 hex digits)'],
    ['INT128 in a vector', text16Vector('int128', 'zz'), 'vector[1]: "zz" is not an INT128 (32 hex digits)'],
    ['DECIMAL32 scale 2^31-1', decimal('decimal32', '1.5', 2 ** 31 - 1), 'scalar: DECIMAL32 scale must be 0 to 9, got 2147483647'],
    ['DECIMAL32 scale -1', decimal('decimal32', '1.5', -1), 'scalar: DECIMAL32 scale must be 0 to 9, got -1'],
    ['DECIMAL32 scale 10', decimal('decimal32', '1.5', 10), 'scalar: DECIMAL32 scale must be 0 to 9, got 10'],
    ['DECIMAL64 scale 19', decimal('decimal64', '1.5', 19), 'scalar: DECIMAL64 scale must be 0 to 18, got 19'],
    ['DECIMAL128 scale 39', decimal('decimal128', '1.5', 39), 'scalar: DECIMAL128 scale must be 0 to 38, got 39'],
    ['DECIMAL32 with 10 digits after the point (inferred scale)', decimal('decimal32', '0.1234567890', 0), 'DECIMAL32 scale must be 0 to 9, got 10'],
    ['an empty DECIMAL64 vector at scale 19', decimalVector('decimal64', [], 19), 'vector: DECIMAL64 scale must be 0 to 18, got 19'],
    ['a DECIMAL128 vector of NULLs at scale -1', decimalVector('decimal128', ['', ''], -1), 'vector: DECIMAL128 scale must be 0 to 38, got -1'],
    ['DECIMAL text "abc"', decimal('decimal64', 'abc', 2), 'scalar[0]: "abc" is not a decimal number'],
    ['DECIMAL with more digits than its scale', decimalVector('decimal32', ['1.5', '1.234'], 2), 'vector[1]: "1.234" has more than 2 digits after the point'],
    ['DECIMAL32 too large', decimal('decimal32', '2147483648', 0), 'scalar[0]: "2147483648" does not fit in DECIMAL32 at scale 0'],
  ])('%s', (_what, value, expected) => {
    const messages = FORMS.map(([name, form]) => [name, refusal(form, value)]);
    // Every form gives the one message, which says what the rule is.
    for (const [, message] of messages) expect(message).toBe(messages[0]![1]);
    expect(messages[0]![1]).toContain(expected);
  });

  it('echoes at most 64 characters of a long text', () => {
    for (const value of [text16('uuid', LONG), text16('ipaddr', LONG), text16('int128', LONG), decimal('decimal128', LONG, 2)]) {
      for (const [, form] of FORMS) {
        const message = refusal(form, value);
        expect(message).toContain('... (200 characters)');
        expect(message.length).toBeLessThan(150);
      }
    }
  });

  it.each<[string, Value]>([
    ['UUID', text16('uuid', VALID16.uuid)],
    ['UUID in capitals', text16('uuid', VALID16.uuid.toUpperCase())],
    ['IPADDR 192.168.1.1', text16('ipaddr', '192.168.1.1')],
    ['IPADDR ::1', text16('ipaddr', '::1')],
    ['IPADDR with an IPv4 tail', text16('ipaddr', '::ffff:1.2.3.4')],
    ['INT128', text16('int128', VALID16.int128)],
    ['a NULL UUID', text16('uuid', '')],
    ['a UUID vector with a NULL', vectorValue(DataType.DATA_TYPE_UUID, { strings: [VALID16.uuid, ''] })],
    ['DECIMAL32 scale 9', decimal('decimal32', '1.5', 9)],
    ['DECIMAL32 scale 0', decimal('decimal32', '-15', 0)],
    ['DECIMAL64 scale 18', decimal('decimal64', '1.5', 18)],
    ['DECIMAL128 scale 38', decimal('decimal128', '1.5', 38)],
    ['a DECIMAL32 vector at scale 9', decimalVector('decimal32', ['1.5', '', '-0.000000001'], 9)],
    ['an empty DECIMAL128 vector at scale 38', decimalVector('decimal128', [], 38)],
  ])('%s is accepted by every form', (_what, value) => {
    for (const [, form] of FORMS) expect(() => form(value)).not.toThrow();
  });

  it('writes what it wrote before for valid values (the text as given)', () => {
    const upper = text16('uuid', VALID16.uuid.toUpperCase());
    expect(keyBytes(upper).toString()).toBe(VALID16.uuid.toUpperCase());
    expect(encodePayloads(upper, MarshalType.MARSHAL_TYPE_JSON)[0]!.toString()).toBe(`["${VALID16.uuid.toUpperCase()}"]`);
    expect(encodePayloads(decimal('decimal64', '-1.5', 2), MarshalType.MARSHAL_TYPE_JAVA_STRING)[0]!.toString()).toBe('-1.5');
  });
});
