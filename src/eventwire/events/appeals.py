"""An appeal for someone to act: "Turkey has called for Assad to step down".

The parser reads "for Assad to step down" as a clause of its own ("for" its marker, "Assad" its
subject), not as the object of "call for", so CAMEO 2.0's "call" patterns find no object and the
bare verb reads as a telephone call (041). Calling (pressing, pushing, appealing) for someone to
do something asks it of them: CAMEO 020 "make an appeal or request", PLOVER REQUEST, aimed at the
clause's subject (general English: "called for the president to resign").
"""

from __future__ import annotations

from typing import Any

APPEAL_VERBS = frozenset({"call", "press", "push", "appeal"})
APPEAL = "020"


def for_clause(verb: Any) -> Any | None:
    """The "for X to do Y" clause of an appeal verb, else None."""
    if verb.lemma_.lower() not in APPEAL_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in {"advcl", "ccomp", "xcomp"} and child.pos_ == "VERB" \
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                and any(c.dep_ == "nsubj" for c in child.children):
            return child
    return None


def appealed_to(verb: Any) -> list[Any]:
    """Whom an appeal "for X to do Y" asks: X (and its conjuncts)."""
    clause = for_clause(verb)
    if clause is None:
        return []
    return [t for c in clause.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
