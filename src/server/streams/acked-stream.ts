import { invalidArgument } from '../../errors';
import type { ConsumeAckedOpen, ConsumeAckedRequest, ConsumeAckedResponse, ConsumeResponse } from '../../gen/kafkagateway/v1/consumer_service';
import type { ConsumerSession } from '../../kafka/consumer-session';
import { hasKafkaCode, KafkaCode } from '../../kafka/kafka-errors';
import { offsetIn } from '../../kafka/offsets';
import { requireConsumeTopics, requireGroup } from '../../auth/permissions';
import { bidiStream } from '../rpc/bidi-stream';
import type { StreamSender } from '../rpc/stream-call';
import { decodableMarshalType, nonEmptyTopics } from '../rpc/validate';
import { promptCommitter } from './prompt-committer';
import { AckTracker } from './ack-tracker';
import { ConsumeLoop } from './consume-loop';
import { frameLimits } from './frame-limits';
import { closeStreamConsumer, createStreamConsumer, type ConsumeStreamDeps } from './stream-consumer';

const DEFAULT_MAX_UNACKED = 1000;
/** Acknowledged offsets held behind one unacknowledged message, as a multiple of max_unacked. */
const HELD_FACTOR = 16;
/** How long the commit at the end of a stream waits for the coordinator. */
const FINAL_COMMIT_WAIT_MS = 10_000;

/**
 * ConsumeAcked: at-least-once delivery. The stream's consumer never stores offsets by itself
 * (enable.auto.offset.store=false); an acknowledgement stores the offset after the longest acknowledged run at
 * the start of its partition, the stream commits what is stored soon after (prompt-committer.ts), and once more
 * when it ends. So whatever was not acknowledged is read again by the group's next consumer, and after a crash of the
 * gateway little of what was acknowledged is.
 */
export function consumeAckedStream(deps: ConsumeStreamDeps) {
  return bidiStream(deps.rpc, async (requests: AsyncGenerator<ConsumeAckedRequest, void, undefined>, out: StreamSender<ConsumeAckedResponse>, ctx) => {
    const owner = ctx.caller.owner;
    const room = out.flushed;
    const first = await requests.next();
    if (first.done) return;
    if (first.value.request?.$case !== 'open') throw invalidArgument('the first ConsumeAcked request must be an open request');
    const open = first.value.request.value;
    const marshalType = decodableMarshalType(open.marshalType);
    const limits = frameLimits(open.limits);
    const maxUnacked = unackedLimit(open);
    const topics = nonEmptyTopics(open.topics);
    requireConsumeTopics(ctx.caller, topics);
    requireGroup(ctx.caller, open.config);
    const config = { ...open.config, 'enable.auto.offset.store': 'false' };
    const { id, session } = await createStreamConsumer(deps, owner, config, async (s) => s.subscribe(topics));
    out.defer(() => finish(id));
    const committer = promptCommitter(config, (ms) => session.commit([], false, ms), deps.log);
    out.defer(() => committer?.close());

    const acks = new AckTracker();
    out.defer(
      session.onRebalance((kind, partitions) => {
        if (kind === 'revoked') acks.drop(partitions);
        room.notify();
      }),
    );
    const loop = new ConsumeLoop({
      ...deps,
      session,
      out: out as StreamSender<ConsumeResponse>,
      reader: out.reader,
      room,
      marshalType,
      limits,
      maxTotal: 0,
      credit: () => Math.min(maxUnacked - acks.unacked, HELD_FACTOR * maxUnacked - acks.held),
      onSend: (messages) => messages.forEach((m) => acks.delivered(m.topic, m.partition, m.offset)),
    });
    out.measure(() => loop.buffered());
    await out.write({ frame: { $case: 'started', value: { consumer: id } } });

    const readAcks = async () => {
      for (let r = await requests.next(); !r.done; r = await requests.next()) {
        const request = r.value.request;
        if (request?.$case !== 'ack') throw invalidArgument('after the open request, a ConsumeAcked stream takes only acknowledgements');
        const messages = request.value.messages;
        const frame = acks.ackAll(messages.map((m) => ({ topic: m.topic, partition: m.partition, offset: offsetIn(m.offset, 'an acknowledged offset') })));
        for (const { index, reason } of frame.rejected) void out.write({ frame: { $case: 'ackRejected', value: { message: messages[index]!, reason } } });
        if (frame.store.length) {
          session.store(frame.store);
          committer?.stored(frame.released);
        }
        room.notify();
      }
    };
    // The client ending its side means it acknowledges nothing more: the stream ends as well.
    const reading = readAcks().finally(() => loop.stop());
    await Promise.all([loop.run(), reading]);

    /** Commits what was acknowledged and closes the consumer (after the prompt commits stopped). */
    async function finish(consumer: string): Promise<void> {
      await deps.handles
        .run(owner, 'consumer', consumer, (c: ConsumerSession) => c.commit([], false, FINAL_COMMIT_WAIT_MS))
        .catch((err: unknown) => hasKafkaCode(err, KafkaCode.NO_OFFSET) || deps.log.warn({ err, id: consumer }, 'commit at the end of an acknowledged stream failed'));
      await closeStreamConsumer(deps, owner, consumer);
    }
  });
}

function unackedLimit(open: ConsumeAckedOpen): number {
  const v = open.maxUnacked;
  if (!Number.isInteger(v) || v < 0) throw invalidArgument(`max_unacked must not be negative, got ${v}`);
  return v || DEFAULT_MAX_UNACKED;
}
