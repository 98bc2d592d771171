"""What an agreement, a refusal, a protest or a description carries is no act of its own
(session 24): sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import countries

pytestmark = pytest.mark.slow


def test_what_an_agreement_settles_is_its_content(real_coder):
    got = countries(real_coder("Kenya signed an accord with Uganda yesterday to provide aid to Somalia."))
    assert ("SUPPORT", "KEN", "UGA") in got
    assert not any(t[0] == "AID" for t in got)


def test_what_is_refused_is_no_act(real_coder):
    got = countries(real_coder("Students in Taipei marched against the Chinese government's refusal to recognize the sovereignty of Taiwan."))
    assert any(t[0] == "PROTEST" for t in got)
    assert not any(t[0] == "SUPPORT" for t in got)


def test_what_a_protest_is_held_for_is_no_demand_of_its_own(real_coder):
    text = "Truck drivers in Chile blocked the highways into Santiago on Monday to press their demands for cheaper fuel from the government."
    got = countries(real_coder(text))
    assert any(t[0] == "PROTEST" for t in got)
    assert not any(t[0] == "REQUEST" for t in got)


def test_a_purpose_of_another_act_is_still_coded(real_coder):
    # only a protest's purpose is its issue: whoever met to sign something did sign it
    got = countries(real_coder("The Greek prime minister travelled to Ankara on Monday to sign a border treaty with Turkey."))
    assert any(t[0] in {"SUPPORT", "AGREE", "COOPERATE"} and t[1] == "GRC" and t[2] == "TUR" for t in got)


def test_a_stand_told_in_a_relative_clause_describes_the_actor(real_coder):
    got = countries(real_coder("Greece blocked the entry of Macedonia, which claims the name of a Greek province."))
    assert not any(t[0] == "ACCUSE" for t in got)
    # a deed so told is still coded, and a stand told in the past is an act
    assert ("ASSAULT", "LBN", "ISR") in countries(real_coder("Iran funds Hezbollah, which attacks Israel."))
    got = countries(real_coder("Egypt, which accused Israel of violating the truce, recalled its ambassador."))
    assert ("ACCUSE", "EGY", "ISR") in got
