"""The words of a predicate's phrase, as the trigger lexicon's patterns are matched against
them: what follows the verb in its own phrase (not other clauses, not the subject's names), a
passive's subject as its object, and which of them name only where the act happened or only a
relation's kind. Each token counts by its lowercase form and lemma, the hyphenated word it
begins, and a common noun's plural (CAMEO 2.0 writes many object words in the plural only)."""

from __future__ import annotations

from typing import Any

from eventwire.events.attributes import SPEECH
from eventwire.events.lexicon import OWN_PLURALS, RELATION_HEADS, plural
from eventwire.nlp.place_nouns import GEOGRAPHY, SITES

_SKIP_WORD_DEPS = frozenset({"aux", "auxpass", "mark", "det", "punct", "cc", "case"})
_OTHER_CLAUSES = frozenset({"relcl", "acl", "advcl", "parataxis", "appos"})
# Verbs of complaint and a court's "ruled" say what they complain of or find in a "that" clause,
# as verbs of saying do: its words are another predicate's ("complained that Britain had yielded
# nothing in the talks" is no CAMEO 2.0 "complain ... talks" rejection, "ruled that the election
# was valid" no "monitor ... election").
_CONTENT_CLAUSE_VERBS = SPEECH | frozenset({"complain", "protest", "object", "grumble", "lament", "rule"})


def token_words(token: Any) -> set[str]:
    """The forms a pattern may match a token by: its lowercase form and lemma, the hyphenated
    word it begins, and a common noun's plural (``lexicon.plural``)."""
    lemma = token.lemma_.lower()
    words = {token.lower_, lemma}
    if (hyphened := _hyphened(token)) is not None:
        words.add(hyphened)
    if token.pos_ == "NOUN" and lemma not in OWN_PLURALS:
        words.add(plural(lemma))
    return words


def _hyphened(token: Any) -> str | None:
    """The hyphenated word the tokenizer split and ``token`` begins ("sit-in", "walk-out",
    "cease-fire"), as the lexicon writes it; None where it begins none."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_ or doc[token.i + 1].text != "-" or doc[token.i + 1].whitespace_:
        return None
    return f"{token.lower_}-{doc[token.i + 2].lower_}"


def phrase_words(verb: Any, exclude: set[int]) -> tuple[dict[str, int], set[str]]:
    """(words of the predicate's own phrase after it -> distance from it, words before it in the
    sentence), as ``token_words``, for matching the lexicon's patterns. Subject tokens
    (``exclude``), other clauses (relative, adverbial) and, for verbs of saying, what was said
    are left out: their words are another predicate's."""
    skip_deps = _OTHER_CLAUSES | ({"ccomp"} if verb.lemma_.lower() in _CONTENT_CLAUSE_VERBS else frozenset())
    post: dict[str, int] = {}
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ not in skip_deps]
    while stack:
        token = stack.pop()
        if token.i in exclude:
            # an excluded name's own words are no pattern words, but the common nouns it heads
            # are: "summoned Belarus's charge d'affaires" (the parser makes "d'affaires" the
            # proper-noun head of "charge")
            stack.extend(c for c in token.children if c.dep_ not in _OTHER_CLAUSES)
            continue
        if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"} and token.head.i == verb.i:
            continue  # a coordinated predicate ("said ... but warned that it would respond to any attack")
        if token.dep_ not in _SKIP_WORD_DEPS:
            distance = token.i - verb.i
            for word in token_words(token):
                post[word] = min(distance, post.get(word, distance))
        stack.extend(c for c in token.children if c.dep_ not in _OTHER_CLAUSES)
    pre = set()
    for token in verb.sent:
        if token.i >= verb.i:
            break
        pre.add(token.lower_)
        pre.add(token.lemma_.lower())
    return post, pre


def passive_object_words(verb: Any, exclude: set[int]) -> dict[str, int]:
    """The words of a passive verb's subject as its object ("the buildings were destroyed" is
    "destroyed the buildings"): PETRARCH writes a pattern's object words after the verb, which
    a passive puts before it. Names (``exclude``) are left out, as in ``phrase_words``."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return {}
    words: dict[str, int] = {}
    stack = [c for c in verb.children if c.dep_ == "nsubjpass"]
    while stack:
        token = stack.pop()
        if token.i not in exclude and token.dep_ not in _SKIP_WORD_DEPS:
            for word in token_words(token):
                words.setdefault(word, 1)
        stack.extend(c for c in token.children if c.dep_ not in _OTHER_CLAUSES)
    return words


# Prepositions of where an act happened: their objects are the scene, not what is acted on.
# "In", "at" and the like only with a place for object ("in his home town", not "in debts").
LOCATIVE_PREPS = frozenset({"inside", "outside", "near"})
PLACE_PREPS = frozenset({"in", "at", "within", "around", "across"})
# Places an act happens in; not seats of bodies, whose name may stand for the body acted on.
PLACE_NOUNS = GEOGRAPHY | SITES


def located_words(verb: Any) -> frozenset[str]:
    """Words of the verb's phrase that occur only in place phrases, on the verb or on its
    object ("attacked security forces inside a police headquarters"), never elsewhere after it."""
    placed: set[str] = set()
    placed_at: set[int] = set()
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.i <= verb.i or prep.i in placed_at:
            continue
        if prep.lower_ in LOCATIVE_PREPS or prep.lower_ in PLACE_PREPS and any(
                o.dep_ == "pobj" and (o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in PLACE_NOUNS)
                for o in prep.children):
            for token in prep.subtree:
                placed_at.add(token.i)
                placed |= token_words(token)
    if not placed:
        return frozenset()
    others = {w for t in verb.subtree if t.i > verb.i and t.i not in placed_at for w in token_words(t)}
    return frozenset(placed - others)


def adjective_words(verb: Any, exclude: set[int]) -> frozenset[str]:
    """Words of the verb's phrase after it that occur there only as adjectives modifying a
    relation noun ("military" in "its military partnership"), never as nouns themselves."""
    adjectives: set[str] = set()
    others: set[str] = set()
    for token in verb.subtree:
        if token.i <= verb.i or token.i in exclude:
            continue
        words = token_words(token)
        if token.dep_ == "amod" and token.pos_ == "ADJ" and token.head.lemma_.lower() in RELATION_HEADS:
            adjectives |= words
        else:
            others |= words
    return frozenset(adjectives - others)
