import type { ConsumerServiceServer } from '../../gen/kafkagateway/v1/consumer_service';
import { GatewayError, invalidArgument } from '../../errors';
import { describeGroup } from '../../kafka/group-admin';
import type { HandleRegistry } from '../../handles/registry';
import { clientConfig } from '../../kafka/client-config';
import { ConsumerSession, OFFSET_BEGINNING, OFFSET_END, OFFSET_INVALID } from '../../kafka/consumer-session';
import { SeekPosition, type PollBatchRequest, type PollDictRequest } from '../../gen/kafkagateway/v1/consumer_service';
import { consumedMessage } from '../convert/consumed-message';
import { pollDict } from '../convert/poll-dict';
import { unary, type CallContext } from '../rpc/unary';
import { decodableMarshalType, nonEmptyTopics, partitionList, timeoutOr } from '../rpc/validate';
import { consumeAckedStream } from '../streams/acked-stream';
import { consumeStream } from '../streams/consume-stream';
import type { ConsumeStreamDeps } from '../streams/stream-consumer';

export type ConsumerServiceDeps = ConsumeStreamDeps;

const CONNECT_TIMEOUT_MS = 5_000;

/** 64-bit offsets from the proto as the numbers librdkafka takes (offsets stay far below 2^53). */
const offsets = (list: { topic: string; partition: number; offset: bigint }[]) =>
  partitionList(list).map((p) => ({ topic: p.topic, partition: p.partition, offset: Number(p.offset) }));
const toProto = (list: { topic: string; partition: number; offset: number }[]) =>
  list.map((p) => ({ topic: p.topic, partition: p.partition, offset: BigInt(p.offset) }));

/** ConsumerService: the plugin's consumer functions, one RPC each. */
export function createConsumerService(deps: ConsumerServiceDeps): ConsumerServiceServer {
  const { handles, brokers, log } = deps;
  const run = <R>(id: string, fn: (c: ConsumerSession) => Promise<R>) => handles.run<ConsumerSession, R>('consumer', id, fn);
  /** PollBatch and PollDict: up to batch_size messages, decoded; the wait is capped by the call's deadline. */
  const pollMessages = (req: PollBatchRequest | PollDictRequest, ctx: CallContext) => {
    if (!Number.isInteger(req.batchSize) || req.batchSize <= 0) throw invalidArgument(`batchSize need positive integer, got ${req.batchSize}`);
    const marshalType = decodableMarshalType(req.marshalType);
    return run(req.consumer, async (c) => {
      const messages = await c.pollBatch(req.batchSize, Math.min(timeoutOr(req.timeoutMs, c.timeoutMs), ctx.timeLeftMs()));
      return messages.map((m) => consumedMessage(m, marshalType));
    });
  };
  return {
    createConsumer: unary(log, async (req, ctx) => {
      const config = clientConfig(req.config, brokers, 'consumer');
      handles.checkRoom(ctx.client());
      const session = await ConsumerSession.create(config, log, CONNECT_TIMEOUT_MS);
      return { consumer: await handles.adopt('consumer', session, ctx.client()) };
    }),
    closeConsumer: unary(log, async (req) => {
      await handles.close('consumer', req.consumer);
      return {};
    }),
    subscribe: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        c.subscribe(nonEmptyTopics(req.topics));
        return {};
      }),
    ),
    unsubscribe: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        c.unsubscribe();
        return {};
      }),
    ),
    poll: unary(log, async (req, ctx) => {
      const marshalType = decodableMarshalType(req.marshalType);
      return run(req.consumer, async (c) => {
        // A poll never outlives its call: the client's deadline caps the wait.
        const message = await c.poll(Math.min(timeoutOr(req.timeoutMs, c.timeoutMs), ctx.timeLeftMs()));
        return { message: message && consumedMessage(message, marshalType) };
      });
    }),
    pollBatch: unary(log, async (req, ctx) => ({ messages: await pollMessages(req, ctx) })),
    pollDict: unary(log, async (req, ctx) => pollDict(await pollMessages(req, ctx))),
    pollByteStream: unary(log, async (req, ctx) =>
      run(req.consumer, async (c) => {
        const m = await c.poll(Math.min(timeoutOr(req.timeoutMs, c.timeoutMs), ctx.timeLeftMs()));
        if (!m) return { payload: undefined, topic: '', partition: 0, offset: 0n };
        return { payload: m.value ?? Buffer.alloc(0), topic: m.topic, partition: m.partition, offset: BigInt(m.offset) };
      }),
    ),
    consume: consumeStream(deps),
    consumeAcked: consumeAckedStream(deps),
    seek: unary(log, async (req) => {
      const [{ topic, partition }] = partitionList([{ topic: req.topic, partition: req.partition }]) as [{ topic: string; partition: number }];
      const target = req.target;
      if (!target) throw invalidArgument('set where to seek: offset, position or timestamp_ms');
      if (target.$case === 'offset' && target.value < 0n) throw invalidArgument(`offset must not be negative, got ${target.value}; use position for the beginning or the end`);
      if (target.$case === 'position' && target.value !== SeekPosition.SEEK_POSITION_BEGINNING && target.value !== SeekPosition.SEEK_POSITION_END) {
        throw invalidArgument('position must be SEEK_POSITION_BEGINNING or SEEK_POSITION_END');
      }
      return run(req.consumer, async (c) => {
        const timeoutMs = timeoutOr(req.timeoutMs, c.timeoutMs) || c.timeoutMs;
        let offset: number;
        if (target.$case === 'offset') offset = Number(target.value);
        else if (target.$case === 'position') offset = target.value === SeekPosition.SEEK_POSITION_BEGINNING ? OFFSET_BEGINNING : OFFSET_END;
        else offset = await c.offsetForTime(topic, partition, Number(target.value), timeoutMs);
        await c.seek(topic, partition, offset, timeoutMs);
        if (offset >= 0) return { offset: BigInt(offset) };
        // A logical place: say which offset it is now.
        const w = await c.watermarks(topic, partition, true, timeoutMs);
        return { offset: BigInt(offset === OFFSET_BEGINNING ? w.low : w.high) };
      });
    }),
    commit: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        await c.commit(offsets(req.offsets), req.async);
        return {};
      }),
    ),
    assign: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        c.assign(offsets(req.partitions));
        return {};
      }),
    ),
    unassign: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        c.unassign();
        return {};
      }),
    ),
    getAssignment: unary(log, async (req) => run(req.consumer, async (c) => ({ partitions: toProto(c.assignment()) }))),
    pause: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        c.pause(partitionList(req.partitions));
        return {};
      }),
    ),
    resume: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        c.resume(partitionList(req.partitions));
        return {};
      }),
    ),
    getWatermarkOffsets: unary(log, async (req) => {
      const [p] = partitionList([{ topic: req.topic, partition: req.partition }]);
      return run(req.consumer, async (c) => {
        const w = await c.watermarks(p!.topic, p!.partition, req.queryBroker, timeoutOr(req.timeoutMs, c.timeoutMs) || c.timeoutMs);
        return { low: BigInt(w.low), high: BigInt(w.high) };
      });
    }),
    getCommittedOffsets: unary(log, async (req) =>
      run(req.consumer, async (c) => ({
        offsets: toProto(await c.committed(partitionList(req.partitions), timeoutOr(req.timeoutMs, c.timeoutMs))),
      })),
    ),
    getPositions: unary(log, async (req) => run(req.consumer, async (c) => ({ offsets: toProto(c.positions(partitionList(req.partitions))) }))),
    getOffsetInfo: unary(log, async (req) => {
      if (req.partitions.length === 0) throw invalidArgument('partitions must name at least one partition');
      const list = partitionList(req.partitions);
      return run(req.consumer, async (c) => {
        const positions = c.positions(list);
        const committed = await c.committed(list, c.timeoutMs);
        const infos = await Promise.all(
          list.map(async (p, i) => {
            const w = await c.watermarks(p.topic, p.partition, false, c.timeoutMs).catch(() => ({ low: OFFSET_INVALID, high: OFFSET_INVALID }));
            return {
              topic: p.topic,
              partition: p.partition,
              minOffset: BigInt(w.low),
              maxOffset: BigInt(w.high),
              offsetPosition: BigInt(positions[i]?.offset ?? OFFSET_INVALID),
              offsetCommitted: BigInt(committed[i]?.offset ?? OFFSET_INVALID),
            };
          }),
        );
        return { infos };
      });
    }),
    storeOffsets: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        c.store(offsets(req.offsets));
        return {};
      }),
    ),
    getMemberId: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        const { groupId, clientId, bootstrap, plaintext } = c.identity;
        if (!plaintext) throw new GatewayError('FAILED_PRECONDITION', 'NOT_PLAINTEXT', 'GetMemberId asks the group coordinator over plaintext Kafka; this consumer uses TLS or SASL');
        const group = await describeGroup(bootstrap, groupId, timeoutOr(req.timeoutMs, c.timeoutMs) || c.timeoutMs);
        const mine = group.members.filter((m) => m.clientId === clientId);
        if (mine.length > 1) {
          throw new GatewayError('FAILED_PRECONDITION', 'AMBIGUOUS_CLIENT_ID', `${mine.length} members of ${groupId} share client.id ${clientId}; leave client.id unset to tell them apart`);
        }
        return { memberId: mine[0]?.memberId ?? '' };
      }),
    ),
    getConsumerTimeout: unary(log, async (req) => run(req.consumer, async (c) => ({ timeoutMs: c.timeoutMs }))),
    setConsumerTimeout: unary(log, async (req) =>
      run(req.consumer, async (c) => {
        c.timeoutMs = timeoutOr(req.timeoutMs, c.timeoutMs);
        return {};
      }),
    ),
  };
}
