"""Who does a predicate's act: the subject of a verb in a spaCy parse, and whether it undergoes it.

``subject`` walks up from the verb to the clause that holds a subject: through infinitives
("urged China to cease": the urged), coordination ("fled and was arrested"), relative clauses
("militiamen who attacked"), gerunds of time ("after meeting EU ministers") and statements
("issued a declaration demanding"), skipping a dateline the parser took for a subject.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.attributes import SPEECH
from eventwire.events.clauses import (
    SUBJ_DEPS,
    admitted_act_clause,
    antecedent,
    clause_verb,
    object_pronoun,
    time_gerund_clause,
)
from eventwire.events.conjuncts import FINITE, lifted_conjunct
from eventwire.events.passives import gapped_passive
from eventwire.nlp.dateline import after_dateline, in_dateline, is_dateline

Token = Any  # spacy.tokens.Token

# Verbs whose object is also the subject of their complement ("urged China to cease").
OBJECT_CONTROL = frozenset({
    "urge", "ask", "call", "press", "order", "force", "allow", "invite", "persuade", "encourage",
    "tell", "warn", "push", "pressure", "request", "demand", "compel", "help", "permit", "instruct",
})  # fmt: skip

# Verbs whose object is a statement that speaks for the subject ("issued a statement calling for").
STATEMENT_VERBS = frozenset({"issue", "release", "publish", "adopt", "pass", "send", "deliver", "sign"})


def subject(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, passive) of ``verb``, inheriting from the verb it depends on."""
    current = verb
    for _ in range(5):
        for child in current.children:
            if child.dep_ in SUBJ_DEPS | {"nsubjpass"} and (is_dateline(child) or in_dateline(child)):
                # "BRUSSELS (Wire) — Beijing rejected ...": the parser's subject is the dateline
                real = after_dateline(child)
                if real is None or in_dateline(real):  # not "Syria" of "ALEPPO, Syria, March 4 -"
                    # "KHARTOUM, June 12, 2025 (Wire) - Sudan's army ... agreed": the first
                    # apposition after the dateline's dash
                    real = next((c for c in child.children if c.dep_ == "appos" and not in_dateline(c)), None)
                if real is None:  # "DOHA (Wire) - Saudi Arabia, the UAE and Egypt severed": a conjunct
                    real = next((c for c in child.children if c.dep_ == "conj" and c.i > child.i
                                 and not in_dateline(c)), None)
                if real is not None:  # "KABUL (Wire) - 19 people were killed": passive on the verb itself
                    return real, child.dep_ == "nsubjpass" if current is verb else _own_passive(verb)
            elif child.dep_ in SUBJ_DEPS:
                # "Sankoh fled and was arrested by police": a passive verb that inherits its
                # subject from an active one it is coordinated with undergoes the act
                passive = _elliptical_passive(current, verb) or current is not verb and _own_passive(verb)
                return antecedent(child, current), passive
            if child.dep_ in {"nsubjpass", "csubjpass"}:
                # "he was appalled by the killings and urged both sides to": an active verb
                # coordinated with a passive one is done by the passive's subject
                return antecedent(child, current), (current is verb or _own_passive(verb) or verb.tag_ not in FINITE
                                                    or _shared_passive(verb, current))
        head = current.head
        if head.i == current.i:
            return None, False
        main = time_gerund_clause(current) or admitted_act_clause(current)
        if main is not None:
            # "a day after meeting EU ministers", "was arrested after attacking a guard": the
            # main clause's subject is the gerund's doer, even where the main verb is passive
            return subject(main)[0], False
        if current.dep_ == "xcomp" or infinitive_complement(current):
            if head.lemma_.lower() in OBJECT_CONTROL:
                for child in head.children:
                    if child.dep_ in {"dobj", "dative"}:
                        return child, False
                    if child.dep_ == "prep" and child.lower_ in {"on", "upon"} and head.lemma_.lower() == "call":
                        # "called on Sudan's warring parties to stop fighting"
                        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                        if obj is not None:
                            return obj, False
            current = head
            continue
        if current.dep_ == "conj" and head.dep_ == "relcl" and object_pronoun(current):
            # "The sanctions freeze any assets the officers hold in Britain and ban them from
            # entering": "them" cannot be its own clause's subject, so the verb is not
            # coordinated inside the relative clause but with the clause around it
            current = clause_verb(head.head)
            if current is None:
                return None, False
            continue
        lifted = lifted_conjunct(current)
        if lifted is not None:  # "said Israel had a right to defend itself and blamed ..."
            current = lifted
            continue
        if current.dep_ in {"conj", "advcl", "acomp"}:  # acomp: "it is willing to withdraw"
            # "said refugees were under strain and asked X to ...": a request joined to a reported
            # state is the speaker's second act, not the state's subject's
            reported_state = current.dep_ == "conj" and current.lemma_.lower() in OBJECT_CONTROL and head.lemma_ == "be"
            current = head.head if reported_state and head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH else head
            continue
        if current.dep_ == "acl" and current.tag_ == "VBG" and head.dep_ == "dobj" and head.head.lemma_.lower() in STATEMENT_VERBS:
            current = head.head  # "issued a declaration demanding that ...": the issuer demands
            continue
        if current.dep_ in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
            # "militiamen who attacked": the modified noun; "camp attacked by": its patient.
            if current.dep_ == "acl" and current.tag_ == "VBN" and not _verbless_lead(current):
                return head, True
            return head, False
        return None, False
    return None, False


def _verbless_lead(verb: Token) -> bool:
    """"Its chairman, President Guelleh, called on ...", "Malaysia, which chairs ASEAN, offered
    to ...": a participle with no agent after the root noun's apposition or relative clause is
    the main verb, active (the parser's noun root leaves running text without a verb)."""
    head = verb.head
    return (head.dep_ == "ROOT" and head.i < verb.i
            and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ in {"appos", "relcl"} and c.i < verb.i for c in head.children))


def infinitive_complement(verb: Token) -> bool:
    """"called on the parties [to stop] fighting": the parser may read the infinitive after a
    verb of asking as a clause of purpose (advcl); with no subordinator of its own it is the
    asked-for act, as an xcomp would be."""
    return (verb.dep_ == "advcl" and verb.head.lemma_.lower() in OBJECT_CONTROL
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ in {"mark", "nsubj"} for c in verb.children))


# Prepositions a participle takes for what is done to its subject: "sentenced to ten years",
# "charged with murder".
_DONE_TO_PREPS = frozenset({"to", "with"})


def _shared_passive(verb: Token, holder: Token) -> bool:
    """"Was evicted in April and sentenced to 50 weeks": a participle coordinated with a passive
    shares its auxiliary, though the tagger may call it a past tense; with no subject, auxiliary
    or object of its own and a phrase of what is done to the subject, it is passive too."""
    return (verb.dep_ == "conj" and verb.head.i == holder.i and _own_passive(holder) and verb.lower_.endswith("ed")
            and not any(c.dep_ in {"nsubj", "aux", "auxpass", "dobj", "dative", "ccomp", "xcomp"} for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in _DONE_TO_PREPS for c in verb.children))


def _own_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _elliptical_passive(holder: Token, verb: Token) -> bool:
    """Headline grammar drops the passive's auxiliary ("Minister shot by gunmen in Basra",
    "Envoy expelled by Kenya"): the parser then calls its subject an active one. A past
    participle with no auxiliary and no object, with a ``by`` agent, is passive."""
    if holder is verb and gapped_passive(verb):
        return True
    verbs = [holder, *(c for c in holder.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if verb not in verbs or any(c.dep_ in {"aux", "auxpass", "dobj", "dative"} for v in verbs for c in v.children):
        return False
    # "Minister shot and wounded by gunmen": the tagger may call the first participle a past
    # tense; the agent of a coordinated participle is the agent of both
    return any(v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children) for v in verbs)
