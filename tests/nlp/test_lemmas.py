"""Lemmas asked once per word form must be exactly what spaCy's rule lemmatizer gives."""

import pytest

from eventwire.nlp import MODEL, load_nlp
from eventwire.nlp.lemmas import CachedLemmas

pytestmark = pytest.mark.slow

# Written for this test: plurals, tenses, participles, comparatives, contractions, names,
# numbers, repeated word forms in other roles ("talks", "left"), spaces and new lines.
TEXTS = [
    "The ministers held talks on Tuesday; she talks to reporters daily and left early.\n\n"
    "Rebels attacked the villages, burning houses. The bigger groups were better armed than the smaller ones.",
    "Police arrested 42 protesters who'd gathered outside parliament. They're being held, officials said.\n"
    "Germany's chancellor didn't comment. The left-wing parties left the coalition in 2023.",
    "Talks, talks and more talks: the negotiators were negotiating while the shelling went on.",
    "",
    "  \n ",
]


def _lemmas(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def reference():
    import spacy

    from eventwire.nlp import attributes

    load_nlp()  # registers the newline_sentences component
    nlp = spacy.load(MODEL)
    nlp.add_pipe("newline_sentences", before="parser")
    attributes.install(nlp)  # the same attribute rules before the lemmatizer, spaCy's lemmatizer
    return nlp


def test_same_lemmas_as_the_rule_lemmatizer(reference):
    ours = load_nlp()
    assert isinstance(ours.get_pipe("lemmatizer"), CachedLemmas)
    # spaCy runs a component's own ``pipe`` when it has one: the wrapper must have none.
    assert not hasattr(ours.get_pipe("lemmatizer"), "pipe")
    for _ in range(2):  # the second time from the cache
        for text in TEXTS:
            assert _lemmas(ours(text)) == _lemmas(reference(text))
        assert list(map(_lemmas, ours.pipe(TEXTS))) == list(map(_lemmas, reference.pipe(TEXTS)))


def test_the_lemmatizer_tables_stay_reachable():
    # actors/guess.py reads its English word list from the lemmatizer's lookup tables.
    assert len(load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")) > 0
