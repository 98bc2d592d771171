"""Nominal events wherever the noun stands: subject of any verb, object, prepositional phrase,
with a doer (possessive, country adjective, "by" phrase) - and not when unreal, a time frame, a
reason or another act's own object (sentences written for these tests; real parse and resolver)."""

import datetime

import pytest

from conftest import countries_coder

pytestmark = pytest.mark.slow

code = countries_coder(datetime.date(2024, 7, 10))


@pytest.mark.parametrize("text, event", [
    # the subject of a verb other than one of occurrence
    ("The Russian invasion of Ukraine has displaced millions of people.", ("COERCE", "RUS", "UKR")),
    ("Russia's invasion of Ukraine prompted sweeping sanctions from the European Union.", ("COERCE", "RUS", "UKR")),
    ("The Turkish offensive against Kurdish fighters in Syria left dozens dead.", ("ASSAULT", "TUR", "SYR")),
    ("NATO's rebuke of China angered Beijing.", ("ACCUSE", None, "CHN")),
    # a participle's "by" agent is the doer, its "against" phrase the target
    ("The lawsuit brought by a Canadian company against Mexico was dismissed.", ("ACCUSE", "CAN", "MEX")),
    # a demand answered only conditionally is the news, addressed to the one who would answer
    ("Officials say the deal may grow if Japan agrees to China's demands on tariffs.", ("REQUEST", "CHN", "JPN")),
    # the subject of "resorted to" did what its object names
    # "after" an event that carries no date of its own tells it as news
    ("Riots broke out in Belgrade following Serbia's arrest of a Croatian journalist.", ("COERCE", "SRB", "HRV")),
    ("Turkey said Russia resorted to military provocations against Georgia on Friday.", ("THREATEN", "RUS", "GEO")),
])  # fmt: skip
def test_an_event_noun_in_any_position_is_coded(code, text, event):
    got = code(text)
    assert event in got or event[1] is None and any(e[0] == event[0] and e[2] == event[2] for e in got)


@pytest.mark.parametrize("text, absent", [
    ("Prices have risen sharply since the 2022 invasion of Ukraine by Russia.", ("COERCE", "RUS", "UKR")),
    ("Analysts voiced fears of a Chinese invasion of Taiwan.", ("COERCE", "CHN", "TWN")),
    ("The talks were aimed at preventing an Indian attack on Pakistan.", ("ASSAULT", "IND", "PAK")),
    ("Officials in Paris warned that a possible Russian attack on Moldova would be met with force.", ("ASSAULT", "RUS", "MDA")),
    ("Food prices soared after the 2003 American invasion of Iraq.", ("COERCE", "USA", "IRQ")),
    ("The history of France's occupation of Algeria is taught in schools.", ("COERCE", "FRA", "DZA")),
    ("France thanked Oman for its mediation between Iran and the United States.", ("CONSULT", "OMN", "IRN")),
])  # fmt: skip
def test_an_unreal_dated_or_reason_event_noun_is_not_coded(code, text, absent):
    assert absent not in code(text)


def test_a_noun_the_main_verb_answers_is_not_coded_twice(code):
    # "rebuffed a demand": the rejection is the sentence's event, the demand its object
    got = code("Iraq rebuffed a Saudi demand for access to its oil fields on Monday.")
    assert ("REJECT", "IRQ", "SAU") in got and ("REQUEST", "SAU", "IRQ") not in got


def test_an_act_told_by_its_own_target_is_no_asserted_act(code):
    # the target's own account of the act is its accusation (the "said" clause's content)
    got = code("Georgia's defence ministry denied the claim and said its troops had only responded "
               "to provocations by Russian forces.")
    assert ("THREATEN", "RUS", "GEO") not in got
