"""A finite verb the parser coordinates with a to-infinitive is coordinated higher up.

"Bush said Israel had a right to defend itself and blamed Hezbollah for the crisis": the small
parser hangs "blamed" on "defend" as its conjunct, so the subject search would end at no one (the
infinitive's understood subject). A finite verb cannot be coordinated with a to-infinitive
(general English grammar): it joins the nearest finite clause above it, and where that clause is
what a speaker said, the speaker's own verb ("said ... and blamed": the speaker's second act, as
``subjects.subject`` already reads "said refugees were under strain and asked X to").
"""

from __future__ import annotations

from typing import Any

from eventwire.events.attributes import SPEECH

FINITE = frozenset({"VBD", "VBZ", "VBP"})
MAX_UP = 6


def _to_infinitive(verb: Any) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def lifted_conjunct(verb: Any) -> Any | None:
    """The verb a finite conjunct of a to-infinitive is really coordinated with, else None."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE or not _to_infinitive(verb.head):
        return None
    clause = verb.head
    for _ in range(MAX_UP):
        if clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.pos_ in {"VERB", "AUX"} and clause.tag_ in FINITE:
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH:
                return clause.head
            return clause
    return None
