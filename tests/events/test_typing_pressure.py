"""Material conflict and pressure said in phrases (session 24): forces strengthened, aid or
supplies cut back, a suspect taken into custody, threats traded; and modifiers that name a
country the actor does not belong to ("anti-American", "Russian-made"). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from test_code import countries, real_codes
from test_typing_wire import plover

pytestmark = pytest.mark.slow


def test_strengthening_troops_is_mobilising_but_strengthening_ties_is_not():
    assert plover("Chad strengthened its troops along the northern frontier.", "strengthened") == "MOBILIZE"
    assert plover("Japan bolstered its naval presence near the islands.", "bolstered") == "MOBILIZE"
    assert ("MOBILIZE", "TUR", "SYR") in countries(real_codes("Turkey has beefed up its forces in Syria after the shelling of an outpost."))
    assert plover("Brazil strengthened ties with Angola.", "strengthened") != "MOBILIZE"
    assert plover("Chile boosted exports of copper.", "boosted") != "MOBILIZE"


def test_reducing_aid_or_supplies_is_a_sanction():
    # CAMEO 162 "reduce or stop aid"
    assert ("SANCTION", "KEN", "UGA") in countries(real_codes("Kenya reduced fuel supplies to Uganda."))
    assert plover("Norway slashed its development aid to Malawi.", "slashed") == "SANCTION"
    assert plover("The donors curtailed assistance to the ministry.", "curtailed") == "SANCTION"


def test_taking_into_custody_is_an_arrest():
    assert ("COERCE", "THA", "AUS") in countries(real_codes("Thai police took the Australian suspect into custody at a hotel."))


def test_traded_threats_are_threats_each_way_not_trade():
    found = countries(real_codes("Greece and Turkey traded threats over the islands."))
    assert {("THREATEN", "GRC", "TUR"), ("THREATEN", "TUR", "GRC")} <= found
    assert not any(kind == "COOPERATE" for kind, _, _ in found)
    # trading goods stays trade
    assert plover("Peru and Chile traded copper and fish.", "traded") == "COOPERATE"


def test_a_country_opposed_or_a_maker_is_not_the_actors_own():
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    text = "An anti-American cleric met Russian-made tanks and U.S.-built jets near an anti-Syria rally."
    doc = parse(text)
    found = {text[s:e]: a for (s, e), a in get_resolver().resolve_doc(doc).items()}
    assert all(a.country is None for a in found.values()), found
    # a backer's or maker's own act keeps its country
    assert ("ASSAULT", "SDN", "TCD") in countries(real_codes("Sudanese troops shelled Chadian villages with Russian-made rockets."))


def test_an_attack_in_a_quarter_of_a_city_is_placed_there():
    # the doer unknown: the country where it happened (see events/unnamed_doers.py)
    found = countries(real_codes("A local editor was shot dead in a residential sector of western Kabul."))
    assert ("ASSAULT", "AFG", "AFG") in found


def test_ordering_the_press_to_stop_is_censorship_not_a_request():
    # CAMEO 1721, PLOVER COERCE censor
    assert ("COERCE", "ZMB", "ZMB") in countries(real_codes("Zambia's government told the independent daily to cease publication."))
    assert plover("The junta ordered the radio station to stop broadcasting.", "ordered") == "COERCE"
    # an order to one's own forces stays an order
    assert plover("The president ordered the army to stop firing.", "ordered") != "COERCE"


def test_an_intention_denied_is_no_act():
    events = real_codes("Russia does not plan to deploy troops in Belarus.")
    assert not countries(events)
    assert any(e.type == "MOBILIZE" and e.negated for e in events)
    assert ("MOBILIZE", "RUS", "BLR") in countries(real_codes("Russia plans to deploy troops in Belarus."))


def test_a_blockade_imposed_or_tightened_and_one_promised():
    # CAMEO 191 (PLOVER COERCE); intended, it is a threat (CAMEO 138)
    assert ("COERCE", "ISR", "PSE") in countries(real_codes("Israel tightened its siege of Gaza."))
    assert ("THREATEN", "EGY", "PSE") in countries(real_codes("Egypt said on Monday it would tighten the blockade of Gaza."))


def test_up_to_a_number_is_the_object_not_a_particle():
    assert ("ASSAULT", "SDN", "TCD") in countries(real_codes("Sudanese troops killed up to 30 Chadian herders near the border."))


def test_forces_massed_on_a_countrys_border_face_that_country():
    # PLOVER MOBILIZE: the recipient is whom the forces are moved against
    assert ("MOBILIZE", "RUS", "UKR") in countries(real_codes("Russia massed troops on the Ukrainian border."))
    assert ("MOBILIZE", "IND", "PAK") in countries(real_codes("India deployed extra troops along the Pakistani border."))


def test_protesters_named_against_a_country_protest_it():
    assert ("PROTEST", "CHN", "JPN") in countries(real_codes("Anti-Japanese protesters marched in Beijing on Sunday."))
    assert ("PROTEST", "JOR", "ISR") in countries(real_codes("Hundreds of anti-Israel demonstrators protested in Amman."))
    # against no country: the government at home, as before
    assert ("PROTEST", "VEN", "VEN") in countries(real_codes("Anti-government protesters blocked roads in Caracas."))


def test_crowd_control_weapons_and_dispersing_students_are_repression():
    # CAMEO 175, PLOVER ASSAULT crowd-control
    assert ("ASSAULT", "ZAF", "ZAF") in countries(real_codes("South African police used rubber bullets to disperse students in Soweto."))
    assert ("ASSAULT", "KEN", "KEN") in countries(real_codes("Kenyan police used water cannon on opposition supporters in Nairobi."))


def test_a_reprisal_vowed_or_promised_with_force_is_a_threat():
    # CAMEO 130
    assert ("THREATEN", "IRN", "ISR") in countries(real_codes("Iran vowed to retaliate against Israel."))
    found = countries(real_codes("Russia vowed to respond to NATO's expansion with military measures."))
    assert any(kind == "THREATEN" and src == "RUS" for kind, src, _ in found)
    assert not countries(real_codes("Kenya's foreign ministry promised to respond to the letter within a week."))


def test_what_an_ultimatum_demands_is_not_done():
    found = countries(real_codes("Iraq rejected a UN ultimatum to withdraw from Kuwait."))
    assert not any(kind == "RETREAT" for kind, _, _ in found)


def test_expelling_people_is_deporting_them_but_envoys_are_relations_cut():
    # CAMEO 174 (PLOVER COERCE deport) against 166 (SANCTION expel)
    assert ("COERCE", "LBY", "EGY") in countries(real_codes("Libya expelled 30,000 Egyptian workers."))
    assert ("SANCTION", "GBR", "RUS") in countries(real_codes("Britain expelled four Russian diplomats."))
    assert plover("Kenya's ruling party expelled two members.", "expelled") == "SANCTION"


def test_where_an_acts_target_is_the_act_happened():
    # vague doers take the country of the place of what they aim at
    assert ("PROTEST", "NER", "FRA") in countries(real_codes("Protesters set fire to the French embassy in Niamey."))
    assert ("ASSAULT", "IRQ", "IRQ") in countries(real_codes("Gunmen fired at a police patrol in Mosul."))
