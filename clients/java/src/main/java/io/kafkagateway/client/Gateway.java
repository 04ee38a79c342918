package io.kafkagateway.client;

import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.kafkagateway.v1.ConsumeRequest;
import io.kafkagateway.v1.ConsumeResponse;
import io.kafkagateway.v1.ConsumedMessage;
import io.kafkagateway.v1.ConsumerServiceGrpc;
import io.kafkagateway.v1.MetadataServiceGrpc;
import io.kafkagateway.v1.ProducerServiceGrpc;
import io.kafkagateway.v1.SettingsServiceGrpc;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

/** One channel to the gateway and a blocking stub for each service. */
public final class Gateway implements AutoCloseable {
  private final ManagedChannel channel;
  public final ProducerServiceGrpc.ProducerServiceBlockingStub producer;
  public final ConsumerServiceGrpc.ConsumerServiceBlockingStub consumer;
  public final MetadataServiceGrpc.MetadataServiceBlockingStub metadata;
  public final SettingsServiceGrpc.SettingsServiceBlockingStub settings;

  /** A plaintext channel to host:port, as the gateway serves by default. */
  public Gateway(String address) {
    this(ManagedChannelBuilder.forTarget(address).usePlaintext().build());
  }

  public Gateway(ManagedChannel channel) {
    this.channel = channel;
    producer = ProducerServiceGrpc.newBlockingStub(channel);
    consumer = ConsumerServiceGrpc.newBlockingStub(channel);
    metadata = MetadataServiceGrpc.newBlockingStub(channel);
    settings = SettingsServiceGrpc.newBlockingStub(channel);
  }

  /**
   * The messages of a Consume stream, one at a time. The blocking stub reads the next frame only when the
   * iterator is advanced, so a slow loop is backpressure on the gateway. Close the stream (try-with-resources) to
   * end it early; it ends by itself when max_messages is reached or the deadline passes (StatusRuntimeException
   * DEADLINE_EXCEEDED).
   */
  public MessageStream consume(ConsumeRequest request, long timeout, TimeUnit unit) {
    Context.CancellableContext context = Context.current().withCancellation();
    Context previous = context.attach();
    try {
      return new MessageStream(consumer.withDeadlineAfter(timeout, unit).consume(request), context);
    } finally {
      context.detach(previous);
    }
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  /** The messages of one Consume stream; closing it cancels the call. */
  public static final class MessageStream implements Iterator<ConsumedMessage>, Iterable<ConsumedMessage>, AutoCloseable {
    private final Iterator<ConsumeResponse> frames;
    private final Context.CancellableContext context;
    private final ArrayDeque<ConsumedMessage> pending = new ArrayDeque<>();

    MessageStream(Iterator<ConsumeResponse> frames, Context.CancellableContext context) {
      this.frames = frames;
      this.context = context;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && frames.hasNext()) {
        ConsumeResponse frame = frames.next();
        if (frame.hasBatch()) pending.addAll(frame.getBatch().getMessagesList());
      }
      return !pending.isEmpty();
    }

    @Override
    public ConsumedMessage next() {
      if (!hasNext()) throw new NoSuchElementException();
      return pending.poll();
    }

    @Override
    public Iterator<ConsumedMessage> iterator() {
      return this;
    }

    @Override
    public void close() {
      context.cancel(null);
    }
  }
}
