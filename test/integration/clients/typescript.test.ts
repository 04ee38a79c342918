import { randomUUID } from 'node:crypto';
import { status, type ServiceError } from '@grpc/grpc-js';
import {
  CHUNK_HEADER,
  ChunkAssembler,
  DEFAULT_CHANNEL_OPTIONS,
  Gateway,
  columnTypes,
  errorDetails,
  fromValue,
  joinChunks,
  pb,
  scalar,
  table,
  toValue,
  vector,
} from '../../../clients/typescript/src';
import { startTestGateway } from '../../helpers/gateway';
import { createTopic } from '../../helpers/kafka-clients';

describe('TypeScript client (clients/typescript)', () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  let gw: Gateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
    gw = new Gateway(gateway.address);
  });
  afterAll(async () => {
    gw.close();
    await gateway.stop();
  });

  it('turns JavaScript values into typed Values and back, NULLs and 64-bit integers included', () => {
    const at = new Date('2024-02-29T13:45:30.123Z');
    const t = table({ id: vector([1, null], 'INT'), big: [2n ** 63n - 1n, null], at: [at, null], month: vector([at, null], 'MONTH') });
    expect(columnTypes(t)).toEqual({ id: 'INT', big: 'LONG', at: 'TIMESTAMP', month: 'MONTH' });
    expect(fromValue(t)).toEqual({ id: [1, null], big: [2n ** 63n - 1n, null], at: [at, null], month: [new Date('2024-02-01T00:00:00Z'), null] });
    expect(fromValue(toValue([1, 'a', [true]]))).toEqual([1, 'a', [true]]);
    expect(fromValue(scalar(null, 'DOUBLE'))).toBeNull();
    expect(fromValue(scalar(at, 'DATE'))).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(fromValue(scalar(5, 'INT'))).toBe(5);
    expect(() => vector([2 ** 40], 'INT')).toThrow(/element 0: .* does not fit in 32 bits/);
  });

  it('produces with the async unary calls and reads back through Consume as an async iterator', async () => {
    const topic = `ts-client-${randomUUID()}`;
    const { producer } = await gw.producer.createProducer({});
    for (let i = 0; i < 3; i++) {
      await gw.producer.produce({
        producer,
        topic,
        payload: { $case: 'value', value: toValue([BigInt(i), null]) },
        marshalType: pb.value.MarshalType.MARSHAL_TYPE_DOLPHINDB,
        waitForDelivery: true,
      });
    }
    await gw.producer.closeProducer({ producer });
    const got: unknown[] = [];
    const source = { $case: 'create' as const, value: { config: { 'group.id': topic }, topics: [], partitions: [{ topic, partition: 0, offset: 0n }] } };
    for await (const m of gw.consume({ source, maxMessages: 3n })) got.push([m.offset, fromValue(m.value!)]);
    expect(got).toEqual([[0n, [0n, null]], [1n, [1n, null]], [2n, [2n, null]]]);
  });

  it('cancels the stream when the loop is left, and frees its consumer', async () => {
    const topic = `ts-client-${randomUUID()}`;
    await createTopic(topic);
    const before = gateway.handles.size;
    const { producer } = await gw.producer.createProducer({});
    for (let i = 0; i < 5; i++) await gw.producer.produce({ producer, topic, payload: { $case: 'rawValue', value: Buffer.from([i]) }, waitForDelivery: true });
    await gw.producer.closeProducer({ producer });
    const source = { $case: 'create' as const, value: { config: { 'group.id': topic }, topics: [], partitions: [{ topic, partition: 0, offset: 0n }] } };
    let seen = 0;
    for await (const m of gw.consume({ source, marshalType: pb.value.MarshalType.MARSHAL_TYPE_JAVA_BYTES })) {
      expect(m.offset).toBe(BigInt(seen));
      if (++seen === 2) break;
    }
    for (let i = 0; i < 100 && gateway.handles.size !== before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(gateway.handles.size).toBe(before);
    expect(gateway.streams.count).toBe(0);
  });

  it('opens its channel with an 8 MiB HTTP/2 window, and takes grpc-js channel options over its defaults', async () => {
    expect(DEFAULT_CHANNEL_OPTIONS['grpc-node.flow_control_window']).toBe(8 * 1024 * 1024);
    // A receive limit below any GetMetadata answer shows that the caller's options reach the channel.
    const tiny = new Gateway(gateway.address, undefined, { 'grpc.max_receive_message_length': 8 });
    try {
      const err = (await tiny.metadata.getMetadata({}).catch((e: unknown) => e)) as ServiceError;
      expect(err.code).toBe(status.RESOURCE_EXHAUSTED);
    } finally {
      tiny.close();
    }
    expect((await gw.metadata.getMetadata({})).brokers.length).toBeGreaterThan(0);
  });

  it('reads the gRPC code and the ErrorInfo reason of a failed call', async () => {
    const err = await gw.consumer.poll({ consumer: 'consumer-doesnotexist' }).then(
      () => undefined,
      (e: ServiceError) => e,
    );
    expect(errorDetails(err!)).toMatchObject({ code: status.NOT_FOUND, reason: 'HANDLE_NOT_FOUND' });
  });

  it('puts a value the gateway split into messages back together, whatever order its chunks come in', async () => {
    const rows = 150_000;
    const original = table({
      id: vector(Array.from({ length: rows }, (_x, i) => (i % 7 === 0 ? null : i)), 'INT'),
      note: vector(Array.from({ length: rows }, (_x, i) => `row ${i}`), 'STRING'),
    });
    const topic = `ts-chunks-${randomUUID()}`;
    const { producer } = await gw.producer.createProducer({});
    const { messages } = await gw.producer.produce({ producer, topic, payload: { $case: 'value', value: original }, waitForDelivery: true });
    await gw.producer.closeProducer({ producer });
    expect(messages).toBeGreaterThan(1); // split by the gateway's default buffer and message sizes
    const source = { $case: 'create' as const, value: { config: { 'group.id': topic }, topics: [], partitions: [{ topic, partition: 0, offset: 0n }] } };
    const chunks: pb.common.ConsumedMessage[] = [];
    for await (const m of gw.consume({ source, maxMessages: BigInt(messages) })) chunks.push(m);
    expect(chunks[0]!.headers.map((h) => h.key)).toEqual(Object.values(CHUNK_HEADER));

    // Reversed: the value comes back only with its last chunk, and whole.
    const assembler = new ChunkAssembler();
    const whole = chunks.reverse().map((m) => assembler.add(m));
    expect(whole.slice(0, -1).every((v) => v === undefined)).toBe(true);
    expect(whole.at(-1)).toEqual(original);
    expect(assembler.waiting).toBe(0);
  });

  it('joins chunks with their NULLs in place, passes whole values through and refuses what does not fit together', () => {
    const chunk = (value: pb.value.Value, id: string, index: number, count: number) => ({
      value,
      decodeError: '',
      headers: [
        { key: CHUNK_HEADER.id, value: Buffer.from(id) },
        { key: CHUNK_HEADER.index, value: Buffer.from(String(index)) },
        { key: CHUNK_HEADER.count, value: Buffer.from(String(count)) },
      ],
    });
    const vec = (xs: (number | null)[]): pb.value.Value => ({ kind: { $case: 'vector', value: vector(xs, 'INT') } });
    expect(joinChunks([vec([1, null]), vec([null, 4]), vec([5])])).toEqual(vec([1, null, null, 4, 5]));
    expect(new ChunkAssembler().add({ value: vec([7]), decodeError: '', headers: [] })).toEqual(vec([7]));
    expect(() => new ChunkAssembler().add(chunk(vec([1]), 'x', 2, 2))).toThrow('chunk headers of x are malformed');
    const assembler = new ChunkAssembler(2);
    assembler.add(chunk(vec([1]), 'x', 0, 2));
    expect(() => assembler.add(chunk(vec([1]), 'x', 1, 3))).toThrow('says 3 chunks, an earlier one 2');
    for (let i = 0; i < 5; i++) assembler.add(chunk(vec([i]), `id${i}`, 0, 2));
    expect(assembler.waiting).toBe(2);
    expect(() => joinChunks([vec([1]), { kind: { $case: 'vector', value: vector([1n], 'LONG') } }])).toThrow('other types');
  });
});
