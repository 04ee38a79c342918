"""The prelude the Python fragments of clients/python/README.md run in.

test/integration/readme-clients.test.ts passes the gateway's address and a JSON file of the blocks (name: text);
each block is exec'd as written, with the names the README says it uses, after a `== NAME` line that the test
checks what it printed under.
"""
import json
import sys
import threading
import uuid

from kafkagateway.v1 import common_pb2, consumer_service_pb2 as cpb, producer_service_pb2 as ppb, table_service_pb2 as tpb, value_pb2
from kafkagateway_client import Gateway, from_value, table, vector

address, blocks_file = sys.argv[1:3]
with open(blocks_file, encoding="utf-8") as f:
    blocks = json.load(f)


def fresh(what):
    return f"{what}-{uuid.uuid4().hex[:8]}"


def run(gw, name, **names):
    print(f"== {name}", flush=True)
    exec(compile(blocks[name], f"clients/python/README.md ({name})", "exec"), {"gw": gw, "from_value": from_value, **names})


def produce(gw, topic, values):
    """Writes each value (a table Value, or bytes) to topic; the answers, in order."""
    producer = gw.producer.CreateProducer(ppb.CreateProducerRequest()).producer
    written = [gw.producer.Produce(ppb.ProduceRequest(producer=producer, topic=topic, wait_for_delivery=True,
                                                      **({"raw_value": v} if isinstance(v, bytes) else {"value": v, "marshal_type": value_pb2.MARSHAL_TYPE_DOLPHINDB})))
               for v in values]
    gw.producer.CloseProducer(ppb.CloseProducerRequest(producer=producer))
    return written


def assigned_consumer(gw, topic):
    consumer = gw.consumer.CreateConsumer(cpb.CreateConsumerRequest(config={"group.id": topic})).consumer
    gw.consumer.Assign(cpb.AssignRequest(consumer=consumer, partitions=[common_pb2.TopicPartitionOffset(topic=topic, partition=0, offset=0)]))
    return consumer


def chunks(gw):
    # What the Use program leaves: `request` reads from where a table was written, here one the gateway split.
    written = produce(gw, fresh("quotes"), [table({"id": vector(list(range(5000)), "INT")})])[0]
    run(gw, "python-chunks", request=cpb.ConsumeRequest(create=cpb.StreamConsumer(partitions=written.deliveries[:1])))


def tables(gw):
    # A table trades, and rows appended to it every 200 ms from 1 s on, while the block runs (the ones tail_table sees).
    gw.table.CreateTable(tpb.CreateTableRequest(name="trades", columns=[tpb.ColumnSpec(name="sym", type=value_pb2.DATA_TYPE_SYMBOL),
                                                                        tpb.ColumnSpec(name="price", type=value_pb2.DATA_TYPE_DOUBLE)]))
    gw.table.AppendRows(tpb.AppendRowsRequest(table="trades", rows=table({"sym": vector(["AAPL", "MSFT", "AAPL"], "SYMBOL"), "price": [10.5, 20.25, 11.0]})))
    done = threading.Event()

    def append():
        if done.wait(1):
            return
        while True:
            gw.table.AppendRows(tpb.AppendRowsRequest(table="trades", rows=table({"sym": vector(["IBM"], "SYMBOL"), "price": [1.0]})))
            if done.wait(0.2):
                return

    appender = threading.Thread(target=append, daemon=True)
    appender.start()
    try:
        run(gw, "python-tables")
    finally:
        done.set()
        appender.join()
        gw.table.DropTable(tpb.DropTableRequest(name="trades", if_exists=True))


def queues(gw):
    # A consumer assigned to a topic of three messages (0, 1, 2).
    topic = fresh("queue")
    produce(gw, topic, [table({"n": vector([i], "INT")}) for i in range(3)])
    consumer = assigned_consumer(gw, topic)
    try:
        run(gw, "python-queues", consumer=consumer)
    finally:
        gw.consumer.CloseConsumer(cpb.CloseConsumerRequest(consumer=consumer))


def sub_jobs(gw):
    # A consumer assigned to a topic of two JSON quotes.
    topic = fresh("quotes-json")
    produce(gw, topic, [b'{"sym": "AAPL", "price": 10.5}', b'{"sym": "MSFT", "price": 20.25}'])
    run(gw, "python-subjobs", consumer=assigned_consumer(gw, topic))


with Gateway(address) as gw:
    for section in (chunks, tables, queues, sub_jobs):
        section(gw)
