"""Shared fixtures: loopback servers and a CLI runner that keeps stderr apart."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))  # tests/fault_server.py and friends

from fault_server import FaultServer  # noqa: E402


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


@pytest.fixture
def cli() -> CliRunner:
    return CliRunner()


@pytest.fixture
def replica():
    """A started replica portal server (90 articles); yields (server, portal)."""
    from scraper.replica import Portal, PortalServer

    portal = Portal(articles=30, per_page=10)
    with PortalServer(portal) as server:
        yield server, portal
