"""The candidate record: a predicate (a verb or an event noun) with the actors on either side,
its type and its attributes, as ``eventwire.events.candidates`` finds it and
``eventwire.events.code`` turns it into events; and whether a predicate is a main clause's."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventwire.events import codes
from eventwire.events.find import ActorRef


@dataclass
class Candidate:
    sent: Any
    trigger: Any
    sources: list[ActorRef]
    targets: list[ActorRef]
    code: str | None = None
    how: str = ""
    ambiguous: tuple[str, ...] = ()
    negated: bool = False
    modality: str = "asserted"
    speaker: str | None = None
    reciprocal: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def plover(self) -> tuple[str, str | None, tuple[str, ...]] | None:
        return codes.to_plover(self.code) if self.code else None


def is_main(token: Any) -> bool:
    """A predicate of a main clause: the root, coordinated with it, or the reported clause."""
    for _ in range(4):
        if token.dep_ == "ROOT":
            return True
        if token.dep_ in {"conj", "ccomp", "xcomp"} or token.dep_ == "parataxis":
            token = token.head
            continue
        return False
    return False
