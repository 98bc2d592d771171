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


def officials_sent(verb: Any, lemma: str) -> str | None:
    """CAMEO 042 when the verb sends officials (its object), else None."""
    if lemma not in SENDING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and any(n.lemma_.lower() in OFFICIALS for n in counted_nouns(child)):
            return VISIT
    return None
