from google.rpc import status_pb2 as _status_pb2
from kafkagateway.v1 import common_pb2 as _common_pb2
from kafkagateway.v1 import value_pb2 as _value_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateProducerRequest(_message.Message):
    __slots__ = ("config",)
    class ConfigEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: _containers.ScalarMap[str, str]
    def __init__(self, config: _Optional[_Mapping[str, str]] = ...) -> None: ...

class CreateProducerResponse(_message.Message):
    __slots__ = ("producer",)
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    producer: str
    def __init__(self, producer: _Optional[str] = ...) -> None: ...

class CloseProducerRequest(_message.Message):
    __slots__ = ("producer",)
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    producer: str
    def __init__(self, producer: _Optional[str] = ...) -> None: ...

class CloseProducerResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ProduceRequest(_message.Message):
    __slots__ = ("producer", "topic", "key", "typed_key", "raw_key", "value", "raw_value", "marshal_type", "partition", "headers", "timestamp_ms", "wait_for_delivery")
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TYPED_KEY_FIELD_NUMBER: _ClassVar[int]
    RAW_KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    RAW_VALUE_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_MS_FIELD_NUMBER: _ClassVar[int]
    WAIT_FOR_DELIVERY_FIELD_NUMBER: _ClassVar[int]
    producer: str
    topic: str
    key: str
    typed_key: _value_pb2.Value
    raw_key: bytes
    value: _value_pb2.Value
    raw_value: bytes
    marshal_type: _value_pb2.MarshalType
    partition: int
    headers: _containers.RepeatedCompositeFieldContainer[_common_pb2.Header]
    timestamp_ms: int
    wait_for_delivery: bool
    def __init__(self, producer: _Optional[str] = ..., topic: _Optional[str] = ..., key: _Optional[str] = ..., typed_key: _Optional[_Union[_value_pb2.Value, _Mapping]] = ..., raw_key: _Optional[bytes] = ..., value: _Optional[_Union[_value_pb2.Value, _Mapping]] = ..., raw_value: _Optional[bytes] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ..., partition: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[_common_pb2.Header, _Mapping]]] = ..., timestamp_ms: _Optional[int] = ..., wait_for_delivery: bool = ...) -> None: ...

class ProduceResponse(_message.Message):
    __slots__ = ("messages", "deliveries")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    messages: int
    deliveries: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    def __init__(self, messages: _Optional[int] = ..., deliveries: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ...) -> None: ...

class FlushRequest(_message.Message):
    __slots__ = ("producer", "timeout_ms")
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    producer: str
    timeout_ms: int
    def __init__(self, producer: _Optional[str] = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class FlushResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetProducerTimeoutRequest(_message.Message):
    __slots__ = ("producer",)
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    producer: str
    def __init__(self, producer: _Optional[str] = ...) -> None: ...

class GetProducerTimeoutResponse(_message.Message):
    __slots__ = ("timeout_ms",)
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    timeout_ms: int
    def __init__(self, timeout_ms: _Optional[int] = ...) -> None: ...

class SetProducerTimeoutRequest(_message.Message):
    __slots__ = ("producer", "timeout_ms")
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    producer: str
    timeout_ms: int
    def __init__(self, producer: _Optional[str] = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class SetProducerTimeoutResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ProduceRecord(_message.Message):
    __slots__ = ("topic", "key", "typed_key", "raw_key", "value", "raw_value", "marshal_type", "partition", "headers", "timestamp_ms")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TYPED_KEY_FIELD_NUMBER: _ClassVar[int]
    RAW_KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    RAW_VALUE_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_MS_FIELD_NUMBER: _ClassVar[int]
    topic: str
    key: str
    typed_key: _value_pb2.Value
    raw_key: bytes
    value: _value_pb2.Value
    raw_value: bytes
    marshal_type: _value_pb2.MarshalType
    partition: int
    headers: _containers.RepeatedCompositeFieldContainer[_common_pb2.Header]
    timestamp_ms: int
    def __init__(self, topic: _Optional[str] = ..., key: _Optional[str] = ..., typed_key: _Optional[_Union[_value_pb2.Value, _Mapping]] = ..., raw_key: _Optional[bytes] = ..., value: _Optional[_Union[_value_pb2.Value, _Mapping]] = ..., raw_value: _Optional[bytes] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ..., partition: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[_common_pb2.Header, _Mapping]]] = ..., timestamp_ms: _Optional[int] = ...) -> None: ...

class ProduceResult(_message.Message):
    __slots__ = ("deliveries", "error")
    DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    deliveries: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    error: _status_pb2.Status
    def __init__(self, deliveries: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ..., error: _Optional[_Union[_status_pb2.Status, _Mapping]] = ...) -> None: ...

class ProduceBatchRequest(_message.Message):
    __slots__ = ("producer", "records")
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    producer: str
    records: _containers.RepeatedCompositeFieldContainer[ProduceRecord]
    def __init__(self, producer: _Optional[str] = ..., records: _Optional[_Iterable[_Union[ProduceRecord, _Mapping]]] = ...) -> None: ...

class ProduceBatchResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[ProduceResult]
    def __init__(self, results: _Optional[_Iterable[_Union[ProduceResult, _Mapping]]] = ...) -> None: ...

class ProduceStreamRequest(_message.Message):
    __slots__ = ("producer", "record", "records")
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    producer: str
    record: ProduceRecord
    records: _containers.RepeatedCompositeFieldContainer[ProduceRecord]
    def __init__(self, producer: _Optional[str] = ..., record: _Optional[_Union[ProduceRecord, _Mapping]] = ..., records: _Optional[_Iterable[_Union[ProduceRecord, _Mapping]]] = ...) -> None: ...

class ProduceStreamResponse(_message.Message):
    __slots__ = ("index", "result", "results")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    index: int
    result: ProduceResult
    results: _containers.RepeatedCompositeFieldContainer[ProduceResult]
    def __init__(self, index: _Optional[int] = ..., result: _Optional[_Union[ProduceResult, _Mapping]] = ..., results: _Optional[_Iterable[_Union[ProduceResult, _Mapping]]] = ...) -> None: ...
