package io.kafkagateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.kafkagateway.v1.AppendRowsRequest;
import io.kafkagateway.v1.AssignRequest;
import io.kafkagateway.v1.CloseConsumerRequest;
import io.kafkagateway.v1.CloseProducerRequest;
import io.kafkagateway.v1.CloseQueueRequest;
import io.kafkagateway.v1.ColumnSpec;
import io.kafkagateway.v1.ConsumeRequest;
import io.kafkagateway.v1.ConsumedMessage;
import io.kafkagateway.v1.CreateConsumerRequest;
import io.kafkagateway.v1.CreateProducerRequest;
import io.kafkagateway.v1.CreateTableRequest;
import io.kafkagateway.v1.CreateTopicRequest;
import io.kafkagateway.v1.DataType;
import io.kafkagateway.v1.DropTableRequest;
import io.kafkagateway.v1.GetConsumerQueueRequest;
import io.kafkagateway.v1.MarshalType;
import io.kafkagateway.v1.PollRequest;
import io.kafkagateway.v1.ProduceRequest;
import io.kafkagateway.v1.QueryRequest;
import io.kafkagateway.v1.QueuePollRequest;
import io.kafkagateway.v1.ReadTableRequest;
import io.kafkagateway.v1.StreamConsumer;
import io.kafkagateway.v1.TailTableRequest;
import io.kafkagateway.v1.TailTableResponse;
import io.kafkagateway.v1.TopicPartitionOffset;
import io.kafkagateway.v1.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Needs a running gateway at $KGW_ADDRESS (the jest suite starts one and runs mvn test against it). */
class GatewayTest {
  private Gateway gw;

  @BeforeEach
  void connect() {
    String address = System.getenv("KGW_ADDRESS");
    if (address == null || address.isEmpty()) throw new IllegalStateException("KGW_ADDRESS is not set: start a gateway and point KGW_ADDRESS at it");
    gw = new Gateway(address);
  }

  @AfterEach
  void close() throws InterruptedException {
    gw.close();
  }

  @Test
  void producesThenConsumesThroughTheStream() {
    String topic = "java-client-" + UUID.randomUUID();
    String producer = gw.producer.createProducer(CreateProducerRequest.getDefaultInstance()).getProducer();
    try {
      for (long i = 0; i < 3; i++) {
        gw.producer.produce(ProduceRequest.newBuilder().setProducer(producer).setTopic(topic).setKey("k")
            .setValue(Values.vectorValue(Values.vector(DataType.DATA_TYPE_LONG, i, null)))
            .setMarshalType(MarshalType.MARSHAL_TYPE_DOLPHINDB).setWaitForDelivery(true).build());
      }
    } finally {
      gw.producer.closeProducer(CloseProducerRequest.newBuilder().setProducer(producer).build());
    }
    ConsumeRequest request = ConsumeRequest.newBuilder()
        .setCreate(StreamConsumer.newBuilder().putConfig("group.id", topic).addPartitions(TopicPartitionOffset.newBuilder().setTopic(topic)))
        .setMaxMessages(3).build();
    List<Object> got = new ArrayList<>();
    try (Gateway.MessageStream messages = gw.consume(request, 30, TimeUnit.SECONDS)) {
      for (ConsumedMessage m : messages) got.add(Values.toJava(m.getValue()));
    }
    assertEquals(List.of(Arrays.asList(0L, null), Arrays.asList(1L, null), Arrays.asList(2L, null)), got);
  }

  @Test
  void aStreamEndsAtItsDeadline() {
    String topic = "java-empty-" + UUID.randomUUID();
    gw.metadata.createTopic(CreateTopicRequest.newBuilder().setTopic(topic).setPartitions(1).setReplicationFactor(1).build());
    ConsumeRequest request = ConsumeRequest.newBuilder()
        .setCreate(StreamConsumer.newBuilder().putConfig("group.id", topic).addTopics(topic)).build();
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> {
      try (Gateway.MessageStream messages = gw.consume(request, 1, TimeUnit.SECONDS)) {
        messages.hasNext();
      }
    });
    assertEquals(Status.Code.DEADLINE_EXCEEDED, e.getStatus().getCode());
  }

  @Test
  void errorsCarryTheReason() {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
        () -> gw.consumer.poll(PollRequest.newBuilder().setConsumer("consumer-doesnotexist").build()));
    ErrorDetails d = ErrorDetails.of(e);
    assertEquals(Status.Code.NOT_FOUND, d.code());
    assertEquals("HANDLE_NOT_FOUND", d.reason());
    e = assertThrows(StatusRuntimeException.class, () -> gw.consumer.poll(PollRequest.newBuilder().setConsumer("producer-x").build()));
    assertEquals("consumer should be a consumer handle.", ErrorDetails.of(e).message());
  }

  private static Value rows(int start, int count) {
    Object[] ids = new Object[count];
    Object[] notes = new Object[count];
    for (int i = 0; i < count; i++) {
      ids[i] = (start + i) % 4 == 3 ? null : start + i;
      notes[i] = "row " + (start + i);
    }
    Map<String, io.kafkagateway.v1.Vector> columns = new LinkedHashMap<>();
    columns.put("id", Values.vector(DataType.DATA_TYPE_INT, ids));
    columns.put("note", Values.vector(DataType.DATA_TYPE_STRING, notes));
    return Values.table(columns);
  }

  private static Map<String, Object> columns(List<Object> ids, List<Object> notes) {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("id", ids);
    table.put("note", notes);
    return table;
  }

  @Test
  void readsEveryPageOfATableAndTailsAppendedRows() {
    String name = "java_" + UUID.randomUUID().toString().replace("-", "");
    gw.table.createTable(CreateTableRequest.newBuilder().setName(name)
        .addColumns(ColumnSpec.newBuilder().setName("id").setType(DataType.DATA_TYPE_INT))
        .addColumns(ColumnSpec.newBuilder().setName("note").setType(DataType.DATA_TYPE_STRING)).build());
    try {
      gw.table.appendRows(AppendRowsRequest.newBuilder().setTable(name).setRows(rows(0, 7)).build());
      // A limit of 3 makes 3 pages of 7 rows: readTable must follow the page tokens to the last.
      List<Object> pages = new ArrayList<>();
      for (Value page : gw.readTable(ReadTableRequest.newBuilder().setTable(name).setLimit(3).build())) pages.add(Values.toJava(page));
      assertEquals(List.of(
          columns(List.of(0, 1, 2), List.of("row 0", "row 1", "row 2")),
          columns(Arrays.asList(null, 4, 5), List.of("row 3", "row 4", "row 5")),
          columns(List.of(6), List.of("row 6"))), pages);
      List<Object> queried = new ArrayList<>();
      String sql = "SELECT note FROM " + name + " WHERE id IS NOT NULL ORDER BY id DESC";
      for (Value page : gw.query(QueryRequest.newBuilder().setSql(sql).setLimit(4).build())) queried.add(Values.toJava(page));
      assertEquals(List.of(Map.of("note", List.of("row 6", "row 5", "row 4", "row 2")), Map.of("note", List.of("row 1", "row 0"))), queried);

      // From row 7, so that the rows appended once the call is open are the ones seen, however the two race.
      List<Object> ids = new ArrayList<>();
      List<Object> notes = new ArrayList<>();
      long firstRow = -1;
      try (Gateway.CallStream<TailTableResponse> tail = gw.tailTable(TailTableRequest.newBuilder().setTable(name).setFromRow(7).build(), 30, TimeUnit.SECONDS)) {
        gw.table.appendRows(AppendRowsRequest.newBuilder().setTable(name).setRows(rows(7, 2)).build());
        for (TailTableResponse frame : tail) {
          if (firstRow < 0) firstRow = frame.getFirstRow();
          @SuppressWarnings("unchecked")
          Map<String, List<Object>> got = (Map<String, List<Object>>) Values.toJava(frame.getRows());
          ids.addAll(got.get("id"));
          notes.addAll(got.get("note"));
          if (ids.size() >= 2) break;
        }
      }
      assertEquals(7, firstRow);
      assertEquals(columns(Arrays.asList(null, 8), List.of("row 7", "row 8")), columns(ids, notes));
    } finally {
      gw.table.dropTable(DropTableRequest.newBuilder().setName(name).setIfExists(true).build());
    }
  }

  @Test
  void pollsAQueueThenStreamsIt() {
    String topic = "java-queue-" + UUID.randomUUID();
    gw.metadata.createTopic(CreateTopicRequest.newBuilder().setTopic(topic).setPartitions(1).setReplicationFactor(1).build());
    String producer = gw.producer.createProducer(CreateProducerRequest.getDefaultInstance()).getProducer();
    try {
      for (int i = 0; i < 3; i++) {
        gw.producer.produce(ProduceRequest.newBuilder().setProducer(producer).setTopic(topic)
            .setRawValue(com.google.protobuf.ByteString.copyFrom(new byte[] {(byte) i})).setWaitForDelivery(true).build());
      }
    } finally {
      gw.producer.closeProducer(CloseProducerRequest.newBuilder().setProducer(producer).build());
    }
    String consumer = gw.consumer.createConsumer(CreateConsumerRequest.newBuilder().putConfig("group.id", topic).build()).getConsumer();
    try {
      gw.consumer.assign(AssignRequest.newBuilder().setConsumer(consumer)
          .addPartitions(TopicPartitionOffset.newBuilder().setTopic(topic).setOffset(0)).build());
      String queue = gw.queue.getConsumerQueue(GetConsumerQueueRequest.newBuilder().setConsumer(consumer).build()).getQueue();
      assertEquals(0, gw.queuePoll(QueuePollRequest.newBuilder().setQueue(queue).setTimeoutMs(10_000).build()).orElseThrow().getOffset());
      List<Long> offsets = new ArrayList<>();
      try (Gateway.CallStream<Gateway.QueueItem> items = gw.streamQueue(queue, 30, TimeUnit.SECONDS)) {
        for (Gateway.QueueItem item : items) {
          if (!item.isEvent()) offsets.add(item.message().getOffset());
          if (offsets.size() == 2) break;
        }
      }
      assertEquals(List.of(1L, 2L), offsets);
      assertTrue(gw.queuePoll(QueuePollRequest.newBuilder().setQueue(queue).setTimeoutMs(100).build()).isEmpty());
      gw.queue.closeQueue(CloseQueueRequest.newBuilder().setQueue(queue).build());
    } finally {
      gw.consumer.closeConsumer(CloseConsumerRequest.newBuilder().setConsumer(consumer).build());
    }
  }
}
