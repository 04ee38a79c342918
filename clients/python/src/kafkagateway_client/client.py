from __future__ import annotations

from typing import Callable, Iterator, Optional, Union

import grpc

from kafkagateway.v1 import consumer_service_pb2 as consumer_pb
from kafkagateway.v1 import consumer_service_pb2_grpc as consumer_grpc
from kafkagateway.v1 import common_pb2
from kafkagateway.v1 import event_service_pb2 as event_pb
from kafkagateway.v1 import event_service_pb2_grpc as event_grpc
from kafkagateway.v1 import metadata_service_pb2_grpc as metadata_grpc
from kafkagateway.v1 import producer_service_pb2_grpc as producer_grpc
from kafkagateway.v1 import queue_service_pb2 as queue_pb
from kafkagateway.v1 import queue_service_pb2_grpc as queue_grpc
from kafkagateway.v1 import settings_service_pb2_grpc as settings_grpc
from kafkagateway.v1 import subjob_service_pb2 as subjob_pb
from kafkagateway.v1 import subjob_service_pb2_grpc as subjob_grpc
from kafkagateway.v1 import table_service_pb2 as table_pb
from kafkagateway.v1 import table_service_pb2_grpc as table_grpc
from kafkagateway.v1 import value_pb2

from .tls import Pem, tls_channel


SubJobLike = Union[str, int, subjob_pb.SubJobRef]
"""A sub-job as the helpers take it: a handle ("subjob-..."), an action name (or the id as text), the numeric id, or
a SubJobRef for a job whose action name itself starts with "subjob-"."""


def sub_job_ref(job: SubJobLike) -> subjob_pb.SubJobRef:
    """The SubJobRef naming `job`: a str is a handle when it has the handle's "subjob-" prefix, a name otherwise."""
    if isinstance(job, subjob_pb.SubJobRef):
        return job
    # bool is an int too, and True would silently name job 1.
    if isinstance(job, int) and not isinstance(job, bool):
        return subjob_pb.SubJobRef(id=job)
    if isinstance(job, str):
        return subjob_pb.SubJobRef(handle=job) if job.startswith("subjob-") else subjob_pb.SubJobRef(name=job)
    raise TypeError(f"a sub-job is a handle, an action name, an id or a SubJobRef, not {type(job).__name__}")


class Gateway:
    """One channel to the gateway and a stub for each service (producer, consumer, metadata, settings, table, queue,
    event, sub_job)."""

    def __init__(self, address: str = "127.0.0.1:50051", channel: Optional[grpc.Channel] = None):
        """A plaintext channel to `address` (as the gateway serves on 127.0.0.1 by default), or `channel` as given."""
        self.channel = channel or grpc.insecure_channel(address)
        self.producer = producer_grpc.ProducerServiceStub(self.channel)
        self.consumer = consumer_grpc.ConsumerServiceStub(self.channel)
        self.metadata = metadata_grpc.MetadataServiceStub(self.channel)
        self.settings = settings_grpc.SettingsServiceStub(self.channel)
        self.table = table_grpc.TableServiceStub(self.channel)
        self.queue = queue_grpc.QueueServiceStub(self.channel)
        self.event = event_grpc.EventServiceStub(self.channel)
        self.sub_job = subjob_grpc.SubJobServiceStub(self.channel)

    @classmethod
    def connect(cls, address: str, ca: Optional[Pem] = None, cert: Optional[Pem] = None, key: Optional[Pem] = None,
                token: Optional[str] = None) -> "Gateway":
        """A Gateway over TLS (see tls_channel): the gateway's CA, a client certificate and key for mutual TLS, and
        a bearer token sent with every call. Each PEM is a file path or the PEM's bytes."""
        return cls(address, tls_channel(address, ca=ca, cert=cert, key=key, token=token))

    def consume(self, request: consumer_pb.ConsumeRequest, timeout: Optional[float] = None) -> Iterator[common_pb2.ConsumedMessage]:
        """The messages of a Consume stream, one at a time.

        grpcio reads the next frame only as the iterator is advanced, so a slow loop is backpressure on the
        gateway. Leaving the loop early (break, an exception) cancels the stream; it also ends by itself when
        max_messages is reached or `timeout` (seconds) passes, the latter raising grpc.RpcError DEADLINE_EXCEEDED.
        """
        call = self.consumer.Consume(request, timeout=timeout)
        try:
            for frame in call:
                if frame.WhichOneof("frame") == "batch":
                    yield from frame.batch.messages
        finally:
            call.cancel()

    def read_table(self, request: table_pb.ReadTableRequest, timeout: Optional[float] = None) -> Iterator[value_pb2.Value]:
        """Every page of a ReadTable, as table Values, following next_page_token until the last page.

        The next page is asked for only when the loop has taken the one before, so leaving the loop stops the
        read. `timeout` (seconds) is each page's.
        """
        return _pages(lambda token: self.table.ReadTable(_with_token(request, token), timeout=timeout), request.page_token)

    def query(self, request: table_pb.QueryRequest, timeout: Optional[float] = None) -> Iterator[value_pb2.Value]:
        """Every page of a Query's result, as read_table's pages (the gateway runs the statement again per page)."""
        return _pages(lambda token: self.table.Query(_with_token(request, token), timeout=timeout), request.page_token)

    def tail_table(self, request: table_pb.TailTableRequest, timeout: Optional[float] = None) -> Iterator[table_pb.TailTableResponse]:
        """The frames of a TailTable stream (rows, first_row), read as the loop asks, as consume's are.

        The stream does not end by itself while the table exists: leave the loop (which cancels it), or give a
        `timeout` (seconds), after which it raises grpc.RpcError DEADLINE_EXCEEDED.
        """
        call = self.table.TailTable(request, timeout=timeout)
        try:
            yield from call
        finally:
            call.cancel()

    def queue_poll(self, queue: str, timeout_ms: Optional[int] = None, marshal_type: int = value_pb2.MARSHAL_TYPE_AUTO,
                   timeout: Optional[float] = None) -> Optional[common_pb2.ConsumedMessage]:
        """One message of a queue (QueuePoll), or None when none arrived within `timeout_ms` (None: the queue's
        timeout). `timeout` (seconds) is the call's deadline."""
        response = self.queue.QueuePoll(queue_pb.QueuePollRequest(queue=queue, timeout_ms=timeout_ms, marshal_type=marshal_type),
                                        timeout=timeout)
        return response.message if response.HasField("message") else None

    def stream_queue(self, queue: str, marshal_type: int = value_pb2.MARSHAL_TYPE_AUTO, limits: Optional[consumer_pb.FrameLimits] = None,
                     timeout: Optional[float] = None) -> Iterator[Union[common_pb2.ConsumedMessage, event_pb.EventInfo]]:
        """The messages (ConsumedMessage) and events (EventInfo) of a StreamQueue stream, in the queue's order,
        with consume's backpressure and cancellation. It raises grpc.RpcError NOT_FOUND when the queue or its
        consumer is closed."""
        call = self.queue.StreamQueue(queue_pb.StreamQueueRequest(queue=queue, marshal_type=marshal_type, limits=limits), timeout=timeout)
        try:
            for frame in call:
                kind = frame.WhichOneof("frame")
                if kind == "batch":
                    yield from frame.batch.messages
                elif kind == "event":
                    yield frame.event
        finally:
            call.cancel()

    def cancel_sub_job(self, job: SubJobLike, timeout: Optional[float] = None) -> str:
        """Cancels a sub-job (CancelSubJob) and returns the plugin's text ("subscription: <actionName>(<id>) is
        stopped.")."""
        return self.sub_job.CancelSubJob(subjob_pb.CancelSubJobRequest(job=sub_job_ref(job)), timeout=timeout).text

    def get_sub_job_consumer(self, job: SubJobLike, timeout: Optional[float] = None) -> str:
        """The consumer handle a sub-job reads (GetSubJobConsumer)."""
        return self.sub_job.GetSubJobConsumer(subjob_pb.GetSubJobConsumerRequest(job=sub_job_ref(job)), timeout=timeout).consumer

    def watch_sub_job(self, job: SubJobLike, timeout: Optional[float] = None) -> Iterator[subjob_pb.WatchSubJobResponse]:
        """The batches of a `watch` sub-job (WatchSubJob frames: rows, a Table, and positions), read as the loop
        asks, as consume's are. That backpressure reaches the job: it holds at most queue_depth rows not yet sent and
        reads Kafka on only as the frames are taken.

        It raises grpc.RpcError NOT_FOUND when the job is cancelled. Leaving the loop (which cancels the call) or
        `timeout` (seconds, then DEADLINE_EXCEEDED) stops watching; the job runs on.
        """
        call = self.sub_job.WatchSubJob(subjob_pb.WatchSubJobRequest(job=sub_job_ref(job)), timeout=timeout)
        try:
            yield from call
        finally:
            call.cancel()

    def close(self) -> None:
        self.channel.close()

    def __enter__(self) -> "Gateway":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _with_token(request, token: str):
    # A copy, so that the caller's request is left as it was given.
    page = type(request)()
    page.CopyFrom(request)
    page.page_token = token
    return page


def _pages(page: Callable[[str], "table_pb.ReadTableResponse | table_pb.QueryResponse"], token: str) -> Iterator[value_pb2.Value]:
    while True:
        response = page(token)
        if response.HasField("rows"):
            yield response.rows
        token = response.next_page_token
        if not token:
            return
