"""Python client of kafka-grpc-gateway.

    from kafkagateway_client import Gateway, table, vector, from_value
    with Gateway("127.0.0.1:50051") as gw:
        producer = gw.producer.CreateProducer(pb.CreateProducerRequest()).producer
        ...
        for message in gw.consume(pb.ConsumeRequest(...)):
            print(from_value(message.value))

The generated messages and stubs are in kafkagateway.v1 (*_pb2, *_pb2_grpc).
"""
from .chunks import ChunkAssembler, join_chunks
from .client import Gateway, SubJobLike, sub_job_ref
from .errors import ErrorDetails, error_details
from .tls import Pem, tls_channel
from .values import Null, column_types, from_value, scalar, table, to_value, vector

__all__ = ["ChunkAssembler", "join_chunks", "Gateway", "SubJobLike", "sub_job_ref", "ErrorDetails", "error_details", "Pem", "tls_channel", "Null", "column_types", "from_value", "scalar", "table", "to_value", "vector"]
