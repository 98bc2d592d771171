"""A deadline to leave: "gave the commission 24 hours to leave the country".

CAMEO 2.0 reads "give" with a time and a purpose as an ultimatum (139, PLOVER THREATEN: "a
final warning ... the rejection of which carries the risk of some form of retaliation"). A
deadline to leave offers no choice whose rejection is risked: it is the expulsion itself, with
its date. PLOVER's SANCTION expel is "permanently or temporarily expel an entity from a group,
organization, political party, or country" (CAMEO 166 "expel or withdraw"); people told to
leave are deported (CAMEO 174 "expel or deport individuals", PLOVER COERCE). An ultimatum to
do anything else ("gave the rebels 48 hours to lay down their arms") stays one.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.people import is_person

GIVE_VERBS = frozenset({"give", "grant", "allow"})
LEAVE_VERBS = frozenset({"leave", "depart", "quit", "exit", "vacate"})
# Nouns of a span of time ("24 hours", "a week", "until Friday").
TIME_NOUNS = frozenset({"hour", "day", "week", "month", "minute", "deadline"})
EXPEL = "166"
DEPORT = "174"


# Expelling people who are no envoys is deporting them ("expelled thousands of ethnic
# Albanians", "expelled 300 migrants"); envoys expelled are relations cut, and members expelled
# from a party or body are out of the group (166, SANCTION).
EXPEL_VERBS = frozenset({"expel"})
ENVOYS = frozenset({
    "diplomat", "ambassador", "envoy", "consul", "attache", "official", "staff", "observer", "inspector",
    "member", "leader", "delegate", "representative",
})  # fmt: skip


def expulsion_code(verb: Any, lemma: str) -> str | None:
    """CAMEO 166 (174 for people) for a deadline given to leave, or 174 for people other than
    envoys expelled; else None."""
    if lemma in EXPEL_VERBS:
        told = [c for c in verb.children if c.dep_ == "dobj"]
        named = [g for c in told for g in (c, *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                                for o in p.children if o.dep_ == "pobj"))]
        if told and all(is_person(c) and c.ent_type_ not in {"ORG", "GPE"} for c in told) \
                and not any(g.lemma_.lower() in ENVOYS for g in named):
            return DEPORT
        return None
    if lemma not in GIVE_VERBS:
        return None
    told = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.lemma_.lower() not in TIME_NOUNS]
    if not told or not _deadline(verb):
        return None
    return DEPORT if all(is_person(c) for c in told) else EXPEL


def _deadline(verb: Any) -> bool:
    """A span of time given and a "to leave" purpose, on the verb or on its time noun."""
    times = [c for c in verb.children if c.lemma_.lower() in TIME_NOUNS or c.dep_ == "prep" and c.lower_ == "until"]
    if not times:
        return False
    for head in [verb, *times]:
        for c in head.children:
            if c.dep_ in {"advcl", "relcl", "xcomp", "acl"} and c.lemma_.lower() in LEAVE_VERBS and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return True
    return False
