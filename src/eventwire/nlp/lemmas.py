"""The model's rule lemmatizer, asked once per distinct word form instead of once per token.

spaCy's rule lemmatizer keeps its answers per (word, POS, morphology), but not for the base
forms it spots first (a singular noun, an infinitive: most of a news article's tokens): for
each of those it builds the token's morphology dictionary again. Its answer depends on those
three values alone (they are its own cache key), so here it is asked once per distinct triple
and the lemmas go in through one array: the lemmatizer's own answers, about 2 ms less a
600-word article. ``tests/nlp/test_lemmas.py`` compares the two token by token.
"""

from __future__ import annotations

import logging
from typing import Any

from eventwire.nlp.rows import RowCache

log = logging.getLogger(__name__)


class CachedLemmas:
    """Wraps a loaded rule ``lemmatizer`` (overwrite off): the same lemmas, one question each."""

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lemmatizer = lemmatizer
        self._columns = [ORTH, POS, MORPH, LEMMA]
        self._lemma = [LEMMA]
        self._cache = RowCache()  # row of (word, POS, morphology) -> lemma string id

    @property
    def lookups(self) -> Any:
        """The lemmatizer's tables, read through the pipe as before (actors/guess.py's word
        list). Only these: a pipe with a ``pipe`` method would be run through that instead."""
        return self.lemmatizer.lookups

    def __call__(self, doc: Any) -> Any:
        if not len(doc):
            return doc
        cache = self._cache
        values = doc.to_array(self._columns)
        keys = cache.row_keys(values[:, :3])  # rows of (ORTH, POS, MORPH)
        lemmas = values[:, 3:4].copy()
        strings, lemmatize = doc.vocab.strings, self.lemmatizer.lemmatize
        for i, key in enumerate(keys):
            if lemmas[i, 0]:
                continue  # set by the attribute rules: spaCy's lemmatizer keeps it too
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = strings.add(lemmatize(doc[i])[0])
            lemmas[i, 0] = lemma
        doc.from_array(self._lemma, lemmas)
        return doc


def install(nlp: Any) -> None:
    """Replace the pipeline's rule ``lemmatizer`` with :class:`CachedLemmas` around it."""
    from spacy.language import Language

    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        log.info("keeping spaCy's lemmatizer: not a rule lemmatizer that keeps set lemmas")
        return
    # A component factory returns this instance; registering again replaces the last one.
    Language.component("eventwire_lemmas", func=CachedLemmas(lemmatizer))
    nlp.replace_pipe("lemmatizer", "eventwire_lemmas")


__all__ = ["CachedLemmas", "install"]
