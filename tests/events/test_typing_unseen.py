"""Typing beyond the rules' own sentences (session 17): coups, dismissals, disarming, calls
for dissent, crowds protesting, condolences. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_code import countries, real_codes
from test_senses import verb_type

from eventwire.events import codes

pytestmark = pytest.mark.slow


def _type(code: str | None) -> str | None:
    info = codes.to_plover(code) if code else None
    return info[0] if info else None


def test_power_seized_is_coercion_not_an_armed_attack():
    # CAMEO 2.0's "seize power" is 180 (ASSAULT); a coup is PLOVER COERCE
    assert _type(verb_type("The army chief seized power in a bloodless coup.", "seize")[0]) == "COERCE"
    assert _type(verb_type("General Lamar grabbed power last year.", "grab")[0]) == "COERCE"
    assert _type(verb_type("The junta took power by force in 1988.", "take")[0]) == "COERCE"


def test_power_taken_after_an_election_is_no_act():
    code, how, _ = verb_type("The new government took power in January after winning the election.", "take")
    assert code is None and how == "none"


def test_an_officeholder_dismissed_is_no_rejection():
    code, how, _ = verb_type("The president dismissed the defence minister on Monday.", "dismiss")
    assert code is None and how == "none"
    code, how, _ = verb_type("The king sacked the government.", "sack")
    assert code is None and how == "none"
    # removed by a junta or the military: a coup's act
    assert _type(verb_type("The ruling junta dismissed the president on Friday.", "dismiss")[0]) == "COERCE"
    # what is dismissed as a claim or a proposal is still rejected
    assert _type(verb_type("Moscow dismissed the proposal as unrealistic.", "dismiss")[0]) == "REJECT"
    # firing on people is still force
    assert _type(verb_type("Soldiers fired on the crowd.", "fire")[0]) == "ASSAULT"


def test_disarming_another_party_is_coercion_disarming_oneself_a_retreat():
    assert _type(verb_type("Soldiers were sent to disarm the police.", "disarm")[0]) == "COERCE"
    assert _type(verb_type("Peacekeepers disarmed hundreds of militiamen.", "disarm")[0]) == "COERCE"
    assert _type(verb_type("The rebels agreed to disarm by June.", "disarm")[0]) == "RETREAT"
    assert _type(verb_type("The militia promised to disarm its fighters.", "disarm")[0]) == "RETREAT"


def test_calling_for_a_strike_organises_dissent():
    assert _type(verb_type("The opposition leader called for a general strike.", "call")[0]) == "PROTEST"
    assert _type(verb_type("The unions urged a boycott of the elections.", "urge")[0]) == "PROTEST"
    # a call for military strikes stays no protest; a call for talks stays a request
    assert _type(verb_type("The senator called for air strikes on the camps.", "call")[0]) != "PROTEST"
    assert _type(verb_type("The envoy called for talks between the two sides.", "call")[0]) == "REQUEST"


def test_a_crowd_protesting_demonstrates():
    # the block's "oppose the result" (120) is another verb's pattern
    text = "Tens of thousands of people rallied in the square for ten days to protest against the result of the election."
    assert _type(verb_type(text, "protest")[0]) == "PROTEST"
    assert _type(verb_type("Students protested the decision on Monday.", "protest")[0]) == "PROTEST"
    # a ministry's protest is still a complaint
    text = "Iran's foreign ministry summoned the ambassador of Poland on Monday to protest against new EU sanctions."
    assert _type(verb_type(text, "protest")[0]) == "ACCUSE"


def test_condolences_are_verbal_support():
    assert codes.to_plover("018") is not None and codes.to_plover("018")[0] == "SUPPORT"
    found = countries(real_codes("Japan expressed its condolences to Turkey over the earthquake."))
    assert ("SUPPORT", "JPN", "TUR") in found


def test_a_name_given_with_a_preposition_in_the_object_is_no_appeal():
    # "call on" (020) matched the "on" of "the decision on the merger"
    text = "The bank called the court's decision on the steel merger a landmark judgment."
    code, how, _ = verb_type(text, "call")
    assert code is None and how == "none"
    assert _type(verb_type("The prime minister called the takeover illegal.", "call")[0]) == "ACCUSE"


def test_negotiating_a_release_is_negotiation_not_a_resignation():
    # CAMEO 2.0's "negotiate release" is 0831; the supplement's 046 replaces it (no tie left)
    assert verb_type("Taylor offered to negotiate the release of the peacekeepers.", "negotiate") == ("046", "pattern", ())


def test_ordering_a_party_to_vacate_a_base_expels_it():
    found = countries(real_codes("Pakistan ordered the United States to vacate the Shamsi air base within 15 days."))
    assert ("SANCTION", "PAK", "USA") in found and ("REQUEST", "PAK", "USA") not in found


def test_a_host_receiving_observers_admits_them():
    # CAMEO's "receive observers" (0862, RETREAT access) was dropped for the converse reading
    # of "received ... from Y" (Y's act on the subject), which has no act for "a mission"
    found = countries(real_codes("Kyrgyzstan's prime minister received a mission of observers from the OSCE on Monday."))
    assert any(t[0] == "RETREAT" and t[1] == "KGZ" for t in found)
    # what is received as a gift is still the giver's act
    assert ("AID", "DEU", "UKR") in countries(real_codes("Ukraine received military aid from Germany."))


def test_assurances_received_are_the_givers_commitment():
    # an assurance is a pledge (CAMEO 030, PLOVER AGREE), given by the actor after "from"
    found = countries(real_codes("Georgian demonstrators received assurances from the Georgian government."))
    assert ("AGREE", "GEO", "GEO") in found


def test_a_carrier_sent_with_relief_goods_is_aid():
    # CAMEO 2.0's "send &AIRCRAFT" ties 166 (withdraw) with 072 (military aid); the cargo says
    assert _type(verb_type("India sent a plane carrying tents and medicine to Myanmar.", "send")[0]) == "AID"
    assert verb_type("India sent a plane carrying tents and medicine to Myanmar.", "send")[0] == "073"
    assert verb_type("Russia sent two planes loaded with weapons to Syria.", "send")[0] == "072"


def test_pressing_a_party_to_act_is_a_request():
    # "press" is a light verb to the trigger ("pressed charges"); the parser hangs the
    # infinitive as a purpose clause
    assert _type(verb_type("France would continue to press Tehran to free the remaining detainees.", "press")[0]) == "REQUEST"
    assert _type(verb_type("Prosecutors pressed charges against the minister.", "press")[0]) != "REQUEST"


def test_a_border_kept_closed_is_a_closure():
    # "keep" names no act; the closure it keeps up is CAMEO's "close border" (172, COERCE)
    assert _type(verb_type("Turkey has kept its border with Armenia closed since last year.", "keep")[0]) == "COERCE"
    assert verb_type("The shop kept its doors open on Sunday.", "keep")[0] is None


def test_armed_forces_landing_or_securing_a_place_are_deployed():
    text = "British paratroopers secured the airport of the Sierra Leone capital on Monday."
    assert _type(verb_type(text, "secure")[0]) == "MOBILIZE"
    assert _type(verb_type("About 2,000 troops and police landed in the capital.", "land")[0]) == "MOBILIZE"
    # a plane landing, a loan secured: no deployment
    assert verb_type("The plane landed in Kabul on Monday.", "land")[0] is None
    assert _type(verb_type("The government secured a loan from China.", "secure")[0]) != "MOBILIZE"
