"""Predicates that are the content of another, not events of their own.

"urged China to [cease] ...", "accused Y of [enabling] ...", "threatened to [cut off] ...",
"allegations that the army [tortured] ...": what is asked, alleged, threatened or offered is
part of that act, and a coder codes the act only. An intended act ("plans to impose") is the
exception: the intention is the event, its verb none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwire.events import attributes, subjects

if TYPE_CHECKING:
    from eventwire.events.candidate import Candidate


def noun_content(verb: Any) -> bool:
    """A "that"-clause completing a noun ("demanded an admission that Soviet forces murdered
    ...", "allegations that the army tortured ...", "fears that Iraq would attack"), or an
    infinitive completing a demand ("an ultimatum to withdraw"): what is admitted, alleged,
    feared or demanded is content, not an event the sentence asserts."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DEMAND_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "rejected a UN ultimatum to withdraw": what is demanded, not done
    return (verb.dep_ in {"acl", "ccomp"} and verb.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in verb.children)) or _agreed_content(verb)


# Nouns of a settled, asked or refused act whose infinitive is what was settled, asked or
# refused ("signed a pact to expand trade", "an invitation to attend", "its refusal to recognise
# the vote"). A noun of intention ("a plan to", "a pledge to") is not here: its infinitive is the
# intended event (``attributes.INTENT_NOUNS``).
ACT_CONTENT_NOUNS = frozenset({
    "agreement", "accord", "deal", "pact", "treaty", "memorandum", "refusal", "invitation", "call",
    "appeal", "demand", "request", "ultimatum",
})  # fmt: skip


def _agreed_content(verb: Any) -> bool:
    if not _bare_infinitive(verb):
        return False
    if verb.dep_ == "acl":
        return verb.head.lemma_.lower() in ACT_CONTENT_NOUNS
    # "signed an agreement today to expand trade": a word between noun and infinitive and the
    # parser hangs it on the verb as a purpose
    return verb.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in ACT_CONTENT_NOUNS for c in verb.head.children)


# Nouns of demanding whose infinitive is what is demanded of another (general English).
DEMAND_NOUNS = frozenset({"ultimatum", "demand", "call", "appeal", "request", "plea", "order", "deadline"})


def prefer_intended_action(typed: dict[int, Candidate]) -> None:
    """"plans to impose restrictions", "vowed to fight": the typed complement is the event
    (intended); the verb of intention carries no event of its own then."""
    for cand in typed.values():
        verb = cand.trigger
        head = verb.head
        if verb.dep_ != "xcomp" or cand.plover is None or head.i not in typed:
            continue
        if head.lemma_.lower() in attributes.INTENT or head.lower_ in attributes.INTENT:
            typed[head.i].extra["suppressed"] = True
            cand.extra["promoted"] = True


# Acts whose infinitive complement is their content, not a second act of the doer.
_ASKING = frozenset({"REQUEST", "THREATEN", "AGREE"})


def _content_of_asking(token: Any, typed: dict[int, Candidate]) -> bool:
    if not (token.dep_ == "xcomp" or subjects.infinitive_complement(token)) or token.head.i == token.i:
        return False
    above = typed.get(token.head.i)
    return above is not None and above.plover is not None and above.plover[0] in _ASKING and not above.extra.get("suppressed")


def _bare_infinitive(verb: Any) -> bool:
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ in {"nsubj", "mark"} for c in verb.children))


def is_content(cand: Candidate, typed: dict[int, Candidate]) -> bool:
    """True when the predicate is the content of a typed non-speech predicate above it
    ("urged China to [cease]", "accused Y of [enabling]", "threatened to [cut off]")."""
    token = cand.trigger
    if cand.extra.get("promoted"):
        return False
    for _ in range(4):
        if token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in attributes.CONDITION_MARKS for m in token.children):
            above = typed.get(token.head.i)
            return above is not None and above.plover is not None  # the condition of a threat or offer
        if token.dep_ == "conj" and _content_of_asking(token.head, typed):
            # "urged them to reopen the schools and [lift] the ban": a second act joined to what
            # is asked, threatened or offered is asked, threatened or offered too (not so after
            # a purpose: "used tear gas to disperse crowds and [detained] 40" did both)
            token = token.head
            continue
        if token.dep_ in {"conj", "advcl", "ROOT", "relcl", "acl", "parataxis"} and not subjects.infinitive_complement(token):
            return False
        head = token.head
        if head.i == token.i:
            return False
        above = typed.get(head.i)
        if above is not None and not above.extra.get("suppressed"):
            if head.lemma_.lower() in attributes.SPEECH and token.dep_ == "ccomp":
                return False
            if above.plover is None and token.dep_ == "xcomp":
                # an untyped verb of aspect in between ("urged supporters to [keep] protesting"):
                # the content of what is above it
                token = head
                continue
            return above.plover is not None and (token.dep_ in {"xcomp", "ccomp", "pcomp", "pobj"} or subjects.infinitive_complement(token))
        token = head
    return False


__all__ = ["is_content", "noun_content", "prefer_intended_action"]
