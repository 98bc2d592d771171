"""Whom an answer, a judgement or an order is aimed at (eventwire.events.antecedents): sentences
written for these tests, coded with the real parser, resolver and lexicon (slow)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_an_order_to_the_doers_own_forces_is_no_request_between_them(code_real):
    # a government commanding its own army or police: a command within one state
    events = code_real("LIMA, May 2, 2025 (Wire) - Peru's president ordered the army to deliver food to flooded villages.")
    assert not any(e.type == "REQUEST" and e.target and e.target.country == "PER" for e in events)
    # an order to another state's forces is aimed at them
    events = code_real("Peru's president ordered Chilean troops to leave the border area.")
    assert any(e.source.country == "PER" and e.target and e.target.country == "CHL" for e in events if e.source)

