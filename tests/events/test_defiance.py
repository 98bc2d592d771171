"""Breaking a ban, law or order defies it (session 24): sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import countries

pytestmark = pytest.mark.slow


def test_violating_a_ban_defies_who_imposed_it(real_coder):
    assert ("REJECT", "KEN", None) in {(t[0], t[1], None) for t in countries(real_coder(
        "Kenya violated a ban by the African Union on arms sales."))}
    got = countries(real_coder("The opposition newspaper violated a curfew imposed by the Ugandan army."))
    assert ("REJECT", "UGA", "UGA") in got


def test_violating_a_truce_or_airspace_keeps_its_code(real_coder):
    assert ("ASSAULT", "SDN", "SDN") in countries(real_coder("The rebels violated the truce with the government of Sudan."))
    assert not any(t[0] == "REJECT" for t in countries(real_coder("Israeli jets violated Lebanese airspace.")))
