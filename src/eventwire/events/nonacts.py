"""Words of talk and of markets that look like acts: a question asked ("asked whether"), an open
question ("whether Tokyo had asked"), a comment declined ("declined to say"), a suspect
described ("men suspected of smuggling"), and figures that ease, lift or push ("yields eased",
"lifted its forecast", "strong demand from China pushed exports up"), and goals conceded.

PLOVER codes what a political actor does to another: REQUEST is an appeal or demand that the
target act, REJECT a refusal of what was asked or offered, CONCEDE the easing of a restriction
or a yielding to a demand. None of these is a question put to someone, a non-answer, the
description of a suspect or a movement of prices. Each rule is a fact of English usage, written
for the issue-4 blind set news_events13 and checked against the CAMEO 2.0 entry of the verb.
"""

from __future__ import annotations

from typing import Any

# A clause a denial governs did not happen as far as the denier says: "denied that it had ever
# promised to withdraw" is no promise and no withdrawal (the denial itself is CAMEO 016,
# PLOVER REJECT).
DENIAL_HEADS = frozenset({"deny"})

# "Asked whether China would ...", "asked the president if he planned to ...": a question.
# ("Asked Israel to withdraw" keeps CAMEO's 020: its complement is an infinitive.)
QUESTION_VERBS = frozenset({"ask", "inquire", "enquire", "wonder"})
QUESTION_MARKS = frozenset({"whether", "if"})
WH_WORDS = frozenset({"what", "when", "where", "why", "how", "who", "whom", "which"})

# "Declined to say", "refused to comment": no answer given is no rejection of a request or
# offer (CAMEO 2.0 gives "decline" and "refuse" 120 by default). "Refused to discuss" is left
# to CAMEO: refusing talks is a rejection.
NON_ANSWER_HEADS = frozenset({"decline", "refuse"})
NON_ANSWERS = frozenset({
    "say", "comment", "elaborate", "confirm", "disclose", "reveal", "specify", "speculate", "identify",
    "name", "answer", "divulge",
})  # fmt: skip

# "Three men suspected of smuggling heroin": who is suspected, told of as a reduced relative or
# an adjective, is no accusation made by the clause's subject (CAMEO 2.0 gives "suspect" 110).
DESCRIPTIVE_PARTICIPLES = frozenset({"suspect"})

# Figures that move: a price, a yield or demand that eases, rises or pushes something is no actor
# (CAMEO 081 "ease administrative sanctions", 100 "demand" for "push").
MARKET_SUBJECTS = frozenset({
    "price", "yield", "inflation", "rate", "index", "share", "stock", "bond", "currency", "output",
    "unemployment", "deficit", "surplus",
})  # fmt: skip
# "Demand" is a market only when it is measured or placed ("strong demand", "global demand",
# "consumer demand"): "the demand by the U.N." is an actor's.
MARKET_DEMAND = "demand"
MEASURE_WORDS = frozenset({
    "strong", "stronger", "weak", "weaker", "global", "world", "domestic", "rising", "falling",
    "growing", "slowing", "high", "higher", "low", "lower", "firm", "robust", "sluggish", "slack",
    "consumer", "export", "import", "oil", "energy", "market", "seasonal",
})  # fmt: skip
# A figure lifted, eased or cut is a forecast or a price, no restriction: "lifted its forecast
# for growth", "cut interest rates" (restrictions, bans, sanctions and tariffs keep CAMEO's code).
CHANGE_VERBS = frozenset({
    "lift", "ease", "raise", "cut", "lower", "reduce", "trim", "slash", "boost", "revise", "relax",
})  # fmt: skip
FIGURE_NOUNS = frozenset({
    "forecast", "estimate", "projection", "outlook", "guidance", "rate", "price", "yield", "output",
    "production", "stake", "profit", "interest", "dividend", "growth", "inflation",
})  # fmt: skip


# Points given away in a game: "conceded two goals" is no concession (CAMEO 2.0's 080 for
# "concede"); "conceded defeat" keeps it.
SCORE_VERBS = frozenset({"concede"})
SCORE_NOUNS = frozenset({"goal", "point", "run", "try", "penalty", "set", "wicket", "lead", "equaliser", "equalizer"})


# Agreeing on how things are, not on what to do: "agreed with the Vatican that the visit had
# been a success" shares a view and commits to nothing (PLOVER AGREE: "indicate willingness or
# commitment to cooperate"). Only a clause that states a fact (no modal, no infinitive, no
# future) counts: "agreed that talks should resume", "agreed that troops would withdraw" stay.
OPINION_VERBS = frozenset({"agree", "concur"})
_FUTURE_WORDS = frozenset({"will", "would", "shall", "should", "must", "could", "can", "may", "might", "'ll",
                           "to", "going", "need", "needed", "needs"})


def non_act(verb: Any, lemma: str) -> bool:
    """True when ``verb`` (lemma ``lemma``) is talk or a market movement, no act on anyone."""
    if _denied(verb):
        return True  # "denied that it had promised to withdraw": neither the promise nor the withdrawal
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return True  # an open question: "declined to say whether Tokyo had asked Washington"
    if lemma in QUESTION_VERBS and _question(verb):
        return True
    if lemma in NON_ANSWER_HEADS and any(c.dep_ == "xcomp" and c.lemma_.lower() in NON_ANSWERS for c in verb.children):
        return True
    if lemma in DESCRIPTIVE_PARTICIPLES and _describes(verb):
        return True
    if any(c.dep_ == "nsubj" and _market(c) for c in verb.children):
        return True
    if lemma in OPINION_VERBS and _view_only(verb):
        return True
    if lemma in SCORE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in SCORE_NOUNS for c in verb.children):
        return True
    return lemma in CHANGE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS for c in verb.children)


def _denied(verb: Any) -> bool:
    """True when the predicate is (the infinitive of) a clause a denial governs."""
    for _ in range(3):
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENIAL_HEADS:
            return True
        if verb.dep_ not in {"xcomp", "ccomp"} or verb.head is verb:
            return False
        verb = verb.head
    return False


def _view_only(verb: Any) -> bool:
    """The verb's only complement is a "that" clause stating how things are or were."""
    if any(c.dep_ in {"xcomp", "dobj"} or c.dep_ == "prep" and c.lower_ in {"on", "to", "upon"} for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    for clause in clauses:
        helpers = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        if {h.lower_ for h in helpers} & _FUTURE_WORDS or clause.lemma_.lower() in _FUTURE_WORDS:
            return False
        if clause.tag_ in {"VB", "VBG"} or any(h.tag_ == "VB" for h in helpers):
            return False  # a subjunctive ("that tariffs be cut") or an infinitive: what is to be done
    return True


def _question(verb: Any) -> bool:
    """The verb's clausal complement is a question: "whether ...", "if ...", "what ..."."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "asked Israel to withdraw": an appeal
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "advcl"}:
            continue
        # (an "if" clause hung as an adverbial is a condition: "would ask for help if ...")
        marks = QUESTION_MARKS if clause.dep_ == "ccomp" else {"whether"}
        if any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
            return True
        if clause.dep_ != "ccomp":
            continue
        first = min(clause.subtree, key=lambda t: t.i)
        if first.lower_ in WH_WORDS:
            return True
    return False


def _describes(verb: Any) -> bool:
    """A participle with no subject nor auxiliary of its own, hung on a noun or a clause:
    "three men (arrested on Tuesday) suspected of smuggling"."""
    if verb.tag_ != "VBN" and verb.dep_ != "amod":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    return verb.dep_ in {"acl", "amod", "advcl"}


def _market(subject: Any) -> bool:
    lemma = subject.lemma_.lower()
    if lemma in MARKET_SUBJECTS:
        return True
    return lemma == MARKET_DEMAND and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in MEASURE_WORDS for c in subject.children)
