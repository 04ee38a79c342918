import { status, type ServiceError } from '@grpc/grpc-js';
import { SubJobParser, SubJobTarget, WatchSubJobRequest, type WatchSubJobResponse } from '../../src/gen/kafkagateway/v1/subjob_service';
import { DataType, MarshalType, type Table, type Value } from '../../src/gen/kafkagateway/v1/value';
import { encodePayloads } from '../../src/values/marshal';
import { newVector } from '../../src/values/vector-shape';
import { gatewayForFile } from '../helpers/gateway';
import { failure, freshTopic } from '../helpers/kafka-clients';
import { fillTopic, FrameReader, waitFor } from '../helpers/streams';

const T = DataType;
let n = 0;
const fresh = (what: string) => `${what}_${process.pid}_${n++}`;
const fromStart = (group: string, topics: string[]) => ({ create: { config: { 'group.id': group, 'auto.offset.reset': 'earliest' }, topics, partitions: [] } });

/** A DOLPHINDB table of `rows` trades (id INT, sym SYMBOL, price DOUBLE) from id `first`. */
function trades(first: number, rows: number): Value {
  const ids = Array.from({ length: rows }, (_x, i) => first + i);
  const table: Table = {
    name: '',
    columns: [
      { name: 'id', values: { ...newVector(T.DATA_TYPE_INT), ints: ids } },
      { name: 'sym', values: { ...newVector(T.DATA_TYPE_SYMBOL), strings: ids.map((i) => `S${i % 3}`) } },
      { name: 'price', values: { ...newVector(T.DATA_TYPE_DOUBLE), doubles: ids.map((i) => i / 4) } },
    ],
  };
  return { kind: { $case: 'table', value: table } };
}

const column = (v: Value | undefined, name: string) => {
  if (v?.kind?.$case !== 'table') throw new Error('not a table');
  return v.kind.value.columns.find((c) => c.name === name)!.values!;
};

describe('SubJobService', () => {
  const suite = gatewayForFile();
  const api = () => suite.api;

  /** Every row of a table, read page by page. */
  async function readAll(table: string): Promise<Value[]> {
    const pages: Value[] = [];
    let pageToken = '';
    do {
      const page = await api().tables.readTable({ table, pageToken });
      pages.push(page.rows!);
      pageToken = page.nextPageToken;
    } while (pageToken);
    return pages;
  }
  const rowCount = async (table: string) => Number((await api().tables.describeTable({ name: table })).table!.rowCount);
  const stat = async (action: string) => (await api().subjobs.getJobStat({})).jobs.find((j) => j.actionName === action);

  it('streams DOLPHINDB tables into a table it creates, with the message columns, and counts what it wrote', async () => {
    const topic = await freshTopic('subjob-ddb', 2);
    await fillTopic(topic, 20, 2, (i) => Buffer.from(encodePayloads(trades(i * 10, 10), MarshalType.MARSHAL_TYPE_DOLPHINDB)[0]!));
    const table = fresh('trades');
    const action = fresh('ddb');
    const created = await api().subjobs.createSubJob({
      source: { $case: 'create', value: fromStart(fresh('g'), [topic]).create },
      target: SubJobTarget.fromPartial({ kind: { $case: 'table', value: table }, createTable: true }),
      parser: SubJobParser.fromPartial({ marshalType: MarshalType.MARSHAL_TYPE_DOLPHINDB, messageColumns: { partition: 'part', offset: 'off', topic: '', key: '', timestamp: '' } }),
      actionName: action,
    });
    expect(created.subjob).toMatch(/^subjob-/);
    await waitFor(async () => (await api().tables.listTables({})).names.includes(table) && (await rowCount(table)) === 200);
    const described = (await api().tables.describeTable({ name: table })).table!;
    expect(described.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', T.DATA_TYPE_INT],
      ['sym', T.DATA_TYPE_SYMBOL],
      ['price', T.DATA_TYPE_DOUBLE],
      ['part', T.DATA_TYPE_INT],
      ['off', T.DATA_TYPE_LONG],
    ]);
    const ids = (await readAll(table)).flatMap((p) => column(p, 'id').ints);
    expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_x, i) => i));
    const s = await stat(action);
    expect(s).toMatchObject({ processedMsgCount: 20n, failedMsgCount: 0n, rowsWritten: 200n, target: table, msgAsTable: false });
    expect(s!.partitions.map((p) => [p.partition, p.nextOffset, p.lag])).toEqual([
      [0, 10n, 0n],
      [1, 10n, 0n],
    ]);
    expect((await api().subjobs.cancelSubJob({ job: { ref: { $case: 'handle', value: created.subjob } } })).text).toBe(`subscription: ${action}(${created.id}) is stopped.`);
    expect(await stat(action)).toBeUndefined();
  });

  it('maps JSON objects onto an existing table by name, converting types, and counts bad messages without stopping', async () => {
    const topic = await freshTopic('subjob-json', 1);
    const table = fresh('quotes');
    await api().tables.createTable({
      name: table,
      columns: [
        { name: 'id', type: T.DATA_TYPE_LONG, scale: 0 },
        { name: 'ticker', type: T.DATA_TYPE_SYMBOL, scale: 0 },
        { name: 'px', type: T.DATA_TYPE_DOUBLE, scale: 0 },
        { name: 'at', type: T.DATA_TYPE_TIMESTAMP, scale: 0 },
      ],
    });
    const docs = [
      '{"id": 1, "sym": "AAPL", "px": 10, "at": "2024.01.02T10:11:12.345"}',
      '{"id": 2, "sym": "MSFT", "px": 20.5, "at": 1704190272345}',
      'not json at all',
      '{"id": 3, "sym": "IBM"}',
      '[{"id": 4, "sym": "X", "px": 1.5, "at": 0}, {"id": 5, "sym": "Y", "px": 2.5, "at": 1}]',
    ];
    await fillTopic(topic, docs.length, 1, (i) => Buffer.from(docs[i]!));
    const action = fresh('json');
    await api().subjobs.createSubJob({
      source: { $case: 'create', value: fromStart(fresh('g'), [topic]).create },
      target: SubJobTarget.fromPartial({ kind: { $case: 'table', value: table }, createTable: false }),
      parser: SubJobParser.fromPartial({ marshalType: MarshalType.MARSHAL_TYPE_JSON, rename: { ticker: 'sym' } }),
      actionName: action,
    });
    await waitFor(async () => (await stat(action))?.processedMsgCount === 3n && (await stat(action))?.failedMsgCount === 2n);
    // Counted as parsed; the rows are in the table once their write (which may still be in flight) committed.
    await waitFor(async () => (await rowCount(table)) === 4);
    const page = (await readAll(table))[0];
    expect(column(page, 'id').longs).toEqual([1n, 2n, 4n, 5n]);
    expect(column(page, 'ticker').strings).toEqual(['AAPL', 'MSFT', 'X', 'Y']);
    expect(column(page, 'px').doubles).toEqual([10, 20.5, 1.5, 2.5]);
    expect(column(page, 'at').longs.slice(0, 2)).toEqual([1704190272345n, 1704190272345n]);
    const s = (await stat(action))!;
    expect(s.lastErrMsg).toMatch(new RegExp(`^topic=${action} length=1 exception=.*px`));
    expect(s.lastFailedTimestamp).toBeGreaterThan(0n);
    // The job is alive: a good message after the bad ones still arrives.
    await fillTopic(topic, 1, 1, () => Buffer.from('{"id": 6, "sym": "Z", "px": 3, "at": 2}'));
    await waitFor(async () => (await rowCount(table)) === 5);
    await api().subjobs.cancelSubJob({ job: { ref: { $case: 'name', value: action } } });
  });

  it('batches messages as tables (msg_as_table) by batch_size, and by throttle when fewer arrive', async () => {
    const topic = await freshTopic('subjob-batch', 1);
    const table = fresh('raw');
    const action = fresh('batch');
    await fillTopic(topic, 25, 1, (i) => Buffer.from(`payload ${i}`));
    const job = await api().subjobs.createSubJob({
      source: { $case: 'create', value: fromStart(fresh('g'), [topic]).create },
      target: SubJobTarget.fromPartial({ kind: { $case: 'table', value: table }, createTable: true }),
      actionName: action,
      msgAsTable: true,
      batchSize: 10n,
      throttle: 0.5,
    });
    await waitFor(async () => (await api().tables.listTables({})).names.includes(table) && (await rowCount(table)) === 25);
    const page = (await readAll(table))[0];
    expect(column(page, 'payload').strings).toEqual(Array.from({ length: 25 }, (_x, i) => `payload ${i}`));
    expect(column(page, 'key').strings.slice(0, 2)).toEqual(['k0', 'k1']);
    expect(column(page, 'offset').longs.slice(-1)).toEqual([24n]);
    expect((await stat(action))).toMatchObject({ msgAsTable: true, batchSize: 10n, processedMsgCount: 25n });
    expect((await stat(action))!.throttle).toBeCloseTo(0.5);
    const byId = await api().subjobs.cancelSubJob({ job: { ref: { $case: 'id', value: job.id } } });
    expect(byId.text).toContain(`${action}(${job.id})`);
  });

  it('streams parsed tables to a watching client, and waits for it', async () => {
    const topic = await freshTopic('subjob-watch', 1);
    const action = fresh('watch');
    await fillTopic(topic, 6, 1, (i) => Buffer.from(encodePayloads(trades(i * 2, 2), MarshalType.MARSHAL_TYPE_DOLPHINDB)[0]!));
    const job = await api().subjobs.createSubJob({
      source: { $case: 'create', value: fromStart(fresh('g'), [topic]).create },
      target: SubJobTarget.fromPartial({ kind: { $case: 'watch', value: true } }),
      parser: SubJobParser.fromPartial({ marshalType: MarshalType.MARSHAL_TYPE_DOLPHINDB }),
      actionName: action,
      queueDepth: 4n,
    });
    const ref = { ref: { $case: 'handle' as const, value: job.subjob } };
    const watch = new FrameReader<WatchSubJobResponse>(api().raw.subjobs.watchSubJob(WatchSubJobRequest.fromPartial({ job: ref })));
    const second = new FrameReader<WatchSubJobResponse>(api().raw.subjobs.watchSubJob(WatchSubJobRequest.fromPartial({ job: ref })));
    await second.next(5000);
    expect(second.error?.code).toBe(status.FAILED_PRECONDITION);
    const ids: number[] = [];
    while (ids.length < 12) {
      const frame = await watch.next();
      if (!frame) throw new Error(`the watch ended after ${ids.length} rows: ${watch.error?.message}`);
      ids.push(...frame.rows!.columns.find((c) => c.name === 'id')!.values!.ints);
    }
    expect(ids).toEqual(Array.from({ length: 12 }, (_x, i) => i));
    await api().subjobs.cancelSubJob({ job: ref });
    await watch.next(5000);
    expect(watch.error?.code).toBe(status.NOT_FOUND);
  });

  it('refuses a taken action name, bad options, and closing or polling a consumer a job reads', async () => {
    const topic = await freshTopic('subjob-refuse', 1);
    const table = fresh('t');
    await api().tables.createTable({ name: table, columns: [{ name: 'value', type: T.DATA_TYPE_STRING, scale: 0 }] });
    const { consumer } = await api().consumer.createConsumer({ config: { 'group.id': fresh('g') } });
    await api().consumer.subscribe({ consumer, topics: [topic] });
    const action = fresh('held');
    const job = await api().subjobs.createSubJob({
      source: { $case: 'consumer', value: consumer },
      target: SubJobTarget.fromPartial({ kind: { $case: 'table', value: table } }),
      parser: SubJobParser.fromPartial({ marshalType: MarshalType.MARSHAL_TYPE_PLAIN }),
      actionName: action,
    });
    expect(job.consumer).toBe(consumer);
    expect((await api().subjobs.getSubJobConsumer({ job: { ref: { $case: 'name', value: String(job.id) } } })).consumer).toBe(consumer);

    const taken = await failure(
      api().subjobs.createSubJob({ source: { $case: 'create', value: fromStart(fresh('g'), [topic]).create }, target: SubJobTarget.fromPartial({ kind: { $case: 'watch', value: true } }), actionName: action }),
    );
    expect(taken.code).toBe(status.ALREADY_EXISTS);
    expect(taken.details).toBe(`[PLUGIN::KAFKA]  actionName '${action}' has already been used by another kafka subJob connection.`);

    const closing = await failure(api().consumer.closeConsumer({ consumer }));
    expect(closing.code).toBe(status.FAILED_PRECONDITION);
    expect(closing.details).toContain(action);
    expect((await failure(api().consumer.poll({ consumer, timeoutMs: 10 }))).code).toBe(status.FAILED_PRECONDITION);
    // Looking is allowed.
    expect((await api().consumer.getConsumerTimeout({ consumer })).timeoutMs).toBeGreaterThan(0);

    const bad = async (extra: object) => (await failure(api().subjobs.createSubJob({ source: { $case: 'consumer', value: consumer }, target: SubJobTarget.fromPartial({ kind: { $case: 'watch', value: true } }), actionName: fresh('x'), ...extra }))) as ServiceError;
    expect((await bad({ throttle: -1 })).details).toMatch(/^throttle must be a non-negative float/);
    expect((await bad({ batchSize: -1n })).details).toMatch(/^batchSize must be a non-negative integer/);
    expect((await bad({ queueDepth: 0n })).details).toMatch(/^queueDepth must be a positive integer/);
    expect((await bad({ actionName: '' })).details).toMatch(/^actionName must be a string scalar/);
    expect((await bad({ durable: true })).code).toBe(status.FAILED_PRECONDITION);

    const unknown = await failure(api().subjobs.cancelSubJob({ job: { ref: { $case: 'name', value: 'no-such-job' } } }));
    expect([unknown.code, unknown.details]).toEqual([status.NOT_FOUND, "[PLUGIN::KAFKA] Unknown handle name 'no-such-job'."]);
    const unknownId = await failure(api().subjobs.cancelSubJob({ job: { ref: { $case: 'id', value: 999_999n } } }));
    expect(unknownId.details).toBe('kafka::cancelSubJob(subJobConnection) Invalid subJob handle long.');

    await api().subjobs.cancelSubJob({ job: { ref: { $case: 'name', value: action } } });
    // Free again: the consumer can be used and closed.
    await api().consumer.poll({ consumer, timeoutMs: 10 });
    await api().consumer.closeConsumer({ consumer });
  });
});
