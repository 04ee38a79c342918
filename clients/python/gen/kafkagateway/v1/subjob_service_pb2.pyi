from kafkagateway.v1 import common_pb2 as _common_pb2
from kafkagateway.v1 import consumer_service_pb2 as _consumer_service_pb2
from kafkagateway.v1 import value_pb2 as _value_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SubJobRef(_message.Message):
    __slots__ = ("handle", "name", "id")
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    handle: str
    name: str
    id: int
    def __init__(self, handle: _Optional[str] = ..., name: _Optional[str] = ..., id: _Optional[int] = ...) -> None: ...

class CreateSubJobRequest(_message.Message):
    __slots__ = ("consumer", "create", "target", "parser", "action_name", "throttle", "auto_commit", "msg_as_table", "batch_size", "queue_depth", "durable")
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    CREATE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PARSER_FIELD_NUMBER: _ClassVar[int]
    ACTION_NAME_FIELD_NUMBER: _ClassVar[int]
    THROTTLE_FIELD_NUMBER: _ClassVar[int]
    AUTO_COMMIT_FIELD_NUMBER: _ClassVar[int]
    MSG_AS_TABLE_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    QUEUE_DEPTH_FIELD_NUMBER: _ClassVar[int]
    DURABLE_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    create: _consumer_service_pb2.StreamConsumer
    target: SubJobTarget
    parser: SubJobParser
    action_name: str
    throttle: float
    auto_commit: bool
    msg_as_table: bool
    batch_size: int
    queue_depth: int
    durable: bool
    def __init__(self, consumer: _Optional[str] = ..., create: _Optional[_Union[_consumer_service_pb2.StreamConsumer, _Mapping]] = ..., target: _Optional[_Union[SubJobTarget, _Mapping]] = ..., parser: _Optional[_Union[SubJobParser, _Mapping]] = ..., action_name: _Optional[str] = ..., throttle: _Optional[float] = ..., auto_commit: bool = ..., msg_as_table: bool = ..., batch_size: _Optional[int] = ..., queue_depth: _Optional[int] = ..., durable: bool = ...) -> None: ...

class SubJobTarget(_message.Message):
    __slots__ = ("table", "watch", "create_table")
    TABLE_FIELD_NUMBER: _ClassVar[int]
    WATCH_FIELD_NUMBER: _ClassVar[int]
    CREATE_TABLE_FIELD_NUMBER: _ClassVar[int]
    table: str
    watch: bool
    create_table: bool
    def __init__(self, table: _Optional[str] = ..., watch: bool = ..., create_table: bool = ...) -> None: ...

class SubJobParser(_message.Message):
    __slots__ = ("marshal_type", "rename", "value_column", "message_columns")
    class RenameEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    MARSHAL_TYPE_FIELD_NUMBER: _ClassVar[int]
    RENAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_COLUMN_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_COLUMNS_FIELD_NUMBER: _ClassVar[int]
    marshal_type: _value_pb2.MarshalType
    rename: _containers.ScalarMap[str, str]
    value_column: str
    message_columns: MessageColumns
    def __init__(self, marshal_type: _Optional[_Union[_value_pb2.MarshalType, str]] = ..., rename: _Optional[_Mapping[str, str]] = ..., value_column: _Optional[str] = ..., message_columns: _Optional[_Union[MessageColumns, _Mapping]] = ...) -> None: ...

class MessageColumns(_message.Message):
    __slots__ = ("topic", "partition", "offset", "key", "timestamp")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: str
    offset: str
    key: str
    timestamp: str
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[str] = ..., offset: _Optional[str] = ..., key: _Optional[str] = ..., timestamp: _Optional[str] = ...) -> None: ...

class CreateSubJobResponse(_message.Message):
    __slots__ = ("subjob", "id", "consumer")
    SUBJOB_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    subjob: str
    id: int
    consumer: str
    def __init__(self, subjob: _Optional[str] = ..., id: _Optional[int] = ..., consumer: _Optional[str] = ...) -> None: ...

class GetJobStatRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class JobStat(_message.Message):
    __slots__ = ("subscription_id", "user", "action_name", "create_timestamp", "processed_msg_count", "failed_msg_count", "last_err_msg", "last_failed_timestamp", "msg_as_table", "batch_size", "throttle", "auto_commit", "subjob", "target", "durable", "rows_written", "partitions")
    SUBSCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    ACTION_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    PROCESSED_MSG_COUNT_FIELD_NUMBER: _ClassVar[int]
    FAILED_MSG_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_ERR_MSG_FIELD_NUMBER: _ClassVar[int]
    LAST_FAILED_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    MSG_AS_TABLE_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    THROTTLE_FIELD_NUMBER: _ClassVar[int]
    AUTO_COMMIT_FIELD_NUMBER: _ClassVar[int]
    SUBJOB_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    DURABLE_FIELD_NUMBER: _ClassVar[int]
    ROWS_WRITTEN_FIELD_NUMBER: _ClassVar[int]
    PARTITIONS_FIELD_NUMBER: _ClassVar[int]
    subscription_id: str
    user: str
    action_name: str
    create_timestamp: int
    processed_msg_count: int
    failed_msg_count: int
    last_err_msg: str
    last_failed_timestamp: int
    msg_as_table: bool
    batch_size: int
    throttle: float
    auto_commit: bool
    subjob: str
    target: str
    durable: bool
    rows_written: int
    partitions: _containers.RepeatedCompositeFieldContainer[SubJobPartition]
    def __init__(self, subscription_id: _Optional[str] = ..., user: _Optional[str] = ..., action_name: _Optional[str] = ..., create_timestamp: _Optional[int] = ..., processed_msg_count: _Optional[int] = ..., failed_msg_count: _Optional[int] = ..., last_err_msg: _Optional[str] = ..., last_failed_timestamp: _Optional[int] = ..., msg_as_table: bool = ..., batch_size: _Optional[int] = ..., throttle: _Optional[float] = ..., auto_commit: bool = ..., subjob: _Optional[str] = ..., target: _Optional[str] = ..., durable: bool = ..., rows_written: _Optional[int] = ..., partitions: _Optional[_Iterable[_Union[SubJobPartition, _Mapping]]] = ...) -> None: ...

class SubJobPartition(_message.Message):
    __slots__ = ("topic", "partition", "next_offset", "high_watermark", "lag")
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    NEXT_OFFSET_FIELD_NUMBER: _ClassVar[int]
    HIGH_WATERMARK_FIELD_NUMBER: _ClassVar[int]
    LAG_FIELD_NUMBER: _ClassVar[int]
    topic: str
    partition: int
    next_offset: int
    high_watermark: int
    lag: int
    def __init__(self, topic: _Optional[str] = ..., partition: _Optional[int] = ..., next_offset: _Optional[int] = ..., high_watermark: _Optional[int] = ..., lag: _Optional[int] = ...) -> None: ...

class GetJobStatResponse(_message.Message):
    __slots__ = ("jobs", "table")
    JOBS_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    jobs: _containers.RepeatedCompositeFieldContainer[JobStat]
    table: _value_pb2.Value
    def __init__(self, jobs: _Optional[_Iterable[_Union[JobStat, _Mapping]]] = ..., table: _Optional[_Union[_value_pb2.Value, _Mapping]] = ...) -> None: ...

class CancelSubJobRequest(_message.Message):
    __slots__ = ("job",)
    JOB_FIELD_NUMBER: _ClassVar[int]
    job: SubJobRef
    def __init__(self, job: _Optional[_Union[SubJobRef, _Mapping]] = ...) -> None: ...

class CancelSubJobResponse(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class GetSubJobConsumerRequest(_message.Message):
    __slots__ = ("job",)
    JOB_FIELD_NUMBER: _ClassVar[int]
    job: SubJobRef
    def __init__(self, job: _Optional[_Union[SubJobRef, _Mapping]] = ...) -> None: ...

class GetSubJobConsumerResponse(_message.Message):
    __slots__ = ("consumer",)
    CONSUMER_FIELD_NUMBER: _ClassVar[int]
    consumer: str
    def __init__(self, consumer: _Optional[str] = ...) -> None: ...

class WatchSubJobRequest(_message.Message):
    __slots__ = ("job",)
    JOB_FIELD_NUMBER: _ClassVar[int]
    job: SubJobRef
    def __init__(self, job: _Optional[_Union[SubJobRef, _Mapping]] = ...) -> None: ...

class WatchSubJobResponse(_message.Message):
    __slots__ = ("rows", "positions")
    ROWS_FIELD_NUMBER: _ClassVar[int]
    POSITIONS_FIELD_NUMBER: _ClassVar[int]
    rows: _value_pb2.Table
    positions: _containers.RepeatedCompositeFieldContainer[_common_pb2.TopicPartitionOffset]
    def __init__(self, rows: _Optional[_Union[_value_pb2.Table, _Mapping]] = ..., positions: _Optional[_Iterable[_Union[_common_pb2.TopicPartitionOffset, _Mapping]]] = ...) -> None: ...
