"""Whose accusation (demand, proposal...) a rejection answers when the text says "the accusation".

"Norway accused Russia of jamming GPS signals. Russia's embassy in Oslo rejected the
accusation." PLOVER's REJECT has the rejecter as actor and "the target of the rejection" as
recipient: whoever made the accusation. A careful coder reads it from the sentence before; the
sentence itself names no one (the embassy's city is not the accuser). A definite claim noun
("the accusation", "these allegations", "the demand") as the rejection's object refers back to
the latest earlier event of the matching type aimed at the rejecter's country; its doer is the
target. With no such event in the article the rejection keeps what its own sentence gives.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.candidates import Candidate

# Claim nouns and the PLOVER types of the events they refer back to (general English).
CLAIMS = {
    "accusation": {"ACCUSE"}, "allegation": {"ACCUSE"}, "charge": {"ACCUSE"}, "claim": {"ACCUSE"},
    "criticism": {"ACCUSE"}, "condemnation": {"ACCUSE"}, "complaint": {"ACCUSE"},
    "demand": {"REQUEST"}, "request": {"REQUEST"}, "call": {"REQUEST"}, "appeal": {"REQUEST"},
    "ultimatum": {"THREATEN", "REQUEST"}, "proposal": {"AGREE", "REQUEST"}, "offer": {"AGREE"},
    "plan": {"AGREE", "REQUEST"},
}  # fmt: skip
ANAPHORIC_DETS = frozenset({"the", "this", "these", "that", "those", "such"})
ANSWERS = frozenset({"REJECT"})
MAX_SENTENCES_BACK = 6


def claim_object(trigger: Any) -> set[str] | None:
    """The types a definite claim noun object of ``trigger`` refers back to, else None."""
    for child in trigger.children:
        if child.dep_ not in {"dobj", "nsubjpass"}:
            continue
        kinds = CLAIMS.get(child.lemma_.lower())
        if kinds is None:
            continue
        dets = {c.lower_ for c in child.children if c.dep_ == "det"}
        owned = any(c.dep_ in {"poss", "prep"} and c.lower_ in {"of", "by"} or c.dep_ == "poss" for c in child.children)
        if dets & ANAPHORIC_DETS and not owned:
            return kinds
    return None


def resolve_answers(candidates: list[Candidate]) -> None:
    """Give a rejection of "the accusation" the accuser of the rejecter as its target (in place)."""
    ordered = sorted(candidates, key=lambda c: c.trigger.i)
    sent_index = {}
    for cand in ordered:
        sent_index.setdefault(cand.sent.start, len(sent_index))
    for pos, cand in enumerate(ordered):
        if not (cand.plover and cand.plover[0] in ANSWERS and cand.sources) or cand.negated:
            continue
        kinds = claim_object(cand.trigger)
        if kinds is None:
            continue
        mine = {s.actor.country for s in cand.sources if s.actor.country}
        here = sent_index[cand.sent.start]
        for earlier in reversed(ordered[:pos]):
            if earlier.sent.start == cand.sent.start or here - sent_index[earlier.sent.start] > MAX_SENTENCES_BACK:
                continue
            if not (earlier.plover and earlier.plover[0] in kinds) or earlier.negated or not earlier.sources:
                continue
            # "A and B accused each other": each is the other's target
            aimed = earlier.targets or (earlier.sources if len(earlier.sources) > 1 else [])
            if mine & {t.actor.country for t in aimed if t.actor.country}:
                accusers = [s for s in earlier.sources if s.actor.country not in mine]
                if accusers:
                    cand.targets = accusers
                    cand.extra["answers"] = earlier.trigger.i
                    break
