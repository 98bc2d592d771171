"""The stories package's own tables in the store, and helpers that read them.

The corpus stages keep their state in the same SQLite database and through the same
connection as the articles they describe, so a run that stops half-way leaves both in step.
The tables are created on first use (``CREATE ... IF NOT EXISTS``); ``STORIES_SCHEMA`` is the
same text the store's migration list carries.
"""

from __future__ import annotations

import weakref
from typing import Any

STORIES_SCHEMA = """
CREATE TABLE IF NOT EXISTS story_dedup_bands (
    band INTEGER NOT NULL,
    key BLOB NOT NULL,
    article_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_dedup_bands_key ON story_dedup_bands(band, key);
CREATE TABLE IF NOT EXISTS story_articles (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    day REAL,
    embedding BLOB,
    terms BLOB,
    names TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story_id);
CREATE TABLE IF NOT EXISTS story_state (
    story_id TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    first_day REAL,
    last_day REAL,
    seq INTEGER NOT NULL,
    centroid BLOB NOT NULL,
    names TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS story_state_last ON story_state(last_day);
CREATE INDEX IF NOT EXISTS story_state_seq ON story_state(seq);
CREATE TABLE IF NOT EXISTS story_meta (
    key TEXT PRIMARY KEY,
    value BLOB
);
"""

_READY: weakref.WeakSet[Any] = weakref.WeakSet()


def ensure_schema(store: Any) -> None:
    """Create the stories tables in ``store`` once per store object."""
    try:
        if store in _READY:
            return
    except TypeError:  # an object that cannot be weakly referenced: check every time
        pass
    # executescript would COMMIT an open transaction: run the statements one by one instead.
    for statement in STORIES_SCHEMA.split(";"):
        if statement.strip():
            store.conn.execute(statement)
    try:
        _READY.add(store)
    except TypeError:
        pass


def get_meta(store: Any, key: str) -> bytes | None:
    row = store.conn.execute("SELECT value FROM story_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def set_meta(store: Any, key: str, value: bytes | str | int) -> None:
    store.conn.execute(
        "INSERT INTO story_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


__all__ = ["STORIES_SCHEMA", "ensure_schema", "get_meta", "set_meta"]
