"""A person the text calls a former office-holder is out of that office for the whole article.

"Forces loyal to South Sudan's former vice president Riek Machar ... Kiir has accused Machar of
attempting a coup": the knowledge base may hold an open-ended office for the person (Machar as
South Sudan's government from 2011), but the text says he no longer holds it. CAMEO's actor
codebook files former government officials as elites (ELI); a state office held on the day would
make the president's accusation of him an act within one side. The title sits before the name,
outside the name's own mention (``resolve.FORMER`` reads only the mention's words), so this pass
reads the name's left modifiers; the person's later mentions in the article are the same person.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.actors.kb import STATE_SECTORS
from eventwire.actors.resolve import FORMER
from eventwire.records import Actor


def _called_former(token: Any) -> bool:
    """Whether a name's title words before it say "former" ("former Prime Minister Nawaz
    Sharif"; "the former vice president Riek Machar", where the parser hangs the name on the
    title as an apposition)."""
    heads = [token] + ([token.head] if token.dep_ == "appos" and token.head.i < token.i else [])
    for head in heads:
        for left in head.lefts:
            if left.dep_ in {"compound", "amod", "nmod"} and any(t.lower_ in FORMER for t in left.subtree):
                return True
    return False


def former_titles(found: dict[tuple[int, int], Actor], roots: dict[tuple[int, int], int], doc_tokens: list[Any]) -> None:
    """Make a known person titled "former" in a state office an elite (ELI) of that country, in
    every mention of the article."""
    former: dict[str, Actor] = {}
    for span, i in sorted(roots.items()):
        actor = found[span]
        if not (actor.kb_id and actor.country and actor.sector in STATE_SECTORS and actor.name):
            continue
        if actor.kb_id not in former and _called_former(doc_tokens[i]):
            former[actor.kb_id] = actor
    if not former:
        return
    for span, actor in found.items():
        if actor.kb_id in former and actor.sector in STATE_SECTORS:
            found[span] = replace(actor, code=(actor.country or "") + "ELI", sector="ELI")
