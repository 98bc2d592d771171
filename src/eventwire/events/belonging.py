"""Whose a vague participant is, by its own phrase: "a delegation led by the Kenyan foreign
minister" is Kenya's, "rebels led by the Houthis" are the Houthis' side, "a delegation from the
European Union" is the EU's. The resolver codes the head noun alone ("delegation" GOV, no
country); without its owner the participant is too vague to make an event
(``context.complete``)."""

from __future__ import annotations

from typing import Any

from eventwire.events.find import ActorIndex, ActorRef

# Participles whose agent is whom the group belongs to: its leader.
LEADING_VERBS = frozenset({"lead", "head", "command"})
# International actors have no country: their code is their identity (IGO, NGO, IMG).
INTERNATIONAL = ("IGO", "NGO", "IMG")


def phrase_owner(token: Any, index: ActorIndex) -> ActorRef | None:
    """The actor a vague participant's own phrase names as its owner: the agent of a leading
    participle (any actor with a country or an international one), or an international actor
    after "from"/"of" (a country there is ``context._phrase_place``'s)."""
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in LEADING_VERBS:
            for by in (c for c in child.children if c.dep_ == "agent"):
                for obj in (c for c in by.children if c.dep_ == "pobj"):
                    ref = index.at(obj)
                    if ref is not None and (ref.actor.country or international(ref)):
                        return ref
        if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                ref = index.at(obj)
                if ref is not None and not ref.actor.country and international(ref):
                    return ref
    return None


def international(ref: ActorRef) -> bool:
    return (ref.actor.code or "").upper().startswith(INTERNATIONAL)
