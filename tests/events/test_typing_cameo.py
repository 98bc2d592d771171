"""Typing the ordinary wording of CAMEO's codes (session 22, from the blind set news_events14,
one sentence per three-digit code): verbs and objects CAMEO 2.0 leaves without the code, acts
threatened rather than promised, and sides that act together. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from test_code import countries, real_codes
from test_typing_wire import plover

pytestmark = pytest.mark.slow


def test_giving_another_details_or_intelligence_is_sharing_it():
    # CAMEO 064 "share intelligence or information"
    assert plover("Jordan gave British investigators details of the plot.", "gave") == "COOPERATE"
    assert plover("Pakistan provided intelligence to Afghan officials.", "provided") == "COOPERATE"


def test_handing_back_is_returning():
    # CAMEO 084 "return, release"
    assert plover("Israel handed back the village to Lebanon.", "handed") == "RETREAT"


def test_shuttling_between_sides_is_mediating():
    # CAMEO 045; CAMEO 2.0 has SHUTTLE only as transport
    assert plover("The American envoy shuttled between Belgrade and Pristina.", "shuttled") == "CONSULT"


def test_speaking_up_for_and_lining_up_behind_are_support():
    # CAMEO 052 "defend verbally", 051 "endorse"
    assert plover("France spoke up for Lebanon at the summit.", "spoke") == "SUPPORT"
    assert plover("Brazil lined up behind Argentina in the trade dispute.", "lined") == "SUPPORT"


def test_throwing_out_or_killing_a_proposal_and_using_a_veto_are_rejections():
    assert plover("Moscow threw out the American proposal.", "threw") == "REJECT"
    assert plover("China used its veto against the resolution.", "used") == "REJECT"
    # CAMEO 2.0 reads KILL as force whatever is killed
    assert plover("France moved to kill the draft resolution.", "kill") == "REJECT"


def test_protest_acts_said_the_ordinary_way():
    assert plover("Miners downed tools at the Witbank colliery.", "downed") == "PROTEST"  # 143 strike
    assert plover("Detainees refused food for a tenth day.", "refused") == "PROTEST"  # 142 hunger strike
    assert plover("Students hurled stones at riot police.", "hurled") == "PROTEST"  # 145 riot
    # a refusal of anything else stays a refusal
    assert plover("Detainees refused the offer.", "refused") == "REJECT"


def test_ordering_an_inquiry_or_collecting_evidence_is_investigating():
    # CAMEO 090; CAMEO 2.0 reads "ordered" with an object as a demand
    assert plover("The president ordered an inquiry into the shooting.", "ordered") == "ACCUSE"
    assert plover("Prosecutors collected evidence against the former minister.", "collected") == "ACCUSE"


def test_ordering_a_mobilisation_is_mobilising():
    assert plover("Georgia ordered a general mobilisation.", "ordered") == "MOBILIZE"


def test_driving_people_from_their_homes_is_a_mass_expulsion():
    # CAMEO 201 (PLOVER ASSAULT); CAMEO 2.0 has only "drive out of"
    assert plover("Militias drove thousands of villagers from their homes.", "drove") == "ASSAULT"


def test_bargaining_is_negotiating():
    from eventwire.events.lexicon import get_lexicon

    assert get_lexicon().noun_code("bargaining") == "046"
    assert get_lexicon().noun_code("mobilisation") == "154"


def test_an_act_its_doer_threatens_is_a_threat_whatever_the_act():
    # "threatened (on Monday) to expel" was coded as the expulsion, asserted
    assert ("THREATEN", "EGY", "ISR") in countries(real_codes("Egypt threatened on Monday to expel Israel's ambassador."))
    assert ("SANCTION", "EGY", "ISR") not in countries(real_codes("Egypt threatened on Monday to expel Israel's ambassador."))
    # a withdrawal it warns of is no promise to yield (AGREE)
    found = countries(real_codes("Norway warned on Friday it would withdraw its monitors from Sri Lanka unless the killings stopped."))
    assert ("THREATEN", "NOR", "LKA") in found and ("AGREE", "NOR", "LKA") not in found
    # a warning about what others will do is no threat of theirs
    found = countries(real_codes("Kenya warned that Somali militants would attack Nairobi."))
    assert not any(e[0] == "AGREE" for e in found)


def test_sides_working_together_or_settling_their_quarrel_act_on_each_other():
    found = countries(real_codes("Peru and Chile said they would work together to fight smuggling."))
    assert {("AGREE", "PER", "CHL"), ("AGREE", "CHL", "PER")} <= found
    found = countries(real_codes("Peru and Bolivia agreed on Monday to settle their dispute through talks."))
    assert {("AGREE", "PER", "BOL"), ("AGREE", "BOL", "PER")} <= found


def test_a_win_by_a_score_is_a_match_and_a_defeat_without_one_stays_war():
    assert not any(e[0] == "ASSAULT" for e in countries(real_codes("Ghana defeated Nigeria 3-1 in Accra on Sunday.")))
    assert ("ASSAULT", "ETH", "ERI") in countries(real_codes("Ethiopian troops defeated Eritrean forces near Badme on Sunday."))


def test_what_is_flown_somewhere_is_relief_or_a_deportation_not_a_visit():
    assert plover("Britain flew tents and blankets to the flooded region.", "flew") == "AID"
    assert ("COERCE", "FRA", "MLI") in countries(real_codes("France flew 60 Malian migrants back to Bamako on Monday."))
    # a leader flown somewhere still visits
    assert plover("The prime minister flew to Cairo for talks.", "flew") == "CONSULT"


def test_lowering_tariffs_is_economic_cooperation_and_raising_them_a_sanction():
    assert plover("Japan lowered tariffs on Thai rice.", "lowered") == "COOPERATE"
    assert plover("Washington raised tariffs on Chinese steel.", "raised") == "SANCTION"


def test_a_note_of_protest_is_an_official_complaint():
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import type_verb
    from eventwire.nlp import parse

    doc = parse("Finland handed a note of protest to Russia over the airspace violation.")
    code, *_ = type_verb(doc[1], set(), get_lexicon())
    assert code == "114"


def test_a_disaster_as_the_doer_is_no_act():
    # "forced ... to leave" is an expulsion when an actor orders it, not when a volcano does
    assert not countries(real_codes("The eruption of a volcano on the island of Montserrat forced 4,000 people to leave their homes."))
    assert not countries(real_codes("A typhoon forced 10,000 Filipinos to leave their homes on Luzon."))
    assert ("ASSAULT", "ISR", "PSE") in countries(real_codes("Israeli fire killed two Palestinians in Gaza on Monday."))


def test_whom_one_lines_up_behind_is_the_target():
    found = countries(real_codes("Egypt lined up behind Sudan on Monday in its campaign for a seat on the U.N. Security Council."))
    assert ("SUPPORT", "EGY", "SDN") in found and ("SUPPORT", "EGY", None) not in found  # not the U.N.
