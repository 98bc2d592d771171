"""Casualty-led reports (eventwire.events.casualties) and judgements told as a copula
(eventwire.events.verdicts): sentences written for these tests, coded with the real parser,
resolver and lexicon (slow)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _assaults(events):
    return {(e.source.country, e.target.country) for e in events
            if e.type == "ASSAULT" and e.source and e.target and not e.negated}


def test_the_act_of_a_when_clause_is_aimed_at_the_victims_of_its_main_clause(code_real):
    # the doer is in the "when" clause, the victims in the main clause; "their positions" names no one
    events = code_real("Two Ukrainian soldiers were killed when Russian troops shelled their positions.")
    assert ("RUS", "UKR") in _assaults(events)
    events = code_real("Three Malian soldiers were killed when jihadists ambushed their convoy on Sunday.")
    assert any(e.type == "ASSAULT" and e.target and e.target.code == "MLIMIL" for e in events)
    # a clinic of no known owner is the victims' own: the attack is on the charity
    events = code_real("Nine doctors of the Red Cross were killed when a Russian air strike hit the charity's clinic in Aleppo.")
    assert any(e.type == "ASSAULT" and e.source and e.source.country == "RUS" and e.target
               and (e.target.code or "").startswith("NGO") for e in events)


def test_a_weapon_in_the_when_clause_names_who_caused_the_deaths(code_real):
    events = code_real("Five civilians died when Russian shells hit a market in Kharkiv.")
    assert ("RUS", "UKR") in _assaults(events)


def test_attackers_who_died_are_no_target_of_their_own_attack(code_real):
    events = code_real("Two militants died when they attacked a police post in Kashmir.")
    assert not any(e.type == "ASSAULT" and e.source and e.target and e.source.code == e.target.code for e in events)


def test_an_attack_said_to_be_inexcusable_is_criticised(code_real):
    events = code_real("Russian missiles struck Kyiv on Monday. Ukraine's foreign minister said the attack was a war crime.")
    assert any(e.type == "ACCUSE" and e.source.country == "UKR" and e.target and e.target.country == "RUS"
               for e in events if e.source)
    events = code_real("Russian missiles struck Kyiv on Monday. "
                       "The UN human rights chief said the attack was inexcusable and possibly criminal.")
    assert any(e.type == "ACCUSE" and (e.source.code or "").startswith("IGOUNO") and e.target
               and e.target.country == "RUS" for e in events if e.source)


def test_an_act_said_to_be_no_crime_or_a_success_is_no_criticism(code_real):
    events = code_real("Russian missiles struck Kyiv on Monday. Ukraine's foreign minister said the attack was not unacceptable.")
    assert not any(e.type == "ACCUSE" for e in events)
    events = code_real("Russian forces said they struck Kyiv on Monday. The Kremlin said the strike was a success.")
    assert not any(e.type == "ACCUSE" for e in events)


def test_an_attack_told_in_a_when_clause_is_the_one_judged_later(code_real):
    events = code_real("Two Ukrainian soldiers were killed when Russian troops shelled their positions near Bakhmut. "
                       "Ukraine's defence ministry condemned the attack.")
    assert any(e.type == "ACCUSE" and e.source.country == "UKR" and e.target and e.target.country == "RUS"
               for e in events if e.source)


def test_an_attack_judged_far_down_a_report_is_the_one_it_leads_with(code_real):
    text = ("Seven nurses of the Red Cross were killed when a Russian air strike hit the charity's clinic in Aleppo. "
            "The charity said its clinic had been marked on maps shared with all sides. "
            "It called for an independent inquiry. "
            "Doctors had treated hundreds of patients there since January. "
            "The clinic was the last one open in the eastern districts. "
            "Aid convoys have been unable to reach the city since March. "
            "Residents said food was running short. "
            "The UN human rights chief said the attack was inexcusable.")
    events = code_real(text)
    accusations = [e for e in events if e.type == "ACCUSE" and e.source and (e.source.code or "").startswith("IGOUNO")]
    assert accusations and all(e.target and e.target.country == "RUS" for e in accusations)


def test_victims_after_a_dateline_are_the_passive_subject(code_real):
    # the parser takes the dateline for the passive's subject; the victims are its apposition
    events = code_real("ALEPPO, March 4, 2016 (Wire) - At least 15 people, including nine nurses of the Red Cross, were "
                       "killed when a Russian air strike hit the charity's clinic in the northern Syrian city of Aleppo "
                       "early on Friday, the charity said.")
    assert any(e.type == "ASSAULT" and e.source and e.source.country == "RUS" and e.target
               and (e.target.code or "").startswith("NGO") for e in events)


def test_a_country_on_an_attack_noun_is_the_doer_and_the_victims_are_where_it_fell(code_real):
    # "a U.S. drone strike" is no American place: its victims are of the place it hit
    events = code_real("Five militants were killed in a U.S. drone strike in Pakistan on Tuesday.")
    assert ("USA", "PAK") in _assaults(events) and ("USA", "USA") not in _assaults(events)
    events = code_real("At least 10 people were killed in a U.S. drone strike in Pakistan's North Waziristan.")
    assert ("USA", "PAK") in _assaults(events)
    events = code_real("Two soldiers died in a Russian missile strike on Kharkiv.")
    assert ("RUS", "UKR") in _assaults(events)
