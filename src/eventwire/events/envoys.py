"""Officials sent to another government: a visit (CAMEO 042, PLOVER CONSULT).

CAMEO 2.0 codes "send envoy", "send delegation" and "send &POLICYMAKER" as making a visit (042);
its synsets leave out the plain "officials", "diplomats", "negotiators" a report sends ("India sent
two senior officials to Colombo for talks"), and the verb alone codes nothing. Whom they are sent
to (the host named by the place or "talks with") is the target.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.event_nouns import counted_nouns

SENDING_VERBS = frozenset({"send", "dispatch"})
# Nouns of people who act for a government abroad (general English), as CAMEO's own patterns.
OFFICIALS = frozenset({
    "official", "envoy", "diplomat", "minister", "delegation", "delegate", "negotiator", "emissary",
    "representative", "adviser", "advisor", "mediator",
})  # fmt: skip
VISIT = "042"
# Groups sent on an errand: with officials' words ("a negotiating team", "a team of diplomats")
# they visit; otherwise they go to help ("surveillance teams", "a team of disease specialists").
TEAMS = frozenset({"team", "mission"})
TALKS_WORDS = frozenset({"negotiating", "negotiate", "talks", "diplomatic", "peace", "trade", "government", "ministerial", "official"})
AID = "070"
# CAMEO 2.0 codes "send team", "send mission", "send foreign minister" and "fly to" as an intent
# to meet (036, PLOVER AGREE); but whom a state sends has gone, the visit or the help is done.
INTENT_TO_MEET = "036"


def officials_sent(verb: Any, lemma: str) -> str | None:
    """CAMEO 042 when the verb sends officials (its object), 070 when it sends a team of others
    (helpers), else None."""
    if lemma not in SENDING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        nouns = counted_nouns(child)
        if any(n.lemma_.lower() in OFFICIALS for n in nouns):
            return VISIT
        for noun in (n for n in nouns if n.lemma_.lower() in TEAMS):
            words = {w for c in noun.subtree if c.i != noun.i for w in (c.lemma_.lower(), c.lower_)}
            return VISIT if words & (TALKS_WORDS | OFFICIALS) else AID
    return None


def fulfilled_intent(code: str | None, verb: Any, lemma: str) -> str | None:
    """The visit or the help ``officials_sent`` finds where CAMEO 2.0's pattern says only an
    intent to meet (036): "sent their foreign ministers to Colombo", "sent surveillance teams
    to Nigeria"."""
    return officials_sent(verb, lemma) if code == INTENT_TO_MEET else None
