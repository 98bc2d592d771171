"""Local offices and the places they hold office in (session 24): "the mayor of <town>", "the
governor of the <town> region" take the town's country from the gazetteer when the knowledge
base does not list the town; the place noun is where the office is, not the actor. Sentences
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _found(resolver, text: str) -> dict[str, object]:
    from eventwire.nlp import parse

    return {text[s:e]: a for (s, e), a in resolver.resolve_doc(parse(text)).items()}


def test_a_regional_governor_is_the_regions_countrys_official(resolver):
    found = _found(resolver, "The deputy governor of the Perm region resigned on Monday.")
    actor = found["deputy governor of the Perm region"]
    assert (actor.code, actor.role) == ("RUSGOV", "governor")


def test_a_place_noun_after_of_does_not_head_an_office(resolver):
    found = _found(resolver, "The governor of the province resigned.")
    assert found["governor of the province"].sector == "GOV"


def test_a_mayor_of_a_town_the_tagger_calls_an_organisation(resolver):
    found = _found(resolver, "The mayor of Omsk resigned.")
    assert found["mayor of Omsk"].code == "RUSGOV"


def test_a_head_where_a_blow_lands_is_no_head_of_anything(resolver):
    found = _found(resolver, "A man struck the guard on the head with a bottle.")
    assert not any(a.role == "head" for a in found.values()), found
    found = _found(resolver, "A stone hit him in the left side of his head.")
    assert not any(a.role == "head" for a in found.values()), found
    # a head of something stays an actor
    assert _found(resolver, "The head of the delegation spoke.")["head of the delegation"].sector == "GOV"
