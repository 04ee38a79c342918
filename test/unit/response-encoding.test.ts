import { ConsumeResponse, ConsumerServiceService } from '../../src/gen/kafkagateway/v1/consumer_service';
import { encodeReusing, withReusedWriter } from '../../src/server/rpc/response-encoding';

const frame = (count: number, size: number, fill: number): ConsumeResponse => ({
  frame: {
    $case: 'batch',
    value: {
      messages: Array.from({ length: count }, (_x, i) => ({
        topic: 't',
        partition: i % 3,
        offset: BigInt(i),
        key: `k${i}`,
        rawKey: Buffer.alloc(0),
        value: undefined,
        decodeError: '',
        rawValue: Buffer.alloc(size, fill),
        headers: [],
        timestampMs: 1n,
      })),
    },
  },
});

const generated = (value: ConsumeResponse) => ConsumerServiceService.consume.responseSerialize(value);

describe('encodeReusing', () => {
  it('writes the same bytes as the generated serializer, response after response, large and small', () => {
    const frames = [frame(100, 10_240, 1), frame(3, 10, 2), frame(0, 0, 0), frame(500, 100, 3), frame(1, 5_000_000, 4), frame(2, 1, 5)];
    const outputs = frames.map((f) => encodeReusing(ConsumeResponse, f));
    // Each output is still intact after later responses reused the writer.
    outputs.forEach((bytes, i) => expect(bytes.equals(generated(frames[i]!))).toBe(true));
    expect(ConsumeResponse.decode(outputs[0]!).frame).toEqual(frames[0]!.frame);
  });

  it('recovers after an encode that throws half-way', () => {
    const bad = frame(2, 10, 1);
    (bad.frame as { value: { messages: { partition: number }[] } }).value.messages[1]!.partition = 2 ** 40; // not an int32
    expect(() => encodeReusing(ConsumeResponse, bad)).toThrow();
    const good = frame(4, 100, 7);
    expect(encodeReusing(ConsumeResponse, good).equals(generated(good))).toBe(true);
  });

  it('replaces only the named methods’ serializers', () => {
    const service = withReusedWriter(ConsumerServiceService, { consume: ConsumeResponse });
    expect(service.consume.responseSerialize).not.toBe(ConsumerServiceService.consume.responseSerialize);
    expect(service.pollBatch.responseSerialize).toBe(ConsumerServiceService.pollBatch.responseSerialize);
    expect(service.consume.path).toBe(ConsumerServiceService.consume.path);
    const f = frame(10, 1000, 9);
    expect(service.consume.responseSerialize(f).equals(generated(f))).toBe(true);
  });
});
