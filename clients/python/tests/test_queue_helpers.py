"""queue_poll and stream_queue against a stand-in QueueService (the gateway's is being written), no gateway needed."""
import threading
from concurrent import futures

import grpc
import pytest

from kafkagateway.v1 import common_pb2, event_service_pb2 as epb, queue_service_pb2 as qpb, queue_service_pb2_grpc as qgrpc
from kafkagateway.v1 import consumer_service_pb2 as cpb, value_pb2 as vpb
from kafkagateway_client import Gateway, to_value

MESSAGE = common_pb2.ConsumedMessage(topic="t", offset=5, value=to_value(1))
EVENT = epb.EventInfo(name="Rebalance", rebalance="assigned")


def _message(offset):
    m = common_pb2.ConsumedMessage()
    m.CopyFrom(MESSAGE)
    m.offset = offset
    return m


class StandIn(qgrpc.QueueServiceServicer):
    def __init__(self):
        self.polled = []
        self.streamed = []
        self.cancelled = threading.Event()

    def QueuePoll(self, request, context):
        self.polled.append(request)
        return qpb.QueuePollResponse(message=None if request.timeout_ms == 0 and request.HasField("timeout_ms") else MESSAGE)

    def StreamQueue(self, request, context):
        self.streamed.append(request)
        context.add_callback(self.cancelled.set)
        yield qpb.StreamQueueResponse(batch=cpb.MessageBatch(messages=[_message(5), _message(6)]))
        yield qpb.StreamQueueResponse(event=EVENT)
        yield qpb.StreamQueueResponse(batch=cpb.MessageBatch(messages=[_message(7)]))
        # and stays open, as a queue's stream does, until the client cancels it
        self.cancelled.wait(30)


@pytest.fixture
def stand_in():
    service = StandIn()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    qgrpc.add_QueueServiceServicer_to_server(service, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    with Gateway(f"127.0.0.1:{port}") as gw:
        yield gw, service
    server.stop(None)


def test_queue_poll_gives_the_message_or_none(stand_in):
    gw, service = stand_in
    assert gw.queue_poll("queue-1", timeout=10) == MESSAGE
    assert gw.queue_poll("queue-1", timeout_ms=0, timeout=10) is None
    assert [(r.queue, r.HasField("timeout_ms")) for r in service.polled] == [("queue-1", False), ("queue-1", True)]


def test_stream_queue_yields_messages_and_events_and_leaving_the_loop_cancels(stand_in):
    gw, service = stand_in
    items = gw.stream_queue("queue-1", marshal_type=vpb.MARSHAL_TYPE_DOLPHINDB, timeout=30)
    got = []
    for item in items:
        got.append(("event", item.name) if isinstance(item, epb.EventInfo) else ("message", item.offset))
        if len(got) == 4:
            break
    items.close()
    assert got == [("message", 5), ("message", 6), ("event", "Rebalance"), ("message", 7)]
    assert service.streamed[0].marshal_type == vpb.MARSHAL_TYPE_DOLPHINDB
    assert service.cancelled.wait(10)
