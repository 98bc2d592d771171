"""Whom a doer acts through is its own, not whom it acts on: the units it mobilises ("raised the
alert level of its forces"), the forces it commands ("the president ordered the army to ..."),
the envoys it sends ("Norway sent envoy X to meet Y"). Such an argument is the doer's means, so
it is dropped from the event's targets (read by ``antecedents.resolve_answers``)."""

from __future__ import annotations

from typing import Any

from eventwire.events.candidate import Candidate

# Verbs of sending someone (general English).
SENDING = frozenset({"send", "dispatch"})
# Verbs of command (general English): what a state commands its own forces to do.
COMMANDS = frozenset({"order", "instruct", "command", "direct", "tell"})


def drop_own_targets(cand: Candidate) -> None:
    """Leave out of ``cand``'s targets (in place) the doer's own units, forces and envoys."""
    if cand.plover and cand.plover[0] == "MOBILIZE" and cand.sources and cand.targets:
        # "raised the alert level of its forces", "moved its tanks": the units mobilised
        # are the doer's own, not whom the mobilisation is aimed at
        cand.targets = [t for t in cand.targets if not _own_units(t, cand.sources)]
    if cand.plover and cand.plover[0] == "REQUEST" and cand.sources and cand.trigger.lemma_.lower() in COMMANDS:
        # "the president ordered the army to ...": a command to the doer's own forces is
        # business within one state, not an appeal from one actor to another
        cand.targets = [t for t in cand.targets if not _own_forces(t, cand.sources)
                        and not _owned(cand.sent.doc[t.token])]
    if cand.sources and cand.targets and cand.trigger.lemma_.lower() in SENDING:
        # "Norway sent envoy X to meet Y", "sent its foreign minister to Kabul": whom a state
        # sends is its own, the means of the act, not whom the act is aimed at
        cand.targets = [t for t in cand.targets if not _compatriot(t, cand.sources)
                        and not _pronoun_owned(cand.sent.doc[t.token], t)
                        and not _sent_body(cand.sent.doc[t.token], t, cand.trigger)]


def _own_units(target: Any, sources: list[Any]) -> bool:
    """Forces of the doer's country, or forces no country names ("its forces", "troops")."""
    own = {s.actor.country for s in sources if s.actor.country}
    return target.actor.sector == "MIL" and (target.actor.country is None or target.actor.country in own)


def _compatriot(target: Any, sources: list[Any]) -> bool:
    """An actor of the doer's own country (its officials, envoys, troops)."""
    own = {s.actor.country for s in sources if s.actor.country}
    return target.actor.country in own and target.actor.sector is not None


def _pronoun_owned(token: Any, target: Any) -> bool:
    """"Britain and France sent their foreign ministers": a body of no country of its own, owned
    by a pronoun, is the senders' (the pronoun refers back to them)."""
    return target.actor.country is None and _owned(token)


def _sent_body(token: Any, target: Any, verb: Any) -> bool:
    """"China sent a delegation to the conference": a body of no country of its own that is what
    is sent (the verb's object) goes for the sender; whom it goes to is the "to" phrase. Left in,
    a later step gives it the country of the sentence's doer and the act turns on itself."""
    return target.actor.country is None and token.dep_ == "dobj" and token.head.i == verb.i


def _owned(token: Any) -> bool:
    """"Putin ordered his government to ...": whom one commands with a possessive pronoun is one's
    own (whatever country the resolver gave "his government")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def _own_forces(target: Any, sources: list[Any]) -> bool:
    """The army or police of the doer's own country, or of no country named ("ordered troops to")."""
    own = {s.actor.country for s in sources if s.actor.country}
    return target.actor.sector in {"MIL", "COP"} and (target.actor.country is None or target.actor.country in own)
