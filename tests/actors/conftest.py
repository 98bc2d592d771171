"""Fixtures for the actor tests: one resolver per session, without the user's own dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def resolver():
    from eventwire.actors.resolver import ActorResolver

    return ActorResolver.load(user=None)


@pytest.fixture(scope="session")
def petrarch_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "data" / "events" / "petrarch2_unittest"
    if not folder.is_dir():
        pytest.skip("PETRARCH2 validation dictionaries are not present")
    return folder
