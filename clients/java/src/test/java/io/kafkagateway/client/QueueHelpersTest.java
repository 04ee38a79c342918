package io.kafkagateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.kafkagateway.v1.ConsumedMessage;
import io.kafkagateway.v1.EventInfo;
import io.kafkagateway.v1.MessageBatch;
import io.kafkagateway.v1.QueuePollRequest;
import io.kafkagateway.v1.QueuePollResponse;
import io.kafkagateway.v1.QueueServiceGrpc;
import io.kafkagateway.v1.StreamQueueRequest;
import io.kafkagateway.v1.StreamQueueResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** queuePoll and streamQueue against a stand-in QueueService (the gateway's is being written): no gateway needed. */
class QueueHelpersTest {
  private static ConsumedMessage at(long offset) {
    return ConsumedMessage.newBuilder().setTopic("t").setOffset(offset).build();
  }

  private final List<QueuePollRequest> polled = new CopyOnWriteArrayList<>();
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private Server server;
  private Gateway gw;

  @BeforeEach
  void start() throws IOException {
    server = ServerBuilder.forPort(0).addService(new QueueServiceGrpc.QueueServiceImplBase() {
      @Override
      public void queuePoll(QueuePollRequest request, StreamObserver<QueuePollResponse> response) {
        polled.add(request);
        boolean none = request.hasTimeoutMs() && request.getTimeoutMs() == 0;
        response.onNext(none ? QueuePollResponse.getDefaultInstance() : QueuePollResponse.newBuilder().setMessage(at(5)).build());
        response.onCompleted();
      }

      @Override
      public void streamQueue(StreamQueueRequest request, StreamObserver<StreamQueueResponse> response) {
        ((ServerCallStreamObserver<StreamQueueResponse>) response).setOnCancelHandler(cancelled::countDown);
        response.onNext(StreamQueueResponse.newBuilder().setBatch(MessageBatch.newBuilder().addMessages(at(5)).addMessages(at(6))).build());
        response.onNext(StreamQueueResponse.newBuilder().setEvent(EventInfo.newBuilder().setName("Rebalance").setRebalance("assigned")).build());
        response.onNext(StreamQueueResponse.newBuilder().setBatch(MessageBatch.newBuilder().addMessages(at(7))).build());
        // and stays open, as a queue's stream does, until the client cancels it
      }
    }).build().start();
    gw = new Gateway("127.0.0.1:" + server.getPort());
  }

  @AfterEach
  void stop() throws InterruptedException {
    gw.close();
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void queuePollGivesTheMessageOrEmpty() {
    assertEquals(at(5), gw.queuePoll("queue-1").orElseThrow());
    assertTrue(gw.queuePoll(QueuePollRequest.newBuilder().setQueue("queue-1").setTimeoutMs(0).build()).isEmpty());
    assertEquals(List.of("queue-1", "queue-1"), polled.stream().map(QueuePollRequest::getQueue).toList());
  }

  @Test
  void streamQueueYieldsMessagesAndEventsAndClosingCancels() throws InterruptedException {
    List<Object> got = new ArrayList<>();
    try (Gateway.CallStream<Gateway.QueueItem> items = gw.streamQueue("queue-1", 30, TimeUnit.SECONDS)) {
      for (Gateway.QueueItem item : items) {
        got.add(item.isEvent() ? item.event().getName() : item.message().getOffset());
        if (got.size() == 4) break;
      }
    }
    assertEquals(List.of(5L, 6L, "Rebalance", 7L), got);
    assertTrue(cancelled.await(10, TimeUnit.SECONDS), "closing the stream did not cancel the call");
  }
}
