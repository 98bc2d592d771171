"""Intentions: how an intended, conditional or refused act is coded.

PLOVER and CAMEO code a stated intention as its own event type: an intention to cooperate is
AGREE (CAMEO 03x), an intended or threatened act of force THREATEN (13x). The coder keeps the
act's own code while it finds the act's arguments (a visit's place, a deployment's destination
depend on the act) and gives the stored event its intention's code at the end.
"""

from __future__ import annotations

from eventwire.events import attributes, codes
from eventwire.events.candidate import Candidate


def apply_intent(code: str, modality: str, negated: bool) -> tuple[str, bool]:
    """A refused cooperation ("will not accept", "refused to withdraw") is a REJECT. An intended
    act keeps its own code while its arguments are found; ``coded_as`` gives the event its
    intention's code."""
    info = codes.to_plover(code)
    if info is None or modality not in {"intended", "hypothetical"}:
        return code, negated
    if negated and info[0] in codes.COOPERATIVE:
        return "120", False
    return code, negated


def coded_as(cand: Candidate) -> tuple[str | None, tuple[str, str | None, tuple[str, ...]] | None]:
    """(CAMEO code, PLOVER info) of the event: an intended or conditional act as PLOVER and CAMEO
    code it, an intention to cooperate AGREE (CAMEO 03x: "will hold talks" 036, "offered its
    troops" 033) and one of force THREATEN (13x), as is any act its doer threatens or warns of
    ("warned it would withdraw as mediator"). ``modality`` still says it was intended."""
    if cand.plover is None or cand.negated or cand.modality not in {"intended", "hypothetical"}:
        return cand.code, cand.plover
    threat = attributes.threatened(cand.trigger)
    code = codes.threat_code(cand.code) if threat else codes.intent_view(cand.plover[0], cand.code, cand.modality, False)[1] or cand.code
    return code, codes.to_plover(code) or cand.plover


# "Did not accept the offer", "has not accepted the plan": an acceptance denied is a refusal
# (CAMEO 12, PLOVER REJECT), as "will not accept" is above; other cooperation denied ("did not
# meet") only did not happen.
REFUSED_BY_DENIAL = frozenset({"accept"})
REFUSE = "120"


def denied_acceptance(cand: Candidate) -> bool:
    """A negated, stated (not intended) acceptance: a rejection."""
    return (cand.negated and cand.modality in {"asserted", "reported"}
            and cand.trigger.lemma_.lower() in REFUSED_BY_DENIAL)
