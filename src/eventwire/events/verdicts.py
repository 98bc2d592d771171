"""A judgement told as a copula: "the UN rights chief said the attack was inexcusable".

"X called the attack unacceptable" is coded by the lexicon's naming patterns (CAMEO 111
"criticize or denounce", with the names "unacceptable", "illegal", "barbaric"...) and its target
is the attack's doer (``antecedents``). Said with a copula, the same judgement is a statement
whose reported clause names the act and the name given it: "said the attack was unacceptable",
"said the shelling was a war crime". CAMEO codes the same criticism (111, PLOVER ACCUSE),
aimed at whoever did the act the definite noun refers back to. With no such earlier act in the
article the statement stays a statement.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventwire.events import codes
from eventwire.events.antecedents import ANAPHORIC_DETS, act_noun_kinds, earlier_acts, named_first
from eventwire.events.attributes import SPEECH
from eventwire.events.candidate import Candidate

CRITICISE = "111"
LEDE = 1  # the last index of a report's first sentences with acts (a headline is skipped)
# The verb whose naming patterns give the names that criticise ("called it unacceptable").
NAMING = "call"
# Crimes an act is named (CAMEO 1121 "accuse of crime", 1124 "accuse of war crimes"): "said the
# shelling was a war crime".
CRIMES = frozenset({"crime", "atrocity", "genocide"})
PREPOSITIONS = frozenset({"for", "on", "upon", "up", "as", "off", "out", "to", "in", "at", "against"})


@lru_cache(maxsize=1)
def _condemning_names() -> frozenset[str]:
    """The names the lexicon's "call" patterns code as ACCUSE (CAMEO 111, 112)."""
    from eventwire.events.lexicon import get_lexicon

    names: set[str] = set()
    for entry in get_lexicon().verbs.get(NAMING, ()):
        info = codes.to_plover(entry.code)
        if info and info[0] == "ACCUSE" and len(entry.post) == 1 and not entry.pre and not entry.post[0] & PREPOSITIONS:
            names |= set(entry.post[0])
    return frozenset(names)


def _condemns(word: Any) -> bool:
    """A name that criticises: "inexcusable", "illegal", or a noun of an accusation ("a war crime")."""
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import noun_code

    if word.lemma_.lower() in _condemning_names() | CRIMES or word.lower_ in _condemning_names():
        return True
    code = noun_code(word, get_lexicon()) if word.pos_ == "NOUN" else None
    info = codes.to_plover(code) if code else None
    return bool(info and info[0] == "ACCUSE")


def judged_noun(verb: Any) -> Any | None:
    """The definite act noun a verb of saying's reported copula judges ("said the attack was
    unacceptable": attack), else None."""
    if verb.lemma_.lower() not in SPEECH:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
            continue
        names = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
        names += [g for n in names for g in n.children if g.dep_ == "conj"]  # "inexcusable and possibly criminal"
        if not any(_condemns(n) for n in names):
            continue
        for subj in clause.children:
            owned = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"of", "by"} for c in subj.children)
            if subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and not owned and any(
                    c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in subj.children):
                return subj
    return None


def resolve_verdicts(candidates: list[Candidate]) -> None:
    """Make a statement that judges an earlier act a criticism of the act's doer (in place)."""
    ordered = sorted(candidates, key=lambda c: c.trigger.i)
    sent_index: dict[int, int] = {}
    for cand in ordered:
        sent_index.setdefault(cand.sent.start, len(sent_index))
    for pos, cand in enumerate(ordered):
        if cand.targets or not cand.sources or cand.negated or cand.plover is not None:
            continue
        noun = judged_noun(cand.trigger)
        kinds = act_noun_kinds(noun) if noun is not None else None
        if not kinds:
            continue
        acts = named_first(earlier_acts(cand, kinds, ordered, pos, sent_index), [noun])
        # "the attack" judged is an act on someone ("an air strike hit the hospital"), before
        # fighting told with no one it was aimed at ("forces have been fighting to retake the city")
        acts = [a for a in acts if a.targets] + [a for a in acts if not a.targets]
        if not (acts and acts[0].targets):
            # none in the last sentences: the act the report leads with (its headline or first
            # sentence), which the judgements further down answer
            lede = [a for a in earlier_acts(cand, kinds, ordered, pos, sent_index, back=len(sent_index))
                    if sent_index[a.sent.start] <= LEDE and a.targets]
            acts = lede[:1] + acts
        judges = {s.actor.code for s in cand.sources}
        if not acts or judges & {s.actor.code for s in acts[0].sources}:
            continue  # one's own act judged is aimed at no one
        mine = {s.actor.country for s in cand.sources if s.actor.country}
        doers = [s for s in acts[0].sources if s.actor.country not in mine]
        if doers:
            cand.code = CRITICISE
            cand.targets = doers
            cand.extra["answers"] = acts[0].trigger.i
