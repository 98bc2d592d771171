"""A place described by its country's adjective: "the Somali capital Mogadishu", "the Iraqi city
of Mosul", "the Egyptian province of Minya", "Indian Kashmir".

Wire copy names where an attack fell this way more often than by the country's own name. The
adjective is resolved as a country actor, so the sentence seems to name two countries (the place's
and the victims'), and a vague doer ("gunmen", "armed men") took none: the place phrase itself
says whose the place is.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.find import ActorIndex
from eventwire.nlp.place_nouns import GEOGRAPHY

BORDERS = frozenset({"border", "frontier"})
# Subjects that are an attack itself or its device, never a party (general English): "a car bomb
# exploded", "the blast killed".
ATTACK_SUBJECTS = frozenset({
    "bomb", "bombing", "blast", "explosion", "attack", "ambush", "shooting", "grenade", "bombardment",
})  # fmt: skip


def described_place(token: Any, index: ActorIndex | None) -> str | None:
    """The country of a place ``token`` ("capital", "city", or a name) given by its name in
    apposition or after "of" ("the city of Mosul"), else by a country adjective modifying it
    ("the Malian capital", "Indian Kashmir") when ``index`` holds the sentence's actors; None
    for any other noun."""
    from eventwire.events.context import place_country  # context uses this module

    if not (token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.lemma_.lower() in GEOGRAPHY - BORDERS):
        return None  # (near "the Sudanese border" is on either side of it)
    # (a name's own "of" is part of it: "Democratic Republic of Congo" is not Congo)
    for child in token.children if token.pos_ == "NOUN" else ():
        name = child if child.dep_ == "appos" else None
        if child.dep_ == "prep" and child.lower_ == "of":
            name = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if name is not None and (found := place_country(name)):
            return found
    for child in token.children if index is not None else ():
        if child.dep_ not in {"amod", "compound"}:
            continue
        ref = index.at(child)
        # (the resolver leaves some adjectives of a place unresolved: "in Indian Kashmir")
        actor = ref.actor if ref is not None else _adjective_country(child)
        if actor is not None and _country_itself(actor):
            return actor.country
    return None


def _adjective_country(token: Any) -> Any:
    if not (token.pos_ in {"ADJ", "PROPN"} and token.text[:1].isupper()):
        return None
    from eventwire.actors import get_resolver

    return get_resolver().resolve_text(token.text)


def _country_itself(actor: Any) -> bool:
    """A country named as such (its adjective), not one of its bodies ("the Kenyan police")."""
    return bool(actor.country) and not actor.sector and (actor.kb_id or "").startswith("country:")


def names_a_place(token: Any) -> bool:
    """A country adjective describing the place an act happened ("stormed a hotel in the Malian
    capital"): it names where, as the place's own name would, not a body of that country."""
    head = token.head
    return (token.dep_ in {"amod", "compound"} and head.pos_ == "NOUN" and head.lemma_.lower() in GEOGRAPHY
            and head.dep_ == "pobj")


def attack_noun(token: Any) -> bool:
    """An attack or its device named by no one's name ("a car bomb", not "a Taliban bomb" nor
    "an Israeli attack", whose doer is named)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in ATTACK_SUBJECTS and not any(
        c.dep_ in {"compound", "amod", "poss"} and c.text[:1].isupper() for c in token.children)


def device_went_off(verb: Any) -> bool:
    """A clause whose subject is an attack or its device ("a car bomb exploded"): its place is
    where its victims were."""
    return any(c.dep_ == "nsubj" and attack_noun(c) for c in verb.children)
