package io.kafkagateway.client;

import io.grpc.Context;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.kafkagateway.v1.CancelSubJobRequest;
import io.kafkagateway.v1.ConsumeRequest;
import io.kafkagateway.v1.ConsumeResponse;
import io.kafkagateway.v1.ConsumedMessage;
import io.kafkagateway.v1.ConsumerServiceGrpc;
import io.kafkagateway.v1.EventInfo;
import io.kafkagateway.v1.EventServiceGrpc;
import io.kafkagateway.v1.GetSubJobConsumerRequest;
import io.kafkagateway.v1.MetadataServiceGrpc;
import io.kafkagateway.v1.ProducerServiceGrpc;
import io.kafkagateway.v1.QueryRequest;
import io.kafkagateway.v1.QueryResponse;
import io.kafkagateway.v1.QueuePollRequest;
import io.kafkagateway.v1.QueuePollResponse;
import io.kafkagateway.v1.QueueServiceGrpc;
import io.kafkagateway.v1.ReadTableRequest;
import io.kafkagateway.v1.ReadTableResponse;
import io.kafkagateway.v1.SettingsServiceGrpc;
import io.kafkagateway.v1.StreamQueueRequest;
import io.kafkagateway.v1.StreamQueueResponse;
import io.kafkagateway.v1.SubJobRef;
import io.kafkagateway.v1.SubJobServiceGrpc;
import io.kafkagateway.v1.TableServiceGrpc;
import io.kafkagateway.v1.TailTableRequest;
import io.kafkagateway.v1.TailTableResponse;
import io.kafkagateway.v1.Value;
import io.kafkagateway.v1.WatchSubJobRequest;
import io.kafkagateway.v1.WatchSubJobResponse;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/** One channel to the gateway and a blocking stub for each service. */
public final class Gateway implements AutoCloseable {
  private final ManagedChannel channel;
  public final ProducerServiceGrpc.ProducerServiceBlockingStub producer;
  public final ConsumerServiceGrpc.ConsumerServiceBlockingStub consumer;
  public final MetadataServiceGrpc.MetadataServiceBlockingStub metadata;
  public final SettingsServiceGrpc.SettingsServiceBlockingStub settings;
  public final TableServiceGrpc.TableServiceBlockingStub table;
  public final QueueServiceGrpc.QueueServiceBlockingStub queue;
  public final EventServiceGrpc.EventServiceBlockingStub event;
  public final SubJobServiceGrpc.SubJobServiceBlockingStub subJob;

  /** A plaintext channel to host:port, as the gateway serves by default. */
  public Gateway(String address) {
    this(ManagedChannelBuilder.forTarget(address).usePlaintext().build());
  }

  /** A TLS channel to host:port, with a client certificate and a bearer token as the options give. */
  public static Gateway connect(String address, TlsOptions tls) {
    return new Gateway(Grpc.newChannelBuilder(address, tls.credentials()).build());
  }

  public Gateway(ManagedChannel channel) {
    this.channel = channel;
    producer = ProducerServiceGrpc.newBlockingStub(channel);
    consumer = ConsumerServiceGrpc.newBlockingStub(channel);
    metadata = MetadataServiceGrpc.newBlockingStub(channel);
    settings = SettingsServiceGrpc.newBlockingStub(channel);
    table = TableServiceGrpc.newBlockingStub(channel);
    queue = QueueServiceGrpc.newBlockingStub(channel);
    event = EventServiceGrpc.newBlockingStub(channel);
    subJob = SubJobServiceGrpc.newBlockingStub(channel);
  }

  /**
   * The messages of a Consume stream, one at a time. The blocking stub reads the next frame only when the
   * iterator is advanced, so a slow loop is backpressure on the gateway. Close the stream (try-with-resources) to
   * end it early; it ends by itself when max_messages is reached or the deadline passes (StatusRuntimeException
   * DEADLINE_EXCEEDED).
   */
  public MessageStream consume(ConsumeRequest request, long timeout, TimeUnit unit) {
    Context.CancellableContext context = Context.current().withCancellation();
    return new MessageStream(open(context, () -> consumer.withDeadlineAfter(timeout, unit).consume(request)), context);
  }

  /**
   * Every page of a ReadTable, as table Values, following next_page_token until the last page. A page is asked for
   * only when the iterator is advanced past the one before, so stopping early stops the read.
   */
  public Pages readTable(ReadTableRequest request) {
    return new Pages(token -> {
      ReadTableResponse page = table.readTable(request.toBuilder().setPageToken(token).build());
      return new Page(page.hasRows() ? page.getRows() : null, page.getNextPageToken());
    }, request.getPageToken());
  }

  /** Every page of a Query's result, as readTable's pages (the gateway runs the statement again per page). */
  public Pages query(QueryRequest request) {
    return new Pages(token -> {
      QueryResponse page = table.query(request.toBuilder().setPageToken(token).build());
      return new Page(page.hasRows() ? page.getRows() : null, page.getNextPageToken());
    }, request.getPageToken());
  }

  /**
   * The frames of a TailTable stream (rows, first row), read as the iterator is advanced as consume's are. The
   * stream does not end by itself while the table exists: close it, or let the deadline pass (DEADLINE_EXCEEDED).
   */
  public CallStream<TailTableResponse> tailTable(TailTableRequest request, long timeout, TimeUnit unit) {
    Context.CancellableContext context = Context.current().withCancellation();
    return new CallStream<>(open(context, () -> table.withDeadlineAfter(timeout, unit).tailTable(request)), List::of, context);
  }

  /** One message of a queue (QueuePoll), or empty when none arrived within the timeout. */
  public Optional<ConsumedMessage> queuePoll(QueuePollRequest request) {
    QueuePollResponse polled = queue.queuePoll(request);
    return polled.hasMessage() ? Optional.of(polled.getMessage()) : Optional.empty();
  }

  /** queuePoll with the queue's own timeout and AUTO decoding. */
  public Optional<ConsumedMessage> queuePoll(String queueHandle) {
    return queuePoll(QueuePollRequest.newBuilder().setQueue(queueHandle).build());
  }

  /**
   * The messages and events of a StreamQueue stream, in the queue's order, with consume's backpressure and
   * cancellation. It ends with NOT_FOUND when the queue or its consumer is closed.
   */
  public CallStream<QueueItem> streamQueue(StreamQueueRequest request, long timeout, TimeUnit unit) {
    Context.CancellableContext context = Context.current().withCancellation();
    return new CallStream<>(open(context, () -> queue.withDeadlineAfter(timeout, unit).streamQueue(request)), Gateway::queueItems, context);
  }

  /** streamQueue with AUTO decoding and Consume's frame limits. */
  public CallStream<QueueItem> streamQueue(String queueHandle, long timeout, TimeUnit unit) {
    return streamQueue(StreamQueueRequest.newBuilder().setQueue(queueHandle).build(), timeout, unit);
  }

  private static List<QueueItem> queueItems(StreamQueueResponse frame) {
    if (frame.hasEvent()) return List.of(new QueueItem(null, frame.getEvent()));
    return frame.getBatch().getMessagesList().stream().map(m -> new QueueItem(m, null)).toList();
  }

  /**
   * Names a sub-job by a string: its handle when the string has the handle's "subjob-" prefix, its action name (or
   * its id as text) otherwise. A job whose action name itself starts with "subjob-" needs a SubJobRef with the name
   * set.
   */
  public static SubJobRef subJobRef(String handleOrName) {
    SubJobRef.Builder ref = SubJobRef.newBuilder();
    return (handleOrName.startsWith("subjob-") ? ref.setHandle(handleOrName) : ref.setName(handleOrName)).build();
  }

  /** Names a sub-job by its numeric id (CreateSubJob's id, GetJobStat's subscription_id). */
  public static SubJobRef subJobRef(long id) {
    return SubJobRef.newBuilder().setId(id).build();
  }

  /** Cancels a sub-job (CancelSubJob) and returns the plugin's text ("subscription: <actionName>(<id>) is stopped."). */
  public String cancelSubJob(SubJobRef job) {
    return subJob.cancelSubJob(CancelSubJobRequest.newBuilder().setJob(job).build()).getText();
  }

  /** cancelSubJob of a handle or an action name (see subJobRef). */
  public String cancelSubJob(String handleOrName) {
    return cancelSubJob(subJobRef(handleOrName));
  }

  /** cancelSubJob of a job id. */
  public String cancelSubJob(long id) {
    return cancelSubJob(subJobRef(id));
  }

  /** The consumer handle a sub-job reads (GetSubJobConsumer). */
  public String getSubJobConsumer(SubJobRef job) {
    return subJob.getSubJobConsumer(GetSubJobConsumerRequest.newBuilder().setJob(job).build()).getConsumer();
  }

  /** getSubJobConsumer of a handle or an action name (see subJobRef). */
  public String getSubJobConsumer(String handleOrName) {
    return getSubJobConsumer(subJobRef(handleOrName));
  }

  /** getSubJobConsumer of a job id. */
  public String getSubJobConsumer(long id) {
    return getSubJobConsumer(subJobRef(id));
  }

  /**
   * The batches of a `watch` sub-job (WatchSubJob frames: rows, a Table, and positions), read as the iterator is
   * advanced as consume's are. That backpressure reaches the job: it holds at most queue_depth rows not yet sent and
   * reads Kafka on only as the frames are taken. It ends with NOT_FOUND when the job is cancelled; closing the stream
   * or the deadline (DEADLINE_EXCEEDED) stops watching and leaves the job running.
   */
  public CallStream<WatchSubJobResponse> watchSubJob(SubJobRef job, long timeout, TimeUnit unit) {
    Context.CancellableContext context = Context.current().withCancellation();
    WatchSubJobRequest request = WatchSubJobRequest.newBuilder().setJob(job).build();
    return new CallStream<>(open(context, () -> subJob.withDeadlineAfter(timeout, unit).watchSubJob(request)), List::of, context);
  }

  /** watchSubJob of a handle or an action name (see subJobRef). */
  public CallStream<WatchSubJobResponse> watchSubJob(String handleOrName, long timeout, TimeUnit unit) {
    return watchSubJob(subJobRef(handleOrName), timeout, unit);
  }

  /** watchSubJob of a job id. */
  public CallStream<WatchSubJobResponse> watchSubJob(long id, long timeout, TimeUnit unit) {
    return watchSubJob(subJobRef(id), timeout, unit);
  }

  /** Starts a call under context, so that cancelling the context cancels the call. */
  private static <F> Iterator<F> open(Context.CancellableContext context, Supplier<Iterator<F>> call) {
    Context previous = context.attach();
    try {
      return call.get();
    } finally {
      context.detach(previous);
    }
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  /**
   * The items of one server stream, taken from its frames as the iterator is advanced; closing it cancels the call.
   */
  public static class CallStream<T> implements Iterator<T>, Iterable<T>, AutoCloseable {
    private final Iterator<? extends Collection<? extends T>> frames;
    private final Context.CancellableContext context;
    private final ArrayDeque<T> pending = new ArrayDeque<>();

    <F> CallStream(Iterator<F> frames, Function<? super F, ? extends Collection<? extends T>> items, Context.CancellableContext context) {
      this.frames = new Iterator<Collection<? extends T>>() {
        @Override
        public boolean hasNext() {
          return frames.hasNext();
        }

        @Override
        public Collection<? extends T> next() {
          return items.apply(frames.next());
        }
      };
      this.context = context;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && frames.hasNext()) pending.addAll(frames.next());
      return !pending.isEmpty();
    }

    @Override
    public T next() {
      if (!hasNext()) throw new NoSuchElementException();
      return pending.poll();
    }

    @Override
    public Iterator<T> iterator() {
      return this;
    }

    @Override
    public void close() {
      context.cancel(null);
    }
  }

  /** The messages of one Consume stream; closing it cancels the call. */
  public static final class MessageStream extends CallStream<ConsumedMessage> {
    MessageStream(Iterator<ConsumeResponse> frames, Context.CancellableContext context) {
      super(frames, (ConsumeResponse frame) -> frame.hasBatch() ? frame.getBatch().getMessagesList() : List.<ConsumedMessage>of(), context);
    }
  }

  /** A message or an event of a StreamQueue stream: exactly one of the two is set. */
  public record QueueItem(ConsumedMessage message, EventInfo event) {
    public boolean isEvent() {
      return event != null;
    }
  }

  private record Page(Value rows, String nextPageToken) {}

  /** The pages of a paged read, each fetched when the iterator is advanced to it. */
  public static final class Pages implements Iterator<Value>, Iterable<Value> {
    private final Function<String, Page> fetch;
    private String token;
    private boolean last;
    private Value next;

    Pages(Function<String, Page> fetch, String first) {
      this.fetch = fetch;
      this.token = first;
    }

    @Override
    public boolean hasNext() {
      // A page without rows (a Value not set) is skipped, not yielded.
      while (next == null && !last) {
        Page page = fetch.apply(token);
        next = page.rows();
        token = page.nextPageToken();
        last = token.isEmpty();
      }
      return next != null;
    }

    @Override
    public Value next() {
      if (!hasNext()) throw new NoSuchElementException();
      Value page = next;
      next = null;
      return page;
    }

    @Override
    public Iterator<Value> iterator() {
      return this;
    }
  }
}
