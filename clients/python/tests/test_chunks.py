import random
import uuid

import pytest

from kafkagateway.v1 import common_pb2, consumer_service_pb2 as cpb, producer_service_pb2 as ppb
from kafkagateway.v1 import value_pb2 as vpb
from kafkagateway_client import ChunkAssembler, join_chunks, table, vector


def vec(items, type_name):
    return vpb.Value(vector=vector(items, type_name))


def chunk(value, chunk_id, index, count):
    headers = [common_pb2.Header(key=k, value=v.encode()) for k, v in
               (("kgw-chunk-id", chunk_id), ("kgw-chunk-index", str(index)), ("kgw-chunk-count", str(count)))]
    return common_pb2.ConsumedMessage(value=value, headers=headers)


def test_joins_vector_chunks_in_any_order_with_their_nulls_in_place():
    parts = [vec([1, None, 3], "INT"), vec([None, 5], "INT"), vec([6, None], "INT")]
    messages = [chunk(p, "v", i, 3) for i, p in enumerate(parts)]
    random.Random(1).shuffle(messages)
    assembler = ChunkAssembler()
    results = [assembler.add(m) for m in messages]
    assert results[:2] == [None, None]
    assert results[2] == vec([1, None, 3, None, 5, 6, None], "INT")
    assert assembler.waiting == 0


def test_joins_table_chunks_column_by_column_and_passes_whole_values_through():
    first = table({"id": vector([1, 2], "INT"), "sym": vector(["a", None], "SYMBOL")})
    second = table({"id": vector([None], "INT"), "sym": vector(["c"], "SYMBOL")})
    assert join_chunks([first, second]) == table({"id": vector([1, 2, None], "INT"), "sym": vector(["a", None, "c"], "SYMBOL")})
    whole = common_pb2.ConsumedMessage(value=vec([7], "LONG"))
    assert ChunkAssembler().add(whole) == vec([7], "LONG")


def test_refuses_what_does_not_fit_together():
    with pytest.raises(ValueError, match="malformed"):
        ChunkAssembler().add(chunk(vec([1], "INT"), "x", 2, 2))
    assembler = ChunkAssembler()
    assembler.add(chunk(vec([1], "INT"), "x", 0, 2))
    with pytest.raises(ValueError, match="says 3 chunks, an earlier one 2"):
        assembler.add(chunk(vec([1], "INT"), "x", 1, 3))
    with pytest.raises(ValueError, match="other types"):
        join_chunks([vec([1], "INT"), vec([1], "LONG")])


def test_holds_at_most_max_pending_values():
    assembler = ChunkAssembler(max_pending=2)
    for i in range(5):
        assembler.add(chunk(vec([i], "INT"), f"id{i}", 0, 2))
    assert assembler.waiting == 2


def test_a_value_over_the_buffer_size_comes_back_whole(gateway):
    topic = f"py-chunks-{uuid.uuid4()}"
    original = table({"id": vector([None if i % 7 == 0 else i for i in range(150_000)], "INT"),
                      "note": vector([f"row {i}" for i in range(150_000)], "STRING")})
    producer = gateway.producer.CreateProducer(ppb.CreateProducerRequest(), timeout=30).producer
    try:
        sent = gateway.producer.Produce(ppb.ProduceRequest(producer=producer, topic=topic, value=original,
                                                           marshal_type=vpb.MARSHAL_TYPE_DOLPHINDB,
                                                           wait_for_delivery=True), timeout=60).messages
    finally:
        gateway.producer.CloseProducer(ppb.CloseProducerRequest(producer=producer), timeout=30)
    assert sent > 1  # split by the gateway's default buffer and message sizes
    request = cpb.ConsumeRequest(create=cpb.StreamConsumer(config={"group.id": topic},
                                                           partitions=[common_pb2.TopicPartitionOffset(topic=topic)]),
                                 max_messages=sent)
    assembler = ChunkAssembler()
    whole = [v for v in (assembler.add(m) for m in gateway.consume(request, timeout=60)) if v is not None]
    assert whole == [original]
