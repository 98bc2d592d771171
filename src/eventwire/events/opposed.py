"""Whom doers named for their opposition act against: "anti-Japanese protesters marched",
"anti-American demonstrators burned flags" protest Japan and the United States (PLOVER
PROTEST's recipient). The resolver gives such a phrase no country of the one it opposes
(actors/mentions.py), so the country is read here from the "anti-" word itself."""

from __future__ import annotations

from typing import Any

from eventwire.events.find import ActorRef

OPPOSING = "anti"


def opposed_country(token: Any) -> ActorRef | None:
    """The country an "anti-" modifier of ``token``'s phrase names, as a party; None when there
    is none or it names no country ("anti-government", "anti-war")."""
    from eventwire.actors import get_resolver

    doc = token.doc
    for i in range(token.left_edge.i, token.i):
        word = doc[i]
        if word.lower_ == OPPOSING and i + 2 <= token.i and doc[i + 1].text == "-":
            named = doc[i + 2]
            text, start = named.text, named.idx
        elif word.lower_.startswith(OPPOSING + "-") and len(word.text) > len(OPPOSING) + 1:
            named = word
            text, start = word.text[len(OPPOSING) + 1 :], word.idx + len(OPPOSING) + 1
        else:
            continue
        if not text[:1].isupper():
            continue
        actor = get_resolver().resolve_text(text)
        if actor is not None and actor.country and not actor.sector:
            return ActorRef(actor, (start, start + len(text)), named.i)
    return None
