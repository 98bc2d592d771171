"""``find.clause_with_subject``: the verb whose subject a purpose, complement or second half
shares (the climb that takeover's doers and the crowd's protest both take). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.events.find import clause_with_subject
from eventwire.nlp import parse

pytestmark = pytest.mark.slow


def _verb(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


def test_a_purpose_climbs_to_the_verb_with_the_subject():
    verb = _verb("Thousands of students had rallied in the square to protest against the result.", "protest")
    assert clause_with_subject(verb).lemma_ == "rally"


def test_a_verb_with_its_own_subject_stays():
    verb = _verb("The junta seized power and the army dismissed the prime minister.", "dismissed")
    assert clause_with_subject(verb) is verb


def test_the_subject_relations_are_the_callers():
    # a passive's agent is a doer only where the caller names it: else the climb goes on
    verb = _verb("The army seized power on Friday, and the premier was dismissed by the junta.", "dismissed")
    assert verb.dep_ == "conj"
    assert clause_with_subject(verb, frozenset({"nsubj", "agent"})) is verb
    assert clause_with_subject(verb).lemma_ == "seize"
