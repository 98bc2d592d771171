"""Small helpers over the stories package's own tables (migration 2 in ``store/schema.py``).

The corpus stages keep their state in the same SQLite database, through the same connection,
as the articles it describes: a run that stops half-way leaves both in step.
"""

from __future__ import annotations

from typing import Any


def get_meta(store: Any, key: str) -> Any:
    row = store.conn.execute("SELECT value FROM story_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def set_meta(store: Any, key: str, value: bytes | str | int) -> None:
    store.conn.execute(
        "INSERT INTO story_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


__all__ = ["get_meta", "set_meta"]
