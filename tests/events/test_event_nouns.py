"""Event nouns read in their phrase, and relations started or improved (events.event_nouns)."""

from __future__ import annotations

from eventwire.events.event_nouns import noun_code, relation_code
from eventwire.events.lexicon import get_lexicon
from eventwire.nlp import parse


def _noun(text: str, lemma: str):
    return next(t for t in parse(text) if t.lemma_.lower() == lemma)


def test_a_phone_conversation_is_a_consultation_by_phone():
    lexicon = get_lexicon()
    assert noun_code(_noun("They held a phone conversation on Monday.", "conversation"), lexicon) == "041"
    assert noun_code(_noun("They held a long conversation on Monday.", "conversation"), lexicon) == "040"


def test_the_kind_of_a_relation_improved_names_its_code():
    assert relation_code(_noun("Peru will strengthen ties with Chile.", "strengthen"), "strengthen") == "050"
    assert relation_code(_noun("Peru will expand trade ties with Chile.", "expand"), "expand") == "061"
    assert relation_code(_noun("Peru will deepen military cooperation with Chile.", "deepen"), "deepen") == "062"
    # a verb that neither starts nor improves a relation, or an object that is no relation
    assert relation_code(_noun("Peru will review its ties with Chile.", "review"), "review") is None
    assert relation_code(_noun("Peru will strengthen its army.", "strengthen"), "strengthen") is None


def test_a_strike_is_a_labour_strike_unless_it_falls_on_something():
    lexicon = get_lexicon()
    # a date after "on" says when the strike was, not what it hit
    assert noun_code(_noun("Dock workers began a strike on Tuesday over pay.", "strike"), lexicon) == "143"
    assert noun_code(_noun("The unions called a general strike at the port.", "strike"), lexicon) == "143"
    assert noun_code(_noun("The army carried out a strike on rebel positions.", "strike"), lexicon) == "190"
    assert noun_code(_noun("The navy launched missile strikes on the harbour.", "strike"), lexicon) == "195"
