"""Stage registration: stages are registered by name with the fields they read and write.

``pipeline.py`` orders them from a list of names (settings) and refuses a stage that reads a
field no earlier stage writes, as spaCy's ``pipe_analysis`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from eventwire.records import Article, Document, Event

# Fields of ArticleWork that a stage may read or write.
WORK_FIELDS = ("document", "article", "parsed", "actors", "events", "extras")


@dataclass
class ArticleWork:
    """The per-article state that per-article stages fill in, one after another.

    ``parsed`` holds the spaCy Doc; it never leaves the worker process. ``actors`` maps a
    mention's character span (start, end) in the article text to its resolved Actor.
    """

    document: Document
    article: Article | None = None
    parsed: Any = None
    actors: dict[tuple[int, int], Any] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)  # e.g. "embedding" for story clustering
    error: str | None = None  # set by a stage to drop the input with a reason


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[..., Any]
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    kind: str  # "article": (work, settings) -> None in a worker; "corpus": runs in the writer
    # An article stage with ``batch`` takes a list of works instead of one: a model call over
    # several articles at once costs much less than one call each (the sentence encoder).
    batch: bool = False
    # Loads what the stage needs (a library, a model) ahead of its first article. The writer
    # calls a corpus stage's while the workers start: it would otherwise wait, or load on the
    # first article, while both workers compete with it for the cores.
    warm: Callable[[Any], None] | None = None


REGISTRY: dict[str, Stage] = {}


def stage(
    name: str, *, reads: tuple[str, ...] = (), writes: tuple[str, ...] = (), kind: str = "article",
    batch: bool = False, warm: Callable[[Any], None] | None = None,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``func`` as the stage ``name``; with ``batch`` it takes ``(works, settings)``;
    ``warm(settings)``, if given, loads ahead what the stage loads on first use.

    A failed batch runs again article by article, so a batch stage must set its fields, not
    add to them, to be safe to run twice on an article.
    """

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        REGISTRY[name] = Stage(name, func, tuple(reads), tuple(writes), kind, batch, warm)
        return func

    return register
