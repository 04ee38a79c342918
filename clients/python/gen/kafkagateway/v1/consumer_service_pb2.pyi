from kafkagateway.v1 import common_pb2 as _common_pb2
from kafkagateway.v1 import value_pb2 as _value_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RebalanceKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REBALANCE_KIND_UNSPECIFIED: _ClassVar[RebalanceKind]
    REBALANCE_KIND_ASSIGNED: _ClassVar[RebalanceKind]
    REBALANCE_KIND_REVOKED: _ClassVar[RebalanceKind]

class SeekPosition(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEEK_POSITION_UNSPECIFIED: _ClassVar[SeekPosition]
    SEEK_POSITION_BEGINNING: _ClassVar[SeekPosition]
    SEEK_POSITION_END: _ClassVar[SeekPosition]
REBALANCE_KIND_UNSPECIFIED: RebalanceKind
REBALANCE_KIND_ASSIGNED: RebalanceKind
REBALANCE_KIND_REVOKED: RebalanceKind
SEEK_POSITION_UNSPECIFIED: SeekPosition
SEEK_POSITION_BEGINNING: SeekPosition
SEEK_POSITION_END: SeekPosition

class CreateConsumerRequest(_message.Message):
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

class CreateConsumerResponse(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    def __init__(self, consumer: _Optional[str] = ...) -> None: ...

class CloseConsumerRequest(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    def __init__(self, consumer: _Optional[str] = ...) -> None: ...

class CloseConsumerResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SubscribeRequest(_message.Message):
    __slots__ = ("consumer", "topics")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    TOPICS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    topics: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, consumer: _Optional[str] = ..., topics: _Optional[_Iterable[str]] = ...) -> None: ...

class SubscribeResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnsubscribeRequest(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    def __init__(self, consumer: _Optional[str] = ...) -> None: ...

class UnsubscribeResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PollRequest(_message.Message):
    __slots__ = ("consumer", "timeout_ms", "marshal_type")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    timeout_ms: int
    marshal_type: _value_pb2.MarshalType
    def __init__(self, consumer: _Optional[str] = ..., timeout_ms: _Optional[int] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ...) -> None: ...

class PollResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: _common_pb2.ConsumedMessage
    def __init__(self, message: _Optional[_Union[_common_pb2.ConsumedMessage, _Mapping]] = ...) -> None: ...

class PollBatchRequest(_message.Message):
    __slots__ = ("consumer", "batch_size", "timeout_ms", "marshal_type", "max_bytes")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    batch_size: int
    timeout_ms: int
    marshal_type: _value_pb2.MarshalType
    max_bytes: int
    def __init__(self, consumer: _Optional[str] = ..., batch_size: _Optional[int] = ..., timeout_ms: _Optional[int] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ..., max_bytes: _Optional[int] = ...) -> None: ...

class PollBatchResponse(_message.Message):
    __slots__ = ("messages", "byte_limit_reached")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    BYTE_LIMIT_REACHED_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_common_pb2.ConsumedMessage]
    byte_limit_reached: bool
    def __init__(self, messages: _Optional[_Iterable[_Union[_common_pb2.ConsumedMessage, _Mapping]]] = ..., byte_limit_reached: bool = ...) -> None: ...

class GetMemberIdRequest(_message.Message):
    __slots__ = ("consumer", "timeout_ms")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    timeout_ms: int
    def __init__(self, consumer: _Optional[str] = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class GetMemberIdResponse(_message.Message):
    __slots__ = ("member_id",)
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    member_id: str
    def __init__(self, member_id: _Optional[str] = ...) -> None: ...

class PollDictRequest(_message.Message):
    __slots__ = ("consumer", "batch_size", "timeout_ms", "marshal_type", "max_bytes")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    batch_size: int
    timeout_ms: int
    marshal_type: _value_pb2.MarshalType
    max_bytes: int
    def __init__(self, consumer: _Optional[str] = ..., batch_size: _Optional[int] = ..., timeout_ms: _Optional[int] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ..., max_bytes: _Optional[int] = ...) -> None: ...

class PollDictResponse(_message.Message):
    __slots__ = ("values", "rejected", "byte_limit_reached")
    class ValuesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _value_pb2.Value
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_value_pb2.Value, _Mapping]] = ...) -> None: ...
    VALUES_FIELD_NUMBER: _ClassVar[int]
    REJECTED_FIELD_NUMBER: _ClassVar[int]
    BYTE_LIMIT_REACHED_FIELD_NUMBER: _ClassVar[int]
    values: _containers.MessageMap[str, _value_pb2.Value]
    rejected: _containers.RepeatedCompositeFieldContainer[_common_pb2.ConsumedMessage]
    byte_limit_reached: bool
    def __init__(self, values: _Optional[_Mapping[str, _value_pb2.Value]] = ..., rejected: _Optional[_Iterable[_Union[_common_pb2.ConsumedMessage, _Mapping]]] = ..., byte_limit_reached: bool = ...) -> None: ...

class PollByteStreamRequest(_message.Message):
    __slots__ = ("consumer", "timeout_ms")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    timeout_ms: int
    def __init__(self, consumer: _Optional[str] = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class PollByteStreamResponse(_message.Message):
    __slots__ = ("payload", "topic", "partition", "offset")
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    payload: bytes
    topic: str
    partition: int
    offset: int
    def __init__(self, payload: _Optional[bytes] = ..., topic: _Optional[str] = ..., partition: _Optional[int] = ..., offset: _Optional[int] = ...) -> None: ...

class ConsumeRequest(_message.Message):
    __slots__ = ("consumer", "create", "marshal_type", "limits", "max_messages")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    CREATE_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    MAX_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    create: StreamConsumer
    marshal_type: _value_pb2.MarshalType
    limits: FrameLimits
    max_messages: int
    def __init__(self, consumer: _Optional[str] = ..., create: _Optional[_Union[StreamConsumer, _Mapping]] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ..., limits: _Optional[_Union[FrameLimits, _Mapping]] = ..., max_messages: _Optional[int] = ...) -> None: ...

class StreamConsumer(_message.Message):
    __slots__ = ("config", "topics", "partitions", "start")
    class ConfigEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    TOPICS_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    config: _containers.ScalarMap[str, str]
    topics: _containers.RepeatedScalarFieldContainer[str]
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    start: StartPosition
    def __init__(self, config: _Optional[_Mapping[str, str]] = ..., topics: _Optional[_Iterable[str]] = ..., partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ..., start: _Optional[_Union[StartPosition, _Mapping]] = ...) -> None: ...

class StartPosition(_message.Message):
    __slots__ = ("beginning", "last")
    BEGINNING_FIELD_NUMBER: _ClassVar[int]
    LAST_FIELD_NUMBER: _ClassVar[int]
    beginning: bool
    last: int
    def __init__(self, beginning: bool = ..., last: _Optional[int] = ...) -> None: ...

class FrameLimits(_message.Message):
    __slots__ = ("max_messages", "max_bytes", "linger_ms", "max_buffered_messages", "max_buffered_bytes")
    MAX_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_FIELD_NUMBER: _ClassVar[int]
    LINGER_MS_FIELD_NUMBER: _ClassVar[int]
    MAX_BUFFERED_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    MAX_BUFFERED_BYTES_FIELD_NUMBER: _ClassVar[int]
    max_messages: int
    max_bytes: int
    linger_ms: int
    max_buffered_messages: int
    max_buffered_bytes: int
    def __init__(self, max_messages: _Optional[int] = ..., max_bytes: _Optional[int] = ..., linger_ms: _Optional[int] = ..., max_buffered_messages: _Optional[int] = ..., max_buffered_bytes: _Optional[int] = ...) -> None: ...

class ConsumeResponse(_message.Message):
    __slots__ = ("started", "batch", "rebalance")
    STARTED_FIELD_NUMBER: _ClassVar[int]
    BATCH_FIELD_NUMBER: _ClassVar[int]
    REBALANCE_FIELD_NUMBER: _ClassVar[int]
    started: StreamStarted
    batch: MessageBatch
    rebalance: Rebalance
    def __init__(self, started: _Optional[_Union[StreamStarted, _Mapping]] = ..., batch: _Optional[_Union[MessageBatch, _Mapping]] = ..., rebalance: _Optional[_Union[Rebalance, _Mapping]] = ...) -> None: ...

class StreamStarted(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    def __init__(self, consumer: _Optional[str] = ...) -> None: ...

class MessageBatch(_message.Message):
    __slots__ = ("messages",)
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_common_pb2.ConsumedMessage]
    def __init__(self, messages: _Optional[_Iterable[_Union[_common_pb2.ConsumedMessage, _Mapping]]] = ...) -> None: ...

class Rebalance(_message.Message):
    __slots__ = ("kind", "partitions")
    KIND_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    kind: RebalanceKind
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartition]
    def __init__(self, kind: _Optional[_Union[RebalanceKind, str]] = ..., partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartition, _Mapping]]] = ...) -> None: ...

class ConsumeAckedRequest(_message.Message):
    __slots__ = ("open", "ack")
    OPEN_FIELD_NUMBER: _ClassVar[int]
    ACK_FIELD_NUMBER: _ClassVar[int]
    open: ConsumeAckedOpen
    ack: Acks
    def __init__(self, open: _Optional[_Union[ConsumeAckedOpen, _Mapping]] = ..., ack: _Optional[_Union[Acks, _Mapping]] = ...) -> None: ...

class ConsumeAckedOpen(_message.Message):
    __slots__ = ("config", "topics", "marshal_type", "limits", "max_unacked")
    class ConfigEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    TOPICS_FIELD_NUMBER: _ClassVar[int]
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    MAX_UNACKED_FIELD_NUMBER: _ClassVar[int]
    config: _containers.ScalarMap[str, str]
    topics: _containers.RepeatedScalarFieldContainer[str]
    marshal_type: _value_pb2.MarshalType
    limits: FrameLimits
    max_unacked: int
    def __init__(self, config: _Optional[_Mapping[str, str]] = ..., topics: _Optional[_Iterable[str]] = ..., marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ..., limits: _Optional[_Union[FrameLimits, _Mapping]] = ..., max_unacked: _Optional[int] = ...) -> None: ...

class Acks(_message.Message):
    __slots__ = ("messages",)
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    def __init__(self, messages: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ...) -> None: ...

class ConsumeAckedResponse(_message.Message):
    __slots__ = ("started", "batch", "rebalance", "ack_rejected")
    STARTED_FIELD_NUMBER: _ClassVar[int]
    BATCH_FIELD_NUMBER: _ClassVar[int]
    REBALANCE_FIELD_NUMBER: _ClassVar[int]
    ACK_REJECTED_FIELD_NUMBER: _ClassVar[int]
    started: StreamStarted
    batch: MessageBatch
    rebalance: Rebalance
    ack_rejected: AckRejected
    def __init__(self, started: _Optional[_Union[StreamStarted, _Mapping]] = ..., batch: _Optional[_Union[MessageBatch, _Mapping]] = ..., rebalance: _Optional[_Union[Rebalance, _Mapping]] = ..., ack_rejected: _Optional[_Union[AckRejected, _Mapping]] = ...) -> None: ...

class AckRejected(_message.Message):
    __slots__ = ("message", "reason")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    message: _common_pb2.TopicPartitionOffset
    reason: str
    def __init__(self, message: _Optional[_Union[_common_pb2.TopicPartitionOffset, _Mapping]] = ..., reason: _Optional[str] = ...) -> None: ...

class SeekRequest(_message.Message):
    __slots__ = ("consumer", "topic", "partition", "offset", "position", "timestamp_ms", "timeout_ms")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_MS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    topic: str
    partition: int
    offset: int
    position: SeekPosition
    timestamp_ms: int
    timeout_ms: int
    def __init__(self, consumer: _Optional[str] = ..., topic: _Optional[str] = ..., partition: _Optional[int] = ..., offset: _Optional[int] = ..., position: _Optional[_Union[SeekPosition, str]] = ..., timestamp_ms: _Optional[int] = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class SeekResponse(_message.Message):
    __slots__ = ("offset",)
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    offset: int
    def __init__(self, offset: _Optional[int] = ...) -> None: ...

class CommitRequest(_message.Message):
    __slots__ = ("consumer", "offsets", "timeout_ms")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    ASYNC_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    offsets: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    timeout_ms: int
    def __init__(self, consumer: _Optional[str] = ..., offsets: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ..., timeout_ms: _Optional[int] = ..., **kwargs) -> None: ...

class CommitResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AssignRequest(_message.Message):
    __slots__ = ("consumer", "partitions")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    def __init__(self, consumer: _Optional[str] = ..., partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ...) -> None: ...

class AssignResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnassignRequest(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    def __init__(self, consumer: _Optional[str] = ...) -> None: ...

class UnassignResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetAssignmentRequest(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    def __init__(self, consumer: _Optional[str] = ...) -> None: ...

class GetAssignmentResponse(_message.Message):
    __slots__ = ("partitions",)
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    def __init__(self, partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ...) -> None: ...

class PauseRequest(_message.Message):
    __slots__ = ("consumer", "partitions")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartition]
    def __init__(self, consumer: _Optional[str] = ..., partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartition, _Mapping]]] = ...) -> None: ...

class PauseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ResumeRequest(_message.Message):
    __slots__ = ("consumer", "partitions")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartition]
    def __init__(self, consumer: _Optional[str] = ..., partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartition, _Mapping]]] = ...) -> None: ...

class ResumeResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetWatermarkOffsetsRequest(_message.Message):
    __slots__ = ("consumer", "topic", "partition", "query_broker", "timeout_ms")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    QUERY_BROKER_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    topic: str
    partition: int
    query_broker: bool
    timeout_ms: int
    def __init__(self, consumer: _Optional[str] = ..., topic: _Optional[str] = ..., partition: _Optional[int] = ..., query_broker: bool = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class GetWatermarkOffsetsResponse(_message.Message):
    __slots__ = ("low", "high")
    LOW_FIELD_NUMBER: _ClassVar[int]
    HIGH_FIELD_NUMBER: _ClassVar[int]
    low: int
    high: int
    def __init__(self, low: _Optional[int] = ..., high: _Optional[int] = ...) -> None: ...

class GetCommittedOffsetsRequest(_message.Message):
    __slots__ = ("consumer", "partitions", "timeout_ms")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartition]
    timeout_ms: int
    def __init__(self, consumer: _Optional[str] = ..., partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartition, _Mapping]]] = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class GetCommittedOffsetsResponse(_message.Message):
    __slots__ = ("offsets",)
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    offsets: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    def __init__(self, offsets: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ...) -> None: ...

class GetPositionsRequest(_message.Message):
    __slots__ = ("consumer", "partitions")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartition]
    def __init__(self, consumer: _Optional[str] = ..., partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartition, _Mapping]]] = ...) -> None: ...

class GetPositionsResponse(_message.Message):
    __slots__ = ("offsets",)
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    offsets: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    def __init__(self, offsets: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ...) -> None: ...

class GetOffsetInfoRequest(_message.Message):
    __slots__ = ("consumer", "partitions")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    partitions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartition]
    def __init__(self, consumer: _Optional[str] = ..., partitions: _Optional[_Iterable[_Union[_common_pb2.TopicPartition, _Mapping]]] = ...) -> None: ...

class OffsetInfo(_message.Message):
    __slots__ = ("topic", "partition", "min_offset", "max_offset", "offset_position", "offset_committed")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    MIN_OFFSET_FIELD_NUMBER: _ClassVar[int]
    MAX_OFFSET_FIELD_NUMBER: _ClassVar[int]
    OFFSET_POSITION_FIELD_NUMBER: _ClassVar[int]
    OFFSET_COMMITTED_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: int
    min_offset: int
    max_offset: int
    offset_position: int
    offset_committed: int
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[int] = ..., min_offset: _Optional[int] = ..., max_offset: _Optional[int] = ..., offset_position: _Optional[int] = ..., offset_committed: _Optional[int] = ...) -> None: ...

class GetOffsetInfoResponse(_message.Message):
    __slots__ = ("infos",)
    INFOS_FIELD_NUMBER: _ClassVar[int]
    infos: _containers.RepeatedCompositeFieldContainer[OffsetInfo]
    def __init__(self, infos: _Optional[_Iterable[_Union[OffsetInfo, _Mapping]]] = ...) -> None: ...

class StoreOffsetsRequest(_message.Message):
    __slots__ = ("consumer", "offsets")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    OFFSETS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    offsets: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    def __init__(self, consumer: _Optional[str] = ..., offsets: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ...) -> None: ...

class StoreOffsetsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetConsumerTimeoutRequest(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    def __init__(self, consumer: _Optional[str] = ...) -> None: ...

class GetConsumerTimeoutResponse(_message.Message):
    __slots__ = ("timeout_ms",)
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    timeout_ms: int
    def __init__(self, timeout_ms: _Optional[int] = ...) -> None: ...

class SetConsumerTimeoutRequest(_message.Message):
    __slots__ = ("consumer", "timeout_ms")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_MS_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    timeout_ms: int
    def __init__(self, consumer: _Optional[str] = ..., timeout_ms: _Optional[int] = ...) -> None: ...

class SetConsumerTimeoutResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
