import { randomUUID } from 'node:crypto';
import { cut, invalidArgument, notFound } from '../../errors';
import type { ConsumeRequest, ConsumeResponse, StartPosition, StreamConsumer } from '../../gen/kafkagateway/v1/consumer_service';
import type { PartitionOffset } from '../../kafka/consumer-events';
import type { ConsumerSession } from '../../kafka/consumer-session';
import { requireConsumeTopics, requireGroup } from '../../auth/permissions';
import { serverStream } from '../rpc/server-stream';
import type { StreamSender } from '../rpc/stream-call';
import { LOGICAL_STARTS, MAX_EXACT, OFFSET_BEGINNING, OFFSET_END } from '../../kafka/offsets';
import { decodableMarshalType, nonEmptyTopics, offsetList } from '../rpc/validate';
import { ConsumeLoop } from './consume-loop';
import { frameLimits } from './frame-limits';
import { promptCommitter, type PromptCommitter } from './prompt-committer';
import { closeStreamConsumer, createStreamConsumer, type ConsumeStreamDeps } from './stream-consumer';

/** Consume: frames of messages from a consumer handle or from a consumer made for the stream. */
export function consumeStream(deps: ConsumeStreamDeps) {
  return serverStream(deps.rpc, async (req: ConsumeRequest, out: StreamSender<ConsumeResponse>, ctx) => {
    const owner = ctx.caller.owner;
    const marshalType = decodableMarshalType(req.marshalType);
    const limits = frameLimits(req.limits);
    if (req.maxMessages < 0n) throw invalidArgument(`max_messages must not be negative, got ${req.maxMessages}`);
    const source = req.source;
    if (!source) throw invalidArgument('set consumer (a consumer handle) or create (a config with topics or partitions)');
    let id: string;
    let session: ConsumerSession;
    let committer: PromptCommitter | undefined;
    if (source.$case === 'consumer') {
      id = source.value;
      session = await deps.handles.run(owner, 'consumer', id, async (c: ConsumerSession) => c);
    } else {
      const { config, start, topics } = starter(source.value);
      requireConsumeTopics(ctx.caller, topics);
      requireGroup(ctx.caller, source.value.config);
      ({ id, session } = await createStreamConsumer(deps, owner, config, start));
      // What the stream made is closed before the client hears the end, so that it is gone when it does.
      const created = id;
      out.defer(() => closeStreamConsumer(deps, owner, created));
      // What was sent is committed soon, not only at librdkafka's 5 s: a consumer that loses its partitions in a
      // broker outage longer than its session reads again everything sent since the last commit.
      const own = session;
      const prompt = promptCommitter(config, (ms) => own.commit([], false, ms), deps.log);
      committer = prompt;
      out.defer(() => prompt?.close());
    }
    out.defer(session.claimForStream(id));
    const onSend = committer && ((messages: unknown[]) => committer?.stored(messages.length));
    const loop = new ConsumeLoop({ ...deps, session, out, reader: out.reader, room: out.flushed, marshalType, limits, maxTotal: Number(req.maxMessages), ...(onSend && { onSend }) });
    out.measure(() => loop.buffered());
    await out.write({ frame: { $case: 'started', value: { consumer: id } } });
    await loop.run();
  });
}

/** How long a stream without a group may wait for its topics' partitions or their watermarks. */
const LOOKUP_TIMEOUT_MS = 5_000;

/**
 * What a stream's own consumer is made with and does first: subscribe to topics, or assign partitions. Without
 * group.id the stream reads on its own, as kcat -C does: a group id of its own (librdkafka needs one) and no
 * commits, so that nothing is left behind in the cluster and no other reader is disturbed.
 */
function starter(spec: StreamConsumer): { config: Record<string, string>; start: (s: ConsumerSession) => Promise<void>; topics: string[] } {
  if (spec.topics.length > 0 && spec.partitions.length > 0) throw invalidArgument('create: set topics or partitions, not both');
  const grouped = Boolean(spec.config['group.id']);
  const config = grouped ? spec.config : { ...spec.config, 'group.id': `kgw-stream-${randomUUID()}`, 'enable.auto.commit': 'false' };
  const position = spec.start?.position;
  if (position?.$case === 'last' && position.value < 1n) throw invalidArgument(`start.last must be at least 1, got ${position.value}`);
  if (spec.partitions.length > 0) {
    const partitions = offsetList(spec.partitions, LOGICAL_STARTS);
    return { config, topics: partitions.map((p) => p.topic), start: async (s) => s.assign(position ? await startOffsets(s, partitions, position) : partitions) };
  }
  const topics = nonEmptyTopics(spec.topics);
  if (grouped) {
    if (position) throw invalidArgument('start applies to partitions, or to topics without group.id; a group starts where it committed (or at auto.offset.reset)');
    return { config, topics, start: async (s) => s.subscribe(topics) };
  }
  return {
    config,
    topics,
    start: async (s) => {
      const partitions = await s.partitionsOf(topics, LOOKUP_TIMEOUT_MS);
      const missing = topics.filter((t) => !partitions.some((p) => p.topic === t));
      if (missing.length) throw notFound(`Broker: Unknown topic or partition: ${cut(missing.join(', '), 256, false)}`, 'TOPIC_NOT_FOUND');
      const atEnd = partitions.map((p) => ({ ...p, offset: OFFSET_END }));
      s.assign(position ? await startOffsets(s, atEnd, position) : atEnd);
    },
  };
}

/** Each partition's offset for a start position: its beginning, or N before its high watermark (not below its low). */
async function startOffsets(s: ConsumerSession, partitions: PartitionOffset[], position: NonNullable<StartPosition['position']>): Promise<PartitionOffset[]> {
  if (position.$case === 'beginning') return partitions.map((p) => ({ ...p, offset: OFFSET_BEGINNING }));
  const back = position.value > MAX_EXACT ? Number.MAX_SAFE_INTEGER : Number(position.value);
  return Promise.all(
    partitions.map(async (p) => {
      const { low, high } = await s.watermarks(p.topic, p.partition, true, LOOKUP_TIMEOUT_MS);
      return { ...p, offset: Math.max(low, high - back) };
    }),
  );
}
