"""The corpus stage ``stories``: put each new article (and its events) into a story.

A copy (``duplicate_of`` set by ``dedup``) goes where its original went, and counts there as a
member, as any article does for the clusterer (``StoryIndex.add_copy``). Everything else goes
through the store's ``StoryIndex`` (one per store and process, so the window stays in memory
between articles).
"""

from __future__ import annotations

import json
import logging
import weakref
from datetime import datetime
from typing import Any

import numpy as np

from eventwire.stages import ArticleWork, stage
from eventwire.stories.cluster import StoryIndex, day_number
from eventwire.stories.features import article_features, embedding_text, encode

log = logging.getLogger(__name__)

_INDEXES: weakref.WeakKeyDictionary[Any, StoryIndex] = weakref.WeakKeyDictionary()


def story_index(store: Any) -> StoryIndex:
    """The (cached) story index over ``store``."""
    index = _INDEXES.get(store)
    if index is None:
        index = StoryIndex(store)
        _INDEXES[store] = index
    return index


def _features(work: ArticleWork) -> tuple[np.ndarray, dict[int, float], list[str]]:
    """Embedding, terms and names from the ``embed`` stage, or computed here when it did not run."""
    article = work.article
    extras = getattr(work, "extras", None) or {}
    embedding = extras.get("embedding")
    if embedding is None:
        embedding = encode([embedding_text(article.title, article.text)])[0]
    if "terms" not in extras or "names" not in extras:
        extras = {**extras, **article_features(article.title, article.text)}
    return np.asarray(embedding, dtype=np.float32), extras["terms"], extras["names"]


def _original_story(store: Any, index: StoryIndex, original: str) -> str | None:
    story = index.story_of(original)
    if story is None:
        row = store.conn.execute("SELECT story_id FROM articles WHERE id = ?", (original,)).fetchone()
        story = row[0] if row else None
    return story


def record_story(store: Any, story_id: str, title: str | None, published: datetime | None) -> None:
    """Insert the story row, or widen its first/last seen dates (compared as instants: julianday
    reads the ISO strings' UTC offsets, which text comparison ignores)."""
    seen = published.isoformat() if published else None
    before = store.conn.execute("SELECT first_seen FROM stories WHERE id = ?", (story_id,)).fetchone()
    store.conn.execute(
        "INSERT INTO stories(id, title, first_seen, last_seen, data) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET "
        "title = COALESCE(stories.title, excluded.title), "
        "first_seen = CASE WHEN stories.first_seen IS NULL OR julianday(excluded.first_seen) < julianday(stories.first_seen) "
        "THEN COALESCE(excluded.first_seen, stories.first_seen) ELSE stories.first_seen END, "
        "last_seen = CASE WHEN stories.last_seen IS NULL OR julianday(excluded.last_seen) > julianday(stories.last_seen) "
        "THEN COALESCE(excluded.last_seen, stories.last_seen) ELSE stories.last_seen END",
        (story_id, title, seen, seen, json.dumps({})),
    )
    if before is not None and before[0] is None and seen is not None:
        date_story_events(store, story_id, seen[:10])


def date_story_events(store: Any, story_id: str, day: str) -> None:
    """The story's undated events (an undated article opened it) happened when it did: they take
    its first day, as an undated article's new events do in ``merge``, precision ``story``."""
    store.conn.execute(
        "UPDATE events SET date = ?, date_precision = 'story', "
        "data = json_set(data, '$.date', ?, '$.date_precision', 'story') "
        "WHERE story_id = ? AND date IS NULL",
        (day, day, story_id),
    )


@stage("stories", reads=("article",), writes=("article", "events"), kind="corpus")
def stories_stage(work: ArticleWork, store: Any, settings: Any) -> None:
    """Set ``story_id`` on the article and on each of its events."""
    article = work.article
    if article is None:
        return
    index = story_index(store)
    story_id = _original_story(store, index, article.duplicate_of) if article.duplicate_of else None
    embedding, terms, names = _features(work)
    day = day_number(article.published)
    if story_id is None:
        story_id, opened = index.assign(article.id, embedding, terms, names, day)
        if opened:
            log.debug("%s opens story %s", article.doc_id, story_id)
    else:
        index.add_copy(article.id, story_id, embedding, terms, names, day)
    article.story_id = story_id
    for event in work.events:
        event.story_id = story_id
    record_story(store, story_id, article.title, article.published)


__all__ = ["date_story_events", "record_story", "stories_stage", "story_index"]
