"""Senses of verbs the CAMEO dictionary codes for another use (session 14's audit and demo)."""

from __future__ import annotations

import pytest
from test_code import countries, real_codes

pytestmark = pytest.mark.slow


def types(text: str) -> set[str]:
    return {e.type for e in real_codes(text) if not e.negated}


def verb_type(text: str, lemma: str) -> tuple:
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import type_verb
    from eventwire.nlp import parse

    doc = parse(text)
    verb = next(t for t in doc if t.lemma_.lower() == lemma and t.pos_ == "VERB")
    return type_verb(verb, set(), get_lexicon())


def test_criticising_sanctions_is_no_rally_of_support():
    # CAMEO 2.0's "denounce sanctions" (053) is a pattern of another verb of the block
    assert types("Hungary criticised Brussels over new EU sanctions on Russia.") == {"ACCUSE"}


def test_a_borrowed_pattern_keeps_the_verbs_leaning():
    code, _, tied = verb_type("Iran protested the new sanctions.", "protest")
    assert code is not None and int(code[:2]) >= 10 and all(int(c[:2]) >= 10 for c in tied)


def test_a_quarrel_is_a_dispute_in_words_not_fighting():
    found = countries(real_codes("Egypt and Ethiopia have long quarrelled over access to water."))
    assert found and not any(t[0] == "ASSAULT" for t in found)
    assert {t[0] for t in found} == {"ACCUSE"}


def test_a_purpose_infinitive_protest_is_the_complaint():
    text = "Iran's foreign ministry summoned the ambassador of Poland on Monday to protest against new EU sanctions."
    # no tie of other verbs' patterns left for the classifier (it had chosen CONSULT)
    assert verb_type(text, "protest") == ("111", "pattern", ())
    found = countries(real_codes(text))
    assert not any(t[0] in {"CONSULT", "SUPPORT", "PROTEST"} for t in found)
    assert ("ACCUSE", "IRN", "POL") in found


def test_a_weather_warning_is_no_threat():
    assert "THREATEN" not in types("The government of Japan warned residents of Okinawa of heavy rain and flooding.")
    assert "THREATEN" not in types("Japan's weather agency warned Okinawa that a typhoon would hit the island on Friday.")
    # an actor warning of an act of its own threatens
    assert "THREATEN" in types("Iran warned that it would respond to any attack by Israel.")
    assert "THREATEN" in types("Israel warned Hezbollah of severe consequences.")


def test_an_agreement_presented_again_is_no_new_signing():
    assert not types("Here is what Israel and Hamas signed up to.")
    assert "SUPPORT" in types("Israel and Hamas signed a peace agreement in Cairo.")


def test_protests_spreading_is_no_new_act():
    from eventwire.events.senses import NO_ACT

    text = "The protests began in the suburbs of Maputo, where young men blocked roads, and spread to the centre."
    assert verb_type(text, "spread")[1] == NO_ACT
    # spreading something keeps its pattern
    assert verb_type("Russia spread propaganda in Moldova.", "spread")[0] == "053"


def test_an_event_noun_subject_is_not_asked_of_the_classifier():
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.senses import event_subject
    from eventwire.nlp import parse

    doc = parse("Fighting reached the outskirts of Khartoum, and the army shelled the city.")
    reached = next(t for t in doc if t.lower_ == "reached")
    shelled = next(t for t in doc if t.lower_ == "shelled")
    assert event_subject(reached, get_lexicon()) and not event_subject(shelled, get_lexicon())


def test_munitions_sent_to_a_party_are_military_aid():
    assert verb_type("Iran has admitted sending a small number of drones to Russia.", "send")[0] == "072"
    # warplanes sent to an ally may be the sender's own deployment: CAMEO's pattern stays
    assert verb_type("Poland sent fighter jets to Lithuania.", "send")[0] == "062"


def test_allowing_aid_through_is_humanitarian_access():
    assert verb_type("Israel allowed humanitarian aid into Gaza.", "allow")[0] == "0863"
    assert verb_type("Both sides agreed to allow aid agencies to use two corridors.", "allow")[0] == "0863"


def test_a_crackdown_or_repression_halted_is_a_concession():
    # PLOVER CONCEDE: "easing administrative or legal restrictions on persons" (CAMEO 081)
    assert verb_type("Jordan stopped the repression of Palestinian protesters.", "stop")[0] == "081"
    assert verb_type("Jordan ended its crackdown on the opposition.", "end")[0] == "081"


def test_interfering_in_affairs_is_no_aid():
    from eventwire.events.senses import NO_ACT

    assert verb_type("Russia was interfering in Moldova's internal affairs.", "interfere")[1] == NO_ACT
    assert verb_type("Turkey threatened to interfere militarily in Syria.", "interfere")[0] == "190"


def test_officers_raiding_offices_search_them_soldiers_attack():
    # PLOVER COERCE seize: a law enforcement raid (CAMEO 171); army officers' raid keeps 190
    assert verb_type("Tax officers raided the company's offices in Nairobi.", "raid")[0] == "171"
    assert verb_type("Army officers raided the rebel camp.", "raid")[0] != "171"


def test_meeting_verbs_of_no_meeting_consult_no_one():
    # CAMEO 2.0 gives these 040 (consult) by their block; none of these sentences is a meeting
    for text, lemma in (("Iraqi troops encountered heavy resistance near the border.", "encounter"),
                        ("Washington learned of the Israeli plan from Egyptian officials.", "learn"),
                        ("The Chinese president braved protests in London.", "brave"),
                        ("The Pakistani army confronted Afghan fighters near the border.", "confront"),
                        ("Iranian officials reconsidered the Russian offer.", "reconsider")):
        assert verb_type(text, lemma)[0] is None, text
    assert verb_type("The Indian prime minister met the Pakistani president.", "meet")[0] == "040"


def test_armed_forces_massed_or_moved_mobilize_and_moved_out_withdraw():
    # PLOVER MOBILIZE troops "mobilize armed personnel or units" (CAMEO 154); forces moved out
    # are withdrawn (0874, RETREAT)
    assert verb_type("Turkey massed tanks on the Iraqi border.", "mass")[0] == "154"
    assert verb_type("India moved troops to the border with Pakistan.", "move")[0] == "154"
    assert verb_type("Syria moved its troops out of Lebanon.", "move")[0] == "0874"
    assert verb_type("The company moved its offices to Dublin.", "move")[0] is None
    # a step toward another act moves no forces
    assert verb_type("Israel is moving to protect its interests by stepping up its military presence.", "move")[0] is None


def test_withdrawing_from_territory_is_a_retreat_and_from_talks_a_sanction():
    # PLOVER RETREAT "withdraw from territory"; SANCTION: halting talks (164), leaving a treaty or
    # an organization (160); a claim withdrawn stays CAMEO's 080
    assert verb_type("Israel withdrew from Gaza in 2005.", "withdraw")[0] == "0874"
    assert verb_type("The rebels will withdraw their forces from the north.", "withdraw")[0] == "0874"
    assert verb_type("Syria pulled out of Lebanon.", "pull")[0] == "0874"
    assert verb_type("Iran withdrew from the talks with the European Union.", "withdraw")[0] == "164"
    assert verb_type("The Palestinian delegation walked out of the negotiations.", "walk")[0] == "164"
    assert verb_type("Eritrean troops must withdraw from the town before any talks.", "withdraw")[0] == "0874"
    # a pattern naming what is withdrawn is no tie with one naming only the preposition
    nigeria = "Nigeria said it will withdraw its peacekeeping force from Chad unless a ceasefire holds."
    assert verb_type(nigeria, "withdraw")[:3:2] == ("1661", ())
    assert verb_type("The United States withdrew from the treaty.", "withdraw")[0] == "160"
    assert verb_type("Russia withdrew its objection to the plan.", "withdraw")[0] == "080"


def test_a_court_handing_down_convictions_finds_guilty():
    # PLOVER SANCTION convict (CAMEO 116); a prison sentence handed down is legal action (173)
    assert verb_type("The Czech Supreme Court handed down convictions against five former ministers.", "hand")[0] == "116"
    assert verb_type("A Cairo court handed down a ten-year sentence to the blogger.", "hand")[0] == "173"
    assert verb_type("The court handed down its ruling on Monday.", "hand")[0] is None


def test_calling_people_something_is_no_phone_call():
    # a person as object makes "call" a phone call (041) unless a name is given them (oprd)
    assert verb_type("Iran condemned the sanctions, calling them illegal.", "call")[0] != "041"
    assert verb_type("The Kenyan president called the Somali president on Monday.", "call")[0] == "041"
