"""Whom a demand to stop an act is aimed at when it names only the act.

"Saudi jets bombed Houthi positions ... Iran demanded an immediate halt to the strikes." A demand
for an end to an act (CAMEO 1246's counterpart: demand to de-escalate, PLOVER REQUEST) is made of
whoever does it; the sentence names only the act ("the strikes", "the fighting", "violence"), so a
careful coder reads its doer from the article, as for a judgement of "the attack"
(``antecedents._judged``): the latest earlier act of that kind, one the noun names first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwire.events.antecedents import ANAPHORIC_DETS, act_noun_kinds, earlier_acts, named_first

if TYPE_CHECKING:
    from eventwire.events.candidates import Candidate

# Nouns of stopping an act, and the prepositions that name the act stopped (general English):
# "an end to the fighting", "a halt to the strikes", "the cessation of hostilities".
HALTS = frozenset({"end", "halt", "stop", "cessation"})
HALTED = frozenset({"to", "of"})
# Nouns of armed conflict with no act noun of their own in the lexicon (general English).
HOSTILITIES = frozenset({"fighting", "hostility", "clash", "bombardment"})


def halted_act(trigger: Any) -> tuple[Any, set[str]] | None:
    """The act noun a demand asks to stop and the PLOVER types it names, else None: the object
    ("demanded an end to the strikes") or the object of "for" ("called for a halt to the
    fighting"); the act noun is definite ("the strikes") or bare ("violence")."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    for obj in objects:
        if obj.lemma_.lower() not in HALTS:
            continue
        for prep in obj.children:
            if prep.dep_ != "prep" or prep.lower_ not in HALTED:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                    continue
                dets = {c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}}
                if dets and not dets & ANAPHORIC_DETS:
                    continue  # "an end to its strikes", "an end to a war" name their own act or none
                if any(c.dep_ == "prep" and c.lower_ in {"by", "of"} for c in noun.children):
                    continue  # "an end to attacks by the regime": the act's own doer is named
                kinds = {"ASSAULT"} if noun.lemma_.lower() in HOSTILITIES else act_noun_kinds(noun)
                if kinds:
                    return noun, kinds
    return None


# Verbs of appeal (general English) and CAMEO's appeal (0256) and demand (1056) for de-escalation
# of military engagement: "called for an end to the fighting" appeals to the fighters; CAMEO 2.0's
# dictionary files "call for end" under 053 (rally support on behalf of), which asks no one.
APPEALS = {"call": "0256", "appeal": "0256", "urge": "0256", "press": "0256", "push": "0256", "demand": "1056"}


def retype_halt(cand: Candidate) -> None:
    """Type an appeal for an end to an act of force, read as support (05), as the appeal."""
    code = APPEALS.get(cand.trigger.lemma_.lower())
    if code is None or not (cand.code or "").startswith("05"):
        return
    found = halted_act(cand.trigger)
    if found is not None and found[1] & {"ASSAULT", "COERCE"}:
        cand.code = code
        cand.ambiguous = ()  # settled: no tie of the lexicon's patterns left for the classifier


def resolve_halt(cand: Candidate, ordered: list[Candidate], pos: int, sent_index: dict[int, int]) -> None:
    """Aim a demand (with no target) to stop an act at the doer of the latest earlier such act
    of the article, of another country than the demander's."""
    found = halted_act(cand.trigger)
    if found is None:
        return
    noun, kinds = found
    mine = {s.actor.country for s in cand.sources if s.actor.country}
    # an act one asks to stop is still going on: the article's conflict, however far back
    # its report is
    acts = named_first(earlier_acts(cand, kinds, ordered, pos, sent_index, back=len(sent_index)), [noun])
    for act in acts:
        doers = [s for s in act.sources if s.actor.country and s.actor.country not in mine]
        if doers:
            cand.targets = doers
            cand.extra["answers"] = act.trigger.i
            return
