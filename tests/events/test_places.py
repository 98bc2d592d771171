"""A common place noun in a locative phrase is where an event happens, not its target
(sentences written for these tests)."""

import pytest

pytestmark = pytest.mark.slow


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_place_word_in_a_locative_phrase():
    from eventwire.events.find import place_word
    from eventwire.nlp import parse

    doc = parse("Farmers blocked highways in several districts of the capital on Monday.")
    assert place_word(_token(doc, "capital")) and place_word(_token(doc, "districts"))
    doc = parse("Army units shelled villages in the province overnight.")
    assert place_word(_token(doc, "province"))


def test_objects_and_proper_names_are_not_place_words():
    from eventwire.events.find import place_word
    from eventwire.nlp import parse

    doc = parse("Rebels attacked the capital and fighters in Mali took seats in parliament.")
    assert not place_word(_token(doc, "capital"))  # the object of the attack
    assert not place_word(_token(doc, "Mali")) and not place_word(_token(doc, "parliament"))
