"""The ``by`` agent of a passive predicate, wherever the parser hung it: on the verb, on its
complement ("was accused of embezzling funds by prosecutors"), on a coordinated participle
("was shot and killed by gunmen"), or on an active verb of an inner clause ("was arrested at
his home, hours after he called for protests, by Tanzanian police")."""

from __future__ import annotations

from typing import Any

from eventwire.events.clauses import SUBJ_DEPS

Token = Any  # spacy.tokens.Token


def agent(verb: Token) -> Token | None:
    """The ``by`` agent of a passive verb; the parser often hangs it lower, on the verb's own
    complement ("was accused of embezzling funds by prosecutors", "was criticised for his
    remarks by Turkish officials"), and that is taken when the verb has none of its own."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    frontier = [c for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"]
    for _ in range(3):
        nxt = []
        for token in frontier:
            for child in token.children:
                if child.dep_ in {"prep", "agent"} and child.lower_ == "by":
                    obj = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
                    if obj is not None:
                        return obj
                if child.dep_ in {"pobj", "pcomp", "prep", "dobj"}:
                    nxt.append(child)
        frontier = nxt
    # "was shot and killed by gunmen": coordinated participles share the agent
    partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        partners.append(verb.head)
    for partner in partners:
        for child in partner.children:
            if child.dep_ == "agent" and child.i > verb.i:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
    return _stranded_agent(verb)


def _stranded_agent(verb: Token) -> Token | None:
    """"was arrested at his home, hours after he called for protests, by Tanzanian police": a
    ``by`` phrase the parser hung on an active verb of a clause inside the passive's is the
    passive's agent (an active verb has none), when it ends the sentence's clause."""
    for clause in verb.children:
        if clause.dep_ not in {"advcl", "conj"} or clause.pos_ != "VERB" or clause.i < verb.i:
            continue
        if any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in clause.children):
            continue  # a passive of its own: the phrase may be its agent
        if not any(c.dep_ in SUBJ_DEPS for c in clause.children):
            continue
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > clause.i and prep.right_edge.i + 2 >= verb.sent.end:
                obj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
                if obj is not None:
                    return obj
    return None


def gapped_passive(verb: Token) -> bool:
    """"Fourteen people were killed and 13 others wounded": a participle coordinated with a
    passive, with a subject of its own and no auxiliary or object, shares the passive's."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN"
            and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.head.children)
            and not any(c.dep_ in {"aux", "auxpass", "dobj", "dative"} for c in verb.children))
