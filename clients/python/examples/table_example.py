"""The example: create a producer, produce a small table, read it back through the Consume stream, print it.

    python examples/table_example.py [ADDRESS]                all of it, on a new topic (default 127.0.0.1:50051)
    python examples/table_example.py produce ADDRESS TOPIC    only produce the table
    python examples/table_example.py consume ADDRESS TOPIC    only read one table from partition 0, print it as JSON

The last two are what the cross-language test (test/integration/clients.test.ts) runs.
"""
import datetime as dt
import json
import sys
import uuid

import grpc

from kafkagateway.v1 import common_pb2, consumer_service_pb2 as consumer_pb, producer_service_pb2 as producer_pb, value_pb2
from kafkagateway_client import Gateway, column_types, error_details, from_value, table, vector


def sample_table() -> value_pb2.Value:
    """The table every language's example produces: the same columns, types and values."""
    return table({
        "id": vector([1, -2, None], "INT"),
        "qty": [9007199254740993, 0, None],
        "price": [1.5, -2.25, None],
        "sym": vector(["AAPL", "AAPL", "MSFT"], "SYMBOL"),
        "note": ["ü€", "", 'a"b'],
        "ts": [dt.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=dt.timezone.utc), dt.datetime(1970, 1, 1), None],
        "flag": [True, False, None],
    })


def produce(address: str, topic: str) -> None:
    with Gateway(address) as gw:
        producer = gw.producer.CreateProducer(producer_pb.CreateProducerRequest(), timeout=30).producer
        try:
            gw.producer.Produce(producer_pb.ProduceRequest(
                producer=producer, topic=topic, key="table", value=sample_table(),
                marshal_type=value_pb2.MARSHAL_TYPE_DOLPHINDB, wait_for_delivery=True), timeout=30)
        finally:
            gw.producer.CloseProducer(producer_pb.CloseProducerRequest(producer=producer), timeout=30)


def text(x):
    """An element as the examples print it: text, null for NULL, times in RFC 3339 UTC with milliseconds."""
    if x is None:
        return None
    if isinstance(x, dt.datetime):
        return x.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{x.microsecond // 1000:03d}Z"
    if isinstance(x, bool):
        return "true" if x else "false"
    return repr(x) if isinstance(x, float) else str(x)


def consume(address: str, topic: str) -> None:
    request = consumer_pb.ConsumeRequest(
        create=consumer_pb.StreamConsumer(config={"group.id": "example-python"},
                                          partitions=[common_pb2.TopicPartitionOffset(topic=topic, partition=0, offset=0)]),
        marshal_type=value_pb2.MARSHAL_TYPE_AUTO, max_messages=1)
    with Gateway(address) as gw:
        for message in gw.consume(request, timeout=30):
            columns = from_value(message.value)
            types = column_types(message.value)
            print(json.dumps({"columns": [{"name": name, "type": types[name], "values": [text(x) for x in values]}
                                          for name, values in columns.items()]}, ensure_ascii=False, separators=(",", ":")))
            return
    raise SystemExit("the stream ended without a message")


def main(argv):
    try:
        if argv[:1] == ["produce"]:
            produce(argv[1], argv[2])
        elif argv[:1] == ["consume"]:
            consume(argv[1], argv[2])
        else:
            address = argv[0] if argv else "127.0.0.1:50051"
            topic = f"example-python-{uuid.uuid4()}"
            produce(address, topic)
            consume(address, topic)
    except grpc.RpcError as e:
        d = error_details(e)
        sys.exit(f"failed: {d.code.name} ({d.reason}): {d.message}" if d else f"failed: {e}")


if __name__ == "__main__":
    main(sys.argv[1:])
