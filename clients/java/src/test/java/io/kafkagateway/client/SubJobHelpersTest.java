package io.kafkagateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.kafkagateway.v1.CancelSubJobRequest;
import io.kafkagateway.v1.CancelSubJobResponse;
import io.kafkagateway.v1.DataType;
import io.kafkagateway.v1.GetSubJobConsumerRequest;
import io.kafkagateway.v1.GetSubJobConsumerResponse;
import io.kafkagateway.v1.SubJobRef;
import io.kafkagateway.v1.SubJobServiceGrpc;
import io.kafkagateway.v1.TopicPartitionOffset;
import io.kafkagateway.v1.Value;
import io.kafkagateway.v1.WatchSubJobRequest;
import io.kafkagateway.v1.WatchSubJobResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** cancelSubJob, getSubJobConsumer and watchSubJob against a stand-in SubJobService: no gateway needed. */
class SubJobHelpersTest {
  private static WatchSubJobResponse frame(long offset, Object... ids) {
    Value rows = Values.table(Map.of("id", Values.vector(DataType.DATA_TYPE_INT, ids)));
    return WatchSubJobResponse.newBuilder().setRows(rows.getTable())
        .addPositions(TopicPartitionOffset.newBuilder().setTopic("t").setOffset(offset)).build();
  }

  private final List<SubJobRef> refs = new CopyOnWriteArrayList<>();
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private Server server;
  private Gateway gw;

  @BeforeEach
  void start() throws IOException {
    server = ServerBuilder.forPort(0).addService(new SubJobServiceGrpc.SubJobServiceImplBase() {
      @Override
      public void cancelSubJob(CancelSubJobRequest request, StreamObserver<CancelSubJobResponse> response) {
        refs.add(request.getJob());
        response.onNext(CancelSubJobResponse.newBuilder().setText("subscription: ingest(7) is stopped.").build());
        response.onCompleted();
      }

      @Override
      public void getSubJobConsumer(GetSubJobConsumerRequest request, StreamObserver<GetSubJobConsumerResponse> response) {
        refs.add(request.getJob());
        response.onNext(GetSubJobConsumerResponse.newBuilder().setConsumer("consumer-1").build());
        response.onCompleted();
      }

      @Override
      public void watchSubJob(WatchSubJobRequest request, StreamObserver<WatchSubJobResponse> response) {
        refs.add(request.getJob());
        // A job cancelled while watched ends its stream so.
        if (request.getJob().getName().equals("gone")) {
          response.onError(Status.NOT_FOUND.withDescription("[PLUGIN::KAFKA] Unknown handle name 'gone'.").asRuntimeException());
          return;
        }
        ((ServerCallStreamObserver<WatchSubJobResponse>) response).setOnCancelHandler(cancelled::countDown);
        response.onNext(frame(2, 1, 2));
        response.onNext(frame(3, 3));
        // and stays open, as a job's stream does, until the client cancels it
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
  void subJobRefTakesAHandleByItsPrefixAndAnyOtherStringAsAName() {
    assertEquals(SubJobRef.newBuilder().setHandle("subjob-Ab_9").build(), Gateway.subJobRef("subjob-Ab_9"));
    assertEquals(SubJobRef.newBuilder().setName("ingest").build(), Gateway.subJobRef("ingest"));
    assertEquals(SubJobRef.newBuilder().setName("7").build(), Gateway.subJobRef("7"));
    assertEquals(SubJobRef.newBuilder().setId(7).build(), Gateway.subJobRef(7));
  }

  @Test
  void cancelAndGetConsumerSendTheRefAndReturnTheAnswer() {
    assertEquals("subscription: ingest(7) is stopped.", gw.cancelSubJob("subjob-x"));
    assertEquals("consumer-1", gw.getSubJobConsumer("ingest"));
    assertEquals("consumer-1", gw.getSubJobConsumer(7));
    assertEquals("consumer-1", gw.getSubJobConsumer(SubJobRef.newBuilder().setName("subjob-named").build()));
    assertEquals(List.of(Gateway.subJobRef("subjob-x"), Gateway.subJobRef("ingest"), Gateway.subJobRef(7),
        SubJobRef.newBuilder().setName("subjob-named").build()), refs);
  }

  @Test
  void watchSubJobYieldsBatchesInOrderAndClosingCancels() throws InterruptedException {
    List<Object> got = new ArrayList<>();
    try (Gateway.CallStream<WatchSubJobResponse> frames = gw.watchSubJob(7, 30, TimeUnit.SECONDS)) {
      for (WatchSubJobResponse frame : frames) {
        got.add(List.of(Values.toJava(Value.newBuilder().setTable(frame.getRows()).build()), frame.getPositions(0).getOffset()));
        if (got.size() == 2) break;
      }
    }
    assertEquals(List.of(List.of(Map.of("id", List.of(1, 2)), 2L), List.of(Map.of("id", List.of(3)), 3L)), got);
    assertTrue(cancelled.await(10, TimeUnit.SECONDS), "closing the stream did not cancel the call");
  }

  @Test
  void watchSubJobOfACancelledJobEndsWithNotFound() {
    try (Gateway.CallStream<WatchSubJobResponse> frames = gw.watchSubJob("gone", 10, TimeUnit.SECONDS)) {
      StatusRuntimeException e = assertThrows(StatusRuntimeException.class, frames::hasNext);
      assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode());
    }
    assertEquals(List.of(Gateway.subJobRef("gone")), refs);
  }
}
