import type { Message } from 'node-rdkafka';
import { ConsumeResponse, PollResponse } from '../../src/gen/kafkagateway/v1/consumer_service';
import { DataType, MarshalType } from '../../src/gen/kafkagateway/v1/value';
import { encodeReusing } from '../../src/server/rpc/response-encoding';
import { consumedMessage } from '../../src/server/convert/consumed-message';
import { encodeDolphinDB } from '../../src/values/dolphindb/encode';
import { encodeJson } from '../../src/values/json/encode';
import { Random, ValueGenerator } from '../helpers/arbitrary-values';
import { vectorValue } from '../helpers/values';

const message = (value: Buffer, offset = 7): Message =>
  ({ topic: 't', partition: 1, offset, key: Buffer.from('k'), value, size: value.length, timestamp: 1700000000000, headers: [{ h: Buffer.from('v') }] }) as Message;

/** A Consume frame of the messages as the client receives it: encoded by the server, decoded by the generated code. */
const received = (messages: ReturnType<typeof consumedMessage>[]) =>
  ConsumeResponse.decode(encodeReusing(ConsumeResponse, { frame: { $case: 'batch', value: { messages } } }));

describe('consumed messages sent with their DOLPHINDB value transcoded', () => {
  const gen = new ValueGenerator(new Random(5));

  it('reach the client exactly as the Value objects would, for every form, beside JSON and undecodable payloads', () => {
    const payloads = [
      ...Array.from({ length: 200 }, () => encodeDolphinDB(gen.value())),
      encodeJson(vectorValue(DataType.DATA_TYPE_INT, { ints: [1, 2] })), // AUTO reads this one as JSON
      Buffer.from([0x04, 0x01, 0xff]), // a truncated INT vector: decode_error and raw_value
    ];
    for (const type of [MarshalType.MARSHAL_TYPE_UNSPECIFIED, MarshalType.MARSHAL_TYPE_DOLPHINDB]) {
      const wire = payloads.map((p, i) => consumedMessage(message(p, i), type, 'wire'));
      const objects = payloads.map((p, i) => consumedMessage(message(p, i), type, 'object'));
      expect(wire.filter((m) => m.valueWire).length).toBeGreaterThanOrEqual(200);
      expect(received(wire)).toEqual(received(objects));
      expect(received(objects).frame).toMatchObject({ value: { messages: expect.arrayContaining([expect.objectContaining({ decodeError: expect.stringMatching(/^Parse message failed, /) })]) } });
    }
  });

  it('are sent by the unary Poll as well (its generated serializer)', () => {
    const value = vectorValue(DataType.DATA_TYPE_DOUBLE, { doubles: [1.5, -2] });
    const m = consumedMessage(message(encodeDolphinDB(value)), MarshalType.MARSHAL_TYPE_DOLPHINDB, 'wire');
    expect(m.value).toBeUndefined();
    expect(PollResponse.decode(PollResponse.encode({ message: m }).finish()).message?.value).toEqual(value);
  });
});
