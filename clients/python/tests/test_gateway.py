import uuid

import grpc
import pytest

from kafkagateway.v1 import common_pb2, consumer_service_pb2 as cpb, metadata_service_pb2 as mpb, producer_service_pb2 as ppb
from kafkagateway.v1 import queue_service_pb2 as qpb, table_service_pb2 as tpb, value_pb2 as vpb
from kafkagateway_client import error_details, from_value, table, to_value, vector


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


def test_read_table_follows_every_page_and_tail_table_sees_appended_rows(gateway):
    name = f"py_{uuid.uuid4().hex}"
    gateway.table.CreateTable(tpb.CreateTableRequest(name=name, columns=[tpb.ColumnSpec(name="id", type=vpb.DATA_TYPE_INT),
                                                                         tpb.ColumnSpec(name="note", type=vpb.DATA_TYPE_STRING)]),
                              timeout=30)

    def rows(start, count):
        ids = range(start, start + count)
        return table({"id": vector([None if i % 4 == 3 else i for i in ids], "INT"), "note": vector([f"row {i}" for i in ids], "STRING")})

    try:
        gateway.table.AppendRows(tpb.AppendRowsRequest(table=name, rows=rows(0, 7)), timeout=30)
        # A limit of 3 makes 3 pages of 7 rows: read_table must follow the page tokens to the last.
        pages = [from_value(page) for page in gateway.read_table(tpb.ReadTableRequest(table=name, limit=3), timeout=30)]
        assert pages == [{"id": [0, 1, 2], "note": ["row 0", "row 1", "row 2"]},
                         {"id": [None, 4, 5], "note": ["row 3", "row 4", "row 5"]},
                         {"id": [6], "note": ["row 6"]}]
        sql = f"SELECT note FROM {name} WHERE id IS NOT NULL ORDER BY id DESC"
        assert [from_value(page) for page in gateway.query(tpb.QueryRequest(sql=sql, limit=4), timeout=30)] == [
            {"note": ["row 6", "row 5", "row 4", "row 2"]}, {"note": ["row 1", "row 0"]}]

        # From row 7, so that the rows appended once the call is open are the ones seen, however the two race.
        tail = gateway.tail_table(tpb.TailTableRequest(table=name, from_row=7), timeout=30)
        gateway.table.AppendRows(tpb.AppendRowsRequest(table=name, rows=rows(7, 2)), timeout=30)
        seen, first_rows = {"id": [], "note": []}, []
        for frame in tail:
            first_rows.append(frame.first_row)
            for column, values in from_value(frame.rows).items():
                seen[column] += values
            if len(seen["id"]) >= 2:
                break
        assert first_rows[0] == 7 and seen == {"id": [None, 8], "note": ["row 7", "row 8"]}
        tail.close()  # break leaves it suspended while `tail` refers to it; close() runs its finally, cancelling the call
    finally:
        gateway.table.DropTable(tpb.DropTableRequest(name=name, if_exists=True), timeout=30)


def test_queue_poll_then_stream_queue(gateway):
    topic = f"py-queue-{uuid.uuid4()}"
    gateway.metadata.CreateTopic(mpb.CreateTopicRequest(topic=topic, partitions=1, replication_factor=1), timeout=30)
    producer = gateway.producer.CreateProducer(ppb.CreateProducerRequest(), timeout=30).producer
    try:
        for i in range(3):
            gateway.producer.Produce(ppb.ProduceRequest(producer=producer, topic=topic, value=to_value(i), wait_for_delivery=True), timeout=30)
    finally:
        gateway.producer.CloseProducer(ppb.CloseProducerRequest(producer=producer), timeout=30)
    consumer = gateway.consumer.CreateConsumer(cpb.CreateConsumerRequest(config={"group.id": topic}), timeout=30).consumer
    try:
        gateway.consumer.Assign(cpb.AssignRequest(consumer=consumer, partitions=[common_pb2.TopicPartitionOffset(topic=topic, offset=0)]),
                                timeout=30)
        queue = gateway.queue.GetConsumerQueue(qpb.GetConsumerQueueRequest(consumer=consumer), timeout=30).queue
        assert gateway.queue_poll(queue, timeout_ms=10_000, timeout=30).offset == 0
        offsets = []
        for item in gateway.stream_queue(queue, timeout=30):
            if isinstance(item, common_pb2.ConsumedMessage):
                offsets.append(item.offset)
            if len(offsets) == 2:
                break
        assert offsets == [1, 2]
        assert gateway.queue_poll(queue, timeout_ms=100, timeout=30) is None
        gateway.queue.CloseQueue(qpb.CloseQueueRequest(queue=queue), timeout=30)
    finally:
        gateway.consumer.CloseConsumer(cpb.CloseConsumerRequest(consumer=consumer), timeout=30)
