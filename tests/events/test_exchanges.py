"""What two sides exchange is what they do to each other (session 24): sentences written here."""

from __future__ import annotations

import pytest

from conftest import countries

pytestmark = pytest.mark.slow


def test_traded_threats_or_accusations_are_threats_or_accusations(real_coder):
    got = countries(real_coder("Egypt and Sudan traded warnings over the dam."))
    assert {("THREATEN", "EGY", "SDN"), ("THREATEN", "SDN", "EGY")} <= got
    assert not any(t[0] == "COOPERATE" for t in got)
    got = countries(real_coder("India and Pakistan exchanged accusations over the attack."))
    assert ("ACCUSE", "IND", "PAK") in got
    assert not any(t[0] == "ASSAULT" for t in got)


def test_goods_fire_and_prisoners_keep_their_patterns(real_coder):
    assert ("COOPERATE", "JPN", "CHN") in countries(real_coder("Japan and China traded goods worth billions."))
    assert ("ASSAULT", "ISR", "LBN") in countries(real_coder("Israel and Hezbollah exchanged fire across the border."))
