"""Targets no actor names (eventwire.events.targets): sentences written for these tests, coded
with the real parser, resolver and lexicon (slow)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def consults(events) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.type == "CONSULT"}


def test_a_capital_visited_names_the_host(code_real):
    assert ("FRA", "UKR") in consults(code_real("The French president visited Kyiv on Thursday."))


def test_a_visit_home_is_no_visit(code_real):
    assert not any(t == "FRA" for _, t in consults(code_real("The French president visited Paris on Thursday.")))


def test_forces_massed_on_a_border_face_the_country_across_it():
    # session 21 (news_events12): PLOVER's MOBILIZE target is whom the show of force faces
    from test_code import countries, real_codes

    assert ("MOBILIZE", "TUR", "SYR") in countries(real_codes("Turkey deployed tanks along its border with Syria on Monday."))
    assert ("MOBILIZE", "IRN", "AFG") in countries(real_codes("Iran has massed troops near Afghanistan's western border, diplomats said."))


def test_a_retreat_moves_the_doers_own_fighters_and_is_aimed_at_the_place():
    # session 21 (news_events12): "its fighters" took the doer's country and the pair was dropped
    from test_code import countries, real_codes

    found = countries(real_codes("Unita began demobilising its fighters in central Angola."))
    assert ("RETREAT", "AGO", "AGO") in found


def test_where_two_sides_meet_lends_its_country_to_neither():
    # session 21 (news_events12): the rebels at talks abroad are not the host's
    from test_code import countries, real_codes

    found = countries(real_codes("The Sri Lankan government and Tamil rebels resumed peace talks in the Thai resort of Phuket on Wednesday."))
    assert ("CONSULT", "THA", "LKA") not in found


def test_the_topic_discussed_names_no_party():
    # session 21 (news_events12): "to discuss the Libyan crisis" is about Libya, not with it
    from test_code import countries, real_codes

    found = countries(real_codes("The French president telephoned the Egyptian leader to discuss the Libyan crisis."))
    assert ("CONSULT", "FRA", "EGY") in found and ("CONSULT", "FRA", "LBY") not in found
