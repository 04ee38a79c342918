from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DataType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DATA_TYPE_UNSPECIFIED: _ClassVar[DataType]
    DATA_TYPE_BOOL: _ClassVar[DataType]
    DATA_TYPE_CHAR: _ClassVar[DataType]
    DATA_TYPE_SHORT: _ClassVar[DataType]
    DATA_TYPE_INT: _ClassVar[DataType]
    DATA_TYPE_LONG: _ClassVar[DataType]
    DATA_TYPE_DATE: _ClassVar[DataType]
    DATA_TYPE_MONTH: _ClassVar[DataType]
    DATA_TYPE_TIME: _ClassVar[DataType]
    DATA_TYPE_MINUTE: _ClassVar[DataType]
    DATA_TYPE_SECOND: _ClassVar[DataType]
    DATA_TYPE_DATETIME: _ClassVar[DataType]
    DATA_TYPE_TIMESTAMP: _ClassVar[DataType]
    DATA_TYPE_NANOTIME: _ClassVar[DataType]
    DATA_TYPE_NANOTIMESTAMP: _ClassVar[DataType]
    DATA_TYPE_FLOAT: _ClassVar[DataType]
    DATA_TYPE_DOUBLE: _ClassVar[DataType]
    DATA_TYPE_SYMBOL: _ClassVar[DataType]
    DATA_TYPE_STRING: _ClassVar[DataType]
    DATA_TYPE_UUID: _ClassVar[DataType]
    DATA_TYPE_ANY: _ClassVar[DataType]
    DATA_TYPE_DATEHOUR: _ClassVar[DataType]
    DATA_TYPE_IPADDR: _ClassVar[DataType]
    DATA_TYPE_INT128: _ClassVar[DataType]
    DATA_TYPE_BLOB: _ClassVar[DataType]
    DATA_TYPE_DECIMAL32: _ClassVar[DataType]
    DATA_TYPE_DECIMAL64: _ClassVar[DataType]
    DATA_TYPE_DECIMAL128: _ClassVar[DataType]
    DATA_TYPE_VOID: _ClassVar[DataType]

class MarshalType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MARSHAL_TYPE_UNSPECIFIED: _ClassVar[MarshalType]
    MARSHAL_TYPE_AUTO: _ClassVar[MarshalType]
    MARSHAL_TYPE_DOLPHINDB: _ClassVar[MarshalType]
    MARSHAL_TYPE_JSON: _ClassVar[MarshalType]
    MARSHAL_TYPE_PLAIN: _ClassVar[MarshalType]
    MARSHAL_TYPE_JAVA_SHORT: _ClassVar[MarshalType]
    MARSHAL_TYPE_JAVA_INT: _ClassVar[MarshalType]
    MARSHAL_TYPE_JAVA_LONG: _ClassVar[MarshalType]
    MARSHAL_TYPE_JAVA_FLOAT: _ClassVar[MarshalType]
    MARSHAL_TYPE_JAVA_DOUBLE: _ClassVar[MarshalType]
    MARSHAL_TYPE_JAVA_STRING: _ClassVar[MarshalType]
    MARSHAL_TYPE_JAVA_BYTES: _ClassVar[MarshalType]
DATA_TYPE_UNSPECIFIED: DataType
DATA_TYPE_BOOL: DataType
DATA_TYPE_CHAR: DataType
DATA_TYPE_SHORT: DataType
DATA_TYPE_INT: DataType
DATA_TYPE_LONG: DataType
DATA_TYPE_DATE: DataType
DATA_TYPE_MONTH: DataType
DATA_TYPE_TIME: DataType
DATA_TYPE_MINUTE: DataType
DATA_TYPE_SECOND: DataType
DATA_TYPE_DATETIME: DataType
DATA_TYPE_TIMESTAMP: DataType
DATA_TYPE_NANOTIME: DataType
DATA_TYPE_NANOTIMESTAMP: DataType
DATA_TYPE_FLOAT: DataType
DATA_TYPE_DOUBLE: DataType
DATA_TYPE_SYMBOL: DataType
DATA_TYPE_STRING: DataType
DATA_TYPE_UUID: DataType
DATA_TYPE_ANY: DataType
DATA_TYPE_DATEHOUR: DataType
DATA_TYPE_IPADDR: DataType
DATA_TYPE_INT128: DataType
DATA_TYPE_BLOB: DataType
DATA_TYPE_DECIMAL32: DataType
DATA_TYPE_DECIMAL64: DataType
DATA_TYPE_DECIMAL128: DataType
DATA_TYPE_VOID: DataType
MARSHAL_TYPE_UNSPECIFIED: MarshalType
MARSHAL_TYPE_AUTO: MarshalType
MARSHAL_TYPE_DOLPHINDB: MarshalType
MARSHAL_TYPE_JSON: MarshalType
MARSHAL_TYPE_PLAIN: MarshalType
MARSHAL_TYPE_JAVA_SHORT: MarshalType
MARSHAL_TYPE_JAVA_INT: MarshalType
MARSHAL_TYPE_JAVA_LONG: MarshalType
MARSHAL_TYPE_JAVA_FLOAT: MarshalType
MARSHAL_TYPE_JAVA_DOUBLE: MarshalType
MARSHAL_TYPE_JAVA_STRING: MarshalType
MARSHAL_TYPE_JAVA_BYTES: MarshalType

class Value(_message.Message):
    __slots__ = ("scalar", "vector", "pair", "matrix", "set", "dictionary", "table")
    SCALAR_FIELD_NUMBER: _ClassVar[int]
    VECTOR_FIELD_NUMBER: _ClassVar[int]
    PAIR_FIELD_NUMBER: _ClassVar[int]
    MATRIX_FIELD_NUMBER: _ClassVar[int]
    SET_FIELD_NUMBER: _ClassVar[int]
    DICTIONARY_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    scalar: Scalar
    vector: Vector
    pair: Vector
    matrix: Matrix
    set: Vector
    dictionary: Dictionary
    table: Table
    def __init__(self, scalar: _Optional[_Union[Scalar, _Mapping]] = ..., vector: _Optional[_Union[Vector, _Mapping]] = ..., pair: _Optional[_Union[Vector, _Mapping]] = ..., matrix: _Optional[_Union[Matrix, _Mapping]] = ..., set: _Optional[_Union[Vector, _Mapping]] = ..., dictionary: _Optional[_Union[Dictionary, _Mapping]] = ..., table: _Optional[_Union[Table, _Mapping]] = ...) -> None: ...

class Scalar(_message.Message):
    __slots__ = ("null", "bool", "char", "short", "int", "long", "date", "month", "time", "minute", "second", "datetime", "timestamp", "nanotime", "nanotimestamp", "datehour", "float", "double", "symbol", "string", "uuid", "ipaddr", "int128", "blob", "decimal32", "decimal64", "decimal128")
    NULL_FIELD_NUMBER: _ClassVar[int]
    BOOL_FIELD_NUMBER: _ClassVar[int]
    CHAR_FIELD_NUMBER: _ClassVar[int]
    SHORT_FIELD_NUMBER: _ClassVar[int]
    INT_FIELD_NUMBER: _ClassVar[int]
    LONG_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    MONTH_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    MINUTE_FIELD_NUMBER: _ClassVar[int]
    SECOND_FIELD_NUMBER: _ClassVar[int]
    DATETIME_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    NANOTIME_FIELD_NUMBER: _ClassVar[int]
    NANOTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    DATEHOUR_FIELD_NUMBER: _ClassVar[int]
    FLOAT_FIELD_NUMBER: _ClassVar[int]
    DOUBLE_FIELD_NUMBER: _ClassVar[int]
    SYMBOL_FIELD_NUMBER: _ClassVar[int]
    STRING_FIELD_NUMBER: _ClassVar[int]
    UUID_FIELD_NUMBER: _ClassVar[int]
    IPADDR_FIELD_NUMBER: _ClassVar[int]
    INT128_FIELD_NUMBER: _ClassVar[int]
    BLOB_FIELD_NUMBER: _ClassVar[int]
    DECIMAL32_FIELD_NUMBER: _ClassVar[int]
    DECIMAL64_FIELD_NUMBER: _ClassVar[int]
    DECIMAL128_FIELD_NUMBER: _ClassVar[int]
    null: DataType
    bool: bool
    char: int
    short: int
    int: int
    long: int
    date: int
    month: int
    time: int
    minute: int
    second: int
    datetime: int
    timestamp: int
    nanotime: int
    nanotimestamp: int
    datehour: int
    float: float
    double: float
    symbol: str
    string: str
    uuid: str
    ipaddr: str
    int128: str
    blob: bytes
    decimal32: Decimal
    decimal64: Decimal
    decimal128: Decimal
    def __init__(self, null: _Optional[_Union[DataType, str]] = ..., bool: bool = ..., char: _Optional[int] = ..., short: _Optional[int] = ..., int: _Optional[int] = ..., long: _Optional[int] = ..., date: _Optional[int] = ..., month: _Optional[int] = ..., time: _Optional[int] = ..., minute: _Optional[int] = ..., second: _Optional[int] = ..., datetime: _Optional[int] = ..., timestamp: _Optional[int] = ..., nanotime: _Optional[int] = ..., nanotimestamp: _Optional[int] = ..., datehour: _Optional[int] = ..., float: _Optional[float] = ..., double: _Optional[float] = ..., symbol: _Optional[str] = ..., string: _Optional[str] = ..., uuid: _Optional[str] = ..., ipaddr: _Optional[str] = ..., int128: _Optional[str] = ..., blob: _Optional[bytes] = ..., decimal32: _Optional[_Union[Decimal, _Mapping]] = ..., decimal64: _Optional[_Union[Decimal, _Mapping]] = ..., decimal128: _Optional[_Union[Decimal, _Mapping]] = ...) -> None: ...

class Decimal(_message.Message):
    __slots__ = ("value", "scale")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    SCALE_FIELD_NUMBER: _ClassVar[int]
    value: str
    scale: int
    def __init__(self, value: _Optional[str] = ..., scale: _Optional[int] = ...) -> None: ...

class Vector(_message.Message):
    __slots__ = ("type", "nulls", "scale", "bools", "ints", "longs", "floats", "doubles", "strings", "blobs", "values")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NULLS_FIELD_NUMBER: _ClassVar[int]
    SCALE_FIELD_NUMBER: _ClassVar[int]
    BOOLS_FIELD_NUMBER: _ClassVar[int]
    INTS_FIELD_NUMBER: _ClassVar[int]
    LONGS_FIELD_NUMBER: _ClassVar[int]
    FLOATS_FIELD_NUMBER: _ClassVar[int]
    DOUBLES_FIELD_NUMBER: _ClassVar[int]
    STRINGS_FIELD_NUMBER: _ClassVar[int]
    BLOBS_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    type: DataType
    nulls: _containers.RepeatedScalarFieldContainer[int]
    scale: int
    bools: _containers.RepeatedScalarFieldContainer[bool]
    ints: _containers.RepeatedScalarFieldContainer[int]
    longs: _containers.RepeatedScalarFieldContainer[int]
    floats: _containers.RepeatedScalarFieldContainer[float]
    doubles: _containers.RepeatedScalarFieldContainer[float]
    strings: _containers.RepeatedScalarFieldContainer[str]
    blobs: _containers.RepeatedScalarFieldContainer[bytes]
    values: _containers.RepeatedCompositeFieldContainer[Value]
    def __init__(self, type: _Optional[_Union[DataType, str]] = ..., nulls: _Optional[_Iterable[int]] = ..., scale: _Optional[int] = ..., bools: _Optional[_Iterable[bool]] = ..., ints: _Optional[_Iterable[int]] = ..., longs: _Optional[_Iterable[int]] = ..., floats: _Optional[_Iterable[float]] = ..., doubles: _Optional[_Iterable[float]] = ..., strings: _Optional[_Iterable[str]] = ..., blobs: _Optional[_Iterable[bytes]] = ..., values: _Optional[_Iterable[_Union[Value, _Mapping]]] = ...) -> None: ...

class Matrix(_message.Message):
    __slots__ = ("rows", "columns", "data", "row_labels", "column_labels")
    ROWS_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    ROW_LABELS_FIELD_NUMBER: _ClassVar[int]
    COLUMN_LABELS_FIELD_NUMBER: _ClassVar[int]
    rows: int
    columns: int
    data: Vector
    row_labels: Vector
    column_labels: Vector
    def __init__(self, rows: _Optional[int] = ..., columns: _Optional[int] = ..., data: _Optional[_Union[Vector, _Mapping]] = ..., row_labels: _Optional[_Union[Vector, _Mapping]] = ..., column_labels: _Optional[_Union[Vector, _Mapping]] = ...) -> None: ...

class Dictionary(_message.Message):
    __slots__ = ("keys", "values")
    KEYS_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    keys: Vector
    values: Vector
    def __init__(self, keys: _Optional[_Union[Vector, _Mapping]] = ..., values: _Optional[_Union[Vector, _Mapping]] = ...) -> None: ...

class Table(_message.Message):
    __slots__ = ("name", "columns")
    NAME_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    name: str
    columns: _containers.RepeatedCompositeFieldContainer[Column]
    def __init__(self, name: _Optional[str] = ..., columns: _Optional[_Iterable[_Union[Column, _Mapping]]] = ...) -> None: ...

class Column(_message.Message):
    __slots__ = ("name", "values")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    name: str
    values: Vector
    def __init__(self, name: _Optional[str] = ..., values: _Optional[_Union[Vector, _Mapping]] = ...) -> None: ...
