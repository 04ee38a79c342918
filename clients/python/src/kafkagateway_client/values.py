"""Python values to and from typed Values.

    BOOL                                    bool
    CHAR, SHORT, INT, LONG                  int
    FLOAT, DOUBLE                           float
    STRING, SYMBOL, UUID, IPADDR, INT128    str
    DECIMAL32/64/128                        decimal.Decimal
    BLOB                                    bytes
    DATE, MONTH                             datetime.date (a MONTH is the first of its month)
    TIME, MINUTE, SECOND                    datetime.time
    DATETIME, DATEHOUR, TIMESTAMP           datetime.datetime, UTC (naive datetimes are taken as UTC)
    NANOTIME, NANOTIMESTAMP                 int nanoseconds (datetime stops at microseconds)
    NULL of any type                        None

to_value infers: bool BOOL, int LONG, float DOUBLE, str STRING, bytes BLOB, datetime TIMESTAMP, date DATE,
time TIME, Decimal DECIMAL64; a list is a vector of the first non-None element's type (a tuple when the elements
differ), a dict of lists is a table. vector() and table() take explicit types where inference is not enough.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Dict, Iterable, List, Mapping, Optional, Union

from kafkagateway.v1 import value_pb2 as pb

Null = None
UTC = dt.timezone.utc
EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)
EPOCH_DATE = dt.date(1970, 1, 1)

TypeName = Union[str, int]

_INTS = {"CHAR", "SHORT", "INT", "DATE", "MONTH", "TIME", "MINUTE", "SECOND", "DATETIME", "DATEHOUR"}
_LONGS = {"LONG", "TIMESTAMP", "NANOTIME", "NANOTIMESTAMP"}
_STRINGS = {"STRING", "SYMBOL", "UUID", "IPADDR", "INT128", "DECIMAL32", "DECIMAL64", "DECIMAL128"}
# Seconds per unit of the types counted from 1970-01-01, and from midnight.
_SINCE_EPOCH = {"DATETIME": 1, "DATEHOUR": 3600, "TIMESTAMP": 0.001}
_SINCE_MIDNIGHT_MS = {"TIME": 1, "SECOND": 1000, "MINUTE": 60_000}


def _type_name(t: TypeName) -> str:
    name = pb.DataType.Name(t) if isinstance(t, int) else t.upper()
    return name[len("DATA_TYPE_"):] if name.startswith("DATA_TYPE_") else name


def _type_number(name: str) -> int:
    return pb.DataType.Value("DATA_TYPE_" + name)


def _infer(x: Any) -> str:
    # bool before int: bool is a subclass of int; datetime before date likewise.
    for kind, name in ((bool, "BOOL"), (int, "LONG"), (float, "DOUBLE"), (str, "STRING"), (bytes, "BLOB"),
                       (dt.datetime, "TIMESTAMP"), (dt.date, "DATE"), (dt.time, "TIME"), (Decimal, "DECIMAL64")):
        if isinstance(x, kind):
            return name
    raise TypeError(f"no DolphinDB type for a {type(x).__name__}; pass type= explicitly")


def _to_number(name: str, x: Any) -> int:
    """The stored integer of a temporal (or integer) element."""
    if name in _SINCE_EPOCH and isinstance(x, dt.datetime):
        aware = x if x.tzinfo else x.replace(tzinfo=UTC)
        delta = aware - EPOCH
        micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
        return micros // round(_SINCE_EPOCH[name] * 1_000_000)
    if name == "DATE" and isinstance(x, dt.date):
        return (x if not isinstance(x, dt.datetime) else x.date()).toordinal() - EPOCH_DATE.toordinal()
    if name == "MONTH" and isinstance(x, dt.date):
        return x.year * 12 + x.month - 1
    if name in _SINCE_MIDNIGHT_MS and isinstance(x, dt.time):
        ms = ((x.hour * 60 + x.minute) * 60 + x.second) * 1000 + x.microsecond // 1000
        return ms // _SINCE_MIDNIGHT_MS[name]
    if isinstance(x, int) and not isinstance(x, bool):
        return x
    raise TypeError(f"a {type(x).__name__} is not a {name} element")


def _from_number(name: str, n: int) -> Any:
    if name in _SINCE_EPOCH:
        return EPOCH + dt.timedelta(microseconds=n * round(_SINCE_EPOCH[name] * 1_000_000))
    if name == "DATE":
        return EPOCH_DATE + dt.timedelta(days=n)
    if name == "MONTH":
        return dt.date(n // 12, n % 12 + 1, 1)
    if name in _SINCE_MIDNIGHT_MS:
        ms = n * _SINCE_MIDNIGHT_MS[name]
        return dt.time(ms // 3_600_000, ms // 60_000 % 60, ms // 1000 % 60, ms % 1000 * 1000)
    return n


def vector(values: Iterable[Any], type: Optional[TypeName] = None, scale: int = 0) -> pb.Vector:
    """A vector of `type` (a name such as "INT" or a DataType); None elements are NULL. Without a type it is
    inferred from the first element that is not None."""
    items = list(values)
    if type is None:
        first = next((x for x in items if x is not None), None)
        type = "VOID" if first is None else _infer(first)
    name = _type_name(type)
    v = pb.Vector(type=_type_number(name), scale=scale)
    v.nulls.extend(i for i, x in enumerate(items) if x is None)
    if name == "BOOL":
        v.bools.extend(bool(x) for x in _filled(items, False))
    elif name in _INTS:
        v.ints.extend(_to_number(name, x) for x in _filled(items, 0))
    elif name in _LONGS:
        v.longs.extend(_to_number(name, x) for x in _filled(items, 0))
    elif name == "FLOAT":
        v.floats.extend(float(x) for x in _filled(items, 0.0))
    elif name == "DOUBLE":
        v.doubles.extend(float(x) for x in _filled(items, 0.0))
    elif name in _STRINGS:
        v.strings.extend(str(x) for x in _filled(items, ""))
    elif name == "BLOB":
        v.blobs.extend(bytes(x) for x in _filled(items, b""))
    elif name == "ANY":
        v.values.extend(to_value(x) for x in items)
    elif name != "VOID":
        raise TypeError(f"vector() does not build {name} vectors")
    return v


def _filled(items: List[Any], zero: Any) -> Iterable[Any]:
    return (zero if x is None else x for x in items)


def scalar(x: Any, type: Optional[TypeName] = None) -> pb.Value:
    """A scalar value (a one-element vector read back as its element); None is a NULL of `type` or VOID."""
    name = _type_name(type) if type is not None else ("VOID" if x is None else _infer(x))
    if x is None:
        return pb.Value(scalar=pb.Scalar(null=_type_number(name)))
    field = {"STRING": "string"}.get(name, name.lower())
    if name in _INTS or name in _LONGS:
        return pb.Value(scalar=pb.Scalar(**{field: _to_number(name, x)}))
    if name.startswith("DECIMAL"):
        text = str(x)
        digits = -Decimal(text).as_tuple().exponent
        return pb.Value(scalar=pb.Scalar(**{field: pb.Decimal(value=text, scale=max(0, int(digits)))}))
    return pb.Value(scalar=pb.Scalar(**{field: x}))


def table(columns: Mapping[str, Union[pb.Vector, Iterable[Any]]], name: str = "") -> pb.Value:
    """A table from columns by name; each is a Vector (from vector(), for an explicit type) or a list."""
    t = pb.Table(name=name)
    for col_name, col in columns.items():
        t.columns.add(name=col_name, values=col if isinstance(col, pb.Vector) else vector(col))
    return pb.Value(table=t)


def to_value(x: Any) -> pb.Value:
    """Infers a value: a dict of lists is a table, a list a vector (or a tuple when mixed), anything else a scalar."""
    if isinstance(x, pb.Value):
        return x
    if isinstance(x, Mapping) and x and all(isinstance(c, (list, pb.Vector)) for c in x.values()):
        return table(x)
    if isinstance(x, (list, tuple)):
        nested = any(isinstance(e, (list, tuple, Mapping, pb.Value)) for e in x)
        if not nested and len({_infer(e) for e in x if e is not None}) <= 1:
            return pb.Value(vector=vector(x))
        return pb.Value(vector=vector(x, "ANY"))
    if isinstance(x, Mapping):
        return pb.Value(dictionary=pb.Dictionary(keys=vector(list(x.keys())), values=vector(list(x.values()))))
    return scalar(x)


def vector_type(v: pb.Vector) -> str:
    """The vector's element type name: its type field, or what its storage field implies."""
    if v.type:
        return _type_name(v.type)
    for field, name in (("bools", "BOOL"), ("ints", "INT"), ("longs", "LONG"), ("floats", "FLOAT"), ("doubles", "DOUBLE"),
                        ("strings", "STRING"), ("blobs", "BLOB"), ("values", "ANY")):
        if len(getattr(v, field)):
            return name
    return "VOID"


def _vector_native(v: pb.Vector) -> List[Any]:
    name = vector_type(v)
    if name == "BOOL":
        stored, convert = v.bools, bool
    elif name in _INTS or name in _LONGS:
        stored, convert = (v.ints if name in _INTS else v.longs), (lambda n: _from_number(name, n))
    elif name in ("FLOAT", "DOUBLE"):
        stored, convert = (v.floats if name == "FLOAT" else v.doubles), float
    elif name.startswith("DECIMAL"):
        stored, convert = v.strings, Decimal
    elif name in _STRINGS:
        stored, convert = v.strings, str
    elif name == "BLOB":
        stored, convert = v.blobs, bytes
    elif name == "ANY":
        stored, convert = v.values, from_value
    else:
        return [None] * len(v.nulls)
    # A NULL's stored entry is a placeholder (0, ""), not always a valid element (MONTH 0, DECIMAL ""): skip it.
    nulls = set(v.nulls)
    return [None if i in nulls else convert(x) for i, x in enumerate(stored)]


def from_value(value: pb.Value) -> Any:
    """A value as Python values: a scalar as its element, a vector, pair or set as a list, a table as a dict of
    column lists (in column order; column_types() gives their types), a dictionary as a dict, a matrix as a list of
    its columns."""
    kind = value.WhichOneof("kind")
    if kind == "scalar":
        s = value.scalar
        field = s.WhichOneof("value")
        if field is None or field == "null":
            return None
        x = getattr(s, field)
        name = "STRING" if field == "string" else field.upper()
        if name.startswith("DECIMAL"):
            return Decimal(x.value)
        return _from_number(name, x) if name in _INTS or name in _LONGS else x
    if kind in ("vector", "pair", "set"):
        return _vector_native(getattr(value, kind))
    if kind == "table":
        return {c.name: _vector_native(c.values) for c in value.table.columns}
    if kind == "dictionary":
        return dict(zip(_vector_native(value.dictionary.keys), _vector_native(value.dictionary.values)))
    if kind == "matrix":
        m = value.matrix
        flat = _vector_native(m.data)
        return [flat[c * m.rows:(c + 1) * m.rows] for c in range(m.columns)]
    raise ValueError("empty value")


def column_types(value: pb.Value) -> Dict[str, str]:
    """The type name of each column of a table value."""
    return {c.name: vector_type(c.values) for c in value.table.columns}
