"""Whom a complaint is about: "complained to the Security Council over Turkish shelling".

A complaint lodged with a third party (an IGO, a court: a body of no country) accuses whoever did what
the complaint is about, not the body it is lodged with: PLOVER and CAMEO code the accused as the
target (CAMEO 114 "complain officially"). The grievance is the "over"/"about"/"against" phrase
of the complaint verb; an actor it names ("Turkish shelling", "the raids by Iraqi jets") is the
target. An accusation with an object of its own ("accused Iraq over the raids") keeps it.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.find import ActorIndex, ActorRef

GRIEVANCE_PREPS = frozenset({"over", "about", "against", "at"})


COMPLAINT_NOUNS = frozenset({"complaint", "grievance", "protest"})


def _holders(verb: Any) -> list[Any] | None:
    """The words whose phrases may say what the complaint is about: the verb, and the noun of a
    complaint lodged ("lodged a complaint with the AU over ..."); None when the complaint is
    not addressed to a third party or has an object of its own ("accused Iraq over ...")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if not objects:
        return [verb] if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) else None
    nouns = [o for o in objects if o.lemma_.lower() in COMPLAINT_NOUNS]
    if len(nouns) != len(objects):
        return None
    holders = [verb, *nouns]
    addressed = any(c.dep_ == "prep" and c.lower_ in {"to", "with"} for h in holders for c in h.children)
    return holders if addressed else None


def _to_a_state(holders: list[Any], index: ActorIndex) -> bool:
    """Made to a state ("complained to Beijing about North Korean tests"): that state may be the
    one accused, so the addressee stays the target; only a body of no country (an IGO, a court)
    is a third party for certain."""
    return any((r := index.at(g)) is not None and r.actor.country
               for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
               for g in c.children if g.dep_ == "pobj")


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "appos"})


def _phrase(noun: Any) -> list[Any]:
    """The noun phrase's own words, without the clauses hung on it ("raids in which it said
    20 people were killed": who was killed is no party to the complaint)."""
    words, todo = [], [noun]
    while todo:
        t = todo.pop()
        words.append(t)
        todo += [c for c in t.children if c.dep_ not in _CLAUSES]
    return sorted(words, key=lambda t: t.i)


def grievance_parties(verb: Any, index: ActorIndex, sent: Any, sources: list[ActorRef]) -> list[ActorRef]:
    """The actors a complaint addressed to someone is about, other than its makers; [] if none."""
    holders = _holders(verb)
    if holders is None or _to_a_state(holders, index):
        return []
    taken = {s.span for s in sources} | {s.actor.country for s in sources if s.actor.country}
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in GRIEVANCE_PREPS:
            continue
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found = [r for t in _phrase(obj) if (r := index.at(t)) is not None and sent.start <= r.token < sent.end
                     and r.actor.country and r.span not in taken and r.actor.country not in taken]
            if found:
                return list({r.span: r for r in found}.values())
    return []


# Verbs of saying that accuse by themselves (PLOVER ACCUSE "allege"): "alleged that Y's call was
# improper" is aimed at the reported clause's doer: its subject and that subject's owner.
ALLEGING_VERBS = frozenset({"allege"})


def alleged_parties(verb: Any, index: ActorIndex, sent: Any, sources: list[ActorRef]) -> list[ActorRef]:
    """The actors named in the doer of what an allegation reports, other than its makers."""
    if verb.lemma_.lower() not in ALLEGING_VERBS:
        return []
    taken = {s.span for s in sources}
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        # a passive clause's doer first: "alleged that the fire was started by Y's agents"
        doers = [g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        for subj in doers + [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]:
            found = [r for t in _phrase(subj) if (r := index.at(t)) is not None and sent.start <= r.token < sent.end
                     and r.span not in taken]
            if found:
                return list({r.span: r for r in found}.values())
    return []


__all__ = ["alleged_parties", "grievance_parties"]
