"""The owner of a judged act: "backed Noboa's crackdown on drug gangs" is support for Noboa.

Backing, condemning or rejecting an act named by a possessed event noun is an attitude toward
the act's doer, its possessor (PLOVER SUPPORT, ACCUSE, REJECT are aimed at an actor); whom the
act is done to ("on drug gangs") is not the target. A possessive pronoun ("its offensive")
says nothing new and is left to the usual reading.
"""

from __future__ import annotations

from typing import Any

from eventwire.events import find
from eventwire.events.find import ActorIndex, ActorRef
from eventwire.events.lexicon import Lexicon
from eventwire.events.trigger import noun_code

JUDGING_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


def act_owner(verb: Any, lexicon: Lexicon) -> Any:
    """The possessor token of the verb's direct object when that object names an act (an
    event noun of the lexicon) and the possessor is a name or noun, not a pronoun."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or not noun_code(obj, lexicon):
            continue
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ in {"PROPN", "NOUN"}:
            return owner
    return None


def owner_targets(owner: Any, index: ActorIndex, sent: Any, sources: list[ActorRef]) -> list[ActorRef] | None:
    """The act owner's actors as the targets; None when the owner names no actor or only the
    source's own side (backing one's own side's plan is no event between actors). Another
    sector of the same country is another side: "the opposition condemned the government's
    crackdown" is OPP against GOV."""
    found = [r for r in find.argument_actors(owner, index, sent) if all(r.span != s.span for s in sources)]
    if not found or all(_same_side(r, sources) for r in found):
        return None
    return found


def _same_side(ref: ActorRef, sources: list[ActorRef]) -> bool:
    # (a country named bare stands for all of its sectors)
    return any(ref.actor.code == s.actor.code or ref.actor.country == s.actor.country
               and not (ref.actor.sector and s.actor.sector) for s in sources)
