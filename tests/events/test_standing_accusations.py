"""Accusations named by what their target faces or stands under, and allegations
(eventwire.events.candidates, nominal, grievances): "faced Swedish criticism", "is under
investigation by", "came under fire from lawmakers", "alleged that Y ...". Sentences written for
these tests, coded with the real parser, resolver and lexicon (slow)."""

from __future__ import annotations

import pytest

from conftest import countries

pytestmark = pytest.mark.slow


def test_a_critic_named_after_another_modifier_is_the_accuser(code_real):
    # the parser hangs "Swedish" on "international", which names no one
    events = code_real("Norway faced fierce international and Swedish criticism on Friday over its plan to drop the quota.")
    assert ("ACCUSE", "SWE", "NOR") in countries(events)


def test_standing_under_investigation_is_accused_by_the_investigator(code_real):
    events = code_real("The Norwegian minister is under investigation by Swedish prosecutors.")
    assert ("ACCUSE", "SWE", "NOR") in countries(events)
    # an investigation held in a country, no investigator named, is that country's
    events = code_real("A Norwegian diplomat has been put under investigation in Sweden for spying.")
    assert ("ACCUSE", "SWE", "NOR") in countries(events)
    events = code_real("The Norwegian minister is not under investigation by Swedish prosecutors.")
    assert ("ACCUSE", "SWE", "NOR") not in countries(events)
    # no accuser named, no event
    events = code_real("The Norwegian minister is under investigation.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_coming_under_criticism_is_accused_by_the_critic(code_real):
    events = code_real("The Norwegian minister came under criticism from Swedish lawmakers.")
    assert ("ACCUSE", "SWE", "NOR") in countries(events)


def test_coming_under_fire_from_speakers_is_criticism_from_fighters_an_attack(code_real):
    events = code_real("The Norwegian government came under fire from a former Swedish prime minister.")
    assert ("ACCUSE", "SWE", "NOR") in countries(events)
    assert not [e for e in events if e.type == "ASSAULT"]
    # a tanker, a patrol or a convoy is shot at, not criticised
    events = code_real("The Norwegian tanker came under attack from Swedish warships.")
    assert ("ASSAULT", "SWE", "NOR") in countries(events)
    events = code_real("The Norwegian patrol came under fire from Swedish troops.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_an_allegation_is_aimed_at_the_doer_of_what_it_reports(code_real):
    events = code_real("Sweden alleged that Norway broke the treaty.")
    assert ("ACCUSE", "SWE", "NOR") in countries(events)
    # the doer's thing named as the reported subject: its owner is accused
    events = code_real("Sweden is alleging that Norway's new quota breaks the treaty.")
    assert ("ACCUSE", "SWE", "NOR") in countries(events)
    events = code_real("Sweden alleged that the fire was started by Norwegian agents.")
    assert ("ACCUSE", "SWE", "NOR") in countries(events)
    # saying is no allegation
    events = code_real("Sweden said that Norway broke the treaty.")
    assert ("ACCUSE", "SWE", "NOR") not in countries(events)
