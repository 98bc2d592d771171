"""Helping an investigation: "Serbian police had helped the investigation".

CAMEO 2.0's default for "help" is aid (070), and its "help in inquiries" is the sharing of
information (064). Helping another party's investigation, inquiry or prosecution is judicial
cooperation: PLOVER's COOPERATE lists "cooperation on judicial matters, such as extraditions
and war crimes" (CAMEO 063 "engage in judicial cooperation"); the help benefits both sides'
law enforcement, where AID "primarily benefits the recipient".
"""

from __future__ import annotations

from typing import Any

HELP_VERBS = frozenset({"help", "assist", "aid"})  # ("supported the inquiry" backs it in words)
INQUIRY_NOUNS = frozenset({
    "investigation", "inquiry", "enquiry", "probe", "prosecution", "manhunt", "investigator",
    "prosecutor",
})  # fmt: skip
JUDICIAL_COOPERATION = "063"


def inquiry_code(verb: Any, lemma: str) -> str | None:
    """CAMEO 063 for help given to an investigation ("helped the investigation", "assisted
    with the inquiry"), else None."""
    if lemma not in HELP_VERBS:
        return None
    helped = [c for c in verb.children if c.dep_ == "dobj"]
    helped += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"with", "in"}
               for o in p.children if o.dep_ == "pobj"]
    if any(h.lemma_.lower() in INQUIRY_NOUNS for h in helped):
        return JUDICIAL_COOPERATION
    return None


# Sectors of those who run investigations (CAMEO agent codes: judiciary, police).
INVESTIGATORS = frozenset({"JUD", "COP"})


def inquiry_owner(verb: Any, code: str | None, speaker: Any, sources: list[Any]) -> Any | None:
    """Whose investigation was helped when the text names no owner: the investigator who
    reports the help ("the special prosecutor said Serbian police had helped the
    investigation"), when of another country than the helpers; else None."""
    if code != JUDICIAL_COOPERATION or speaker is None or speaker.actor.sector not in INVESTIGATORS:
        return None
    helped = [c for c in verb.subtree if c.lemma_.lower() in INQUIRY_NOUNS]
    if not helped or any(c.dep_ == "poss" for h in helped for c in h.children):
        return None  # ("helped Italy's investigation": the possessor is the target)
    mine = {s.actor.country for s in sources}
    return speaker if speaker.actor.country and speaker.actor.country not in mine else None
