"""Who acts on whom in shapes the blind audit set news_events8 showed lost (texts written here):
a listed subject after a dateline, a subject in apposition before a verb the parser reads as a
participle, a verb coordinated with a reported clause, a backer's adjective."""

from __future__ import annotations

import datetime

import pytest

from conftest import countries_coder

pytestmark = pytest.mark.slow

WHEN = datetime.date(2016, 6, 4)
code = countries_coder(WHEN)


def test_a_listed_subject_after_the_dateline_acts(code):
    # the parser hangs "Saudi Arabia, ..." on the dateline's place as its conjunct
    text = ("RIYADH, March 2, 2016 (Wire) - Saudi Arabia, the United Arab Emirates, Bahrain and Kuwait severed "
            "diplomatic relations with Lebanon on Wednesday, accusing the Beirut government of siding with Iran.")
    found = code(text)
    for country in ("SAU", "ARE", "BHR", "KWT"):
        assert ("SANCTION", country, "LBN") in found


def test_a_subject_in_apposition_acts_where_the_parser_finds_no_main_verb(code):
    text = ("NAIROBI, June 4, 2016 (Wire) - Uganda and Rwanda traded accusations over the border. "
            "Its chairman, Kenyan President Uhuru Kenyatta, called on the two governments to resolve their "
            "dispute through dialogue.")
    found = code(text)
    assert any(s == "KEN" and tg in {"UGA", "RWA"} for _, s, tg in found)


def test_a_verb_coordinated_with_a_reported_clause_is_the_speakers(code):
    text = ("MANILA, June 4, 2016 (Wire) - China's foreign ministry said the survey ship was working in "
            "Chinese waters and accused the Philippines of provoking trouble.")
    assert ("ACCUSE", "CHN", "PHL") in code(text)


def test_a_backers_adjective_does_not_make_the_government_the_backers():
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    text = ("SANAA, June 4, 2016 (Wire) - Houthi rebels and the Saudi-backed government exchanged "
            "prisoners on Friday. The government accused the rebels of holding hundreds more.")
    doc = parse(text)
    actors = get_resolver().resolve_doc(doc, date=WHEN)
    governments = [a for a in actors.values() if a.sector == "GOV"]
    assert governments and all(a.country != "SAU" for a in governments)
    led = get_resolver().resolve_doc(parse("The Saudi-led coalition struck the port."), date=WHEN)
    assert any(a.country == "SAU" for a in led.values())


def test_forces_sent_to_a_base_in_a_country_face_that_country(code):
    text = ("VILNIUS, June 4, 2016 (Wire) - Lithuania asked its allies for help. Germany said on Thursday it "
            "would send 500 more soldiers to the alliance's battlegroup in Poland.")
    assert ("MOBILIZE", "DEU", "POL") in code(text)


def test_a_foreign_force_sent_with_no_place_goes_where_the_report_is_filed(code):
    # the soldiers and police are what is sent, not whom the deployment faces
    text = ("DILI, June 4, 2016 (Wire) - Australian troops patrolled the capital after a week of riots. "
            "Portugal has sent 120 soldiers and police, officials said.")
    found = code(text)
    assert ("MOBILIZE", "PRT", "TLS") in found
    assert ("MOBILIZE", "PRT", "PRT") not in found


def test_both_sides_are_the_pair_of_the_reports_lead(code):
    # a later pair (two countries backing a third) is not the conflict the report is about
    text = ("ASMARA, June 4, 2016 (Wire) - Eritrea accused Ethiopia of massing troops on the border. "
            "Eritrea and Ethiopia sided with Egypt in its dispute with Sudan. "
            "The African Union urged both sides to exercise restraint.")
    found = code(text)
    assert ("REQUEST", None, "ERI") in found and ("REQUEST", None, "ETH") in found
    assert ("REQUEST", None, "EGY") not in found


def _resolved(text: str) -> dict[str, object]:
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    doc = parse(text)
    return {text[s:e]: a for (s, e), a in get_resolver().resolve_doc(doc, date=WHEN).items()}


def test_a_role_noun_before_an_unknown_name_is_the_persons_title():
    found = _resolved("LUSAKA, June 4, 2016 (Wire) - The electoral commission delayed the results again. "
                      "Opposition candidate Mwila Chanda accused the commission of rigging the count.")
    person = [a for t, a in found.items() if "Chanda" in t]
    assert person and person[0].country == "ZMB" and person[0].sector == "OPP"


def test_a_short_agent_word_inside_a_persons_name_is_no_agent():
    found = _resolved("HANOI, June 4, 2016 (Wire) - Coastguard commander Ngo Van Minh said two ships were damaged.")
    person = [a for t, a in found.items() if "Minh" in t]
    assert person and not (person[0].code or "").startswith("NGO")


def test_people_acting_against_a_country_named_bare_are_not_its_own(code):
    text = ("MANILA, June 4, 2016 (Wire) - Hundreds of students protesting against China marched through "
            "the capital on Sunday.")
    found = code(text)
    assert ("PROTEST", "PHL", "CHN") in found
    assert ("PROTEST", "CHN", "CHN") not in found


def test_the_three_countries_are_the_three_earlier_doers(code):
    text = ("RIGA, June 4, 2016 (Wire) - Estonia, Latvia and Lithuania expelled five Russian diplomats on Friday. "
            "Moscow called the move hostile. The three countries have asked NATO to send more troops.")
    found = code(text)
    for country in ("EST", "LVA", "LTU"):
        assert any(t == "REQUEST" and s == country for t, s, _ in found)


def test_a_judged_act_is_the_latest_whose_doer_is_known(code):
    # the later "had taken over" has no doer the parse can find: the takeover judged is the
    # army's seizure of power
    text = ("SUVA, June 4, 2016 (Wire) - Fiji's military commander seized power on Tuesday. "
            "The commander said he had taken over the country's executive authority. "
            "Prime Minister Laisenia Qarase called the takeover illegal.")
    assert ("ACCUSE", "FJI", "FJI") in code(text)


def test_a_military_title_before_an_unknown_name_is_the_datelines():
    found = _resolved("CAIRO, June 4, 2016 (Wire) - Egypt closed the Rafah crossing on Monday. "
                      "Army chief General Tarek Mansour called the attack on the border post unacceptable.")
    person = [a for t, a in found.items() if "Mansour" in t]
    assert person and person[0].country == "EGY"


def test_he_carries_on_a_person_named_in_apposition_to_a_passive_subject(code):
    text = ("YEREVAN, June 4, 2016 (Wire) - Police broke up an opposition rally on Saturday. "
            "The defeated candidate, former Armenian president Levon Ter-Petrosyan, was placed under house arrest. "
            "He accused the authorities of using force against peaceful citizens.")
    assert ("ACCUSE", "ARM", "ARM") in code(text)


def test_talks_between_the_two_sides_are_with_the_articles_pair(code):
    text = ("ASMARA, June 4, 2016 (Wire) - Ethiopian troops shelled Eritrean positions near Badme. "
            "Eritrea accused Ethiopia of violating the truce. "
            "Kenya offered to host talks between the two sides next month.")
    found = code(text)
    assert ("AGREE", "KEN", "ERI") in found and ("AGREE", "KEN", "ETH") in found


def test_a_subject_with_a_relative_clause_acts_where_the_parser_finds_no_main_verb(code):
    text = ("BANGKOK, June 4, 2016 (Wire) - Thailand and Cambodia exchanged fire near the temple. "
            "Malaysia, which chairs the Association of Southeast Asian Nations, offered to host talks "
            "between Thailand and Cambodia.")
    assert ("AGREE", "MYS", "THA") in code(text)


def test_aid_sent_with_no_recipient_named_goes_where_the_report_is_filed(code):
    text = ("KATHMANDU, June 4, 2016 (Wire) - An earthquake killed more than 300 people in the hills. "
            "Bhutan has contributed two medical teams, officials said.")
    assert any(s == "BTN" and tg == "NPL" for t, s, tg in code(text) if t in {"AID", "MOBILIZE", "COOPERATE"})


def test_an_international_body_rejecting_the_decision_answers_its_maker(code):
    text = ("BUJUMBURA, June 4, 2016 (Wire) - Burundi pulled out of its agreement with the United Nations on Monday. "
            "U.N. Secretary-General Ban Ki-moon rejected the decision.")
    assert ("REJECT", None, "BDI") in code(text)


def test_the_regional_governments_are_the_countries_named_acting_together(code):
    text = ("RIGA, June 4, 2016 (Wire) - Estonia, Latvia and Lithuania expelled five Russian diplomats on Friday. "
            "Moscow's foreign ministry accused the Baltic governments of whipping up hysteria.")
    found = code(text)
    for country in ("EST", "LVA", "LTU"):
        assert ("ACCUSE", "RUS", country) in found


def test_a_doerless_act_between_does_not_hide_the_named_countries(code):
    text = ("RIGA, June 4, 2016 (Wire) - Estonia, Latvia and Lithuania expelled five Russian diplomats on Friday. "
            "Troops were deployed along the border. "
            "Moscow's foreign ministry accused the Baltic governments of whipping up hysteria.")
    found = code(text)
    for country in ("EST", "LVA", "LTU"):
        assert ("ACCUSE", "RUS", country) in found
