"""Evacuating one's own people: "Beijing evacuated more than 3,000 of its citizens".

CAMEO 2.0's default for "evacuate" is aid (070), and PLOVER's gold codes an evacuation of the
wounded or of civilians as AID ("humanitarian aid such as emergency assistance"). A state or a
firm taking its own citizens, staff or diplomats out of a country gives no one aid: CAMEO's own
patterns for it ("evacuate staff", "evacuate foreign citizens") are 160, relations reduced
with the country left (PLOVER SANCTION). The people moved are the doer's own, never the
target (``own_target``).
"""

from __future__ import annotations

from typing import Any

from eventwire.events.event_nouns import counted_nouns
from eventwire.events.find import DESTINATION_PREPS

EVACUATE_VERBS = frozenset({"evacuate", "airlift"})
OWN_WORDS = frozenset({"its", "their", "our", "his", "her", "own"})
OWN_PEOPLE = frozenset({
    "citizen", "national", "staff", "diplomat", "employee", "personnel", "worker", "expatriate",
    "compatriot", "embassy",
})  # fmt: skip
REDUCE_RELATIONS = "160"


def evacuation_code(verb: Any, lemma: str) -> str | None:
    """CAMEO 160 for one's own people evacuated, else None."""
    return REDUCE_RELATIONS if lemma in EVACUATE_VERBS and _own_people(verb) else None


def own_target(verb: Any, code: str | None) -> bool:
    """True when the evacuated, the verb's object, are the doer's own (they are no target)."""
    return code == REDUCE_RELATIONS and verb.lemma_.lower() in EVACUATE_VERBS and _own_people(verb)


def _own_people(verb: Any) -> bool:
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        for noun in counted_nouns(obj):
            if noun.lemma_.lower() in OWN_PEOPLE and any(c.lower_ in OWN_WORDS for c in noun.children if c.dep_ == "poss"):
                return True
    return False


def destination(token: Any) -> bool:
    """"evacuated its nationals by ship to Cyprus": the place they are taken to."""
    return token.dep_ == "pobj" and token.head.lower_ in DESTINATION_PREPS
