"""Whom an act is aimed at when the text names the host by its capital or an agency by its UN
family (texts written here): envoys withdrawn "from <capital>"."""

from __future__ import annotations

import datetime

import pytest

from conftest import countries_coder

pytestmark = pytest.mark.slow

code = countries_coder(datetime.date(2012, 6, 29))


def test_envoys_withdrawn_from_a_capital_are_withdrawn_from_its_government(code):
    # the parse hangs "from Asuncion" on the verb, not on "ambassadors"
    text = ("LIMA, June 29, 2012 (Wire) - Paraguay's Congress removed the president. "
            "Argentina and Brazil had earlier withdrawn their ambassadors from Asuncion for consultations.")
    got = code(text)
    assert ("SANCTION", "ARG", "PRY") in got and ("SANCTION", "BRA", "PRY") in got
    assert ("SANCTION", "ARG", "BRA") not in got
    # troops taken out of a capital are no envoys: the capital is a place there
    assert not any(tg == "AFG" for _, _, tg in code("LIMA, June 29, 2012 (Wire) - Peru withdrew its troops from Kabul."))


def test_talks_brokered_by_a_third_party_mediate_between_those_who_agreed(code):
    text = ("ADDIS ABABA, June 29, 2000 (Wire) - Ethiopia and Eritrea agreed on Sunday to a truce "
            "after talks mediated by Algeria.")
    got = code(text)
    assert ("CONSULT", "DZA", "ETH") in got and ("CONSULT", "DZA", "ERI") in got


def test_those_who_help_the_broker_of_a_deal_mediate_with_it(code):
    text = ("HAVANA, June 29, 2016 (Wire) - The talks ended on Friday.\n\n"
            "Under the deal, brokered by Norway with the help of Cuba, the Colombian government will "
            "grant the guerrillas ten seats in Congress.")
    got = code(text)
    assert ("CONSULT", "NOR", "COL") in got and ("CONSULT", "CUB", "COL") in got


def test_an_act_told_as_the_time_of_another_can_be_judged_later(code):
    text = ("ANKARA, June 29, 2016 (Wire) - Turkey shut its border crossings on Saturday after Syrian "
            "jets bombed two Turkish border villages.\n\n"
            "Turkey's foreign ministry called the attack \"unacceptable\".")
    assert ("ACCUSE", "TUR", "SYR") in code(text)
