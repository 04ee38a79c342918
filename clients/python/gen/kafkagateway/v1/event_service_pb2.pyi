from kafkagateway.v1 import common_pb2 as _common_pb2
from kafkagateway.v1 import value_pb2 as _value_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EventInfo(_message.Message):
    __slots__ = ("name", "error", "error_code", "rebalance", "partitions", "stats_json", "log_message", "log_severity", "log_facility")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    REBALANCE_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    STATS_JSON_FIELD_NUMBER: _ClassVar[int]
    LOG_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    LOG_SEVERITY_FIELD_NUMBER: _ClassVar[int]
    LOG_FACILITY_FIELD_NUMBER: _ClassVar[int]
    name: str
    error: str
    error_code: int
    rebalance: str
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    stats_json: str
    log_message: str
    log_severity: int
    log_facility: str
    def __init__(self, name: _Optional[str] = ..., error: _Optional[str] = ..., error_code: _Optional[int] = ..., rebalance: _Optional[str] = ..., partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ..., stats_json: _Optional[str] = ..., log_message: _Optional[str] = ..., log_severity: _Optional[int] = ..., log_facility: _Optional[str] = ...) -> None: ...

class GetEventNameRequest(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: str
    def __init__(self, event: _Optional[str] = ...) -> None: ...

class GetEventNameResponse(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetEventMessagesRequest(_message.Message):
    __slots__ = ("event", "marshal_type")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    event: str
    marshal_type: _value_pb2.MarshalType
    def __init__(self, event: _Optional[str] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ...) -> None: ...

class GetEventMessagesResponse(_message.Message):
    __slots__ = ("messages",)
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_common_pb2.ConsumedMessage]
    def __init__(self, messages: _Optional[_Iterable[_Union[_common_pb2.ConsumedMessage, _Mapping]]] = ...) -> None: ...

class GetEventMessageCountRequest(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: str
    def __init__(self, event: _Optional[str] = ...) -> None: ...

class GetEventMessageCountResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class GetEventErrorRequest(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: str
    def __init__(self, event: _Optional[str] = ...) -> None: ...

class GetEventErrorResponse(_message.Message):
    __slots__ = ("error", "code")
    ERROR_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    error: str
    code: int
    def __init__(self, error: _Optional[str] = ..., code: _Optional[int] = ...) -> None: ...

class GetEventPartitionRequest(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: str
    def __init__(self, event: _Optional[str] = ...) -> None: ...

class GetEventPartitionResponse(_message.Message):
    __slots__ = ("text", "partition")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    text: str
    partition: _common_pb2.TopicPartitionOffset
    def __init__(self, text: _Optional[str] = ..., partition: _Optional[_Union[_common_pb2.TopicPartitionOffset, _Mapping]] = ...) -> None: ...

class GetEventPartitionsRequest(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: str
    def __init__(self, event: _Optional[str] = ...) -> None: ...

class GetEventPartitionsResponse(_message.Message):
    __slots__ = ("partitions",)
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    def __init__(self, partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ...) -> None: ...

class IsEventValidRequest(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: str
    def __init__(self, event: _Optional[str] = ...) -> None: ...

class IsEventValidResponse(_message.Message):
    __slots__ = ("valid",)
    VALID_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    def __init__(self, valid: bool = ...) -> None: ...

class ReleaseEventRequest(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: str
    def __init__(self, event: _Optional[str] = ...) -> None: ...

class ReleaseEventResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
