"""Builders for the stories tests: articles and works written by hand, embeddings made up."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from eventwire.records import Actor, Article, Document, Event, Mention, content_hash
from eventwire.stages import ArticleWork
from eventwire.store import open_store


@pytest.fixture()
def store(tmp_path):
    opened = open_store(str(tmp_path / "stories.db"))
    yield opened
    opened.close()


def unit(seed: int, near: np.ndarray | None = None, noise: float = 0.0) -> np.ndarray:
    """A deterministic unit vector; close to ``near`` when given."""
    rng = np.random.default_rng(seed)
    vector = rng.normal(size=384).astype(np.float32)
    if near is not None:
        vector = near + noise * vector / np.linalg.norm(vector)
    return (vector / np.linalg.norm(vector)).astype(np.float32)


def make_work(text: str, doc_id: str, *, outlet: str = "o1", title: str | None = None,
              published: datetime | None = None, embedding: np.ndarray | None = None,
              events: list[Event] | None = None) -> ArticleWork:
    article = Article(id=content_hash(text), doc_id=doc_id, text=text, outlet=outlet, title=title,
                      published=published)
    work = ArticleWork(document=Document(raw=b"", doc_id=doc_id), article=article, events=events or [])
    if embedding is not None:
        work.extras["embedding"] = embedding
    return work


def accuse(work: ArticleWork, sentence: str, *, day: int = 10, target: str = "CHN") -> Event:
    """NATO accuses ``target`` in ``sentence`` of the work's article; appended to its events."""
    article = work.article
    start = article.text.find(sentence)
    event = Event(
        source=Actor("NATO", code="IGONAT"), target=Actor("China", code=target), type="ACCUSE",
        date=datetime(2024, 7, day, tzinfo=UTC).date(),
        mentions=[Mention(article.id, sentence, start, start + len(sentence), doc_id=article.doc_id,
                          outlet=article.outlet)],
    )
    work.events.append(event)
    return event


def run_corpus(work: ArticleWork, store) -> ArticleWork:
    """The corpus stages in their configured order, then the store, as pipeline.run does."""
    from eventwire.stories.assign import stories_stage
    from eventwire.stories.dedup import dedup_stage
    from eventwire.stories.merge import merge_stage

    for func in (dedup_stage, stories_stage, merge_stage):
        func(work, store, None)
    store.add_article(work.article, work.events)
    return work
