"""The corpus stage ``merge``: mentions of one event from several articles become one event.

Two mentions are the same event when they are in the same story, with the same source, type,
target and polarity, and dates at most a day apart (an undated mention matches a dated one: the
story already pins the time). The new mention takes the stored event's id, so the store attaches
it there and recounts ``num_mentions``, ``num_articles`` and ``num_sources``.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

from eventwire.records import Actor, Event, normalise_text, stable_id
from eventwire.stages import ArticleWork, stage

log = logging.getLogger(__name__)

MAX_DAYS_APART = 1


def actor_key(actor: Actor | None) -> str:
    """Code when resolved, else the normalised name or text; '' for no actor."""
    if actor is None:
        return ""
    return actor.code or normalise_text(actor.name or actor.text or "")


def _stored_key(code: str | None, name: str | None) -> str:
    return code or normalise_text(name or "")


def _days_apart(a: date | str | None, b: date | str | None) -> int | None:
    if a is None or b is None:
        return None
    a = date.fromisoformat(str(a)[:10]) if not isinstance(a, date) else a
    b = date.fromisoformat(str(b)[:10]) if not isinstance(b, date) else b
    return abs((a - b).days)


def _closest(event: Event, candidates: list[tuple[str, Any]]) -> str | None:
    """Id of the candidate (id, date) nearest in date, within a day; undated ones match last."""
    best: tuple[int, str] | None = None
    for event_id, when in candidates:
        apart = _days_apart(event.date, when)
        if apart is not None and apart > MAX_DAYS_APART:
            continue
        rank = (apart if apart is not None else MAX_DAYS_APART + 1, event_id)
        if best is None or rank < best:
            best = rank
    return None if best is None else best[1]


class StoredEvents:
    """The stored events of one story, read once per article and grouped by type and negation.

    One query per article instead of one per event: an article's events mostly share its story.
    """

    def __init__(self, store: Any) -> None:
        self.store = store
        self._story: str | None = None
        self._groups: dict[tuple[str, int], list[tuple[Any, ...]]] = {}

    def rows(self, event: Event) -> list[tuple[Any, ...]]:
        if event.story_id != self._story:
            self._story, self._groups = event.story_id, {}
            for row in self.store.conn.execute(
                "SELECT id, date, source_code, source_name, target_code, target_name, type, negated "
                "FROM events WHERE story_id = ? ORDER BY rowid", (event.story_id,)
            ):
                self._groups.setdefault((row[6], row[7]), []).append(row[:6])
        return self._groups.get((event.type, int(bool(event.negated))), [])

    def forget(self) -> None:
        """Read again on next use (a stored event was changed)."""
        self._story = None


def find_stored(store: Any, event: Event, stored_events: StoredEvents | None = None) -> str | None:
    """Id of the stored event that ``event`` is another mention of, if any."""
    if not event.story_id:
        return None
    rows = (stored_events or StoredEvents(store)).rows(event)
    source, target = actor_key(event.source), actor_key(event.target)
    stored = [(row[0], row[1], _stored_key(row[2], row[3]), _stored_key(row[4], row[5])) for row in rows]
    exact = [(i, d) for i, d, s, t in stored if s == source and t == target]
    found = _closest(event, exact)
    if found is not None:
        return found
    # An unresolved actor on one side is unknown, not different, and a bare country code is
    # less precise, not different: it matches when exactly one stored event fits
    # ("NATO's concerns about China" -> the story's NATO -> ACCUSE -> China's government).
    loose = [(i, d) for i, d, s, t in stored
             if _fits(s, source) and _fits(t, target) and (s and t or source and target)]
    if len({_closest(event, [c]) for c in loose} - {None}) == 1:
        found = _closest(event, loose)
        if _fill_actors(store, found, event) and stored_events is not None:
            stored_events.forget()
        return found
    return None


def _fill_actors(store: Any, event_id: str | None, event: Event) -> bool:
    """Give a stored event the actor that this mention resolved and the stored one did not.

    True when a row changed.
    """
    changed = False
    for role in ("source", "target"):
        actor = getattr(event, role)
        if event_id is None or actor is None or not actor_key(actor):
            continue
        changed |= store.conn.execute(
            f"UPDATE events SET {role}_name = ?, {role}_code = ?, {role}_country = ?, {role}_sector = ?, "
            f"data = json_set(data, '$.{role}', json(?)) "
            f"WHERE id = ? AND {role}_code IS NULL AND COALESCE({role}_name, '') = ''",
            (actor.name or actor.text, actor.code, actor.country, actor.sector, json.dumps(actor.to_dict()),
             event_id),
        ).rowcount > 0
    return changed


def _fits(stored: str, new: str) -> bool:
    """Equal, one unknown, or one the bare country code of the other (CHN and CHNGOV)."""
    if stored == new or not stored or not new:
        return True
    short, long = sorted((stored, new), key=len)
    return len(short) == 3 and short.isupper() and long.startswith(short)


def _story_day(store: Any, story_id: str | None) -> date | None:
    """The first day of the story's dated articles, if it has any."""
    if not story_id:
        return None
    row = store.conn.execute("SELECT first_seen FROM stories WHERE id = ?", (story_id,)).fetchone()
    return date.fromisoformat(row[0][:10]) if row and row[0] else None


def event_key(event: Event) -> tuple[str, str, str, str, bool]:
    return (event.story_id or "", actor_key(event.source), event.type, actor_key(event.target), bool(event.negated))


@stage("merge", reads=("article", "events"), writes=("events",), kind="corpus")
def merge_stage(work: ArticleWork, store: Any, settings: Any) -> None:
    """Give each event of the article the id of the event it repeats, stored or in this article."""
    article = work.article
    if article is None:
        return
    seen: dict[tuple[str, str, str, str, bool], list[tuple[str, Any]]] = {}
    story_day = _story_day(store, article.story_id) if article.published is None else None
    stored_events = StoredEvents(store)
    for position, event in enumerate(work.events):
        if not event.id:
            first = event.mentions[0].start if event.mentions else position
            event.id = stable_id(article.id, first, event.type, actor_key(event.source), actor_key(event.target))
        key = event_key(event)
        same = _closest(event, seen.get(key, [])) or find_stored(store, event, stored_events)
        if same is not None and same != event.id:
            log.debug("event %s merged into %s", event.id, same)
            event.id = same
        elif event.date is None and story_day is not None:
            # A new event of an undated article happened when its story did; the precision
            # says the date came from the story (matching above treated it as undated).
            event.date, event.date_precision = story_day, "story"
        seen.setdefault(key, []).append((event.id, event.date))


__all__ = ["actor_key", "find_stored", "merge_stage"]
