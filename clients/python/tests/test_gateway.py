import uuid

import grpc
import pytest

from kafkagateway.v1 import common_pb2, consumer_service_pb2 as cpb, metadata_service_pb2 as mpb, producer_service_pb2 as ppb
from kafkagateway.v1 import value_pb2 as vpb
from kafkagateway_client import error_details, from_value, to_value


def test_produce_then_consume_through_the_stream(gateway):
    topic = f"py-client-{uuid.uuid4()}"
    producer = gateway.producer.CreateProducer(ppb.CreateProducerRequest(), timeout=30).producer
    try:
        for i in range(3):
            gateway.producer.Produce(ppb.ProduceRequest(producer=producer, topic=topic, key="k", value=to_value([i, None]),
                                                        marshal_type=vpb.MARSHAL_TYPE_DOLPHINDB, wait_for_delivery=True), timeout=30)
    finally:
        gateway.producer.CloseProducer(ppb.CloseProducerRequest(producer=producer), timeout=30)
    request = cpb.ConsumeRequest(create=cpb.StreamConsumer(config={"group.id": topic},
                                                           partitions=[common_pb2.TopicPartitionOffset(topic=topic)]),
                                 max_messages=3)
    got = [(m.offset, from_value(m.value)) for m in gateway.consume(request, timeout=30)]
    assert got == [(0, [0, None]), (1, [1, None]), (2, [2, None])]


def test_leaving_the_loop_ends_the_stream(gateway):
    topic = f"py-empty-{uuid.uuid4()}"
    gateway.metadata.CreateTopic(mpb.CreateTopicRequest(topic=topic, partitions=1, replication_factor=1), timeout=30)
    with pytest.raises(grpc.RpcError) as raised:
        for _ in gateway.consume(cpb.ConsumeRequest(create=cpb.StreamConsumer(config={"group.id": topic}, topics=[topic])),
                                 timeout=1):
            pass
    assert raised.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED


def test_errors_carry_the_reason(gateway):
    with pytest.raises(grpc.RpcError) as raised:
        gateway.consumer.Poll(cpb.PollRequest(consumer="consumer-doesnotexist"), timeout=10)
    details = error_details(raised.value)
    assert (details.code, details.reason) == (grpc.StatusCode.NOT_FOUND, "HANDLE_NOT_FOUND")
    with pytest.raises(grpc.RpcError) as raised:
        gateway.consumer.Poll(cpb.PollRequest(consumer="producer-x"), timeout=10)
    assert error_details(raised.value).message == "consumer should be a consumer handle."
