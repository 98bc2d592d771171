"""A people named by a demonym and placed in another country by "of" (session 24): sentences
written for these tests."""

from __future__ import annotations

import pytest

from conftest import countries

pytestmark = pytest.mark.slow


def test_a_people_of_another_country_are_its_civilians(real_coder):
    got = countries(real_coder("The Hungarians of Romania asked Budapest for help."))
    assert ("REQUEST", "ROU", "HUN") in got
    assert not any(t[1] == "HUN" for t in got)
    got = countries(real_coder("The Turks of Bulgaria accused Sofia of forced assimilation."))
    assert ("ACCUSE", "BGR", "BGR") in got


def test_a_people_abroad_or_at_home_keep_their_country(real_coder):
    assert ("ASSAULT", "IRQ", "USA") in countries(real_coder("Americans in Iraq were attacked by militants."))
    assert ("ACCUSE", "PHL", "CHN") in countries(real_coder("The Philippines accused China of harassment."))
