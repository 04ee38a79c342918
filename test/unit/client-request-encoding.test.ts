import { ProduceStreamRequest, ProducerServiceService } from '../../clients/typescript/src/gen/kafkagateway/v1/producer_service';
import { encodeReusing, withReusedRequestWriter } from '../../clients/typescript/src/request-encoding';

const request = (count: number, size: number, fill: number): ProduceStreamRequest =>
  ProduceStreamRequest.fromPartial({
    producer: fill === 1 ? 'producer-1' : '',
    records: Array.from({ length: count }, (_x, i) => ({ topic: `t${i % 3}`, payload: { $case: 'rawValue', value: Buffer.alloc(size, fill) } })),
  });

const generated = (value: ProduceStreamRequest) => ProducerServiceService.produceStream.requestSerialize(value);

describe('TypeScript client: requests encoded into a reused writer', () => {
  it('writes the same bytes as the generated serializer, and an earlier request is untouched by later ones', () => {
    const requests = [request(6, 10_240, 1), request(1, 10, 2), request(0, 0, 3), request(600, 100, 4), request(1, 5_000_000, 5), request(2, 1, 6)];
    const outputs = requests.map((r) => encodeReusing(ProduceStreamRequest, r));
    outputs.forEach((bytes, i) => expect(bytes.equals(generated(requests[i]!))).toBe(true));
    expect(ProduceStreamRequest.decode(outputs[0]!).records).toHaveLength(6);
  });

  it('recovers after an encode that throws half-way', () => {
    const bad = request(2, 10, 1);
    bad.records[1]!.partition = 2 ** 40; // not an int32
    expect(() => encodeReusing(ProduceStreamRequest, bad)).toThrow();
    const good = request(4, 100, 7);
    expect(encodeReusing(ProduceStreamRequest, good).equals(generated(good))).toBe(true);
  });

  it('replaces only the named methods’ request serializers', () => {
    const service = withReusedRequestWriter(ProducerServiceService, { produceStream: ProduceStreamRequest });
    expect(service.produceStream.requestSerialize).not.toBe(ProducerServiceService.produceStream.requestSerialize);
    expect(service.produceBatch.requestSerialize).toBe(ProducerServiceService.produceBatch.requestSerialize);
    expect(service.produceStream.path).toBe(ProducerServiceService.produceStream.path);
  });
});
