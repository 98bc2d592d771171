"""Whose people a people are: a demonym with another country's "of" phrase, people in flight
(session 24). Sentences written for these tests."""

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


def test_people_in_flight_are_of_the_place_they_flee(real_coder):
    got = countries(real_coder("Turkey sent tents to civilians fleeing Aleppo."))
    assert ("AID", "TUR", "SYR") in got
    got = countries(real_coder("The European Union will send medicine to refugees fleeing the fighting in Sudan."))
    assert ("AGREE", "IGO", "SDN") in {(t[0], "IGO" if t[1] is None else t[1], t[2]) for t in got}
    # the flight that tells who they are is no act of theirs
    assert not any(t[1] == "SDN" for t in got)
