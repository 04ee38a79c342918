import type { ServerWritableStream } from '@grpc/grpc-js';
import { invalidArgument } from '../../errors';
import type { ConsumeRequest, ConsumeResponse, StreamConsumer } from '../../gen/kafkagateway/v1/consumer_service';
import type { ConsumerSession } from '../../kafka/consumer-session';
import { clientOf } from '../rpc/client-identity';
import { wellFormed } from '../rpc/malformed-request';
import { Signal } from '../rpc/signal';
import { StreamSender } from '../rpc/stream-call';
import { LOGICAL_STARTS } from '../../kafka/offsets';
import { decodableMarshalType, nonEmptyTopics, offsetList } from '../rpc/validate';
import { ConsumeLoop } from './consume-loop';
import { frameLimits } from './frame-limits';
import { closeStreamConsumer, createStreamConsumer, type ConsumeStreamDeps } from './stream-consumer';

/** Consume: frames of messages from a consumer handle or from a consumer made for the stream. */
export function consumeStream(deps: ConsumeStreamDeps) {
  return (call: ServerWritableStream<ConsumeRequest, ConsumeResponse>): void => {
    const room = new Signal();
    const out = new StreamSender<ConsumeResponse>(call, deps.log, room);
    let created: string | undefined;
    let release: (() => void) | undefined;
    let untrack: (() => void) | undefined;
    const serve = async () => {
      const req = wellFormed(call.request);
      const marshalType = decodableMarshalType(req.marshalType);
      const limits = frameLimits(req.limits);
      if (req.maxMessages < 0n) throw invalidArgument(`max_messages must not be negative, got ${req.maxMessages}`);
      const source = req.source;
      if (!source) throw invalidArgument('set consumer (a consumer handle) or create (a config with topics or partitions)');
      let id: string;
      let session: ConsumerSession;
      if (source.$case === 'consumer') {
        id = source.value;
        session = await deps.handles.run('consumer', id, async (c: ConsumerSession) => c);
      } else {
        const start = starter(source.value);
        ({ id, session } = await createStreamConsumer(deps, clientOf(call), source.value.config, start));
        created = id;
      }
      release = session.claimForStream(id);
      const loop = new ConsumeLoop({ ...deps, session, out, room, marshalType, limits, maxTotal: Number(req.maxMessages) });
      untrack = deps.streams.add({ buffered: () => loop.buffered(), shutdown: (err) => out.fail(err) });
      await out.write({ frame: { $case: 'started', value: { consumer: id } } });
      await loop.run();
    };
    // What the stream made is closed before the client hears the end, so that it is gone when it does.
    const cleanUp = async () => {
      untrack?.();
      release?.();
      if (created) await closeStreamConsumer(deps, created);
    };
    out.run(serve, cleanUp);
  };
}

/** What a stream's own consumer does first: subscribe to topics, or assign partitions. */
function starter(spec: StreamConsumer): (s: ConsumerSession) => void {
  if (spec.topics.length > 0 && spec.partitions.length > 0) throw invalidArgument('create: set topics or partitions, not both');
  if (spec.partitions.length > 0) {
    const partitions = offsetList(spec.partitions, LOGICAL_STARTS);
    return (s) => s.assign(partitions);
  }
  const topics = nonEmptyTopics(spec.topics);
  return (s) => s.subscribe(topics);
}
