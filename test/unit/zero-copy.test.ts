import { ProduceStreamRequest } from '../../src/gen/kafkagateway/v1/producer_service';
import { MarshalType } from '../../src/gen/kafkagateway/v1/value';
import { decodePayload } from '../../src/values/marshal';

// Payload bytes are the largest part of what the gateway moves: decoding a request, or a consumed payload read as
// bytes, must give views of the bytes received, not copies of them (README, Benchmarks: copies of every payload).
describe('payload bytes are read as views, not copies', () => {
  it('a ProduceStream record payload decodes as a view of the request', () => {
    const request = ProduceStreamRequest.fromPartial({
      producer: 'p',
      records: [{ topic: 't', payload: { $case: 'rawValue', value: Buffer.alloc(10_240, 7) } }],
    });
    const wire = Buffer.from(ProduceStreamRequest.encode(request).finish());
    const payload = ProduceStreamRequest.decode(wire).records[0]!.payload;
    expect(payload?.$case).toBe('rawValue');
    const bytes = payload!.value as Uint8Array;
    expect(bytes.buffer).toBe(wire.buffer);
    expect(Buffer.from(bytes).equals(Buffer.alloc(10_240, 7))).toBe(true);
  });

  it('a consumed payload read as JAVA_BYTES is a BLOB over the same bytes', () => {
    const payload = Buffer.from('any bytes \u0000 at all');
    const value = decodePayload(payload, MarshalType.MARSHAL_TYPE_JAVA_BYTES);
    const blob = value.kind?.$case === 'scalar' && value.kind.value.value?.$case === 'blob' ? value.kind.value.value.value : undefined;
    expect(blob).toBe(payload);
  });
});
