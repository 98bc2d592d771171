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
# "pleaded with the administration to reconsider": the parser reads "with X to do Y" as a clause
# of its own too; whom one pleads with is whom one asks (general English).
PLEADING_VERBS = frozenset({"plead", "reason", "intercede"})
APPEAL = "020"


def for_clause(verb: Any) -> Any | None:
    """The "for X to do Y" clause of an appeal verb ("with X to do Y" of a pleading one), else None."""
    lemma = verb.lemma_.lower()
    marker = "for" if lemma in APPEAL_VERBS else "with" if lemma in PLEADING_VERBS else None
    if marker is None:
        return None
    for child in verb.children:
        if child.dep_ in {"advcl", "ccomp", "xcomp"} and child.pos_ == "VERB" \
                and any(c.dep_ == "mark" and c.lower_ == marker for c in child.children) \
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
