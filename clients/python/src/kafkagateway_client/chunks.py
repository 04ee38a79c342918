"""Reassembly of values the gateway split into several messages.

A vector or table larger than the gateway's buffer size is sent as chunks of whole elements or rows, each a
complete value with three headers: kgw-chunk-id (one per split value), kgw-chunk-index (0-based) and
kgw-chunk-count. Feed consumed messages to a ChunkAssembler in any order; it gives back each value whole.

    assembler = ChunkAssembler()
    for message in gw.consume(request):
        value = assembler.add(message)
        if value is not None:
            ...  # a value sent whole, or the last chunk of a split one
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Dict, Optional, Sequence, Tuple

from kafkagateway.v1 import common_pb2
from kafkagateway.v1 import value_pb2 as pb

CHUNK_ID, CHUNK_INDEX, CHUNK_COUNT = "kgw-chunk-id", "kgw-chunk-index", "kgw-chunk-count"

# The Vector fields that hold elements; a vector fills exactly one of them.
_STORAGE = ("bools", "ints", "longs", "floats", "doubles", "strings", "blobs", "values")


def chunk_info(message: common_pb2.ConsumedMessage) -> Optional[Tuple[str, int, int]]:
    """(id, index, count) from the message's chunk headers; None for a value sent whole."""
    headers = {h.key: h.value.decode("utf-8", "replace") for h in message.headers}
    if CHUNK_ID not in headers:
        return None
    try:
        index, count = int(headers.get(CHUNK_INDEX, "")), int(headers.get(CHUNK_COUNT, ""))
    except ValueError:
        index, count = -1, 0
    if count < 1 or not 0 <= index < count:
        raise ValueError(f"chunk headers of {headers[CHUNK_ID]} are malformed: index {headers.get(CHUNK_INDEX)!r}, "
                         f"count {headers.get(CHUNK_COUNT)!r}")
    return headers[CHUNK_ID], index, count


class ChunkAssembler:
    """Collects chunks and returns each split value when its last chunk arrives. At most max_pending values wait
    half-complete; beyond that the oldest is dropped, so that lost chunks cannot grow memory without bound."""

    def __init__(self, max_pending: int = 64) -> None:
        if max_pending < 1:
            raise ValueError(f"max_pending must be at least 1, got {max_pending}")
        self._max_pending = max_pending
        self._pending: "OrderedDict[str, Tuple[int, Dict[int, pb.Value]]]" = OrderedDict()

    def add(self, message: common_pb2.ConsumedMessage) -> Optional[pb.Value]:
        """The whole value when this message completes one (or was never split), else None."""
        info = chunk_info(message)
        if info is None:
            return message.value
        chunk_id, index, count = info
        if not message.HasField("value"):
            raise ValueError(f"chunk {index} of {chunk_id} has no value: {message.decode_error or 'not decoded'}")
        expected, parts = self._pending.setdefault(chunk_id, (count, {}))
        if expected != count:
            raise ValueError(f"chunk {index} of {chunk_id} says {count} chunks, an earlier one {expected}")
        parts[index] = message.value
        if len(self._pending) > self._max_pending:
            self._pending.popitem(last=False)
        if len(parts) < count:
            return None
        del self._pending[chunk_id]
        return join_chunks([parts[i] for i in range(count)])

    @property
    def waiting(self) -> int:
        """How many split values are waiting for more chunks."""
        return len(self._pending)


def join_chunks(chunks: Sequence[pb.Value]) -> pb.Value:
    """The chunks of one split value, in order, as that value."""
    if not chunks:
        raise ValueError("no chunks to join")
    kind = chunks[0].WhichOneof("kind")
    if any(c.WhichOneof("kind") != kind for c in chunks):
        raise ValueError(f"chunks of a {kind} hold other forms")
    if kind == "vector":
        return pb.Value(vector=_join_vectors([c.vector for c in chunks]))
    if kind == "table":
        names = [col.name for col in chunks[0].table.columns]
        if any([col.name for col in c.table.columns] != names for c in chunks):
            raise ValueError("chunks of a table have other columns")
        columns = [pb.Column(name=name, values=_join_vectors([c.table.columns[j].values for c in chunks]))
                   for j, name in enumerate(names)]
        return pb.Value(table=pb.Table(name=chunks[0].table.name, columns=columns))
    if len(chunks) == 1:
        return chunks[0]
    raise ValueError(f"a {kind} is never split into chunks")


def _join_vectors(vectors: Sequence[pb.Vector]) -> pb.Vector:
    # Protobuf merging appends repeated fields, which joins the elements; only the NULL positions need shifting.
    out = pb.Vector(type=vectors[0].type, scale=vectors[0].scale)
    offset = 0
    for v in vectors:
        if (v.type, v.scale) != (out.type, out.scale):
            raise ValueError("chunks of a vector have other types")
        out.nulls.extend(n + offset for n in v.nulls)
        elements = pb.Vector()
        elements.CopyFrom(v)
        elements.ClearField("nulls")
        out.MergeFrom(elements)
        offset += sum(len(getattr(v, field)) for field in _STORAGE)
    return out
