"""TLS channels to a gateway started with --tls-cert (and --tls-client-ca for mutual TLS)."""
from __future__ import annotations

import os
from typing import Optional, Sequence, Tuple, Union

import grpc

Pem = Union[str, "os.PathLike[str]", bytes]
"""A PEM given as a file path (str or PathLike) or as the PEM itself (bytes)."""


def _pem(what: str, source: Optional[Pem]) -> Optional[bytes]:
    if source is None:
        return None
    if isinstance(source, bytes):
        return source
    try:
        with open(source, "rb") as f:
            return f.read()
    except OSError as err:
        raise ValueError(f"cannot read the {what} file {os.fspath(source)}: {err.strerror}") from err


def tls_channel(address: str, ca: Optional[Pem] = None, cert: Optional[Pem] = None, key: Optional[Pem] = None,
                token: Optional[str] = None, options: Sequence[Tuple[str, object]] = ()) -> grpc.Channel:
    """A TLS channel to `address`.

    `ca` is the CA that signed the gateway's certificate (None: the system's trusted roots); `cert` and `key` are a
    client certificate and its key for mutual TLS (both or neither); `token`, when not None or empty, goes with every
    call, streams included, as `authorization: Bearer <token>`. `options` are grpcio channel options.
    """
    if (cert is None) != (key is None):
        raise ValueError("a client certificate needs its key, and a key its certificate: give both cert and key, or neither")
    creds = grpc.ssl_channel_credentials(root_certificates=_pem("CA", ca), private_key=_pem("client key", key),
                                         certificate_chain=_pem("client certificate", cert))
    if token:
        # A header value cannot hold a line break; grpcio would fail each call with a vaguer error.
        if "\n" in token or "\r" in token:
            raise ValueError("the bearer token contains a line break (read from a file? strip it)")
        creds = grpc.composite_channel_credentials(creds, grpc.access_token_call_credentials(token))
    return grpc.secure_channel(address, creds, options=list(options))
