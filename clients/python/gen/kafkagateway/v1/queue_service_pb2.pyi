from kafkagateway.v1 import common_pb2 as _common_pb2
from kafkagateway.v1 import consumer_service_pb2 as _consumer_service_pb2
from kafkagateway.v1 import event_service_pb2 as _event_service_pb2
from kafkagateway.v1 import value_pb2 as _value_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class QueueLimits(_message.Message):
    __slots__ = ("max_messages", "max_bytes")
    MAX_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_FIELD_NUMBER: _ClassVar[int]
    max_messages: int
    max_bytes: int
    def __init__(self, max_messages: _Optional[int] = ..., max_bytes: _Optional[int] = ...) -> None: ...

class GetMainQueueRequest(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    def __init__(self, consumer: _Optional[str] = ...) -> None: ...

class GetMainQueueResponse(_message.Message):
    __slots__ = ("queue",)
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    queue: str
    def __init__(self, queue: _Optional[str] = ...) -> None: ...

class GetConsumerQueueRequest(_message.Message):
    __slots__ = ("consumer", "limits")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    limits: QueueLimits
    def __init__(self, consumer: _Optional[str] = ..., limits: _Optional[_Union[QueueLimits, _Mapping]] = ...) -> None: ...

class GetConsumerQueueResponse(_message.Message):
    __slots__ = ("queue",)
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    queue: str
    def __init__(self, queue: _Optional[str] = ...) -> None: ...

class GetPartitionQueueRequest(_message.Message):
    __slots__ = ("consumer", "topic", "partition", "limits")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    topic: str
    partition: int
    limits: QueueLimits
    def __init__(self, consumer: _Optional[str] = ..., topic: _Optional[str] = ..., partition: _Optional[int] = ..., limits: _Optional[_Union[QueueLimits, _Mapping]] = ...) -> None: ...

class GetPartitionQueueResponse(_message.Message):
    __slots__ = ("queue",)
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    queue: str
    def __init__(self, queue: _Optional[str] = ...) -> None: ...

class QueueLengthRequest(_message.Message):
    __slots__ = ("queue",)
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    queue: str
    def __init__(self, queue: _Optional[str] = ...) -> None: ...

class QueueLengthResponse(_message.Message):
    __slots__ = ("length", "bytes")
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    length: int
    bytes: int
    def __init__(self, length: _Optional[int] = ..., bytes: _Optional[int] = ...) -> None: ...

class ForwardQueueRequest(_message.Message):
    __slots__ = ("queue", "destination")
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    queue: str
    destination: str
    def __init__(self, queue: _Optional[str] = ..., destination: _Optional[str] = ...) -> None: ...

class ForwardQueueResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnforwardQueueRequest(_message.Message):
    __slots__ = ("queue",)
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    queue: str
    def __init__(self, queue: _Optional[str] = ...) -> None: ...

class UnforwardQueueResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SetQueueTimeoutRequest(_message.Message):
    __slots__ = ("queue", "timeout_ms")
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    queue: str
    timeout_ms: int
    def __init__(self, queue: _Optional[str] = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class SetQueueTimeoutResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetQueueTimeoutRequest(_message.Message):
    __slots__ = ("queue",)
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    queue: str
    def __init__(self, queue: _Optional[str] = ...) -> None: ...

class GetQueueTimeoutResponse(_message.Message):
    __slots__ = ("timeout_ms",)
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    timeout_ms: int
    def __init__(self, timeout_ms: _Optional[int] = ...) -> None: ...

class QueuePollRequest(_message.Message):
    __slots__ = ("queue", "timeout_ms", "marshal_type")
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    queue: str
    timeout_ms: int
    marshal_type: _value_pb2.MarshalType
    def __init__(self, queue: _Optional[str] = ..., timeout_ms: _Optional[int] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ...) -> None: ...

class QueuePollResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: _common_pb2.ConsumedMessage
    def __init__(self, message: _Optional[_Union[_common_pb2.ConsumedMessage, _Mapping]] = ...) -> None: ...

class QueuePollBatchRequest(_message.Message):
    __slots__ = ("queue", "batch_size", "timeout_ms", "marshal_type", "max_bytes")
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_FIELD_NUMBER: _ClassVar[int]
    queue: str
    batch_size: int
    timeout_ms: int
    marshal_type: _value_pb2.MarshalType
    max_bytes: int
    def __init__(self, queue: _Optional[str] = ..., batch_size: _Optional[int] = ..., timeout_ms: _Optional[int] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ..., max_bytes: _Optional[int] = ...) -> None: ...

class QueuePollBatchResponse(_message.Message):
    __slots__ = ("messages", "byte_limit_reached")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    BYTE_LIMIT_REACHED_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_common_pb2.ConsumedMessage]
    byte_limit_reached: bool
    def __init__(self, messages: _Optional[_Iterable[_Union[_common_pb2.ConsumedMessage, _Mapping]]] = ..., byte_limit_reached: bool = ...) -> None: ...

class QueueEventRequest(_message.Message):
    __slots__ = ("queue", "timeout_ms")
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    queue: str
    timeout_ms: int
    def __init__(self, queue: _Optional[str] = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class QueueEventResponse(_message.Message):
    __slots__ = ("event", "name")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    event: str
    name: str
    def __init__(self, event: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class CloseQueueRequest(_message.Message):
    __slots__ = ("queue",)
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    queue: str
    def __init__(self, queue: _Optional[str] = ...) -> None: ...

class CloseQueueResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StreamQueueRequest(_message.Message):
    __slots__ = ("queue", "marshal_type", "limits")
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    queue: str
    marshal_type: _value_pb2.MarshalType
    limits: _consumer_service_pb2.FrameLimits
    def __init__(self, queue: _Optional[str] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ..., limits: _Optional[_Union[_consumer_service_pb2.FrameLimits, _Mapping]] = ...) -> None: ...

class StreamQueueResponse(_message.Message):
    __slots__ = ("batch", "event")
    BATCH_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    batch: _consumer_service_pb2.MessageBatch
    event: _event_service_pb2.EventInfo
    def __init__(self, batch: _Optional[_Union[_consumer_service_pb2.MessageBatch, _Mapping]] = ..., event: _Optional[_Union[_event_service_pb2.EventInfo, _Mapping]] = ...) -> None: ...
