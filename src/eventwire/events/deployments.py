"""Deploying one's own military craft: "deployed warships and fighter jets to the islands".

CAMEO 2.0 has "deploy" only through the patterns of "send": "send warships to" is an intent to
give military aid (0332), "send &AIRCRAFT to" military cooperation (062). To deploy is to
position one's own forces; no recipient takes them. PLOVER's MOBILIZE covers "all military or
police moves, deployments" (mode troops: "mobilize armed personnel or units"; CAMEO 154
"mobilize or increase armed forces"). Peacekeepers deployed keep their pattern (074, AID),
and weapons handed over are "sent", not deployed (``trigger._munitions_sent``).
"""

from __future__ import annotations

from typing import Any

from eventwire.events import codes, find
from eventwire.events.event_nouns import counted_nouns
from eventwire.events.forces import DEPLOYABLE
from eventwire.events.lexicon import Lexicon

DEPLOY_VERBS = frozenset({"deploy", "redeploy", "station"})
MOBILIZE_FORCES = "154"


def deployed_code(verb: Any, lemma: str, lexicon: Lexicon, post: dict[str, int], pre: set[str]) -> str | None:
    """CAMEO 154 for armed craft or units deployed, when the dictionary's pattern for the phrase
    (``post``, ``pre``: ``lexicon.match_verb``'s words) makes it aid, an intent to give aid or
    cooperation; else None."""
    if lemma not in DEPLOY_VERBS:
        return None
    entries = lexicon.match_verb(lemma, post, pre)
    best_code = entries[0].code if entries else ""
    aid = (codes.to_plover(best_code) or ("",))[0] in {"AID", "COOPERATE"} or best_code.startswith("033")
    if not aid or best_code.startswith(("074", "0334")):  # (peacekeepers)
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            nouns = [*counted_nouns(child), *(c for c in child.children if c.dep_ == "conj")]
            if any(n.lemma_.lower() in DEPLOYABLE and not any(m.lemma_.lower().startswith("peace") for m in n.children)
                   for n in nouns):
                return MOBILIZE_FORCES
    return None


# Words that put a deployment after what prompted it ("after Chinese boats entered", "following
# incursions by rebels", "amid clashes with").
PROMPT_WORDS = frozenset({"after", "following", "amid", "over"})


def prompting_parties(verb: Any, index: Any, sent: Any, sources: list[Any]) -> list[Any]:
    """The foreign parties named in what prompted a mobilization ("deployed warships after
    Chinese boats entered its waters"): forces moved in answer to another party's act face that
    party (PLOVER MOBILIZE's recipient is whom the forces are moved against)."""
    mine = {s.actor.country for s in sources if s.actor.country}
    named: list[Any] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in PROMPT_WORDS:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                for noun in counted_nouns(obj):
                    named += find.argument_actors(noun, index, sent)
        elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in PROMPT_WORDS for m in child.children):
            named += [r for s in child.children if s.dep_ in find.SUBJ_DEPS for r in find.argument_actors(s, index, sent)]
    return [r for r in named if mine and r.actor.country and r.actor.country not in mine]
