"""Peoples named by a demonym ("ethnic Albanians", "ethnic Turks") are vague civilians, not the
state the demonym names: the country they live in comes from their sentence like any vague
participant's (``events.context``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.records import Actor

ETHNIC_WORDS = frozenset({"ethnic"})


def ethnic_groups(doc: Any, actors: dict[tuple[int, int], Actor]) -> dict[tuple[int, int], Actor]:
    """``actors`` with "ethnic Albanians", "ethnic Turks" made vague civilians: a people named by
    a demonym is not that state; the country it lives in comes from the sentence like any vague
    participant's ("killed three ethnic Albanians in southern Serbia" -> SRB CVL)."""
    if "ethnic" not in doc.text.lower():
        return actors  # most articles: no per-mention work
    out = dict(actors)
    for (start, end), actor in actors.items():
        if actor is None or not actor.country or actor.kb_id is None or not actor.kb_id.startswith("country:"):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
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
