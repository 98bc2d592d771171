"""Who acts on whom, and how, in shapes the blind audit set news_events9 showed lost (texts written
here): a judged or rejected act named by a noun of its own ("criticised the closures",
"condemned the incursion", "rejected the suspension"), and a curfew ordered."""

from __future__ import annotations

import datetime

import pytest

from conftest import countries

pytestmark = pytest.mark.slow

WHEN = datetime.date(2014, 8, 22)


@pytest.fixture(scope="module")
def code(real_coder):
    return lambda text: countries(real_coder(text, date=WHEN, classifier=None))


def test_criticised_closures_are_aimed_at_whoever_closed_the_border(code):
    text = ("DAKAR, August 22, 2014 (Wire) - Ivory Coast closed its land borders with Guinea on Friday. "
            "Guinea's foreign ministry criticised the closures.")
    assert ("ACCUSE", "GIN", "CIV") in code(text)


def test_a_condemned_incursion_is_aimed_at_whoever_forced_the_way_in(code):
    text = ("MEXICO CITY, April 6, 2024 (Wire) - Ecuadorean police forced their way into the Mexican embassy "
            "in Quito. The Organization of American States condemned the incursion.")
    assert any(t == "ACCUSE" and tg == "ECU" for t, _, tg in code(text))


def test_a_rejected_suspension_answers_whoever_suspended(code):
    text = ("BRASILIA, June 29, 2012 (Wire) - Brazil suspended Paraguay from the trade bloc. "
            "Paraguay's president rejected the suspension.")
    assert ("REJECT", "PRY", "BRA") in code(text)
    # a rejection of an act aimed at someone else answers no one
    other = ("BRASILIA, June 29, 2012 (Wire) - Brazil suspended Venezuela from the trade bloc. "
             "Paraguay's president rejected the suspension.")
    assert not any(t == "REJECT" and tg == "BRA" for t, _, tg in code(other))


def test_a_curfew_ordered_is_imposed(code):
    text = ("MONROVIA, August 20, 2014 (Wire) - President Ellen Johnson Sirleaf ordered a nighttime curfew in "
            "the West Point neighbourhood after residents protested.")
    found = code(text)
    assert any(t == "COERCE" and s == "LBR" for t, s, _ in found)
    assert not any(t == "REQUEST" and s == "LBR" for t, s, _ in found)


def test_a_country_that_surrounds_another_states_geography(code):
    text = ("DAKAR, December 18, 2016 (Wire) - Senegal, which surrounds Gambia on three sides, has put troops "
            "on alert near the border with Gambia.")
    found = code(text)
    assert not any(t == "ASSAULT" for t, _, _ in found)
    assert ("MOBILIZE", "SEN", "GMB") in found
    # troops that surrounded a town besieged it
    siege = code("DAKAR, December 18, 2016 (Wire) - Senegalese troops surrounded the Gambian town of Farafenni.")
    assert any(t in {"COERCE", "ASSAULT", "MOBILIZE"} and s == "SEN" for t, s, _ in siege)


def test_a_rejection_answers_an_invitation_made_earlier_in_its_own_sentence(code):
    text = ("ABUJA, September 2, 2025 (Wire) - Nigeria's main labour unions began a general strike on Monday. "
            "Labour Minister Muhammad Dingyadi invited union leaders to talks on Wednesday, but the unions "
            "rejected the invitation.")
    assert ("REJECT", "NGA", "NGA") in code(text)


def test_backing_a_possessed_act_supports_its_owner_not_its_object(code):
    # the act's owner is the target, not whom the act is done to ("on smuggling gangs")
    text = ("OTTAWA, August 22, 2014 (Wire) - Canada backed Mexico's crackdown on smuggling gangs.")
    found = code(text)
    assert ("SUPPORT", "CAN", "MEX") in found
    # an owner who names no actor leaves no event: not the source backing the gangs of its own country
    text = ("OTTAWA, August 22, 2014 (Wire) - Canada, which has backed Governor Ilse Varnhagen's crackdown "
            "on smuggling gangs, said it would send observers.")
    assert not any(t == "SUPPORT" for t, _, _ in code(text))


def test_condemning_a_possessed_act_of_another_sector_of_ones_country_is_an_event(code):
    # the opposition against the president is two sides of one country, not the source's own side
    text = ("NAIROBI, May 3, 2024 (Wire) - Kenyan opposition leader Raila Odinga condemned President "
            "William Ruto's crackdown on protesters.")
    assert ("ACCUSE", "KEN", "KEN") in code(text)


def test_a_joint_past_told_in_a_relative_clause_is_background(real_coder):
    # the pair's counted or year-dated past is no news act of each on the other
    for clause in ("which fought two wars over the enclave", "which fought a border war from 1998 to 2000",
                   "which fought for decades over the enclave"):
        text = (f"ASMARA, July 9, 2018 (Wire) - Talks resumed on Monday. Ethiopia and Eritrea, {clause}, "
                "agreed to a truce.")
        found = countries(real_coder(text, date=datetime.date(2018, 7, 9), classifier=None))
        assert not any(t == "ASSAULT" for t, _, _ in found), clause
        assert ("AGREE", "ETH", "ERI") in found
    # a clash of the story's own days is news
    text = ("ASMARA, July 9, 2018 (Wire) - Talks resumed on Monday. Ethiopia and Eritrea, which clashed on "
            "the border on Sunday, agreed to a truce.")
    assert any(t == "ASSAULT" for t, _, _ in countries(real_coder(text, date=datetime.date(2018, 7, 9), classifier=None)))


def test_a_frontier_closed_or_sealed_is_a_border_closure(code):
    for verb, kind in (("shut", "SANCTION"), ("closed", "COERCE"), ("sealed", "COERCE")):
        text = f"DAKAR, August 22, 2014 (Wire) - Senegal {verb} its frontier with Guinea on Friday."
        assert (kind, "SEN", "GIN") in code(text), verb


def test_the_partners_of_a_country_are_others_than_it(code):
    found = code("WASHINGTON, December 14, 2019 (Wire) - A State Department spokesman said China often made promises "
                 "that went unfulfilled, and urged Taiwan's remaining partners to keep their ties.")
    assert not any(t == "REQUEST" and tg == "TWN" for t, _, tg in found)
    # an owner of no relation noun is still the party: "urged Taiwan's government"
    found = code("WASHINGTON, December 14, 2019 (Wire) - A State Department spokesman urged Taiwan's government to "
                 "keep its ties with Nauru.")
    assert any(t == "REQUEST" and tg == "TWN" for t, _, tg in found)
