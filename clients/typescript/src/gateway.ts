import {
  credentials, makeGenericClientConstructor, Metadata, type CallOptions, type ChannelCredentials, type ChannelOptions, type Client, type ClientReadableStream, type ServiceError,
} from '@grpc/grpc-js';
import type { ConsumedMessage } from './gen/kafkagateway/v1/common';
import * as consumerPb from './gen/kafkagateway/v1/consumer_service';
import * as eventPb from './gen/kafkagateway/v1/event_service';
import * as metadataPb from './gen/kafkagateway/v1/metadata_service';
import * as producerPb from './gen/kafkagateway/v1/producer_service';
import * as queuePb from './gen/kafkagateway/v1/queue_service';
import * as settingsPb from './gen/kafkagateway/v1/settings_service';
import * as subJobPb from './gen/kafkagateway/v1/subjob_service';
import * as tablePb from './gen/kafkagateway/v1/table_service';
import type { Value } from './gen/kafkagateway/v1/value';
import { withReusedRequestWriter } from './request-encoding';

/** What a StreamQueue stream carries, one at a time: a message, or an event of the queue. */
export type QueueItem = { $case: 'message'; value: ConsumedMessage } | { $case: 'event'; value: eventPb.EventInfo };

/**
 * A sub-job as the helpers take it: a handle string ("subjob-..."), an action name (or the id as text), a numeric id,
 * or a SubJobRef for a job whose action name itself starts with "subjob-".
 */
export type SubJobLike = string | number | bigint | subJobPb.SubJobRef;

/** The SubJobRef naming `job`: a string is a handle when it has the handle's "subjob-" prefix, a name otherwise. */
export function subJobRef(job: SubJobLike): subJobPb.SubJobRef {
  if (typeof job === 'object') return job;
  if (typeof job !== 'string') return { ref: { $case: 'id', value: BigInt(job) } };
  return { ref: job.startsWith('subjob-') ? { $case: 'handle', value: job } : { $case: 'name', value: job } };
}

/** How a stream helper's call ends early: aborting `signal` cancels it, `deadline` bounds it. */
export interface StreamOptions {
  signal?: AbortSignal;
  deadline?: Date;
}

type Callback<Res> = (err: ServiceError | null, response: Res) => void;
/** The last overload of a generated unary method: the one with metadata, options and callback. */
type FullMethod<Req, Res> = (request: Req, metadata: Metadata, options: Partial<CallOptions>, callback: Callback<Res>) => unknown;

/** A generated client's unary methods as async functions taking partial requests (the rest gets proto3 defaults). */
export type AsyncClient<C> = {
  [K in keyof C as C[K] extends FullMethod<never, unknown> ? K : never]: C[K] extends FullMethod<infer Req, infer Res>
    ? (request?: Partial<Req>, options?: Partial<CallOptions>) => Promise<Res>
    : never;
};

function asyncClient<C extends Client>(client: C, messages: object): AsyncClient<C> {
  const types = messages as Record<string, { fromPartial(o: unknown): unknown } | undefined>;
  const methods = client as unknown as Record<string, FullMethod<unknown, unknown> | undefined>;
  return new Proxy({} as AsyncClient<C>, {
    get: (_target, name: string) => {
      const type = types[`${name.charAt(0).toUpperCase()}${name.slice(1)}Request`];
      const method = methods[name];
      if (!type || !method) return undefined;
      return (request: object = {}, options: Partial<CallOptions> = {}) =>
        new Promise((resolve, reject) =>
          method.call(client, type.fromPartial(request), new Metadata(), options, (err, res) =>
            err ? reject(err) : resolve(res),
          ),
        );
    },
  });
}

/**
 * grpc-js announces HTTP/2's initial 64 KiB receive window and does not grow it by itself (other languages' gRPC stacks size
 * theirs from the measured bandwidth), so a Consume stream of 1 MiB frames waits a round trip every 64 KiB. An
 * 8 MiB window lets the gateway keep several frames in flight: measured on loopback, Consume at 10 KiB messages
 * went from ~11k to ~19k messages/s, and plain grpc-js streaming from ~0.3 to ~1 GB/s.
 */
export const DEFAULT_CHANNEL_OPTIONS: ChannelOptions = { 'grpc-node.flow_control_window': 8 * 1024 * 1024 };

/** The generated ProducerService client, but with Produce, ProduceBatch and ProduceStream requests encoded into a reused writer. */
const ProducerServiceClient = makeGenericClientConstructor(
  withReusedRequestWriter(producerPb.ProducerServiceService, {
    produce: producerPb.ProduceRequest,
    produceBatch: producerPb.ProduceBatchRequest,
    produceStream: producerPb.ProduceStreamRequest,
  }),
  producerPb.ProducerServiceClient.serviceName,
) as unknown as typeof producerPb.ProducerServiceClient;

/**
 * One connection to the gateway: promise-based unary calls on each service, the raw grpc-js clients for anything
 * else, and Consume as an async iterator.
 */
export class Gateway {
  readonly raw: {
    producer: producerPb.ProducerServiceClient;
    consumer: consumerPb.ConsumerServiceClient;
    metadata: metadataPb.MetadataServiceClient;
    settings: settingsPb.SettingsServiceClient;
    table: tablePb.TableServiceClient;
    queue: queuePb.QueueServiceClient;
    event: eventPb.EventServiceClient;
    subJob: subJobPb.SubJobServiceClient;
  };
  readonly producer: AsyncClient<producerPb.ProducerServiceClient>;
  readonly consumer: AsyncClient<consumerPb.ConsumerServiceClient>;
  readonly metadata: AsyncClient<metadataPb.MetadataServiceClient>;
  readonly settings: AsyncClient<settingsPb.SettingsServiceClient>;
  readonly table: AsyncClient<tablePb.TableServiceClient>;
  readonly queue: AsyncClient<queuePb.QueueServiceClient>;
  readonly event: AsyncClient<eventPb.EventServiceClient>;
  readonly subJob: AsyncClient<subJobPb.SubJobServiceClient>;

  /** `options` are grpc-js channel options, over DEFAULT_CHANNEL_OPTIONS. */
  constructor(address = '127.0.0.1:50051', creds: ChannelCredentials = credentials.createInsecure(), options: ChannelOptions = {}) {
    const producer = new ProducerServiceClient(address, creds, { ...DEFAULT_CHANNEL_OPTIONS, ...options });
    // The other clients share the first one's channel.
    const channelOverride = producer.getChannel();
    this.raw = {
      producer,
      consumer: new consumerPb.ConsumerServiceClient(address, creds, { channelOverride }),
      metadata: new metadataPb.MetadataServiceClient(address, creds, { channelOverride }),
      settings: new settingsPb.SettingsServiceClient(address, creds, { channelOverride }),
      table: new tablePb.TableServiceClient(address, creds, { channelOverride }),
      queue: new queuePb.QueueServiceClient(address, creds, { channelOverride }),
      event: new eventPb.EventServiceClient(address, creds, { channelOverride }),
      subJob: new subJobPb.SubJobServiceClient(address, creds, { channelOverride }),
    };
    this.producer = asyncClient(this.raw.producer, producerPb);
    this.consumer = asyncClient(this.raw.consumer, consumerPb);
    this.metadata = asyncClient(this.raw.metadata, metadataPb);
    this.settings = asyncClient(this.raw.settings, settingsPb);
    this.table = asyncClient(this.raw.table, tablePb);
    this.queue = asyncClient(this.raw.queue, queuePb);
    this.event = asyncClient(this.raw.event, eventPb);
    this.subJob = asyncClient(this.raw.subJob, subJobPb);
  }

  /**
   * The messages of a Consume stream. The stream is read as the loop asks for messages (grpc-js pauses the
   * call while unread frames wait), so a slow loop is backpressure on the gateway. Leaving the loop (break,
   * return, throw) or aborting `signal` cancels the call; a stream that fails throws its ServiceError.
   */
  async *consume(request: Partial<consumerPb.ConsumeRequest>, options: StreamOptions = {}): AsyncGenerator<ConsumedMessage> {
    const call = this.raw.consumer.consume(consumerPb.ConsumeRequest.fromPartial(request), callOptions(options));
    for await (const frame of frames<consumerPb.ConsumeResponse>(call, options)) {
      if (frame.frame?.$case === 'batch') yield* frame.frame.value.messages;
    }
  }

  /**
   * Every page of a ReadTable, as table Values, following next_page_token until the last page. A page is asked
   * for only when the loop has taken the one before, so leaving the loop stops the read. `options` go with each
   * page's call (a `deadline` therefore bounds the whole read).
   */
  async *readTable(request: Partial<tablePb.ReadTableRequest>, options: Partial<CallOptions> = {}): AsyncGenerator<Value> {
    yield* pages((pageToken) => this.table.readTable({ ...request, pageToken }, options), request.pageToken);
  }

  /** Every page of a Query's result, as ReadTable's pages (each page runs the statement again, in the gateway). */
  async *query(request: Partial<tablePb.QueryRequest>, options: Partial<CallOptions> = {}): AsyncGenerator<Value> {
    yield* pages((pageToken) => this.table.query({ ...request, pageToken }, options), request.pageToken);
  }

  /**
   * The frames of a TailTable stream (rows, and the number of the first), read as the loop asks as consume's are.
   * The stream does not end by itself while the table exists: leave the loop, abort `signal` or set a `deadline`.
   */
  async *tailTable(request: Partial<tablePb.TailTableRequest>, options: StreamOptions = {}): AsyncGenerator<tablePb.TailTableResponse> {
    yield* frames<tablePb.TailTableResponse>(this.raw.table.tailTable(tablePb.TailTableRequest.fromPartial(request), callOptions(options)), options);
  }

  /** One message of a queue (QueuePoll), or undefined when none arrived within the timeout. */
  async queuePoll(queue: string, request: Partial<Omit<queuePb.QueuePollRequest, 'queue'>> = {}, options: Partial<CallOptions> = {}): Promise<ConsumedMessage | undefined> {
    return (await this.queue.queuePoll({ ...request, queue }, options)).message;
  }

  /**
   * The messages and events of a StreamQueue stream, one at a time, with consume's backpressure and
   * cancellation. It ends with NOT_FOUND when the queue or its consumer is closed.
   */
  async *streamQueue(queue: string, request: Partial<Omit<queuePb.StreamQueueRequest, 'queue'>> = {}, options: StreamOptions = {}): AsyncGenerator<QueueItem> {
    const call = this.raw.queue.streamQueue(queuePb.StreamQueueRequest.fromPartial({ ...request, queue }), callOptions(options));
    for await (const { frame } of frames<queuePb.StreamQueueResponse>(call, options)) {
      if (frame?.$case === 'batch') for (const value of frame.value.messages) yield { $case: 'message', value };
      else if (frame?.$case === 'event') yield { $case: 'event', value: frame.value };
    }
  }

  /** Cancels a sub-job (CancelSubJob) and resolves to the plugin's text ("subscription: <actionName>(<id>) is stopped."). */
  async cancelSubJob(job: SubJobLike, options: Partial<CallOptions> = {}): Promise<string> {
    return (await this.subJob.cancelSubJob({ job: subJobRef(job) }, options)).text;
  }

  /** The consumer handle a sub-job reads (GetSubJobConsumer). */
  async getSubJobConsumer(job: SubJobLike, options: Partial<CallOptions> = {}): Promise<string> {
    return (await this.subJob.getSubJobConsumer({ job: subJobRef(job) }, options)).consumer;
  }

  /**
   * The batches of a `watch` sub-job (WatchSubJob frames: `rows`, a Table, and `positions`), read as the loop asks
   * as consume's are. That backpressure reaches the job: it holds at most queue_depth rows not yet sent, and reads
   * Kafka on only as the frames are taken. The stream ends with NOT_FOUND when the job is cancelled; leave the loop, abort `signal` or
   * set a `deadline` to stop watching without cancelling the job.
   */
  async *watchSubJob(job: SubJobLike, options: StreamOptions = {}): AsyncGenerator<subJobPb.WatchSubJobResponse> {
    const call = this.raw.subJob.watchSubJob(subJobPb.WatchSubJobRequest.fromPartial({ job: subJobRef(job) }), callOptions(options));
    yield* frames<subJobPb.WatchSubJobResponse>(call, options);
  }

  close(): void {
    // The channel is shared: closing the client that owns it closes it for all.
    this.raw.producer.close();
  }
}

function callOptions(options: StreamOptions): Partial<CallOptions> {
  return options.deadline ? { deadline: options.deadline } : {};
}

/**
 * A server stream's frames, for the stream helpers: aborting `signal` cancels the call, and so does leaving the
 * loop, since grpc-js would otherwise keep the call (and the gateway its stream) open.
 */
async function* frames<F>(call: ClientReadableStream<F>, options: StreamOptions): AsyncGenerator<F> {
  const cancel = () => call.cancel();
  options.signal?.addEventListener('abort', cancel);
  try {
    yield* call as AsyncIterable<F>;
    options.signal?.throwIfAborted();
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    call.cancel();
  }
}

/** The rows of each page a paged call returns, from `first` (empty: the first page) until a page says it was the last. */
async function* pages(page: (token: string) => Promise<{ rows?: Value; nextPageToken: string }>, first = ''): AsyncGenerator<Value> {
  let token = first;
  do {
    const { rows, nextPageToken } = await page(token);
    if (rows) yield rows;
    token = nextPageToken;
  } while (token !== '');
}
