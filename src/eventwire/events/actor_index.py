"""The resolved actors of one parsed article, looked up by the tokens of their mentions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwire.records import Actor

Token = Any  # spacy.tokens.Token
Span = Any


@dataclass(frozen=True)
class ActorRef:
    actor: Actor
    span: tuple[int, int]  # character span of the mention in the article text
    token: int  # index of a token of the mention


def country_ref(country: str, token: Token) -> ActorRef:
    """The country ``country`` as named by the place word ``token`` (its text and span)."""
    return ActorRef(Actor(text=token.text, name=country, code=country, country=country),
                    (token.idx, token.idx + len(token.text)), token.i)


def country_unmentioned(country: str, text: str, token: int) -> ActorRef:
    """The country ``country`` read from an actor written ``text`` rather than named in the
    sentence (a doer's home, a place's country): no span of its own, at token ``token``."""
    return ActorRef(Actor(text=text, name=country, code=country, country=country), (-1, -1), token)


class ActorIndex:
    """The resolved actors of one parsed article, looked up by token."""

    def __init__(self, doc: Any, actors: dict[tuple[int, int], Actor]):
        self.by_token: dict[int, ActorRef] = {}
        for (start, end), actor in sorted(actors.items(), key=lambda kv: kv[0][1] - kv[0][0]):
            if actor is None or not (actor.code or actor.country):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                # The shortest mention covering a token wins ("China" inside "China's navy").
                self.by_token.setdefault(token.i, ActorRef(actor, (start, end), span.root.i))

    def at(self, token: Token) -> ActorRef | None:
        return self.by_token.get(token.i)

    def in_sentence(self, sent: Span) -> list[ActorRef]:
        seen: dict[tuple[int, int], ActorRef] = {}
        for token in sent:
            ref = self.by_token.get(token.i)
            if ref is not None:
                seen.setdefault(ref.span, ref)
        return list(seen.values())
