// The example: create a producer, produce a small table, read it back through the Consume stream, print it.
//
//   node dist/examples/table-example.js [ADDRESS]              all of it, on a new topic (default 127.0.0.1:50051)
//   node dist/examples/table-example.js produce ADDRESS TOPIC  only produce the table
//   node dist/examples/table-example.js consume ADDRESS TOPIC  only read one table from partition 0, print it as JSON
//
// The last two are what the cross-language test (test/integration/clients.test.ts) runs.
import { randomUUID } from 'node:crypto';
import { status, type ServiceError } from '@grpc/grpc-js';
import { Gateway, columnTypes, errorDetails, fromValue, pb, table, vector, type Native } from '../src';

/** The table every language's example produces: the same columns, types and values. */
export function sampleTable(): pb.value.Value {
  return table({
    id: vector([1, -2, null], 'INT'),
    qty: [9007199254740993n, 0n, null],
    price: [1.5, -2.25, null],
    sym: vector(['AAPL', 'AAPL', 'MSFT'], 'SYMBOL'),
    note: ['ü€', '', 'a"b'],
    ts: [new Date('2024-01-02T03:04:05.678Z'), new Date(0), null],
    flag: [true, false, null],
  });
}

async function produce(address: string, topic: string): Promise<void> {
  const gw = new Gateway(address);
  try {
    const { producer } = await gw.producer.createProducer({});
    try {
      await gw.producer.produce({
        producer,
        topic,
        keyKind: { $case: 'key', value: 'table' },
        payload: { $case: 'value', value: sampleTable() },
        marshalType: pb.value.MarshalType.MARSHAL_TYPE_DOLPHINDB,
        waitForDelivery: true,
      });
    } finally {
      await gw.producer.closeProducer({ producer });
    }
  } finally {
    gw.close();
  }
}

/** An element as the examples print it: text, null for NULL, times in RFC 3339 UTC with milliseconds. */
const text = (x: Native): string | null => (x === null ? null : x instanceof Date ? x.toISOString() : String(x));

async function consume(address: string, topic: string): Promise<void> {
  const gw = new Gateway(address);
  try {
    const messages = gw.consume(
      {
        source: { $case: 'create', value: { config: { 'group.id': 'example-ts' }, topics: [], partitions: [{ topic, partition: 0, offset: 0n }] } },
        marshalType: pb.value.MarshalType.MARSHAL_TYPE_AUTO,
        maxMessages: 1n,
      },
      { deadline: new Date(Date.now() + 30_000) },
    );
    for await (const message of messages) {
      const columns = fromValue(message.value!) as Record<string, Native[]>;
      const types = columnTypes(message.value!);
      const out = Object.entries(columns).map(([name, values]) => ({ name, type: types[name], values: values.map(text) }));
      console.log(JSON.stringify({ columns: out }));
      return;
    }
    throw new Error('the stream ended without a message');
  } finally {
    gw.close();
  }
}

async function main(args: string[]): Promise<void> {
  if (args[0] === 'produce') return produce(args[1]!, args[2]!);
  if (args[0] === 'consume') return consume(args[1]!, args[2]!);
  const address = args[0] ?? '127.0.0.1:50051';
  const topic = `example-ts-${randomUUID()}`;
  await produce(address, topic);
  await consume(address, topic);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: ServiceError) => {
    const d = err.code !== undefined ? errorDetails(err) : undefined;
    console.error(d ? `failed: ${status[d.code]} (${d.reason}): ${d.message}` : `failed: ${String(err)}`);
    process.exit(1);
  });
}
