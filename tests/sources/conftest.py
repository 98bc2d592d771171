"""Fixtures for the sources tests: settings and a collector (the local HTTP server, ``server``,
is in tests/conftest.py: feed and fetch tests talk to it with allow_private)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import InputError
from eventwire.records import Document
from eventwire.settings import Settings, load_settings
from eventwire.sources import iter_documents


@pytest.fixture()
def settings() -> Settings:
    """Local fetches allowed (the test server is on 127.0.0.1), short timeouts."""
    return load_settings(allow_private=True, http_timeout=2.0, max_redirects=3)


@pytest.fixture()
def strict_settings() -> Settings:
    """The shipped defaults: private addresses refused."""
    return load_settings(http_timeout=2.0)


@pytest.fixture()
def collect() -> Callable[..., list[Document | InputError]]:
    def run(inputs: list[str], settings: Settings) -> list[Document | InputError]:
        return list(iter_documents([str(i) for i in inputs], settings))

    return run
