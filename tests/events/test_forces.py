"""One vocabulary of armed forces (events/forces.py): each rule that asks whether a phrase names
troops knows the same troop words. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_senses import verb_type

from eventwire.events import codes

pytestmark = pytest.mark.slow


def _plover(text: str, lemma: str) -> str | None:
    code = verb_type(text, lemma)[0]
    info = codes.to_plover(code) if code else None
    return info[0] if info else None


def test_units_sent_are_a_deployment_as_troops_sent_are():
    # PLOVER MOBILIZE "all military or police moves, deployments" (CAMEO 154); "units" is in
    # CAMEO's armed-forces class as "troops" is
    assert _plover("Britain sent two army units to the region.", "send") == "MOBILIZE"
    assert _plover("Britain sent troops to the region.", "send") == "MOBILIZE"


def test_an_officeholder_removed_by_any_troops_is_a_coups_act():
    # PLOVER COERCE (CAMEO 170): paratroopers are armed forces as soldiers are
    assert _plover("Paratroopers dismissed the prime minister on Friday.", "dismiss") == "COERCE"
    assert _plover("The president dismissed the prime minister on Friday.", "dismiss") is None
