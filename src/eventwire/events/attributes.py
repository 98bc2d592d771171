"""Attributes of a predicate read off the dependency parse: negation, modality, reported speech.

Modality values (records.Event.modality): ``asserted``; ``intended`` ("will", "plans to",
"is ready to"); ``hypothetical`` ("could", "might", "if ..."); ``reported`` (said by someone
other than the event's source); ``demanded`` is not produced for events: what an actor urges
another to do is the urger's REQUEST, not an event of its own.
"""

from __future__ import annotations

from typing import Any

Token = Any  # spacy.tokens.Token

# Verbs of saying: their clausal complement is what was said.
SPEECH = frozenset({
    "say", "tell", "announce", "report", "claim", "state", "add", "note", "confirm", "declare",
    "insist", "assert", "allege", "quote", "reiterate", "stress", "emphasize", "explain", "write",
    "warn", "conclude", "indicate", "acknowledge", "reveal", "argue", "believe", "think", "maintain",
})  # fmt: skip

# Heads whose complement is a planned or willed action ("plans to", "is ready to"). Not "tried
# to storm" nor "continued to shell": those acts took place, and an intended act is coded as an
# intention (AGREE, THREATEN).
INTENT = frozenset({
    "plan", "intend", "prepare", "aim", "seek", "want", "hope", "expect", "decide", "vow",
    "pledge", "promise", "offer", "agree", "ready", "willing", "prepared",
    "determined", "set", "plot", "resolve", "mean", "consider", "propose", "swear",
    "commit", "committed", "undertake", "guarantee",
})  # fmt: skip
# Heads under which an intended act is a threat whatever the act ("threatened to expel", "warned
# it would withdraw as mediator unless"): CAMEO 13x, PLOVER THREATEN ("warn ... will/would").
THREAT_HEADS = frozenset({"threaten", "warn"})
_SELF = frozenset({"it", "they", "he", "she", "we", "i"})

# Nouns whose infinitive is an intended act: "reaffirmed its commitment to defend its ally", "a
# plan to send troops" (PLOVER AGREE: "indicate willingness or commitment to cooperate").
INTENT_NOUNS = frozenset({
    "commitment", "pledge", "promise", "vow", "plan", "intention", "offer", "readiness",
    "willingness", "determination", "resolve", "proposal",
})  # fmt: skip
# Heads of a promise (or a threat) whose infinitive the parser hangs as a purpose clause when a
# phrase comes between ("offered on Wednesday to train", "threatened on Tuesday to expel"):
# "worked on Monday to contain" is a purpose. (A threat's infinitive that the parser reads as its
# complement, "threatened to cut off", is the threat's content: ``content.is_content``.)
PROMISING = frozenset({
    "offer", "promise", "pledge", "vow", "agree", "swear", "undertake", "guarantee", "commit", "propose",
    "plan", "intend", "decide", "threaten",
})  # fmt: skip
INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "going"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
CONDITION_MARKS = frozenset({"if", "unless"})


def is_negated(token: Token) -> bool:
    """True when the predicate itself is negated ("did not attack", "no attack on")."""
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in {"never", "not", "n't"} and child.dep_ in {"advmod", "neg"}:
            return True
        if child.dep_ == "det" and child.lower_ == "no":
            return True
        if child.dep_ == "dobj" and child.lower_ == "nothing":
            return True  # "had agreed nothing with Slovakia", "yielded nothing"
        if child.dep_ in {"nsubj", "nsubjpass"} and any(d.dep_ in {"det", "preconj", "cc"} and d.lower_ == "neither"
                                                          for d in child.children):
            return True  # "Neither China nor Russia supported the resolution"
    head = token.head
    # "does not want to send the army", "has no plans to": an intention denied is no act intended
    if token.dep_ == "xcomp" and head.i != token.i and (head.lemma_.lower() in INTENT or head.lower_ in INTENT):
        return is_negated(head)
    return False


def aux_words(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}


def modality(token: Token) -> str:
    """``intended``, ``hypothetical`` or ``asserted`` from the predicate and its governors."""
    current = token
    for _ in range(4):
        aux = aux_words(current)
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in current.children):
            return "hypothetical"
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if aux & INTENT_AUX:
            return "intended"
        if current.dep_ == "ROOT" and "to" in aux and any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            return "intended"  # headline future: "Kenya to deploy troops to Somalia"
        if current.dep_ == "xcomp" and (
            current.head.lemma_.lower() in INTENT or current.head.lower_ in INTENT
        ):
            return "intended"
        if current.dep_ == "acl" and "to" in aux and current.head.lemma_.lower() in INTENT_NOUNS:
            return "intended"
        if current.dep_ == "advcl" and "to" in aux and current.head.lemma_.lower() in PROMISING:
            return "intended"  # "offered on Wednesday to train": the parser's purpose clause is the offer's
        if current.dep_ in {"xcomp", "conj"} and current.head.i != current.i:
            current = current.head
            continue
        break
    return "asserted"


def threatened(token: Token) -> bool:
    """True for an act its doer threatens: the infinitive of "threatened to", or "warned (that)
    it would ..." said of itself (not "warned that the rebels would attack", a warning about
    others)."""
    current = token
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "xcomp" and head.lemma_.lower() in THREAT_HEADS:
            return True
        if current.dep_ == "advcl" and "to" in aux_words(current) and head.lemma_.lower() == "threaten":
            return True  # "threatened on Tuesday to expel": the parser's purpose clause
        if current.dep_ == "ccomp" and head.lemma_.lower() in THREAT_HEADS:
            subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return not subjects or subjects[0].lower_ in _SELF
        if current.dep_ not in {"xcomp", "conj"}:
            return False
        current = head
    return False


def obligation(token: Token) -> bool:
    """True for "Y must/should do": said by someone, it is their demand on Y."""
    return bool(aux_words(token) & OBLIGATION_AUX) or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ) and token.head.lemma_.lower() == "have"


def speech_head(token: Token) -> Token | None:
    """The verb of saying whose complement contains ``token`` ("X said [Y attacked Z]")."""
    current = token
    for _ in range(4):
        if current.dep_ in {"ccomp", "parataxis"} and current.head.i != current.i:
            head = current.head
            if head.lemma_.lower() in SPEECH:
                return head
            current = head
            continue
        if current.dep_ in {"conj", "xcomp", "advcl"} and current.head.i != current.i:
            current = current.head
            continue
        break
    # The reverse order: "[Y attacked Z], X said" parses with "said" under the event verb.
    for child in token.children:
        if child.dep_ in {"ccomp", "parataxis", "advcl"} and child.lemma_.lower() in SPEECH and not any(
            c.dep_ in {"ccomp", "dobj", "xcomp"} for c in child.children
        ):
            return child
    return None


def according_to(token: Token) -> Token | None:
    """The noun of "according to X" attached to the predicate, if any."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ == "to":
                    for obj in grand.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None
