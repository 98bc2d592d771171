"""Common place nouns that say where, not whom ("roads in the capital"), and verbs of denial,
whose complement is the denied act, not the denial's target."""

from __future__ import annotations

from typing import Any

from eventwire.nlp.place_nouns import GEOGRAPHY  # geography words, not institutions ("seats in parliament")

# Prepositions that say where a thing is: "roads in the capital", "raids in the province".
LOCATIVE_PREPS = frozenset({"in", "near", "inside", "outside", "across", "throughout", "around"})
DENIAL = frozenset({"deny", "refute", "rebut"})


def place_word(token: Any) -> bool:
    """A common place noun in a locative phrase: "in the province", "in several districts of the
    capital". It says where, not to whom (an NGEC agent word like "capital" would make it the
    government)."""
    if not (token.pos_ == "NOUN" and token.lemma_.lower() in GEOGRAPHY and token.dep_ == "pobj"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in token.children):
        return False  # "the town of Azaz" is named: a place in a known country
    prep = token.head
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "districts of the capital": the place phrase's own preposition
    return prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS
