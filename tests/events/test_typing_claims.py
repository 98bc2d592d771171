"""Typing of claims, deadlines, deployments and help to an investigation (session 18): sentences
written for these tests."""

from __future__ import annotations

import pytest
from test_code import countries, real_codes
from test_senses import verb_type

from eventwire.events import codes

pytestmark = pytest.mark.slow


def _type(code: str | None) -> str | None:
    info = codes.to_plover(code) if code else None
    return info[0] if info else None


def test_insisting_on_ones_own_lawfulness_is_a_denial_not_a_demand():
    text = "The ministry insisted that its trawlers had been fishing legally in the disputed waters."
    assert _type(verb_type(text, "insist")[0]) == "REJECT"
    text = "The spokesman maintained that the soldiers had done nothing wrong."
    assert _type(verb_type(text, "maintain")[0]) == "REJECT"
    # a stated fact is no demand, and no act
    code, how, _ = verb_type("The minister insisted that the talks were going well.", "insist")
    assert code is None and how == "none"
    # what the speaker wants done is still demanded
    assert _type(verb_type("Paris insisted that Rome withdraw its ships.", "insist")[0]) == "REQUEST"
    assert _type(verb_type("Paris insisted that the sanctions must stay in place.", "insist")[0]) == "REQUEST"


def test_a_denial_by_insistence_answers_the_accusation():
    text = ("Norway accused Russia of jamming the signals of its aircraft. "
            "A Russian spokesman insisted that Russian units had acted lawfully.")
    assert ("REJECT", "RUS", "NOR") in countries(real_codes(text))


def test_calling_an_act_an_attack_denounces_it():
    assert _type(verb_type("The opposition called the decree an attack on the free press.", "call")[0]) == "ACCUSE"
    assert _type(verb_type("Lagos branded the raid a violation of its sovereignty.", "brand")[0]) == "ACCUSE"
    # a name that is no conflictual act stays no act
    code, how, _ = verb_type("He called Somalia a failed state.", "call")
    assert code is None and how == "none"
    # "what it called a violation" qualifies the act the main verb codes
    code, how, _ = verb_type("The ministry protested against what it called a violation of its waters.", "call")
    assert code is None


def test_a_deadline_to_leave_is_an_expulsion_not_an_ultimatum():
    text = "The government gave the monitoring mission 48 hours to leave the country."
    assert _type(verb_type(text, "give")[0]) == "SANCTION"
    text = "Minsk gave two Polish diplomats a week to leave the country."
    assert _type(verb_type(text, "give")[0]) == "COERCE"  # people deported, CAMEO 174
    # an ultimatum to do anything else stays one
    text = "The army gave the rebels 48 hours to lay down their arms."
    assert _type(verb_type(text, "give")[0]) == "THREATEN"


def test_warships_deployed_are_mobilized_not_aid():
    text = "Japan deployed destroyers and patrol aircraft to the southern islands."
    assert _type(verb_type(text, "deploy")[0]) == "MOBILIZE"
    # peacekeepers deployed are still aid
    assert _type(verb_type("The UN deployed peacekeepers to the town.", "deploy")[0]) == "AID"


def test_a_mobilization_faces_whoever_prompted_it():
    text = "Manila deployed warships to the shoal on Monday after dozens of Chinese vessels entered its waters."
    assert ("MOBILIZE", "PHL", "CHN") in countries(real_codes(text))


def test_helping_an_investigation_is_judicial_cooperation():
    text = "Italian police helped the investigation by sharing phone records."
    assert _type(verb_type(text, "help")[0]) == "COOPERATE"
    # help to people is still aid
    assert _type(verb_type("Volunteers helped the victims of the floods.", "help")[0]) == "AID"
    text = "The French prosecutor said Belgian police had helped the investigation."
    assert ("COOPERATE", "BEL", "FRA") in countries(real_codes(text))


def test_a_passive_subject_is_the_patterns_object():
    # "destroyed the buildings" is CAMEO 1712 (destroy property, PLOVER COERCE); so is the passive
    # (by militiamen: rioters' destruction is a riot, PROTEST, test_typing_wire)
    text = "Several government buildings were destroyed by the militiamen."
    assert _type(verb_type(text, "destroy")[0]) == "COERCE"
    assert _type(verb_type("The militiamen destroyed several government buildings.", "destroy")[0]) == "COERCE"
    # people killed stay an assault
    assert _type(verb_type("Three soldiers were killed by the rebels.", "kill")[0]) == "ASSAULT"


def test_a_war_of_bids_or_words_is_no_armed_attack():
    code, _, _ = verb_type("The airline launched a bidding war for the carrier.", "launch")
    assert _type(code) != "ASSAULT"
    assert _type(verb_type("Beijing launched a trade war against Washington.", "launch")[0]) == "SANCTION"
    assert _type(verb_type("Rebels launched a war against the government.", "launch")[0]) == "ASSAULT"


def test_evacuating_ones_own_citizens_is_no_aid_to_them():
    found = countries(real_codes("Beijing evacuated more than 3,000 of its citizens from Vietnam."))
    assert ("SANCTION", "CHN", "VNM") in found and not any(t[0] == "AID" for t in found)
    # the wounded evacuated are helped
    assert _type(verb_type("U.N. helicopters evacuated the wounded from the town.", "evacuate")[0]) == "AID"
    # where they are taken is no country relations are reduced with
    found = countries(real_codes("France began evacuating its nationals by ship to Cyprus."))
    assert not any(tgt == "CYP" for _, _, tgt in found)


def test_a_participle_with_its_own_object_gives_no_target_to_the_main_verb():
    text = ("Guatemala gave an international anti-corruption commission 24 hours to leave the country, "
            "defying the country's own Constitutional Court.")
    found = countries(real_codes(text))
    assert ("REJECT", "GTM", "GTM") in found  # the court is defied
    assert not any(t[0] == "SANCTION" and t[2] == "GTM" for t in found)  # but not expelled


def test_an_act_a_commitment_is_to_is_intended():
    from eventwire.events.attributes import modality
    from eventwire.nlp import parse

    doc = parse("Washington reaffirmed its commitment to defend its ally.")
    assert modality(next(t for t in doc if t.lemma_ == "defend")) == "intended"
    doc = parse("Washington reaffirmed its decision to defend its ally.")
    assert modality(next(t for t in doc if t.lemma_ == "defend")) == "asserted"


def test_a_mobilization_of_ones_own_forces_is_one_sided():
    found = countries(real_codes("Japan raised the alert level of its forces and deployed additional fighter jets."))
    assert ("MOBILIZE", "JPN", None) in found
