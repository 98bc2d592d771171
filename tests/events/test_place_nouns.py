"""One vocabulary of place nouns (nlp/place_nouns.py): the rules that ask whether an object is a
place know the same places. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_senses import verb_type

pytestmark = pytest.mark.slow


def test_forces_securing_any_site_are_moved_there():
    # CAMEO 154 / PLOVER MOBILIZE "all military or police moves": a prison is a site as an
    # airport is; a loan secured is no move of forces
    assert verb_type("Troops secured the prison on Sunday.", "secure")[0] == "154"
    assert verb_type("Troops secured the airport on Sunday.", "secure")[0] == "154"
    assert verb_type("The government secured a loan on Sunday.", "secure")[0] != "154"


def test_a_place_defended_is_protection_and_a_policy_defended_is_support():
    # CAMEO 074 (military protection) for a place, 052 (defend verbally) for a decision
    assert verb_type("The government defended the airport against the attackers.", "defend")[0] == "074"
    assert verb_type("The minister defended the decision.", "defend")[0] == "052"
