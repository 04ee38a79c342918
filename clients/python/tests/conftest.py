import os

import pytest

from kafkagateway_client import Gateway


@pytest.fixture
def gateway():
    """A client of the gateway at $KGW_ADDRESS (the jest suite starts one and runs pytest against it)."""
    address = os.environ.get("KGW_ADDRESS")
    if not address:
        pytest.fail("KGW_ADDRESS is not set: start a gateway and point KGW_ADDRESS at it")
    with Gateway(address) as gw:
        yield gw
