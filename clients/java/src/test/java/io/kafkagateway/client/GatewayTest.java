package io.kafkagateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.kafkagateway.v1.CloseProducerRequest;
import io.kafkagateway.v1.ConsumeRequest;
import io.kafkagateway.v1.ConsumedMessage;
import io.kafkagateway.v1.CreateProducerRequest;
import io.kafkagateway.v1.CreateTopicRequest;
import io.kafkagateway.v1.DataType;
import io.kafkagateway.v1.MarshalType;
import io.kafkagateway.v1.PollRequest;
import io.kafkagateway.v1.ProduceRequest;
import io.kafkagateway.v1.StreamConsumer;
import io.kafkagateway.v1.TopicPartitionOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
}
