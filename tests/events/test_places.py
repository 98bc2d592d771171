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


def test_subject_after_a_full_dateline():
    from eventwire.events.subjects import subject
    from eventwire.nlp import parse

    doc = parse("LIMA, May 2, 2025 (Test Wire) - Peru's army and the rebels agreed on Friday to hold talks in Cuba.")
    verb = next(t for t in doc if t.text == "agreed")
    found, passive = subject(verb)
    assert found is not None and found.text in {"army", "rebels"} and not passive


def test_what_is_denied_names_no_target(code_text):
    events = code_text("Russia denied attacking Ukrainian villages on Monday.")
    assert not any(e.type == "REJECT" and e.target and e.target.country == "UKR" for e in events)


def test_a_place_noun_inside_an_argument_says_where_it_is_not_whom(code_real):
    # "the capital" is where the restaurant is: no government is celebrated
    events = code_real("BEIJING, May 1, 2025 (Wire) - Several dozen supporters who gathered to celebrate at a "
                       "restaurant in the capital were taken away by police.")
    assert not any(e.type == "SUPPORT" for e in events if not e.negated)
