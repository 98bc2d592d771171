"""Common crime is PLOVER's CRIME, not ASSAULT (session 21, from news_events12's no-event
sentences). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_code import countries, real_codes

pytestmark = pytest.mark.slow


def kinds(text: str) -> set[str]:
    return {kind for kind, _, _ in countries(real_codes(text))}


def test_robbers_and_thieves_make_no_political_event():
    assert "ASSAULT" not in kinds("Armed robbers shot dead a bank guard in Lagos on Monday and fled with cash.")
    assert not kinds("Thieves raided a museum in Paris and escaped with paintings.") & {"ASSAULT", "COERCE"}


def test_gunmen_and_militants_still_attack():
    assert "ASSAULT" in kinds("Gunmen shot dead a policeman in Lagos on Monday.")
