package io.kafkagateway.client.examples;

import io.grpc.StatusRuntimeException;
import io.kafkagateway.client.ErrorDetails;
import io.kafkagateway.client.Gateway;
import io.kafkagateway.client.Values;
import io.kafkagateway.v1.CloseProducerRequest;
import io.kafkagateway.v1.ConsumeRequest;
import io.kafkagateway.v1.ConsumedMessage;
import io.kafkagateway.v1.CreateProducerRequest;
import io.kafkagateway.v1.DataType;
import io.kafkagateway.v1.MarshalType;
import io.kafkagateway.v1.ProduceRequest;
import io.kafkagateway.v1.StreamConsumer;
import io.kafkagateway.v1.TopicPartitionOffset;
import io.kafkagateway.v1.Value;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The example: create a producer, produce a small table, read it back through the Consume stream, print it.
 *
 * <pre>
 * TableExample [ADDRESS]                 all of it, on a new topic (ADDRESS defaults to 127.0.0.1:50051)
 * TableExample produce ADDRESS TOPIC     only produce the table
 * TableExample consume ADDRESS TOPIC     only read one table from partition 0 and print it as JSON
 * </pre>
 *
 * The last two are what the cross-language test (test/integration/clients.test.ts) runs.
 */
public final class TableExample {
  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** The table every language's example produces: the same columns, types and values. */
  static Value sampleTable() {
    Map<String, io.kafkagateway.v1.Vector> columns = new LinkedHashMap<>();
    columns.put("id", Values.vector(DataType.DATA_TYPE_INT, 1, -2, null));
    columns.put("qty", Values.vector(DataType.DATA_TYPE_LONG, 9007199254740993L, 0L, null));
    columns.put("price", Values.vector(DataType.DATA_TYPE_DOUBLE, 1.5, -2.25, null));
    columns.put("sym", Values.vector(DataType.DATA_TYPE_SYMBOL, "AAPL", "AAPL", "MSFT"));
    columns.put("note", Values.vector(DataType.DATA_TYPE_STRING, "ü€", "", "a\"b"));
    columns.put("ts", Values.vector(DataType.DATA_TYPE_TIMESTAMP, Instant.parse("2024-01-02T03:04:05.678Z"), Instant.EPOCH, null));
    columns.put("flag", Values.vector(DataType.DATA_TYPE_BOOL, true, false, null));
    return Values.table(columns);
  }

  static void produce(String address, String topic) throws InterruptedException {
    try (Gateway gw = new Gateway(address)) {
      String producer = gw.producer.withDeadlineAfter(30, TimeUnit.SECONDS).createProducer(CreateProducerRequest.getDefaultInstance()).getProducer();
      try {
        gw.producer.withDeadlineAfter(30, TimeUnit.SECONDS).produce(ProduceRequest.newBuilder()
            .setProducer(producer).setTopic(topic).setKey("table").setValue(sampleTable())
            .setMarshalType(MarshalType.MARSHAL_TYPE_DOLPHINDB).setWaitForDelivery(true).build());
      } finally {
        gw.producer.withDeadlineAfter(30, TimeUnit.SECONDS).closeProducer(CloseProducerRequest.newBuilder().setProducer(producer).build());
      }
    }
  }

  static void consume(String address, String topic) throws InterruptedException {
    ConsumeRequest request = ConsumeRequest.newBuilder()
        .setCreate(StreamConsumer.newBuilder().putConfig("group.id", "example-java")
            .addPartitions(TopicPartitionOffset.newBuilder().setTopic(topic).setPartition(0).setOffset(0)))
        .setMarshalType(MarshalType.MARSHAL_TYPE_AUTO).setMaxMessages(1).build();
    try (Gateway gw = new Gateway(address); Gateway.MessageStream messages = gw.consume(request, 30, TimeUnit.SECONDS)) {
      for (ConsumedMessage m : messages) {
        System.out.println(json(m.getValue()));
        return;
      }
    }
    throw new IllegalStateException("the stream ended without a message");
  }

  /** The table as JSON in the form every language's example prints: elements as text, null for NULL. */
  @SuppressWarnings("unchecked")
  static String json(Value table) {
    Map<String, List<Object>> columns = (Map<String, List<Object>>) Values.toJava(table);
    Map<String, DataType> types = Values.columnTypes(table);
    List<String> out = new ArrayList<>();
    columns.forEach((name, values) -> {
      List<String> texts = new ArrayList<>();
      for (Object x : values) texts.add(x == null ? "null" : quote(x instanceof Instant t ? MILLIS.format(t) : String.valueOf(x)));
      out.add("{\"name\":" + quote(name) + ",\"type\":" + quote(types.get(name).name().substring("DATA_TYPE_".length()))
          + ",\"values\":[" + String.join(",", texts) + "]}");
    });
    return "{\"columns\":[" + String.join(",", out) + "]}";
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  public static void main(String[] args) throws InterruptedException {
    try {
      if (args.length == 3 && args[0].equals("produce")) produce(args[1], args[2]);
      else if (args.length == 3 && args[0].equals("consume")) consume(args[1], args[2]);
      else {
        String address = args.length > 0 ? args[0] : "127.0.0.1:50051";
        String topic = "example-java-" + UUID.randomUUID();
        produce(address, topic);
        consume(address, topic);
      }
    } catch (StatusRuntimeException e) {
      ErrorDetails d = ErrorDetails.of(e);
      System.err.println("failed: " + d.code() + " (" + d.reason() + "): " + d.message());
      System.exit(1);
    }
  }
}
