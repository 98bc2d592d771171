"""Peoples named by a demonym ("ethnic Albanians", "ethnic Turks") are vague civilians, not the
state the demonym names: the country they live in comes from their sentence like any vague
participant's (``events.context``); "the Turks of Bulgaria" are Bulgaria's."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.actors.codes import join_code
from eventwire.events.context import place_country
from eventwire.records import Actor

ETHNIC_WORDS = frozenset({"ethnic"})
# "the Kurds of northern Iraq": a people of another country. Not "in": "Americans in Iraq"
# are Americans abroad.
PLACING_PREPS = frozenset({"of"})


def _people_elsewhere(span: Any, actor: Actor) -> str | None:
    """The country a people named by a plural demonym belongs to by its own "of" phrase ("the
    Turks of Bulgaria", "the Hungarians of Romania"), when another than the demonym's: they are
    that country's people, not the state their demonym names."""
    root = span.root
    if root.tag_ not in {"NNPS", "NNS"} or not root.text[:1].isupper():
        return None
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in PLACING_PREPS):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            country = place_country(place)
            if country and country != actor.country:
                return country
    return None


def ethnic_groups(doc: Any, actors: dict[tuple[int, int], Actor]) -> dict[tuple[int, int], Actor]:
    """``actors`` with "ethnic Albanians", "ethnic Turks" made vague civilians: a people named by
    a demonym is not that state; the country it lives in comes from the sentence like any vague
    participant's ("killed three ethnic Albanians in southern Serbia" -> SRB CVL). A people of
    another country ("the Turks of Bulgaria") are that country's civilians."""
    out = dict(actors)
    ethnic = "ethnic" in doc.text.lower()
    for (start, end), actor in actors.items():
        if actor is None or not actor.country or actor.kb_id is None or not actor.kb_id.startswith("country:"):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if (home := _people_elsewhere(span, actor)) is not None:
            sector = actor.sector or "CVL"
            out[(start, end)] = replace(actor, country=home, code=join_code(home, sector), sector=sector, kb_id=None)
            continue
        if not ethnic:
            continue  # most mentions: no more work
        words = [t.lower_ for t in span[:1]]
        if span.start > 0:
            words.append(doc[span.start - 1].lower_)
        words += [c.lower_ for c in span.root.children if c.dep_ == "amod"]
        if span.root.dep_ == "amod":  # "ethnic Albanian rebels": the head noun's modifiers
            words += [c.lower_ for c in span.root.head.children if c.dep_ == "amod"]
        if ETHNIC_WORDS & set(words):
            sector = actor.sector or "CVL"
            out[(start, end)] = replace(actor, country=None, code=sector, sector=sector, kb_id=None)
    return out
