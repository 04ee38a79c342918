import type { Message } from 'node-rdkafka';
import { BinaryReader } from '@bufbuild/protobuf/wire';
import { ConsumeResponse, PollDictResponse, PollDictResponse_ValuesEntry, PollResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { DataType, MarshalType, type Value } from '../../src/gen/kafkagateway/v1/value';
import { encodeReusing } from '../../src/server/rpc/response-encoding';
import { consumedMessage } from '../../src/server/convert/consumed-message';
import { pollDict } from '../../src/server/convert/poll-dict';
import type { WireValueMessage } from '../../src/server/convert/wire-value';
import { decodePayload } from '../../src/values/marshal';
import { encodeDolphinDB } from '../../src/values/dolphindb/encode';
import { encodeJson } from '../../src/values/json/encode';
import { Random, ValueGenerator } from '../helpers/arbitrary-values';
import { vectorValue } from '../helpers/values';

const message = (value: Buffer, offset = 7): Message =>
  ({ topic: 't', partition: 1, offset, key: Buffer.from('k'), value, size: value.length, timestamp: 1700000000000, headers: [{ h: Buffer.from('v') }] }) as Message;

/** A Consume frame of the messages as the client receives it: encoded by the server, decoded by the generated code. */
const received = (messages: ReturnType<typeof consumedMessage>[]) =>
  ConsumeResponse.decode(encodeReusing(ConsumeResponse, { frame: { $case: 'batch', value: { messages } } }));

/** The same message with its value as a Value object, as the generated encoder alone would send it. */
const asObjects = (m: WireValueMessage, payload: Buffer, type: MarshalType): WireValueMessage =>
  m.valueWire ? { ...m, valueWire: undefined, value: decodePayload(payload, type) } : m;

describe('consumed messages sent with their DOLPHINDB value transcoded', () => {
  const gen = new ValueGenerator(new Random(5));

  it('reach the client exactly as the Value objects would, for every form, beside JSON and undecodable payloads', () => {
    const payloads = [
      ...Array.from({ length: 200 }, () => encodeDolphinDB(gen.value())),
      encodeJson(vectorValue(DataType.DATA_TYPE_INT, { ints: [1, 2] })), // AUTO reads this one as JSON
      Buffer.from([0x04, 0x01, 0xff]), // a truncated INT vector: decode_error and raw_value
    ];
    for (const type of [MarshalType.MARSHAL_TYPE_UNSPECIFIED, MarshalType.MARSHAL_TYPE_DOLPHINDB]) {
      const wire = payloads.map((p, i) => consumedMessage(message(p, i), type));
      const objects = wire.map((m, i) => asObjects(m, payloads[i]!, type));
      expect(wire.filter((m) => m.valueWire).length).toBeGreaterThanOrEqual(200);
      expect(received(wire)).toEqual(received(objects));
      expect(received(objects).frame).toMatchObject({ value: { messages: expect.arrayContaining([expect.objectContaining({ decodeError: expect.stringMatching(/^Parse message failed, /) })]) } });
    }
  });

  it('are sent by the unary Poll as well (its generated serializer)', () => {
    const value = vectorValue(DataType.DATA_TYPE_DOUBLE, { doubles: [1.5, -2] });
    const m = consumedMessage(message(encodeDolphinDB(value)), MarshalType.MARSHAL_TYPE_DOLPHINDB);
    expect(m.value).toBeUndefined();
    expect(PollResponse.decode(PollResponse.encode({ message: m }).finish()).message?.value).toEqual(value);
  });

  it('fill PollDict\'s map, the last value of each key winning, exactly as Value objects would', () => {
    const keys = ['a', 'b', 'a', '__proto__', 'c'];
    const payloads = keys.map(() => encodeDolphinDB(gen.value()));
    payloads[4] = Buffer.from([0x04, 0x01, 0xff]); // undecodable: rejected, with its bytes
    const messages = payloads.map((p, i) => ({ ...message(p, i), key: Buffer.from(keys[i]!) }) as Message);
    const type = MarshalType.MARSHAL_TYPE_DOLPHINDB;
    const wire = messages.map((m) => consumedMessage(m, type));
    expect(wire.filter((m) => m.valueWire)).toHaveLength(4); // all but the undecodable one went the fast way
    const bytes = PollDictResponse.encode(pollDict(wire)).finish();
    const viaObjects = PollDictResponse.encode(pollDict(wire.map((m, i) => asObjects(m, payloads[i]!, type)))).finish();
    expect(Buffer.from(bytes).equals(Buffer.from(viaObjects))).toBe(true);
    // The map's entries as sent (the generated decoder would put "__proto__" into a plain object's prototype).
    const entries = new Map<string, Value | undefined>();
    const reader = new BinaryReader(bytes);
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag >>> 3 !== 1) break; // the map comes first, then the rejected messages
      const entry = PollDictResponse_ValuesEntry.decode(reader, reader.uint32());
      entries.set(entry.key, entry.value);
    }
    expect([...entries.keys()].sort()).toEqual(['__proto__', 'a', 'b']);
    expect(entries.get('a')).toEqual(decodePayload(payloads[2], type));
    expect(entries.get('__proto__')).toEqual(decodePayload(payloads[3], type));
    expect(PollDictResponse.decode(bytes).rejected.map((m) => Buffer.from(m.rawValue))).toEqual([payloads[4]]);
  });
});

describe('a text payload read with AUTO', () => {
  it('says to use PLAIN and shows how the text begins, and only for AUTO', () => {
    const text = Buffer.from('hello from kcat');
    const auto = consumedMessage(message(text), MarshalType.MARSHAL_TYPE_AUTO);
    expect(auto.decodeError).toMatch(/^Parse message failed, .*; the payload is text \("hello from kcat"\): consume with marshal_type MARSHAL_TYPE_PLAIN/);
    expect(Buffer.from(auto.rawValue)).toEqual(text);
    expect(consumedMessage(message(text), MarshalType.MARSHAL_TYPE_DOLPHINDB).decodeError).not.toContain('MARSHAL_TYPE_PLAIN');
    expect(consumedMessage(message(text), MarshalType.MARSHAL_TYPE_PLAIN).value).toEqual({ kind: { $case: 'scalar', value: { value: { $case: 'string', value: 'hello from kcat' } } } });
    // Bytes that are no text get the decoder's error alone.
    expect(consumedMessage(message(Buffer.from([0x04, 0x01, 0xff])), MarshalType.MARSHAL_TYPE_AUTO).decodeError).not.toContain('text');
  });
});
