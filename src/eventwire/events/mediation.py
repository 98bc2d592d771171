"""Mediation named by a participle on the talks or deal: "agreed to a ceasefire after talks
brokered by Russia", "under the accord, brokered by the United Nations with the help of Russia
and Iran, the opposition will ...".

CAMEO 045 (PLOVER CONSULT) is mediating between parties: the mediator, the participle's agent,
acts on the parties of the talks, who are the doers of the clause the talks or deal belong to
(those who agreed after the talks, those who gain under the accord). Those who help the
mediator ("with the help of Russia and Iran") mediate with it.
"""

from __future__ import annotations

from typing import Any

from eventwire.events import find
from eventwire.events.find import ActorIndex, ActorRef

MEDIATE_VERBS = frozenset({"broker", "mediate"})
HELP_NOUNS = frozenset({"help", "support", "assistance", "backing", "participation"})


def mediated_parties(verb: Any, index: ActorIndex, sent: Any, sources: list[ActorRef]) -> list[ActorRef]:
    """The parties of talks or a deal a participle says were mediated ("talks brokered by X"):
    the subjects of the clause the noun belongs to; [] for any other verb."""
    if verb.lemma_.lower() not in MEDIATE_VERBS or verb.dep_ != "acl":
        return []
    noun = verb.head
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if holder.pos_ not in {"VERB", "AUX"} or holder.i == noun.i:
        return []
    taken = {s.span for s in sources}
    return [r for s in holder.children if s.dep_ in find.SUBJ_DEPS
            for r in find.argument_actors(s, index, sent) if r.span not in taken]


def co_mediators(verb: Any, index: ActorIndex, sent: Any) -> list[ActorRef]:
    """Those a mediation verb says helped ("brokered by the UN with the help of Russia")."""
    if verb.lemma_.lower() not in MEDIATE_VERBS:
        return []
    return [r for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for noun in prep.children if noun.dep_ == "pobj" and noun.lemma_.lower() in HELP_NOUNS
            for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
            for obj in of.children if obj.dep_ == "pobj"
            for r in find.argument_actors(obj, index, sent)]
