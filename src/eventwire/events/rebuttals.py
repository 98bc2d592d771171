"""Claims about an act's rightfulness: insisting that one's own side acted lawfully, and calling
another's act an attack.

CAMEO 2.0 codes "insist" as a demand (100): "insisted that Israel withdraw", "insisted that
Iran must stop". With a that-clause stating a fact ("insisted that its fishermen had been
operating legally") the speaker demands nothing: PLOVER's REQUEST is "all demands and orders",
and a claim that what was done was lawful answers the charge against it, a denial (CAMEO 016
"deny responsibility", PLOVER REJECT, "all rejections and refusals"); any other stated fact is
no act. The same claim of lawfulness after "maintained", "contended", "argued" denies too.

A naming verb ("called the move an attack on the rule of law", "branded the raid a violation
of sovereignty") whose given name is a conflictual act judges the named act: CAMEO 111
"criticize or denounce" (PLOVER ACCUSE, "condemn, decry a policy or an action"). A name
that is no conflictual act ("called Somalia a failed state") stays no act (``senses``).
"""

from __future__ import annotations

from typing import Any

from eventwire.events import codes
from eventwire.events.lexicon import Lexicon

DENY = "016"
DENOUNCE = "111"
NO_ACT = ""
# Verbs of holding to a claim; "insist" alone has a demand for its CAMEO default.
CLAIM_VERBS = frozenset({"insist", "maintain", "contend", "argue"})
DEMAND_CLAIM_VERBS = frozenset({"insist"})
# What makes a that-clause a demand: a modal of obligation ("must", "should") or the subjunctive
# ("insisted that Israel withdraw", "that the sanctions be lifted").
OBLIGATION = frozenset({"must", "should", "ought", "need", "shall"})
# Words of a claim that an act was lawful (general English).
LAWFUL_WORDS = frozenset({
    "legal", "legally", "lawful", "lawfully", "legitimate", "legitimately", "innocent", "rightful",
    "rightfully", "self-defence", "self-defense",
})  # fmt: skip
JUDGING_NAMING_VERBS = frozenset({"call", "label", "brand", "term", "dub"})
# PLOVER types of the acts whose name given to another's act judges it.
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
# Wrongs that name no act of the lexicon ("a violation of sovereignty", "a betrayal").
WRONG_NOUNS = frozenset({"violation", "betrayal", "provocation", "affront", "insult", "crime", "breach"})


def rebuttal_code(verb: Any, lemma: str, lexicon: Lexicon) -> str | None:
    """CAMEO 016 for a claim of one's own lawfulness, 111 for an act named an attack,
    ``NO_ACT`` for "insisted that" a fact, or None when the verb is used in no such sense."""
    if lemma in CLAIM_VERBS:
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
        if clause is None or demanded(clause):
            return None
        if _lawful(clause):
            return DENY
        return NO_ACT if lemma in DEMAND_CLAIM_VERBS else None
    if lemma in JUDGING_NAMING_VERBS and not any(c.dep_ == "dobj" and c.tag_ in {"WP", "WDT"} for c in verb.children):
        # ("protest against what it called a violation": a free relative qualifies the act the
        # main verb codes)
        for name in verb.children:
            if name.dep_ == "oprd" and name.pos_ == "NOUN" and _wrong(name, lexicon):
                return DENOUNCE
    return None


def demanded(clause: Any) -> bool:
    """Whether a that-clause says what must be done: a modal of obligation or the subjunctive."""
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in OBLIGATION for a in auxes) or any(
            a.lemma_.lower() == "have" and c.lower_ == "to" for a in auxes for c in clause.children):
        return True
    # the subjunctive: a bare verb with no tensed auxiliary ("that Israel withdraw", "be lifted")
    if any(a.tag_ in {"VBD", "VBZ", "VBP", "MD"} for a in auxes):
        return False
    if clause.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in {"NN", "NNP"} for c in clause.children):
        return True  # the tagger's present for a bare verb: a singular subject would take "allows"
    return clause.tag_ == "VB" or any(a.tag_ == "VB" and a.lower_ == "be" for a in auxes)


def _lawful(clause: Any) -> bool:
    words = {t.lower_ for t in clause.subtree}
    negated = any(t.dep_ == "neg" for t in clause.subtree)
    if words & LAWFUL_WORDS and not negated:
        return True
    # "had done nothing wrong", "acted within its rights"
    return "nothing" in words and "wrong" in words or "within" in words and bool(words & {"rights", "law"})


def _wrong(name: Any, lexicon: Lexicon) -> bool:
    if name.lemma_.lower() in WRONG_NOUNS:
        return True
    code = lexicon.noun_code(name.lemma_)
    return bool(code) and (codes.to_plover(code) or ("",))[0] in CONFLICT_TYPES
