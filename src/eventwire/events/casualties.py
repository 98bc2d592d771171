"""Casualty-led reports: "At least 12 soldiers were killed when militants attacked their base",
"Five civilians died when Russian shells hit a market in Kharkiv".

PLOVER's ASSAULT has the attacker as actor and "the target of the attack" as recipient; CAMEO
codes the killing of people (19x) with the victims as target. A report that leads with its dead
tells one event in two clauses: the main clause names the victims but not who harmed them (an
agentless passive, or "died"), and a "when" clause names the doer, with its act aimed at a
thing or a place ("their positions", "a base", "the group's clinic") or at no one. Read apart, the main clause has no
source and the clause's act no target; read together, the clause's act is aimed at the victims.
A "when" clause whose verb the lexicon has no code for ("hit") but whose subject is a weapon
("Russian shells") names who caused the deaths: the harm is that weapon's owner's act.
"""

from __future__ import annotations

from typing import Any

from eventwire.actors.passes import POSSESSIVE_PRONOUNS
from eventwire.events.candidate import Candidate
from eventwire.events.targets import is_munition

# Subordinators of a clause that tells how the victims came to harm (general English).
WHEN = frozenset({"when", "as", "after"})
# Prepositions of the place where the act happened ("hit a clinic in Aleppo").
PLACE_PREPS = frozenset({"in", "near", "at", "outside", "inside"})
# The act the clause tells: an attack or an act of force (PLOVER ASSAULT, COERCE).
FORCE = frozenset({"ASSAULT", "COERCE"})


def _how_clauses(harm: Any) -> list[Any]:
    """The "when"/"as"/"after" clauses of a harm verb: "were killed when X attacked Y"."""
    return [c for c in harm.children if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"}
            and any(g.dep_ in {"mark", "advmod"} and g.lower_ in WHEN for g in c.children)]


def _unowned(target: Any, doc: Any) -> bool:
    """A thing or a kind of people whose owner the resolver does not know ("a school"), or one
    a possessive says is the victims' own ("their base", "the group's hospital"): no party of
    its own, where the victims name one."""
    theirs = any(c.dep_ == "poss" and (c.lower_ in POSSESSIVE_PRONOUNS or c.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ == "the" for d in c.children)) for c in doc[target.token].children)
    return theirs or not target.actor.country and len(target.actor.code or "") <= 3


def _where(target: Any, act: Any) -> bool:
    """A target named in the place of the act ("hit a hospital in the northern Afghan city of
    Kunduz"): where the victims were, not another party."""
    heads = [act, *(c for c in act.children if c.dep_ == "dobj")]
    return any(target.token in {t.i for t in p.subtree} for h in heads for p in h.children
               if p.dep_ == "prep" and p.lower_ in PLACE_PREPS)


def resolve_casualties(candidates: list[Candidate]) -> None:
    """Give the act of a "when" clause the victims of its main clause as target (in place), or
    the victims' harm the owner of the weapon the clause names as source."""
    by_token = {c.trigger.i: c for c in candidates}
    for harm in candidates:
        if harm.sources or not harm.targets or harm.negated or not (harm.plover and harm.plover[0] == "ASSAULT"):
            continue
        for clause in _how_clauses(harm.trigger):
            act = by_token.get(clause.i)
            if act is None or act.negated or not act.sources:
                continue
            doers = {s.actor.code for s in act.sources}
            victims = [t for t in harm.targets if t.actor.code not in doers]  # "militants died when they attacked"
            if act.plover and act.plover[0] in FORCE and all(_unowned(t, harm.sent.doc) or _where(t, clause) for t in act.targets) and victims:
                act.targets = victims
            elif act.plover is None and any(c.dep_ == "nsubj" and is_munition(c) for c in clause.children) and victims:
                harm.sources = list(act.sources)
                harm.targets = victims
            break
