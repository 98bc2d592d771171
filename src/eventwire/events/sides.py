"""Whom "both sides" names: the two parties the article has reported on so far.

"Armenian and Azerbaijani forces exchanged fire ... The European Union urged both sides to
return to talks." A coder reads "both sides" ("both leaders", "the two governments") as the
pair of countries of the article's conflict or deal: the pair that earlier predicates of the
article join most often, the lead's counted twice (the latest on a tie), other than a pair
including the speaker's own country. The phrase names no actor of its own, so without it the
event has no target. "The three countries" names the latest earlier doers of as many countries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwire.events import find
from eventwire.events.mutuality import is_venue, mutual

if TYPE_CHECKING:
    from eventwire.events.candidate import Candidate
    from eventwire.events.find import ActorRef

# Nouns that "both"/"the two" make a pair of parties (general English).
PAIR_NOUNS = frozenset({
    "side", "party", "leader", "government", "country", "nation", "state", "neighbour", "neighbor",
    "rival", "camp", "capital", "delegation", "foe", "adversary", "belligerent",
})  # fmt: skip


STATE = frozenset({"GOV", "MIL", "LEG"})
# "offered to help mediate": mediation (CAMEO 045) and its offer (039) are between two parties.
MEDIATION = frozenset({"045", "039"})


def pair_noun(token: Any) -> bool:
    """"both sides", "both governments", "the two leaders"."""
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() not in PAIR_NOUNS:
        return False
    kids = {(c.dep_, c.lower_) for c in token.children}
    both = any(dep in {"det", "predet", "preconj"} and word == "both" for dep, word in kids)
    two = ("nummod", "two") in kids and ("det", "the") in kids
    # "called on all sides to refrain from violence": the parties of the article's conflict
    every = ("det", "all") in kids and token.tag_ == "NNS" and token.lemma_.lower() in ALL_NOUNS
    return both or two or every


# Nouns that "all" makes the parties of a conflict ("all sides", "all parties"), not "all
# countries" or "all leaders", which name more than a conflict's two sides.
ALL_NOUNS = frozenset({"side", "party"})


NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def group_size(token: Any) -> int:
    """How many parties "the three countries" ("the four governments") names; 0 for none."""
    if token is None or token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in PAIR_NOUNS:
        return 0
    kids = {(c.dep_, c.lower_) for c in token.children}
    if ("det", "the") not in kids:
        return 0
    return next((NUMBERS[word] for dep, word in kids if dep == "nummod" and word in NUMBERS), 0)


def named_group(token: Any) -> bool:
    """"the Baltic governments", "the Gulf states": plural states a regional name qualifies,
    which a report uses for the several countries it has named acting together (not "other
    European governments", more than those named)."""
    if token is None or token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in PAIR_NOUNS:
        return False
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(c.lower_ in {"other", "all", "some"} for c in kids):
        return False
    return any(c.dep_ in {"amod", "compound"} and (c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "LOC", "GPE"}) for c in kids)


def _group_of(before: list[Candidate], size: int) -> list[ActorRef]:
    """The latest earlier doers of as many countries as "the three countries" counts (of two or
    more for a ``size`` of 0), one actor each: "Estonia, Latvia and Lithuania expelled ... The
    three countries asked NATO"."""
    for cand in reversed(before):
        if cand.plover is None or cand.negated:
            continue
        by_country: dict[str, ActorRef] = {}
        for ref in cand.sources:
            if ref.actor.country:
                by_country.setdefault(ref.actor.country, ref)
        if by_country and len(by_country) == len(cand.sources) and (len(by_country) == size or not size and len(by_country) > 1):
            return list(by_country.values())
    return []


def _vague(refs: list[ActorRef]) -> bool:
    return all(not r.actor.country and not (r.actor.code or "").startswith("IGO") for r in refs)


def _state(ref: ActorRef) -> bool:
    return (ref.actor.sector or "GOV") in STATE


def _pair_of(before: list[Candidate], own: set[str]) -> list[ActorRef]:
    """The two parties most often joined by the earlier candidates, one actor each: two
    countries, or two sides of one country ("Sudan's army and the Rapid Support Forces")."""
    counts: dict[frozenset[str], int] = {}
    latest: dict[frozenset[str], int] = {}
    refs: dict[str, ActorRef] = {}
    lead = min((c.sent.start for c in before), default=-1)
    for k, cand in enumerate(before):
        if cand.plover is None or cand.negated:
            continue  # only what the article reports as done joins two parties
        # a country named only as the venue is no party ("signed a ceasefire in the Ethiopian
        # capital"), as code.to_events reads it
        targets = [t for t in cand.targets if not is_venue(t, cand.trigger)]
        if targets:
            pairs = [(s, t) for s in cand.sources for t in targets]
        elif len(cand.sources) > 1 and mutual(cand):
            pairs = [(s, t) for s in cand.sources for t in cand.sources]  # "A and B agreed"
        else:
            continue  # "Saudi Arabia and the United States said": co-speakers, not two sides
        for ref in cand.sources + cand.targets:
            # each side as a state where the article names it so ("the Rwandan government"),
            # not as one of its groups ("M23 rebels")
            held = refs.get(ref.actor.country) if ref.actor.country else None
            if ref.actor.country and (held is None or _state(ref) or not _state(held)):
                refs[ref.actor.country] = ref
            if ref.actor.code:
                refs[ref.actor.code] = ref
        for s, t in pairs:
            key = _key(s, t)
            if key is None or key & own:
                continue
            # the lead's pair counts twice: the report is about the conflict its lead names
            # ("Djibouti accused Eritrea ...", then "Djibouti and Eritrea sided with Saudi Arabia")
            counts[key] = counts.get(key, 0) + (2 if cand.sent.start == lead else 1)
            latest[key] = k
    if not counts:
        return []
    best = max(counts, key=lambda key: (counts[key], latest[key]))
    return [refs[c] for c in sorted(best, key=lambda c: refs[c].token)]


def _elsewhere(targets: list[ActorRef], objects: list[Any]) -> bool:
    """Whether no target is in the pair noun's phrase: "urged the two sides to ..., and the OAS
    chief, X, said": a target the parser hung on the predicate from another clause is not whom
    "the two sides" names ("both the government and the opposition" names its own)."""
    inside = {t.i for o in objects if pair_noun(o) for c in (o, *o.conjuncts) for t in c.subtree}
    return not any(t.token in inside for t in targets)


def pair_subject(cand: Candidate) -> Any:
    """The subject of ``cand``'s predicate, or of the verb it is the complement of ("the two
    countries also agreed to [hold] joint exercises": the doers of the complement's act too)."""
    subj = cand.extra.get("subject")
    if pair_noun(subj):
        return subj
    head = cand.trigger
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    if head is cand.trigger:
        return subj
    return next((c for c in head.children if c.dep_ == "nsubj"), subj)


def _key(s: ActorRef, t: ActorRef) -> frozenset[str] | None:
    """Two countries, or two sides of one country by their codes; None for one party."""
    a, b = s.actor.country, t.actor.country
    if not a or not b:
        return None
    if a != b:
        return frozenset({a, b})
    if s.actor.sector and t.actor.sector and s.actor.code and t.actor.code and s.actor.code != t.actor.code:
        return frozenset({s.actor.code, t.actor.code})
    return None


def resolve_sides(candidates: list[Candidate]) -> None:
    """Give a predicate whose target (or subject) is "both sides" the article's two parties."""
    ordered = sorted(candidates, key=lambda c: c.trigger.i)
    for cand in ordered:
        if cand.extra.get("sides"):
            continue
        trigger = cand.trigger
        # the object ("urged both sides", "invited the two governments"), not a place phrase
        # ("leaving several troops on both sides with minor injuries")
        objects = [o for o in find.objects(trigger, depth=0) if o.dep_ in {"dobj", "dative"}
                   or o.dep_ == "pobj" and o.head.lower_ in {"to", "with", "against", "on", "upon", "between"}]
        # "offered to host talks between the two sides": the parties of the talks
        # (or of the verb it offers: "offered to host talks between the two governments")
        hosted = [o for x in trigger.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "dobj"]
        objects += [g for o in objects + hosted if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"
                    and p.lower_ == "between" for g in p.children if g.dep_ == "pobj" and pair_noun(g)]
        if any(pair_noun(o) for o in objects):
            # coordinated doers acting on "both sides" act on a pair of others, never on each
            # other, whether or not the article has named the pair
            cand.reciprocal = False
        before = [c for c in ordered if c.sent.start < cand.sent.start]
        if not before:
            continue
        own = {k for s in cand.sources for k in (s.actor.country, s.actor.code) if k}
        # mediating, or offering to (CAMEO 045, 039), with no one named is between the two sides
        mediation = not cand.targets and (cand.code or "") in MEDIATION
        if mediation or (not cand.targets or _vague(cand.targets) or _elsewhere(cand.targets, objects)) and any(pair_noun(o) for o in objects):
            pair = _pair_of(before, own)
            if pair:
                cand.targets = pair
                cand.extra["sides"] = True
        subj = pair_subject(cand)
        if (not cand.sources or _vague(cand.sources)) and ((size := group_size(subj)) or named_group(subj)):
            group = _group_of(before, size)
            if group:
                cand.sources = group
                cand.extra["sides"] = True
        sized = [n for o in objects if (n := group_size(o)) or named_group(o)]
        if (not cand.targets or _vague(cand.targets)) and sized:
            group = _group_of(before, sized[0])
            if group:
                cand.targets = group
                cand.extra["sides"] = True
        if (not cand.sources or _vague(cand.sources)) and pair_noun(subj):
            pair = _pair_of(before, {k for t in cand.targets for k in (t.actor.country, t.actor.code) if k})
            if pair:
                cand.sources = pair
                cand.extra["sides"] = True
