from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional

import grpc
from google.rpc import error_details_pb2, status_pb2


@dataclass
class ErrorDetails:
    """What the gateway says about a failed call: the gRPC code, its message, and the ErrorInfo detail."""

    code: grpc.StatusCode
    message: str
    reason: str = ""
    metadata: Dict[str, str] = field(default_factory=dict)


def error_details(error: grpc.RpcError) -> Optional[ErrorDetails]:
    """Reads the google.rpc.Status the gateway puts in the grpc-status-details-bin trailer of a failed call."""
    if not isinstance(error, grpc.Call):
        return None
    details = ErrorDetails(code=error.code(), message=error.details() or "")
    for key, value in error.trailing_metadata() or ():
        if key != "grpc-status-details-bin":
            continue
        status = status_pb2.Status.FromString(value)
        for any_detail in status.details:
            info = error_details_pb2.ErrorInfo()
            if any_detail.Unpack(info):
                details.reason, details.metadata = info.reason, dict(info.metadata)
    return details
