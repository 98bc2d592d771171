"""Clause structure around a predicate: whom a relative word stands for, whose act a
subjectless gerund is, the verb a noun's clause hangs on (read by ``find``)."""

from __future__ import annotations

from typing import Any

Token = Any  # spacy.tokens.Token

SUBJ_DEPS = frozenset({"nsubj", "csubj"})


def subject_words(verb: Token) -> set[str]:
    """The words of the verb's (active) subject phrases, as written and as lemmas."""
    return {t.lower_ for c in verb.children if c.dep_ in SUBJ_DEPS for t in c.subtree} | {
        t.lemma_.lower() for c in verb.children if c.dep_ in SUBJ_DEPS for t in c.subtree}


def relative_object(obj: Token, verb: Token) -> Token:
    """"Shevardnadze, whom they accuse of rigging": a relative word as the object of its clause
    stands for the noun the clause modifies (as ``antecedent`` does for a subject)."""
    if obj.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return obj


# Prepositions of time (and manner) whose subjectless gerund is the main clause subject's act,
# done by the time of the report: not "without meeting X" (not done) nor "demanded a truce
# before allowing aid" (a condition, maybe never done).
_GERUND_PREPS = frozenset({"after", "since", "while", "upon", "by", "during"})


def time_gerund_clause(verb: Token) -> Token | None:
    """The main verb of a subjectless gerund after a preposition of time ("after meeting X",
    "a day after meeting X"), or None."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in _GERUND_PREPS:
        return None
    head = verb.head.head
    if head.dep_ == "npadvmod" and head.pos_ == "NOUN":  # "a day after", "hours before"
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} else None


# Verbs (and the adjective "guilty") whose "to"/"of" gerund is an act their subject owns to
# having done: "pleaded guilty to threatening to kill X", "admitted to bombing", "confessed to
# attacking", "was convicted of shelling", "was found guilty of attacking". Not "accused of" or
# "charged with": an accusation is someone else's claim, and PLOVER codes it as the accuser's.
_ADMISSIONS = frozenset({"plead", "admit", "confess", "convict"})


def admitted_act_clause(verb: Token) -> Token | None:
    """The verb of admission or guilt whose subject did ``verb``, a subjectless gerund after
    its "to" or "of" ("pleaded guilty to threatening"), or None."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in {"to", "of"}:
        return None
    head = verb.head.head
    if head.lower_ == "guilty" and head.dep_ in {"acomp", "oprd"}:
        head = head.head
    elif head.lemma_.lower() not in _ADMISSIONS:
        return None
    return head if head.pos_ in {"VERB", "AUX"} else None


def antecedent(subj: Token, clause: Token) -> Token:
    """The noun a relative clause's pronoun subject stands for: "police fired tear gas at
    supporters who blocked roads", "Iran, which backed the plan" (the relative word names no
    actor itself). Not in a perfect that describes the noun: "the militant group that has seized
    parts of Iraq", "which has long backed Hamas" tell the noun's past, not the news."""
    if (clause.dep_ == "relcl" and subj.tag_ in {"WP", "WDT"} and clause.head.pos_ in {"NOUN", "PROPN"}
            and (not any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children) or _reported_perfect(subj, clause))
            and not _shared_past(clause)):
        return clause.head
    return subj


# Counts that make a past act a record of several: "fought two wars", "clashed several times"
_MANY = frozenset({"several", "many", "multiple", "numerous", "repeated"})
_LONG_SPANS = frozenset({"year", "decade", "century", "generation"})


def _shared_past(clause: Token) -> bool:
    """"Armenia and Azerbaijan, which fought two wars over the region", "Ethiopia and Eritrea,
    which fought a border war from 1998 to 2000": a simple-past relative clause on joint
    antecedents that counts its acts or dates them by a year tells the pair's history, not a
    news act of each on the other (a single act of the story is dated by day, not by year)."""
    if clause.tag_ != "VBD" or not any(c.dep_ == "conj" for c in clause.head.children):
        return False
    for token in clause.subtree:
        if token.dep_ in {"nummod", "amod"} and token.head.dep_ in {"dobj", "npadvmod"} and token.head.head.i == clause.i and (
                token.lower_ in _MANY or token.like_num and token.lower_ not in {"one", "1", "a"}):
            return True
        if token.like_num and len(token.text) == 4 and token.text.isdigit() and token.ent_type_ == "DATE":
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "for" and token.lemma_.lower() in _LONG_SPANS:
            return True  # "fought for decades": a span longer than any news act's
    return False


# Adverbs of a lasting or repeated state: "which has long backed", "who has repeatedly criticised"
_DURATIVE = frozenset({"long", "repeatedly", "always", "ever", "consistently", "traditionally", "often",
                       "historically", "for", "since"})


def _reported_perfect(subj: Token, clause: Token) -> bool:
    """"Chavez, who had already withdrawn his ambassador, dismissed ...", "Beijing, which has
    refused to deal with him": a perfect in a clause set off by commas after a named actor adds an
    act of the story's own (a restrictive "the group that has seized" names which group, and a
    durative "which has long backed" a standing state, neither of which is news). Not of joint
    antecedents: "Armenia and Azerbaijan, which have fought two wars" tells their shared past, not
    a news act of each on the other."""
    return (subj.i > 0 and subj.nbor(-1).text == "," and not any(c.dep_ == "conj" for c in clause.head.children)
            and not any(c.dep_ in {"advmod", "prep", "npadvmod"} and c.lower_ in _DURATIVE for c in clause.children))


def object_pronoun(verb: Token) -> bool:
    return any(c.dep_ in {"dobj", "dative"} and c.lower_ in {"them", "him", "her"} for c in verb.children)


def clause_verb(noun: Token) -> Token | None:
    """The verb of the clause a noun is an argument of (through prepositions)."""
    for _ in range(4):
        if noun.pos_ in {"VERB", "AUX"}:
            return noun
        if noun.head.i == noun.i:
            return None
        noun = noun.head
    return None
