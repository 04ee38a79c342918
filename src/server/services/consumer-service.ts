import type { ConsumerServiceServer } from '../../gen/kafkagateway/v1/consumer_service';
import { GatewayError, invalidArgument } from '../../errors';
import { describeGroup } from '../../kafka/group-admin';
import { clientConfig } from '../../kafka/client-config';
import { ConsumerSession } from '../../kafka/consumer-session';
import { LOGICAL_STARTS, OFFSET_BEGINNING, OFFSET_END, OFFSET_INVALID, offsetIn, offsetOut, timestampIn } from '../../kafka/offsets';
import { SeekPosition, type PollBatchRequest, type PollDictRequest } from '../../gen/kafkagateway/v1/consumer_service';
import { consumedMessage } from '../convert/consumed-message';
import { pollDict } from '../convert/poll-dict';
import { requireConsumeTopics, requireGroup } from '../../auth/permissions';
import { unary, type CallContext } from '../rpc/unary';
import { batchLimits, brokerWait, decodableMarshalType, nonEmptyTopics, offsetList, partitionList, timeoutOr } from '../rpc/validate';
import { consumeAckedStream } from '../streams/acked-stream';
import { consumeStream } from '../streams/consume-stream';
import type { ConsumeStreamDeps } from '../streams/stream-consumer';

export type ConsumerServiceDeps = ConsumeStreamDeps;

const CONNECT_TIMEOUT_MS = 5_000;

const toProto = (list: { topic: string; partition: number; offset: number }[]) =>
  list.map((p) => ({ topic: p.topic, partition: p.partition, offset: offsetOut(p.offset) }));

/** How long a synchronous commit waits for the coordinator unless the request says. */
const DEFAULT_COMMIT_WAIT_MS = 10_000;

/** ConsumerService: the plugin's consumer functions, one RPC each. */
export function createConsumerService(deps: ConsumerServiceDeps): ConsumerServiceServer {
  const { handles, clients, log, rpc } = deps;
  const run = <R>(ctx: CallContext, id: string, fn: (c: ConsumerSession) => Promise<R>) => handles.run<ConsumerSession, R>(ctx.caller.owner, 'consumer', id, fn);
  /** A call that only looks at the consumer: it also runs while a sub-job reads the consumer. */
  const look = <R>(ctx: CallContext, id: string, fn: (c: ConsumerSession) => Promise<R>) =>
    handles.run<ConsumerSession, R>(ctx.caller.owner, 'consumer', id, fn, { look: true });
  /** Partitions a call names, of topics the caller may consume (its principal's patterns): offsets and watermarks are the topic's. */
  const consumable = <P extends { topic: string }>(ctx: CallContext, list: P[]): P[] => {
    requireConsumeTopics(ctx.caller, list.map((p) => p.topic));
    return list;
  };
  /** PollBatch and PollDict: up to batch_size messages, decoded; the wait is capped by the call's deadline. */
  const pollMessages = (req: PollBatchRequest | PollDictRequest, ctx: CallContext) => {
    const batch = batchLimits(req.batchSize, req.maxBytes);
    const marshalType = decodableMarshalType(req.marshalType);
    return run(ctx, req.consumer, async (c) => {
      const polled = await c.pollBatch(batch.size, timeoutOr(req.timeoutMs, c.timeoutMs), batch.maxBytes, ctx);
      return { messages: polled.messages.map((m) => consumedMessage(m, marshalType)), byteLimitReached: polled.byteLimitReached };
    });
  };
  return {
    createConsumer: unary(rpc, async (req, ctx) => {
      const owner = ctx.caller.owner;
      requireGroup(ctx.caller, req.config);
      const config = clientConfig(req.config, clients, 'consumer', clients.overrideFor(owner));
      const { id } = await handles.build('consumer', owner, (memory) => ConsumerSession.create(config, { log, connectTimeoutMs: CONNECT_TIMEOUT_MS, meter: deps.meter, memory }));
      return { consumer: id };
    }),
    closeConsumer: unary(rpc, async (req, ctx) => {
      await handles.close(ctx.caller.owner, 'consumer', req.consumer);
      return {};
    }),
    subscribe: unary(rpc, async (req, ctx) =>
      run(ctx, req.consumer, async (c) => {
        const topics = nonEmptyTopics(req.topics);
        requireConsumeTopics(ctx.caller, topics);
        c.subscribe(topics);
        return {};
      }),
    ),
    unsubscribe: unary(rpc, async (req, ctx) =>
      run(ctx, req.consumer, async (c) => {
        c.unsubscribe();
        return {};
      }),
    ),
    poll: unary(rpc, async (req, ctx) => {
      const marshalType = decodableMarshalType(req.marshalType);
      return run(ctx, req.consumer, async (c) => {
        // A poll never outlives its call: the client's deadline caps the wait, and a client gone is given nothing.
        const message = await c.poll(timeoutOr(req.timeoutMs, c.timeoutMs), ctx);
        return { message: message && consumedMessage(message, marshalType) };
      });
    }),
    pollBatch: unary(rpc, async (req, ctx) => pollMessages(req, ctx)),
    pollDict: unary(rpc, async (req, ctx) => {
      const polled = await pollMessages(req, ctx);
      return pollDict(polled.messages, polled.byteLimitReached);
    }),
    pollByteStream: unary(rpc, async (req, ctx) =>
      run(ctx, req.consumer, async (c) => {
        const m = await c.poll(timeoutOr(req.timeoutMs, c.timeoutMs), ctx);
        if (!m) return { payload: undefined, topic: '', partition: 0, offset: 0n };
        return { payload: m.value ?? Buffer.alloc(0), topic: m.topic, partition: m.partition, offset: offsetOut(m.offset) };
      }),
    ),
    consume: consumeStream(deps),
    consumeAcked: consumeAckedStream(deps),
    seek: unary(rpc, async (req, ctx) => {
      const [{ topic, partition }] = consumable(ctx, partitionList([{ topic: req.topic, partition: req.partition }])) as [{ topic: string; partition: number }];
      const target = req.target;
      if (!target) throw invalidArgument('set where to seek: offset, position or timestamp_ms');
      const exact = target.$case === 'offset' ? offsetIn(target.value, 'offset (use position for the beginning or the end)') : undefined;
      const at = target.$case === 'timestampMs' ? timestampIn(target.value, 'timestamp_ms') : undefined;
      if (target.$case === 'position' && target.value !== SeekPosition.SEEK_POSITION_BEGINNING && target.value !== SeekPosition.SEEK_POSITION_END) {
        throw invalidArgument('position must be SEEK_POSITION_BEGINNING or SEEK_POSITION_END');
      }
      return run(ctx, req.consumer, async (c) => {
        const timeoutMs = brokerWait(req.timeoutMs, c.timeoutMs);
        let offset: number;
        if (exact !== undefined) offset = exact;
        else if (at !== undefined) offset = await c.offsetForTime(topic, partition, at, timeoutMs);
        else offset = target.value === SeekPosition.SEEK_POSITION_BEGINNING ? OFFSET_BEGINNING : OFFSET_END;
        await c.seek(topic, partition, offset, timeoutMs);
        if (offset >= 0) return { offset: offsetOut(offset) };
        // A logical place: say which offset it is now.
        const w = await c.watermarks(topic, partition, true, timeoutMs);
        return { offset: offsetOut(offset === OFFSET_BEGINNING ? w.low : w.high) };
      });
    }),
    commit: unary(rpc, async (req, ctx) => {
      const list = consumable(ctx, offsetList(req.offsets));
      const waitMs = brokerWait(req.timeoutMs, DEFAULT_COMMIT_WAIT_MS);
      return run(ctx, req.consumer, async (c) => {
        await c.commit(list, req.async, Math.min(waitMs, ctx.timeLeftMs()));
        return {};
      });
    }),
    assign: unary(rpc, async (req, ctx) =>
      run(ctx, req.consumer, async (c) => {
        const partitions = offsetList(req.partitions, LOGICAL_STARTS);
        requireConsumeTopics(ctx.caller, partitions.map((p) => p.topic));
        c.assign(partitions);
        return {};
      }),
    ),
    unassign: unary(rpc, async (req, ctx) =>
      run(ctx, req.consumer, async (c) => {
        c.unassign();
        return {};
      }),
    ),
    getAssignment: unary(rpc, async (req, ctx) => look(ctx, req.consumer, async (c) => ({ partitions: toProto(c.assignment()) }))),
    pause: unary(rpc, async (req, ctx) =>
      run(ctx, req.consumer, async (c) => {
        c.pause(partitionList(req.partitions));
        return {};
      }),
    ),
    resume: unary(rpc, async (req, ctx) =>
      run(ctx, req.consumer, async (c) => {
        c.resume(partitionList(req.partitions));
        return {};
      }),
    ),
    getWatermarkOffsets: unary(rpc, async (req, ctx) => {
      const [p] = consumable(ctx, partitionList([{ topic: req.topic, partition: req.partition }]));
      return look(ctx, req.consumer, async (c) => {
        const w = await c.watermarks(p!.topic, p!.partition, req.queryBroker, brokerWait(req.timeoutMs, c.timeoutMs));
        return { low: offsetOut(w.low), high: offsetOut(w.high) };
      });
    }),
    getCommittedOffsets: unary(rpc, async (req, ctx) =>
      look(ctx, req.consumer, async (c) => ({
        offsets: toProto(await c.committed(consumable(ctx, partitionList(req.partitions)), brokerWait(req.timeoutMs, c.timeoutMs))),
      })),
    ),
    getPositions: unary(rpc, async (req, ctx) => look(ctx, req.consumer, async (c) => ({ offsets: toProto(c.positions(partitionList(req.partitions))) }))),
    getOffsetInfo: unary(rpc, async (req, ctx) => {
      if (req.partitions.length === 0) throw invalidArgument('partitions must name at least one partition');
      const list = consumable(ctx, partitionList(req.partitions));
      return look(ctx, req.consumer, async (c) => {
        const positions = c.positions(list);
        const committed = await c.committed(list, c.timeoutMs);
        const infos = await Promise.all(
          list.map(async (p, i) => {
            const w = await c.watermarks(p.topic, p.partition, false, c.timeoutMs).catch(() => ({ low: OFFSET_INVALID, high: OFFSET_INVALID }));
            return {
              topic: p.topic,
              partition: p.partition,
              minOffset: offsetOut(w.low),
              maxOffset: offsetOut(w.high),
              offsetPosition: offsetOut(positions[i]?.offset),
              offsetCommitted: offsetOut(committed[i]?.offset),
            };
          }),
        );
        return { infos };
      });
    }),
    storeOffsets: unary(rpc, async (req, ctx) =>
      run(ctx, req.consumer, async (c) => {
        c.store(consumable(ctx, offsetList(req.offsets)));
        return {};
      }),
    ),
    getMemberId: unary(rpc, async (req, ctx) =>
      look(ctx, req.consumer, async (c) => {
        const { groupId, clientId, bootstrap, connection } = c.identity;
        // The coordinator is asked with the consumer's own credentials: it sees what that Kafka user may see.
        const group = await describeGroup(bootstrap, groupId, brokerWait(req.timeoutMs, c.timeoutMs), connection);
        const mine = group.members.filter((m) => m.clientId === clientId);
        if (mine.length > 1) {
          throw new GatewayError('FAILED_PRECONDITION', 'AMBIGUOUS_CLIENT_ID', `${mine.length} members of ${groupId} share client.id ${clientId}; leave client.id unset to tell them apart`);
        }
        return { memberId: mine[0]?.memberId ?? '' };
      }),
    ),
    getConsumerTimeout: unary(rpc, async (req, ctx) => look(ctx, req.consumer, async (c) => ({ timeoutMs: c.timeoutMs }))),
    setConsumerTimeout: unary(rpc, async (req, ctx) =>
      run(ctx, req.consumer, async (c) => {
        c.timeoutMs = timeoutOr(req.timeoutMs, c.timeoutMs);
        return {};
      }),
    ),
  };
}
