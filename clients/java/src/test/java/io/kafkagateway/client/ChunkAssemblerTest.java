package io.kafkagateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.kafkagateway.v1.CloseProducerRequest;
import io.kafkagateway.v1.ConsumeRequest;
import io.kafkagateway.v1.ConsumedMessage;
import io.kafkagateway.v1.CreateProducerRequest;
import io.kafkagateway.v1.DataType;
import io.kafkagateway.v1.Header;
import io.kafkagateway.v1.ProduceRequest;
import io.kafkagateway.v1.StreamConsumer;
import io.kafkagateway.v1.TopicPartitionOffset;
import io.kafkagateway.v1.Value;
import io.kafkagateway.v1.Vector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChunkAssemblerTest {
  private static Value ints(Integer... xs) {
    return Values.vectorValue(Values.vector(DataType.DATA_TYPE_INT, (Object[]) xs));
  }

  private static ConsumedMessage chunk(Value v, String id, int index, int count) {
    return ConsumedMessage.newBuilder().setValue(v)
        .addHeaders(Header.newBuilder().setKey(ChunkAssembler.ID_HEADER).setValue(ByteString.copyFromUtf8(id)))
        .addHeaders(Header.newBuilder().setKey(ChunkAssembler.INDEX_HEADER).setValue(ByteString.copyFromUtf8(String.valueOf(index))))
        .addHeaders(Header.newBuilder().setKey(ChunkAssembler.COUNT_HEADER).setValue(ByteString.copyFromUtf8(String.valueOf(count))))
        .build();
  }

  @Test
  void joinsChunksInAnyOrderWithTheirNullsInPlace() {
    ChunkAssembler assembler = new ChunkAssembler();
    assertEquals(Optional.empty(), assembler.add(chunk(ints(6, null), "v", 2, 3)));
    assertEquals(Optional.empty(), assembler.add(chunk(ints(1, null, 3), "v", 0, 3)));
    assertEquals(Optional.of(ints(1, null, 3, null, 5, 6, null)), assembler.add(chunk(ints(null, 5), "v", 1, 3)));
    assertEquals(0, assembler.waiting());
    assertEquals(Optional.of(ints(7)), assembler.add(ConsumedMessage.newBuilder().setValue(ints(7)).build()));
  }

  @Test
  void joinsTablesColumnByColumn() {
    Map<String, Vector> a = new LinkedHashMap<>();
    a.put("id", Values.vector(DataType.DATA_TYPE_INT, 1, 2));
    a.put("sym", Values.vector(DataType.DATA_TYPE_SYMBOL, "a", null));
    Map<String, Vector> b = new LinkedHashMap<>();
    b.put("id", Values.vector(DataType.DATA_TYPE_INT, (Object) null));
    b.put("sym", Values.vector(DataType.DATA_TYPE_SYMBOL, "c"));
    Map<String, Vector> joined = new LinkedHashMap<>();
    joined.put("id", Values.vector(DataType.DATA_TYPE_INT, 1, 2, null));
    joined.put("sym", Values.vector(DataType.DATA_TYPE_SYMBOL, "a", null, "c"));
    assertEquals(Values.table(joined), ChunkAssembler.join(List.of(Values.table(a), Values.table(b))));
  }

  @Test
  void refusesWhatDoesNotFitTogether() {
    assertThrows(IllegalArgumentException.class, () -> new ChunkAssembler().add(chunk(ints(1), "x", 2, 2)));
    ChunkAssembler assembler = new ChunkAssembler(2);
    assembler.add(chunk(ints(1), "x", 0, 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> assembler.add(chunk(ints(1), "x", 1, 3)));
    assertTrue(e.getMessage().contains("says 3 chunks, an earlier one 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ChunkAssembler.join(List.of(ints(1), Values.vectorValue(Values.vector(DataType.DATA_TYPE_LONG, 1L)))));
    for (int i = 0; i < 5; i++) assembler.add(chunk(ints(i), "id" + i, 0, 2));
    assertEquals(2, assembler.waiting());
  }

  @Test
  void aValueOverTheBufferSizeComesBackWhole() throws InterruptedException {
    String address = System.getenv("KGW_ADDRESS");
    if (address == null || address.isEmpty()) throw new IllegalStateException("KGW_ADDRESS is not set: start a gateway and point KGW_ADDRESS at it");
    Gateway gw = new Gateway(address);
    try {
      Object[] ids = new Object[150_000];
      Object[] notes = new Object[ids.length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = i % 7 == 0 ? null : i;
        notes[i] = "row " + i;
      }
      Map<String, Vector> columns = new LinkedHashMap<>();
      columns.put("id", Values.vector(DataType.DATA_TYPE_INT, ids));
      columns.put("note", Values.vector(DataType.DATA_TYPE_STRING, notes));
      Value original = Values.table(columns);
      String topic = "java-chunks-" + UUID.randomUUID();
      String producer = gw.producer.createProducer(CreateProducerRequest.getDefaultInstance()).getProducer();
      int sent;
      try {
        sent = gw.producer.produce(ProduceRequest.newBuilder().setProducer(producer).setTopic(topic).setValue(original)
            .setWaitForDelivery(true).build()).getMessages();
      } finally {
        gw.producer.closeProducer(CloseProducerRequest.newBuilder().setProducer(producer).build());
      }
      assertTrue(sent > 1, "sent as " + sent + " message(s); the default buffer size should split it");
      ConsumeRequest request = ConsumeRequest.newBuilder()
          .setCreate(StreamConsumer.newBuilder().putConfig("group.id", topic).addPartitions(TopicPartitionOffset.newBuilder().setTopic(topic)))
          .setMaxMessages(sent).build();
      ChunkAssembler assembler = new ChunkAssembler();
      List<Value> whole = new ArrayList<>();
      try (Gateway.MessageStream messages = gw.consume(request, 60, TimeUnit.SECONDS)) {
        for (ConsumedMessage m : messages) assembler.add(m).ifPresent(whole::add);
      }
      assertEquals(List.of(original), whole);
    } finally {
      gw.close();
    }
  }
}
