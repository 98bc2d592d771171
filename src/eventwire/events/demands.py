"""A request named by a noun: "renewed its demand that Israel ease restrictions".

News often states a request as a light verb and a request noun ("repeated its call", "issued an
appeal") whose content follows as a that-clause. The parser hangs that clause on the verb (where
a speech verb makes it look like reported speech: "reiterated ... that Israel ease") or on the
noun. Either way it is what is asked, like "urged China to cease": the request is the event, the
clause's subject is its target, and the clause itself is no event. So is a demand "insisted"
("insisted that Pyongyang allow inspectors back"; CAMEO 2.0's default for INSIST is 100).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from eventwire.events import codes
from eventwire.events.lexicon import Lexicon
from eventwire.events.rebuttals import DEMAND_CLAIM_VERBS, demanded
from eventwire.events.trigger import noun_code

# Verbs that only state, repeat or deliver the request their object names.
LIGHT = frozenset({
    "make", "issue", "renew", "repeat", "reiterate", "restate", "reaffirm", "voice", "send",
    "deliver", "press", "step", "put", "lodge", "submit", "express", "echo",
})  # fmt: skip


INSIST = "100"  # CAMEO "make a demand", INSIST's default in CAMEO 2.0


class Demand(NamedTuple):
    noun: Any  # the request noun ("demand"), or the verb of insisting
    code: str  # its CAMEO code
    clause: Any | None  # the verb of the that-clause saying what is asked, if any


def _that_clause(token: Any) -> Any | None:
    for child in token.children:
        if child.dep_ in {"ccomp", "acl"} and child.pos_ in {"VERB", "AUX"} and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in child.children
        ):
            return child
    return None


def demand_of(verb: Any, lexicon: Lexicon) -> Demand | None:
    """The request a light verb's direct object names, with the clause saying what is asked; or
    the demand a verb of insisting makes with its that-clause."""
    if verb.lemma_.lower() in DEMAND_CLAIM_VERBS:
        clause = _that_clause(verb)
        return Demand(verb, INSIST, clause) if clause is not None and demanded(clause) else None
    if verb.lemma_.lower() not in LIGHT:
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
            continue
        code = noun_code(obj, lexicon)
        plover = codes.to_plover(code) if code else None
        if plover is None or plover[0] != "REQUEST":
            continue
        return Demand(obj, code, _that_clause(obj) or _that_clause(verb))
    return None


__all__ = ["LIGHT", "Demand", "demand_of"]
