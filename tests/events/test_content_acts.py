"""What an agreement settles or a refusal refuses is no act of its own (session 24): sentences
written for these tests."""

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


def test_what_protesters_or_a_described_actor_demand_is_still_coded(real_coder):
    # the audits' convention: a protest's stated demand and a stand told in a relative clause
    # are coded (only what an agreement settles or a refusal refuses is content)
    text = "Truck drivers in Chile blocked the highways into Santiago on Monday to press their demands for cheaper fuel from the government."
    got = countries(real_coder(text))
    assert any(t[0] == "PROTEST" for t in got) and any(t[0] == "REQUEST" for t in got)
    assert ("ASSAULT", "LBN", "ISR") in countries(real_coder("Iran funds Hezbollah, which attacks Israel."))
