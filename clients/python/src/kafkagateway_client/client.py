from __future__ import annotations

from typing import Iterator, Optional

import grpc

from kafkagateway.v1 import consumer_service_pb2 as consumer_pb
from kafkagateway.v1 import consumer_service_pb2_grpc as consumer_grpc
from kafkagateway.v1 import common_pb2
from kafkagateway.v1 import metadata_service_pb2_grpc as metadata_grpc
from kafkagateway.v1 import producer_service_pb2_grpc as producer_grpc
from kafkagateway.v1 import settings_service_pb2_grpc as settings_grpc


class Gateway:
    """One channel to the gateway and a stub for each service (producer, consumer, metadata, settings)."""

    def __init__(self, address: str = "127.0.0.1:50051", channel: Optional[grpc.Channel] = None):
        self.channel = channel or grpc.insecure_channel(address)
        self.producer = producer_grpc.ProducerServiceStub(self.channel)
        self.consumer = consumer_grpc.ConsumerServiceStub(self.channel)
        self.metadata = metadata_grpc.MetadataServiceStub(self.channel)
        self.settings = settings_grpc.SettingsServiceStub(self.channel)

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

    def close(self) -> None:
        self.channel.close()

    def __enter__(self) -> "Gateway":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
