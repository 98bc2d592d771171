"""Where an article's actor mentions lie: candidate spans of a parse (noun chunks with their
"of" phrases, named entities) and, for each, the words that name the actor (``span_tokens``:
less trailing locatives, clauses, appositions, conjuncts and a backer's "Saudi-backed")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventwire.actors.placing import name_on
from eventwire.actors.resolve import LOCATIVE

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Dependents that are not part of the actor: clauses, appositions, conjuncts, punctuation.
CUT_DEPS = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl"})
# a participle or adjective standing as an argument under "the": "the accused hit him"
NOMINAL_TAGS = frozenset({"VBN", "VBD", "JJ"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# "the Saudi-backed government", "U.S.-funded militias": the backer is no owner of the phrase
# (the government is Yemen's); "-led" stays: "the Saudi-led coalition" is the Saudis' act
BACKING = frozenset({"backed", "sponsored", "supported", "funded", "financed", "armed", "trained"})
# "Russian-made rockets", "U.S.-built jets": the maker owns no weapon used by others
MAKING = frozenset({"made", "built", "manufactured", "designed", "produced", "supplied"})
# "an anti-Syria journalist", "anti-American clerics": a country the phrase opposes is not its own
OPPOSING = "anti"
OWNERLESS = BACKING | MAKING  # modifiers after which a named country owns nothing


def mentions(doc: Any) -> list[tuple[int, int, int]]:
    """Candidate actor mentions as (start, end, root) token indexes, longest first at each start:
    noun chunks (with their "of" and "for" phrases: "the head of the army", "a spokesman for the
    ministry") and named entities. An entity inside a chunk is tried when the chunk names no
    actor ("Russia's war")."""
    spans = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.pos_ == "PRON":
            continue
        end = chunk.end
        owned = any(c.dep_ == "poss" for c in root.children)
        for child in root.rights:
            # not after an owner: "Kosovo's membership of the United Nations" is Kosovo's
            if child.dep_ == "prep" and child.lower_ in ("of", "for") and not owned:
                end = max(end, child.right_edge.i + 1)
        end = _before_folded_verb(doc, chunk.start, end)
        spans.append((chunk.start, end, root.i))
        if end > chunk.end:
            spans.append((chunk.start, chunk.end, root.i))
        # a nationality the tagger missed ("- Ethiopian jets" after a dateline): tried alone
        # when the phrase names no actor, as an entity inside a chunk is
        spans += [(c.i, c.i + 1, c.i) for c in root.lefts if c.dep_ == "amod" and c.pos_ == "ADJ"
                  and c.text[:1].isupper() and not c.ent_type_ and not _backing(c)]
    spans += _nominal_participles(doc)
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS and not _backing(ent.root.head) and not _opposed(doc, ent.start, ent.end):
            spans.append((ent.start, ent.end, ent.root.i))
    spans.sort(key=lambda s: (s[0], s[0] - s[1]))
    return spans


def _nominal_participles(doc: Any) -> list[tuple[int, int, int]]:
    """"the accused", "the injured": a participle or adjective the parser left as a bare
    argument under "the" names people (no noun chunk holds it); the knowledge base says which
    such words are actors."""
    spans = []
    for token in doc:
        if token.tag_ in NOMINAL_TAGS and token.dep_ in ARGUMENT_DEPS and token.i > 0:
            det = doc[token.i - 1]
            if det.lower_ == "the" and det.head.i == token.i and not any(c.dep_ in ("dobj", "agent") for c in token.children):
                spans.append((det.i, token.i + 1, token.i))
    return spans


def _before_folded_verb(doc: Any, start: int, end: int) -> int:
    """``end``, or the index of a clause's verb the parser folded into the phrase: a verb form
    right after a proper-noun modifier of the same noun ("people of [Chad expanded trade] with
    Niger") is no participle adjective - in English those come before a noun modifier ("the
    expanded Chad trade") - so the mention ends before it."""
    for i in range(start + 1, end):
        token, before = doc[i], doc[i - 1]
        if (
            token.pos_ == "VERB"
            and token.dep_ == "amod"
            and before.pos_ == "PROPN"
            and before.dep_ in ("nmod", "compound")
            and before.head.i == token.head.i
        ):
            return i
    return end


def span_tokens(doc_tokens: list[Any], start: int, end: int, root: Any) -> list[Any]:
    """The tokens of doc[start:end] less trailing locative phrases, clauses, appositions and
    conjuncts (a dependent's subtree is the contiguous range of its left and right edges), and
    less leading determiners and quantity words."""
    skip = _opposed(doc_tokens, start, end)
    if root.i in skip:
        return []
    if start != root.i and _backing(doc_tokens[start]):  # "U.S.-made missiles", a chunk's first word
        skip.update(range(doc_tokens[start].left_edge.i, doc_tokens[start].right_edge.i + 1))
    for i in range(start + 1, end):
        if i in skip or i == root.i:
            continue
        token = doc_tokens[i]
        dep = token.dep_
        # (a preposition before a gerund clause opens a clause, no word of a name: "the
        # authorities of shielding the general")
        if dep == "prep" and (token.lower_ in LOCATIVE and not name_on(token) or any(c.dep_ == "pcomp" for c in token.children)) \
                or dep in CUT_DEPS and dep not in ("cc", "punct") or _backing(token):
            skip.update(range(token.left_edge.i, token.right_edge.i + 1))
        elif dep in ("cc", "punct"):
            skip.add(i)
    kept = [doc_tokens[i] for i in range(start, end) if i not in skip]
    # leading determiners and quantity words: "up to 1,000 ethnic Turks", "about 20 people"
    while kept and (kept[0].dep_ in ("det", "quantmod") or kept[0].is_punct):
        kept = kept[1:]
    while kept and kept[-1].is_punct:
        kept = kept[:-1]
    return kept


def _opposed(doc_tokens: Sequence[Any], start: int, end: int) -> set[int]:
    """Indexes of an "anti-" prefix and the word it governs (see OPPOSING), however the
    tokenizer split it ("anti", "-", "Syria" or "anti-Syrian"). ``doc_tokens``: the Doc itself or
    its token list (only the span and the two words after a prefix are read)."""
    skip: set[int] = set()
    for i in range(start, end):
        word = doc_tokens[i].lower_
        if word == OPPOSING and i + 2 < len(doc_tokens) and doc_tokens[i + 1].text == "-":
            skip.update((i, i + 1, i + 2))
        elif word.startswith(OPPOSING + "-"):
            skip.add(i)
    return skip


def _backing(token: Any) -> bool:
    """A modifier naming who backs the phrase's head: "Saudi-backed", "U.S.-funded"."""
    if token.dep_ not in ("amod", "compound"):
        return False
    word = token.lower_
    return (word in OWNERLESS and any(c.dep_ in ("npadvmod", "compound", "nmod") for c in token.children)
            or "-" in word and word.rsplit("-", 1)[1] in OWNERLESS)
