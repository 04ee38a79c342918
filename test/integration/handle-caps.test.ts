import { status, type ServiceError } from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { ErrorInfo } from '../../src/gen/google/rpc/error_details';
import { Status } from '../../src/gen/google/rpc/status';
import { ConsumeRequest } from '../../src/gen/kafkagateway/v1/consumer_service';
import { startTestGateway } from '../helpers/gateway';
import { createTopic, failure, gatewayClients } from '../helpers/kafka-clients';
import { FrameReader } from '../helpers/streams';

/** A TCP relay whose connections to the gateway leave from `localAddress`, so the gateway sees another client. */
async function relayFrom(localAddress: string, target: number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((inbound) => {
    const outbound = connect({ host: '127.0.0.1', port: target, localAddress });
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('error', () => undefined).on('close', () => sockets.delete(s));
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    close: () => {
      sockets.forEach((s) => s.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const reasonOf = (err: ServiceError) => {
  const [bin] = err.metadata.get('grpc-status-details-bin') as Buffer[];
  return ErrorInfo.decode(Status.decode(bin!).details[0]!.value).reason;
};

describe('handle caps', () => {
  it('caps the handles of each client (by peer address) with RESOURCE_EXHAUSTED, counting stream consumers, keeps them to their client, and frees room on close', async () => {
    const gateway = await startTestGateway(undefined, { maxHandlesPerClient: 2 });
    const relay = await relayFrom('127.0.0.2', gateway.port);
    const me = gatewayClients(gateway.address);
    const other = gatewayClients(`127.0.0.1:${relay.port}`);
    try {
      const topic = `t-${randomUUID()}`;
      await createTopic(topic);
      const first = (await me.producer.createProducer({ config: {} })).producer;
      const { consumer } = await me.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}` } });

      const refused = await failure(me.producer.createProducer({ config: {} }));
      expect(refused.code).toBe(status.RESOURCE_EXHAUSTED);
      expect(refused.details).toBe('client 127.0.0.1 holds 2 handles, the limit per client; close some first');
      expect(reasonOf(refused)).toBe('TOO_MANY_HANDLES_FOR_CLIENT');

      // A Consume stream's own consumer is a handle too.
      const stream = new FrameReader(
        me.raw.consumer.consume(
          ConsumeRequest.fromPartial({ source: { $case: 'create', value: { config: { 'group.id': `g-${randomUUID()}` }, topics: [topic], partitions: [] } } }),
        ),
      );
      expect(await stream.next()).toBeUndefined();
      expect(stream.error?.code).toBe(status.RESOURCE_EXHAUSTED);

      // Another client has its own room.
      const theirs = (await other.producer.createProducer({ config: {} })).producer;
      expect(gateway.handles.heldBy('127.0.0.2')).toBe(1);
      expect(gateway.handles.heldBy('127.0.0.1')).toBe(2);

      // Handles belong to their creator: another client cannot close ours (NOT_FOUND, as for an id that does not
      // exist); closing it ourselves frees our room.
      const notOurs = await failure(other.consumer.closeConsumer({ consumer }));
      expect(notOurs.code).toBe(status.NOT_FOUND);
      expect(notOurs.details).toBe(`consumer "${consumer}" does not exist or was closed`);
      await me.consumer.closeConsumer({ consumer });
      const again = (await me.producer.createProducer({ config: {} })).producer;
      for (const producer of [first, again]) await me.producer.closeProducer({ producer });
      await other.producer.closeProducer({ producer: theirs });
      expect(gateway.handles.size).toBe(0);
    } finally {
      me.close();
      other.close();
      await relay.close();
      await gateway.stop();
    }
  });

  it('builds no Kafka client beyond the caps, however many CreateConsumer calls come at once', async () => {
    const gateway = await startTestGateway(undefined, { maxHandlesPerClient: 2 });
    const api = gatewayClients(gateway.address);
    const threads = () => readdirSync('/proc/self/task').length;
    try {
      const before = threads();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, threads())), 5);
      const outcomes = await Promise.all(
        Array.from({ length: 30 }, () =>
          api.consumer.createConsumer({ config: { 'group.id': `g-${randomUUID()}` } }).then(
            (r) => r.consumer,
            (e: ServiceError) => status[e.code],
          ),
        ),
      );
      clearInterval(sampler);
      expect(outcomes.filter((o) => o.startsWith('consumer-'))).toHaveLength(2);
      expect(outcomes.filter((o) => o === 'RESOURCE_EXHAUSTED')).toHaveLength(28);
      // Each librdkafka client runs several threads of its own (four or more): 30 built at once would add over 100.
      expect(peak - before).toBeLessThan(40);
    } finally {
      api.close();
      await gateway.stop();
    }
  });
});

describe('the memory budget', () => {
  it("refuses producers, consumers, streams and queues whose settings would pass it, saying what they would take and what is left, and frees it on close", async () => {
    const gateway = await startTestGateway(undefined, { memoryBudgetMb: 48, memoryBudgetPerClientMb: 48 });
    const api = gatewayClients(gateway.address);
    const left = (mib: number) => `which has ${mib} of 48 MiB left: ask for smaller buffers or queues, or close handles`;
    const refusedWith = async (call: Promise<unknown>) => {
      const err = await failure(call);
      return [status[err.code], reasonOf(err), err.details];
    };
    try {
      const topic = `t-${randomUUID()}`;
      await createTopic(topic, 2);
      // The gateway's default producer may hold 64 MiB unsent.
      expect(await refusedWith(api.producer.createProducer({ config: {} }))).toEqual([
        'RESOURCE_EXHAUSTED',
        'MEMORY_BUDGET_EXHAUSTED',
        `a producer (its queue.buffering.max.kbytes) would take 64 MiB of the gateway's memory budget, ${left(48)}`,
      ]);
      const { producer } = await api.producer.createProducer({ config: { 'queue.buffering.max.kbytes': '4096' } });
      // A consumer: 8 MiB of prefetch, one 8 MiB fetch beyond it, and its 4 MiB consumer queue.
      const group = () => ({ 'group.id': `g-${randomUUID()}` });
      const { consumer: first } = await api.consumer.createConsumer({ config: group() });
      const { consumer: second } = await api.consumer.createConsumer({ config: group() });
      expect(await refusedWith(api.consumer.createConsumer({ config: group() }))).toEqual([
        'RESOURCE_EXHAUSTED',
        'MEMORY_BUDGET_EXHAUSTED',
        `a consumer (its queued.max.messages.kbytes, fetch.max.bytes and consumer queue) would take 20 MiB of the gateway's memory budget, ${left(4)}`,
      ]);
      expect(gateway.handles.memory?.usedBytes).toBe(44 * 1024 * 1024);
      // A partition queue takes its limits; larger ones than what is left are refused, and nothing changes.
      const big = { maxMessages: 100, maxBytes: 8 * 1024 * 1024 };
      expect(await refusedWith(api.queues.getPartitionQueue({ consumer: first, topic, partition: 0, limits: big }))).toEqual([
        'RESOURCE_EXHAUSTED',
        'MEMORY_BUDGET_EXHAUSTED',
        `a partition queue of "${topic}"[0] (its limits.max_bytes) would take 8 MiB of the gateway's memory budget, ${left(4)}`,
      ]);
      // Growing a consumer queue from 4 to 16 MiB takes 12 more.
      expect((await refusedWith(api.queues.getConsumerQueue({ consumer: second, limits: { maxMessages: 100, maxBytes: 16 * 1024 * 1024 } })))[2]).toMatch(
        /^the consumer queue's limits.max_bytes would take 12 MiB of the gateway's memory budget, which has 4 of 48 MiB left/,
      );
      const { queue } = await api.queues.getPartitionQueue({ consumer: first, topic, partition: 1, limits: { maxMessages: 100, maxBytes: 4 * 1024 * 1024 } });
      expect(gateway.handles.memory?.usedBytes).toBe(48 * 1024 * 1024);
      // A Consume stream's own consumer is charged like any other.
      const stream = new FrameReader(api.raw.consumer.consume(ConsumeRequest.fromPartial({ source: { $case: 'create', value: { config: group(), topics: [topic], partitions: [] } } })));
      expect(await stream.next()).toBeUndefined();
      expect([status[stream.error!.code], stream.error!.details]).toEqual([
        'RESOURCE_EXHAUSTED',
        `a consumer (its queued.max.messages.kbytes, fetch.max.bytes and consumer queue) would take 20 MiB of the gateway's memory budget, ${left(0)}`,
      ]);
      // Closing a consumer gives back what it and its queues took.
      await api.consumer.closeConsumer({ consumer: first });
      expect((await failure(api.queues.queueLength({ queue }))).code).toBe(status.NOT_FOUND);
      expect(gateway.handles.memory?.usedBytes).toBe(24 * 1024 * 1024);
      const { consumer: third } = await api.consumer.createConsumer({ config: group() });
      for (const consumer of [second, third]) await api.consumer.closeConsumer({ consumer });
      await api.producer.closeProducer({ producer });
      expect(gateway.handles.memory?.usedBytes).toBe(0);
    } finally {
      api.close();
      await gateway.stop();
    }
  });

  it("keeps each client to its share: one client's producers, consumers and queues cannot take what the others need", async () => {
    const gateway = await startTestGateway(undefined, { memoryBudgetMb: 64, memoryBudgetPerClientMb: 24 });
    const relay = await relayFrom('127.0.0.2', gateway.port);
    const me = gatewayClients(gateway.address);
    const other = gatewayClients(`127.0.0.1:${relay.port}`);
    const group = () => ({ 'group.id': `g-${randomUUID()}` });
    const refusedWith = async (call: Promise<unknown>) => {
      const err = await failure(call);
      return [status[err.code], reasonOf(err), err.details];
    };
    try {
      const topic = `t-${randomUUID()}`;
      await createTopic(topic);
      // 20 MiB each (see above): one consumer fits in a 24 MiB share, a second does not, whatever the gateway has left.
      const { consumer: mine } = await me.consumer.createConsumer({ config: group() });
      expect(await refusedWith(me.consumer.createConsumer({ config: group() }))).toEqual([
        'RESOURCE_EXHAUSTED',
        'CLIENT_MEMORY_BUDGET_EXHAUSTED',
        "a consumer (its queued.max.messages.kbytes, fetch.max.bytes and consumer queue) would take 20 MiB of client 127.0.0.1's share of the memory budget (--memory-budget-per-client-mb), which has 4 of 24 MiB left: ask for smaller buffers or queues, or close handles",
      ]);
      // Queues come out of the share of the consumer's client.
      expect((await refusedWith(me.queues.getPartitionQueue({ consumer: mine, topic, partition: 0, limits: { maxMessages: 100, maxBytes: 8 * 1024 * 1024 } })))[1]).toBe('CLIENT_MEMORY_BUDGET_EXHAUSTED');
      // Another client has a share of its own.
      const { consumer: theirs } = await other.consumer.createConsumer({ config: group() });
      expect(gateway.handles.memory?.usedBytes).toBe(40 * 1024 * 1024);
      // Closing gives the share back.
      await me.consumer.closeConsumer({ consumer: mine });
      const { consumer: again } = await me.consumer.createConsumer({ config: group() });
      await me.consumer.closeConsumer({ consumer: again });
      await other.consumer.closeConsumer({ consumer: theirs });
      expect(gateway.handles.memory?.usedBytes).toBe(0);
    } finally {
      me.close();
      other.close();
      await relay.close();
      await gateway.stop();
    }
  });
});
