import datetime as dt
from decimal import Decimal

import pytest

from kafkagateway.v1 import value_pb2 as pb
from kafkagateway_client import column_types, from_value, scalar, table, to_value, vector

UTC = dt.timezone.utc
AT = dt.datetime(2024, 2, 29, 13, 45, 30, 123456, tzinfo=UTC)


@pytest.mark.parametrize("type_name,element,stored_in,back", [
    ("INT", 7, "ints", 7),
    ("LONG", 2**60, "longs", 2**60),
    ("DATE", dt.date(2024, 2, 29), "ints", dt.date(2024, 2, 29)),
    ("MONTH", dt.date(2024, 2, 17), "ints", dt.date(2024, 2, 1)),
    ("DATETIME", AT, "ints", AT.replace(microsecond=0)),
    ("DATEHOUR", AT, "ints", AT.replace(minute=0, second=0, microsecond=0)),
    ("TIMESTAMP", AT, "longs", AT.replace(microsecond=123000)),
    ("TIME", dt.time(1, 2, 3, 456000), "ints", dt.time(1, 2, 3, 456000)),
    ("MINUTE", dt.time(1, 2), "ints", dt.time(1, 2)),
    ("NANOTIMESTAMP", 1_700_000_000_123_456_789, "longs", 1_700_000_000_123_456_789),
    ("DOUBLE", 2.5, "doubles", 2.5),
    ("SYMBOL", "x", "strings", "x"),
    ("BLOB", b"\x00\xff", "blobs", b"\x00\xff"),
    ("BOOL", True, "bools", True),
    ("DECIMAL64", Decimal("1.25"), "strings", Decimal("1.25")),
])
def test_vectors_store_each_type_in_its_field_and_read_back(type_name, element, stored_in, back):
    v = vector([element, None], type_name)
    assert v.type == pb.DataType.Value("DATA_TYPE_" + type_name)
    assert len(getattr(v, stored_in)) == 2 and list(v.nulls) == [1]
    assert from_value(pb.Value(vector=v)) == [back, None]


def test_inference_picks_types_from_python_values():
    assert vector([1, None]).type == pb.DATA_TYPE_LONG
    assert vector([True]).type == pb.DATA_TYPE_BOOL
    assert vector([AT]).type == pb.DATA_TYPE_TIMESTAMP
    assert vector([dt.date(2024, 1, 1)]).type == pb.DATA_TYPE_DATE
    assert to_value([1, "a"]).vector.type == pb.DATA_TYPE_ANY
    assert from_value(to_value([1, "a", [2.5]])) == [1, "a", [2.5]]
    assert from_value(to_value({"a": 1, "b": 2})) == {"a": 1, "b": 2}


def test_scalars_with_nulls():
    assert from_value(scalar(5, "INT")) == 5
    assert scalar(None, "DOUBLE").scalar.null == pb.DATA_TYPE_DOUBLE
    assert from_value(scalar(None, "DOUBLE")) is None
    assert from_value(scalar(AT)) == AT.replace(microsecond=123000)
    assert scalar(Decimal("3.140"), "DECIMAL32").scalar.decimal32 == pb.Decimal(value="3.140", scale=3)


def test_tables_from_columns_keep_order_and_types():
    t = table({"id": vector([1, 2], "INT"), "name": ["a", None]})
    assert from_value(t) == {"id": [1, 2], "name": ["a", None]}
    assert list(column_types(t).items()) == [("id", "INT"), ("name", "STRING")]


def test_refuses_what_it_cannot_type():
    with pytest.raises(TypeError):
        vector([object()])
    with pytest.raises(TypeError):
        vector(["x"], "INT")
