"""Actors: who is acting. A knowledge base with dated roles, and resolution of mentions.

    from eventwire.actors import get_resolver
    resolver = get_resolver()
    resolver.resolve_text("the Chinese embassy in Washington")   # CHN GOV
    resolver.resolve_text("Mark Rutte", date=date(2020, 1, 1))    # NLD GOV; in 2025: IGONAT

The knowledge base is loaded once per process (``get_resolver`` is cached); the user dictionary
(settings ``user_actors``) and any extra dictionaries (JSONL, PETRARCH ``.actors.txt`` and
``.agents.txt``) load on top of the built-in one.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from eventwire.actors.resolver import ActorResolver


def get_resolver(extra: Iterable[Path | str] | None = None, *, user: Path | str | None = None) -> ActorResolver:
    """The process's resolver: built-in knowledge base + user dictionary + ``extra`` dictionaries."""
    if user is None:
        from eventwire.actors.user import user_dictionary_path
        from eventwire.settings import load_settings

        user = user_dictionary_path(load_settings().user_actors)
    return _cached(tuple(str(p) for p in extra or ()), str(user))


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...], user: str) -> ActorResolver:
    return ActorResolver.load(extra, user=user)


def _register() -> None:
    from eventwire.settings import Settings
    from eventwire.stages import ArticleWork, stage

    @stage("actors", reads=("parsed",), writes=("actors",))
    def actors_stage(work: ArticleWork, settings: Settings) -> None:
        """Every actor mention of the article, resolved at its publication date."""
        from eventwire.actors.user import user_dictionary_path

        resolver = get_resolver(user=user_dictionary_path(settings.user_actors))
        published = work.article.published if work.article is not None else None
        work.actors = resolver.resolve_doc(work.parsed, date=published.date() if published else None)


_register()

__all__ = ["ActorResolver", "get_resolver"]
