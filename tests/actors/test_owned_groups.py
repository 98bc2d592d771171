"""A group owned by a possessive pronoun is its owner's, not the place it is in: sentences
written here."""

from datetime import date

import pytest


def _codes(resolver, text):
    from eventwire.nlp import parse

    return {text[s:e]: a.code for (s, e), a in resolver.resolve_doc(parse(text), date=date(1997, 6, 27)).items()}


@pytest.mark.slow
def test_owned_troops_in_a_country_are_the_owners(resolver):
    found = _codes(resolver, "Moscow said its troops in Tajikistan had repelled an attack by Afghan militants.")
    assert found.get("its troops") == "RUSMIL", found


@pytest.mark.slow
def test_owned_troops_as_object_are_not_the_host_countrys(resolver):
    found = _codes(resolver, "Moscow would keep its 25,000 troops in Tajikistan to guard the border.")
    assert not (found.get("its 25,000 troops") or "").startswith("TJK"), found


@pytest.mark.slow
def test_unowned_rebels_in_a_country_stay_placed(resolver):
    found = _codes(resolver, "Rebels in Tajikistan attacked a border post.")
    assert (found.get("Rebels") or "").startswith("TJK"), found
