"""People named by what happened to them (session 24): "the accused", "the injured", "the
detained" are actors (the parser leaves the participle bare under "the"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_code import countries, real_codes

pytestmark = pytest.mark.slow


def test_the_accused_is_a_doer():
    assert ("ASSAULT", "JAM", "JAM") in countries(real_codes("Jamaican police said the accused hit the child in the face."))


def test_the_accused_is_a_target():
    assert ("COERCE", "JAM", "JAM") in countries(real_codes("Jamaican police detained the accused on Monday."))
    assert ("ACCUSE", "NGA", "NGA") in countries(real_codes("Nigerian police charged the accused with murder."))


def test_the_injured_are_a_target():
    assert ("ASSAULT", "NGA", "NGA") in countries(real_codes("Nigerian police said the injured were attacked by gunmen."))


def test_the_accused_and_the_injured_resolve_as_people():
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    text = "The accused fled, and the wounded were taken to hospital."
    found = {text[s:e]: a for (s, e), a in get_resolver().resolve_doc(parse(text)).items()}
    assert found["accused"].sector == "CRM"
    assert found["wounded"].sector == "CVL"



def test_a_fate_word_before_a_noun_leaves_the_noun_the_head():
    from eventwire.actors import get_resolver

    resolver = get_resolver()
    assert resolver.resolve_text("the detained Nigerian officials").code == "NGAGOV"
    assert resolver.resolve_text("wounded Nigerian soldiers").code == "NGAMIL"
