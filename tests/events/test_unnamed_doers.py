"""Attacks whose place or doer wire copy does not name plainly (session 21, from the blind set
news_events12): a place described by its country's adjective ("the Somali capital"), and an
attack with no doer named ("a car bomb exploded", "was assassinated"), which PLOVER codes with
the country where it happened as the source. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_code import countries, real_codes

pytestmark = pytest.mark.slow


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    return set(countries(real_codes(text)))


def test_a_place_described_by_its_country_adjective_places_vague_doers():
    assert ("ASSAULT", "YEM", "NLD") in coded("Masked gunmen shot dead a Dutch engineer in the Yemeni port of Mukalla on Tuesday.")
    assert ("ASSAULT", "NGA", "NGA") in coded("Armed men set fire to a mosque in the Nigerian town of Potiskum on Sunday.")


def test_the_country_adjective_of_the_place_is_where_not_whom():
    # the adjective modifies the place, so the attack's target is that country's, as its name would be
    assert ("ASSAULT", "KEN", "KEN") in coded("Armed men stormed a bank in the Kenyan capital Nairobi on Friday.")


def described(text: str, word: str) -> str | None:
    from eventwire.actors import get_resolver
    from eventwire.events.actor_index import ActorIndex
    from eventwire.events.described_places import described_place
    from eventwire.nlp import parse

    doc = parse(text)
    index = ActorIndex(doc, get_resolver().resolve_doc(doc))
    return described_place(next(t for t in doc if t.text == word), index)


def test_a_described_place_is_its_adjective_country_but_not_a_border_nor_a_name_with_of():
    assert described("Gunmen raided a village in the Malian region of Mopti.", "region") == "MLI"
    assert described("Gunmen raided a village near the Sudanese border.", "border") is None
    # an adjective the resolver left unresolved in a place phrase still says whose the place is
    assert described("Gunmen raided a village in Indian Kashmir.", "Kashmir") == "IND"
    # "Democratic Republic of Congo" is one name: its "of" is no description
    assert described("Rebels seized a town in eastern Democratic Republic of Congo.", "Republic") is None


def test_an_attack_with_no_doer_named_is_coded_from_where_it_happened():
    assert ("ASSAULT", "IRQ", "IRQ") in coded("A car bomb exploded outside a market in Kirkuk on Sunday, killing 12 civilians.")
    assert ("ASSAULT", "AFG", "AFG") in coded("A provincial governor was assassinated in Kandahar on Tuesday.")
    # the doer is named for what it is: unknown attackers, not the state whose code it carries
    doers = [e.source for e in real_codes("A provincial governor was assassinated in Kandahar on Tuesday.") if e.type == "ASSAULT"]
    assert doers and all(d.name == "unidentified attackers" and d.role == "unidentified" for d in doers)


def test_an_attack_with_no_doer_and_no_place_stays_uncoded():
    assert not any(kind == "ASSAULT" for kind, _, _ in coded("Two French tourists were shot dead on Monday, the ministry said."))


def test_the_place_of_a_doerless_attack_may_be_in_its_when_clause_or_described():
    assert ("ASSAULT", "AFG", "AFG") in coded(
        "Two soldiers were killed when a roadside bomb exploded near their convoy in Helmand province of Afghanistan.")
    assert ("ASSAULT", "EGY", "EGY") in coded("Three policemen were shot dead in the Egyptian city of Arish on Friday.")


def test_a_doer_named_in_the_when_clause_is_not_replaced_by_the_place():
    found = coded("Nine patients were killed when a U.S. air strike hit a clinic in the Afghan city of Kunduz.")
    assert not any(kind == "ASSAULT" and src == "AFG" for kind, src, _ in found)


def test_what_two_sides_exchange_is_no_party():
    # "artillery fire" resolves as a military actor; as the object of an exchange it is what the
    # sides give each other (session 21, news_events12)
    assert {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")} <= coded(
        "Indian and Pakistani troops exchanged artillery fire across the border on Sunday.")
    assert ("ASSAULT", "IND", "PAK") in coded("Indian troops exchanged artillery fire with Pakistani forces on Sunday.")


def test_the_victims_own_attackers_are_not_of_the_victims_country():
    # "his kidnappers": the pronoun is the victim's, the kidnappers are of where they act
    assert ("ASSAULT", "NGA", "GBR") in coded("A British engineer was killed by his kidnappers in Nigeria, the foreign office said.")
