import pytest

from kafkagateway_client import Gateway, tls_channel


def test_a_client_certificate_needs_its_key():
    with pytest.raises(ValueError, match="a client certificate needs its key"):
        Gateway.connect("127.0.0.1:50051", ca=b"", cert="alice.pem")


def test_a_missing_pem_file_is_named(tmp_path):
    missing = tmp_path / "nope.pem"
    with pytest.raises(ValueError, match=f"cannot read the CA file {missing}: No such file or directory"):
        tls_channel("127.0.0.1:50051", ca=missing)


def test_a_token_with_a_line_break_is_refused_before_any_call():
    with pytest.raises(ValueError, match="the bearer token contains a line break"):
        tls_channel("127.0.0.1:50051", token="abc\n")
