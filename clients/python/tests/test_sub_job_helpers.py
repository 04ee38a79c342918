"""cancel_sub_job, get_sub_job_consumer and watch_sub_job against a stand-in SubJobService, no gateway needed."""
import threading
from concurrent import futures

import grpc
import pytest

from kafkagateway.v1 import common_pb2, subjob_service_pb2 as spb, subjob_service_pb2_grpc as sgrpc, value_pb2 as vpb
from kafkagateway_client import Gateway, from_value, sub_job_ref, table, vector


def _rows(ids):
    return table({"id": vector(ids, "INT")}).table


def _frame(ids, offset):
    return spb.WatchSubJobResponse(rows=_rows(ids), positions=[common_pb2.TopicPartitionOffset(topic="t", partition=0, offset=offset)])


class StandIn(sgrpc.SubJobServiceServicer):
    def __init__(self):
        self.refs = []
        self.cancelled = threading.Event()

    def CancelSubJob(self, request, context):
        self.refs.append(("cancel", request.job))
        return spb.CancelSubJobResponse(text="subscription: ingest(7) is stopped.")

    def GetSubJobConsumer(self, request, context):
        self.refs.append(("consumer", request.job))
        return spb.GetSubJobConsumerResponse(consumer="consumer-1")

    def WatchSubJob(self, request, context):
        self.refs.append(("watch", request.job))
        # A job cancelled while watched ends its stream so.
        if request.job.name == "gone":
            context.abort(grpc.StatusCode.NOT_FOUND, "[PLUGIN::KAFKA] Unknown handle name 'gone'.")
        context.add_callback(self.cancelled.set)
        yield _frame([1, 2], 2)
        yield _frame([3], 3)
        # and stays open, as a job's stream does, until the client cancels it
        self.cancelled.wait(30)


@pytest.fixture
def stand_in():
    service = StandIn()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    sgrpc.add_SubJobServiceServicer_to_server(service, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    with Gateway(f"127.0.0.1:{port}") as gw:
        yield gw, service
    server.stop(None)


def test_sub_job_ref_takes_a_handle_a_name_an_id_or_a_ref():
    assert sub_job_ref("subjob-Ab_9") == spb.SubJobRef(handle="subjob-Ab_9")
    assert sub_job_ref("ingest") == spb.SubJobRef(name="ingest")
    assert sub_job_ref("7") == spb.SubJobRef(name="7")
    assert sub_job_ref(7) == spb.SubJobRef(id=7)
    named = spb.SubJobRef(name="subjob-named")
    assert sub_job_ref(named) is named
    with pytest.raises(TypeError):
        sub_job_ref(True)


def test_cancel_and_get_consumer_send_the_ref_and_return_the_answer(stand_in):
    gw, service = stand_in
    assert gw.cancel_sub_job("subjob-x", timeout=10) == "subscription: ingest(7) is stopped."
    assert gw.get_sub_job_consumer("ingest", timeout=10) == "consumer-1"
    assert gw.get_sub_job_consumer(7, timeout=10) == "consumer-1"
    assert service.refs == [("cancel", spb.SubJobRef(handle="subjob-x")), ("consumer", spb.SubJobRef(name="ingest")),
                            ("consumer", spb.SubJobRef(id=7))]


def test_watch_sub_job_yields_batches_in_order_and_leaving_the_loop_cancels(stand_in):
    gw, service = stand_in
    frames = gw.watch_sub_job(7, timeout=30)
    seen = []
    for frame in frames:
        seen.append((from_value(vpb.Value(table=frame.rows)), frame.positions[0].offset))
        if len(seen) == 2:
            break
    frames.close()
    assert seen == [({"id": [1, 2]}, 2), ({"id": [3]}, 3)]
    assert service.cancelled.wait(10)


def test_watch_sub_job_of_a_cancelled_job_raises_not_found(stand_in):
    gw, service = stand_in
    with pytest.raises(grpc.RpcError) as raised:
        next(gw.watch_sub_job("gone", timeout=10))
    assert raised.value.code() == grpc.StatusCode.NOT_FOUND
    assert service.refs == [("watch", spb.SubJobRef(name="gone"))]
