import { randomUUID } from 'node:crypto';
import { Server, ServerCredentials, status, type ServerWritableStream, type ServiceError } from '@grpc/grpc-js';
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
  subJobRef,
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

  it('reads a table through every page, pages a query, and follows appended rows with tailTable until cancelled', async () => {
    const name = `ts_${randomUUID().replace(/-/g, '')}`;
    const { DATA_TYPE_INT, DATA_TYPE_STRING } = pb.value.DataType;
    await gw.table.createTable({ name, columns: [{ name: 'id', type: DATA_TYPE_INT, scale: 0 }, { name: 'note', type: DATA_TYPE_STRING, scale: 0 }] });
    const rows = (from: number, count: number) => {
      const ids = Array.from({ length: count }, (_x, i) => from + i);
      return table({ id: vector(ids.map((i) => (i % 4 === 3 ? null : i)), 'INT'), note: vector(ids.map((i) => `row ${i}`), 'STRING') });
    };
    try {
      await gw.table.appendRows({ table: name, rows: rows(0, 7) });
      // A limit of 3 makes 3 pages of 7 rows: readTable must follow the page tokens to the last.
      const pages: unknown[] = [];
      for await (const page of gw.readTable({ table: name, limit: 3 })) pages.push(fromValue(page));
      expect(pages).toEqual([
        { id: [0, 1, 2], note: ['row 0', 'row 1', 'row 2'] },
        { id: [null, 4, 5], note: ['row 3', 'row 4', 'row 5'] },
        { id: [6], note: ['row 6'] },
      ]);
      const queried: unknown[] = [];
      for await (const page of gw.query({ sql: `SELECT note FROM ${name} WHERE id IS NOT NULL ORDER BY id DESC`, limit: 4 })) queried.push(fromValue(page));
      expect(queried).toEqual([{ note: ['row 6', 'row 5', 'row 4', 'row 2'] }, { note: ['row 1', 'row 0'] }]);

      // From row 7, so that the rows appended once the call is open are the ones seen, however the two race.
      const controller = new AbortController();
      const tail = gw.tailTable({ table: name, fromRow: 7n }, { signal: controller.signal });
      const first = tail.next();
      await gw.table.appendRows({ table: name, rows: rows(7, 2) });
      const seen = { id: [] as unknown[], note: [] as unknown[] };
      let firstRow: bigint | undefined;
      for (let frame = await first; !frame.done; frame = await tail.next()) {
        firstRow ??= frame.value.firstRow;
        const got = fromValue(frame.value.rows!) as typeof seen;
        seen.id.push(...got.id);
        seen.note.push(...got.note);
        if (seen.id.length >= 2) break;
      }
      expect(firstRow).toBe(7n);
      expect(seen).toEqual({ id: [null, 8], note: ['row 7', 'row 8'] });
      const after = tail.next();
      controller.abort();
      await expect(after).rejects.toMatchObject({ code: status.CANCELLED });
    } finally {
      await gw.table.dropTable({ name, ifExists: true });
    }
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
  describe('queues against the gateway', () => {
    it('polls one message of the consumer queue, then streams the rest until the loop is left', async () => {
      const topic = `ts-queue-${randomUUID()}`;
      await createTopic(topic);
      const { producer } = await gw.producer.createProducer({});
      for (let i = 0; i < 3; i++) await gw.producer.produce({ producer, topic, payload: { $case: 'value', value: toValue(i) }, waitForDelivery: true });
      await gw.producer.closeProducer({ producer });
      const { consumer } = await gw.consumer.createConsumer({ config: { 'group.id': topic } });
      try {
        await gw.consumer.assign({ consumer, partitions: [{ topic, partition: 0, offset: 0n }] });
        const { queue } = await gw.queue.getConsumerQueue({ consumer });
        expect(await gw.queuePoll(queue, { timeoutMs: 10_000 })).toMatchObject({ topic, offset: 0n });
        const offsets: bigint[] = [];
        for await (const item of gw.streamQueue(queue, {}, { deadline: new Date(Date.now() + 30_000) })) {
          if (item.$case === 'message') offsets.push(item.value.offset);
          if (offsets.length === 2) break;
        }
        expect(offsets).toEqual([1n, 2n]);
        expect(await gw.queuePoll(queue, { timeoutMs: 100 })).toBeUndefined();
        await gw.queue.closeQueue({ queue });
      } finally {
        await gw.consumer.closeConsumer({ consumer });
      }
    });
  });
});

describe('TypeScript client: queue helpers, against a stand-in QueueService', () => {
  const message = pb.common.ConsumedMessage.fromPartial({ topic: 't', partition: 0, offset: 5n, value: toValue(1) });
  const event = pb.event.EventInfo.fromPartial({ name: 'Rebalance', rebalance: 'assigned', partitions: [{ topic: 't', partition: 0, offset: -1001n }] });
  const polled: pb.queue.QueuePollRequest[] = [];
  let cancelled: Promise<void>;
  let server: Server;
  let gw: Gateway;
  beforeAll(async () => {
    server = new Server();
    let streamCancelled!: () => void;
    cancelled = new Promise((resolve) => (streamCancelled = resolve));
    // Only the two calls the helpers make; grpc-js answers the others UNIMPLEMENTED.
    server.addService(pb.queue.QueueServiceService, {
      queuePoll: (call: { request: pb.queue.QueuePollRequest }, done: (err: null, res: pb.queue.QueuePollResponse) => void) => {
        polled.push(call.request);
        done(null, { message: call.request.timeoutMs === 0 ? undefined : message });
      },
      streamQueue: (call: ServerWritableStream<pb.queue.StreamQueueRequest, pb.queue.StreamQueueResponse>) => {
        call.on('cancelled', streamCancelled);
        call.write({ frame: { $case: 'batch', value: { messages: [message, { ...message, offset: 6n }] } } });
        call.write({ frame: { $case: 'event', value: event } });
        call.write({ frame: { $case: 'batch', value: { messages: [{ ...message, offset: 7n }] } } });
        // and stays open, as a queue's stream does, until the client cancels it
      },
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
    gw = new Gateway(`127.0.0.1:${port}`);
  });
  afterAll(() => {
    gw.close();
    server.forceShutdown();
  });

  it('queuePoll gives the message, or undefined when none arrived', async () => {
    expect(await gw.queuePoll('queue-1')).toEqual(message);
    expect(await gw.queuePoll('queue-1', { timeoutMs: 0 })).toBeUndefined();
    expect(polled.map((r) => [r.queue, r.timeoutMs])).toEqual([['queue-1', undefined], ['queue-1', 0]]);
  });

  it('streamQueue yields messages and events in stream order, and leaving the loop cancels the call', async () => {
    const items: [string, unknown][] = [];
    for await (const item of gw.streamQueue('queue-1', { marshalType: pb.value.MarshalType.MARSHAL_TYPE_DOLPHINDB })) {
      items.push([item.$case, item.$case === 'message' ? item.value.offset : item.value.name]);
      if (items.length === 4) break;
    }
    expect(items).toEqual([['message', 5n], ['message', 6n], ['event', 'Rebalance'], ['message', 7n]]);
    await cancelled;
  });
});

describe('TypeScript client: sub-job helpers, against a stand-in SubJobService', () => {
  const rows = (ids: number[]) => {
    const v = table({ id: vector(ids, 'INT') });
    return v.kind?.$case === 'table' ? v.kind.value : undefined;
  };
  const refs: [string, pb.subjob.SubJobRef | undefined][] = [];
  let cancelled: Promise<void>;
  let server: Server;
  let gw: Gateway;
  beforeAll(async () => {
    server = new Server();
    let watchCancelled!: () => void;
    cancelled = new Promise((resolve) => (watchCancelled = resolve));
    server.addService(pb.subjob.SubJobServiceService, {
      cancelSubJob: (call: { request: pb.subjob.CancelSubJobRequest }, done: (err: null, res: pb.subjob.CancelSubJobResponse) => void) => {
        refs.push(['cancel', call.request.job]);
        done(null, { text: 'subscription: ingest(7) is stopped.' });
      },
      getSubJobConsumer: (call: { request: pb.subjob.GetSubJobConsumerRequest }, done: (err: null, res: pb.subjob.GetSubJobConsumerResponse) => void) => {
        refs.push(['consumer', call.request.job]);
        done(null, { consumer: 'consumer-1' });
      },
      watchSubJob: (call: ServerWritableStream<pb.subjob.WatchSubJobRequest, pb.subjob.WatchSubJobResponse>) => {
        refs.push(['watch', call.request.job]);
        // A job cancelled while watched ends its stream so.
        if (call.request.job?.ref?.$case === 'name' && call.request.job.ref.value === 'gone') {
          call.emit('error', { code: status.NOT_FOUND, details: "[PLUGIN::KAFKA] Unknown handle name 'gone'." });
          return;
        }
        call.on('cancelled', watchCancelled);
        call.write({ rows: rows([1, 2]), positions: [{ topic: 't', partition: 0, offset: 2n }] });
        call.write({ rows: rows([3]), positions: [{ topic: 't', partition: 0, offset: 3n }] });
        // and stays open, as a job's stream does, until the client cancels it
      },
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
    gw = new Gateway(`127.0.0.1:${port}`);
  });
  afterAll(() => {
    gw.close();
    server.forceShutdown();
  });

  it('subJobRef takes a "subjob-" string as a handle, any other string as a name, a number as an id, a SubJobRef as it is', () => {
    expect(subJobRef('subjob-Ab_9')).toEqual({ ref: { $case: 'handle', value: 'subjob-Ab_9' } });
    expect(subJobRef('ingest')).toEqual({ ref: { $case: 'name', value: 'ingest' } });
    expect(subJobRef('7')).toEqual({ ref: { $case: 'name', value: '7' } });
    expect(subJobRef(7)).toEqual({ ref: { $case: 'id', value: 7n } });
    expect(subJobRef(2n ** 40n)).toEqual({ ref: { $case: 'id', value: 2n ** 40n } });
    const byName: pb.subjob.SubJobRef = { ref: { $case: 'name', value: 'subjob-named' } };
    expect(subJobRef(byName)).toBe(byName);
  });

  it('cancelSubJob gives the plugin text and getSubJobConsumer the consumer, for a handle, a name or an id', async () => {
    expect(await gw.cancelSubJob('subjob-x')).toBe('subscription: ingest(7) is stopped.');
    expect(await gw.getSubJobConsumer('ingest')).toBe('consumer-1');
    expect(await gw.getSubJobConsumer(7n)).toBe('consumer-1');
    expect(refs.splice(0)).toEqual([
      ['cancel', { ref: { $case: 'handle', value: 'subjob-x' } }],
      ['consumer', { ref: { $case: 'name', value: 'ingest' } }],
      ['consumer', { ref: { $case: 'id', value: 7n } }],
    ]);
  });

  it('watchSubJob yields the batches in order, leaving the loop cancels the call, and a cancelled job ends it with NOT_FOUND', async () => {
    const seen: [unknown, bigint][] = [];
    for await (const { rows: batch, positions } of gw.watchSubJob(7)) {
      seen.push([fromValue({ kind: { $case: 'table', value: batch! } }), positions[0]!.offset]);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([[{ id: [1, 2] }, 2n], [{ id: [3] }, 3n]]);
    await cancelled;
    const gone = gw.watchSubJob('gone').next();
    await expect(gone).rejects.toMatchObject({ code: status.NOT_FOUND });
    expect(refs.map(([, ref]) => ref)).toEqual([{ ref: { $case: 'id', value: 7n } }, { ref: { $case: 'name', value: 'gone' } }]);
  });
});
