"""A country word inside a town's or region's name (session 24): "Spanish Town" is in Jamaica,
"New Mexico" in the United States; the gazetteer's town places the phrase, not the country the
word names. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _code(resolver, text: str) -> str | None:
    actor = resolver.resolve_text(text)
    return actor.code if actor else None


def test_a_town_named_with_a_country_adjective_is_the_towns_country(resolver):
    assert _code(resolver, "the Spanish Town police") == "JAMCOP"
    assert _code(resolver, "the Spanish Town Police Station") == "JAMCOP"


def test_a_region_named_with_a_country_name_is_the_regions_country(resolver):
    assert _code(resolver, "the New Mexico police") == "USACOP"


def test_a_city_named_after_its_own_country_and_plain_adjectives_are_unchanged(resolver):
    assert _code(resolver, "the Mexico City police") == "MEXCOP"
    assert _code(resolver, "Spanish police") == "ESPCOP"
    assert _code(resolver, "South African police") == "ZAFCOP"


def test_a_town_name_alone_is_never_the_country_its_word_names(resolver):
    actor = resolver.resolve_text("Spanish Town")  # "Town" is an agent noun (its people)
    assert actor is None or actor.country == "JAM"


def test_the_town_in_an_article_does_not_lend_its_word_country_to_later_mentions(resolver):
    from eventwire.nlp import parse

    text = ("Gunmen fired at the Spanish Town Police Station on Friday. "
            "Officers at the police station returned fire.")
    found = {text[s:e]: a.code for (s, e), a in resolver.resolve_doc(parse(text)).items()}
    assert "ESPCOP" not in found.values()
    assert found.get("Spanish Town Police Station") == "JAMCOP"
