"""The embedded SQLite store: one writer connection, WAL, schema versions and migrations."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.records import Actor, Article, Event, Mention, content_hash
from eventwire.store.schema import MIGRATIONS

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"

ARTICLE_COLUMNS = (
    "id", "doc_id", "content_hash", "url", "outlet", "title", "authors", "published", "language",
    "text", "duplicate_of", "story_id", "fetched_at", "origin", "dateline",
)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


class Store:
    """An eventwire database. Writes go through this one connection (the single writer)."""

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self.conn = _connect(path, readonly=readonly)
        if not readonly:
            migrate(self.conn, path)
            # For has_feed_entry. Indexes, not a migration: the schema version stays, and a
            # database without them (an older eventwire's) reads the same, only slower.
            try:
                self.conn.execute("CREATE INDEX IF NOT EXISTS articles_url ON articles(url)")
                self.conn.execute("CREATE INDEX IF NOT EXISTS articles_doc ON articles(doc_id)")
                self.conn.commit()
            except sqlite3.Error as e:  # busy (another run), full disk: the first write will say
                self.conn.rollback()
                log.info("%s: indexes on url and doc_id not made (%s)", path, e)
        elif _check_version(self.conn, path) == 0:
            # An empty file or another program's SQLite database: a reader cannot create the
            # tables, and its first query would end in a traceback.
            self.conn.close()
            raise EventwireError(Errors.E012.format(
                path=path, detail="no eventwire tables; 'eventwire run INPUT --db PATH' creates them"))

    # -- writing ---------------------------------------------------------------------------

    def has_article(self, text_hash: str, doc_id: str) -> bool:
        """Whether this text under this doc_id is stored (re-running an input adds nothing)."""
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? AND doc_id = ?", (text_hash, doc_id)
        ).fetchone()
        return row is not None

    def has_feed_entry(self, url: str | None, doc_id: str) -> bool:
        """Whether a feed entry is stored, whatever its text: by its page's URL and doc_id (doc_ids
        of URLs are not unique: '.../05/01/index.html' and '.../05/02/index.html' are both
        'index'), or, for an entry without a link, by its doc_id (from its guid or its text)."""
        if url:
            row = self.conn.execute(
                "SELECT 1 FROM articles WHERE url = ? AND doc_id = ? LIMIT 1", (url, doc_id)).fetchone()
        else:
            row = self.conn.execute(
                "SELECT 1 FROM articles WHERE doc_id = ? AND url IS NULL LIMIT 1", (doc_id,)).fetchone()
        return row is not None

    def article_id_for_hash(self, text_hash: str) -> str | None:
        """The first stored article with this text, if any (exact duplicates point to it)."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY rowid LIMIT 1",
            (text_hash,),
        ).fetchone()
        return row[0] if row else None

    def add_article(self, article: Article, events: list[Event]) -> None:
        """Insert an article and its events; an event whose id is stored gains the mention."""
        row = article.to_dict()
        row["content_hash"] = content_hash(article.text)
        row["authors"] = json.dumps(article.authors, ensure_ascii=False)
        self.conn.execute(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})",
            [row[c] for c in ARTICLE_COLUMNS],
        )
        for event in events:
            self.add_event(event)

    def add_event(self, event: Event) -> None:
        exists = self.conn.execute("SELECT 1 FROM events WHERE id = ?", (event.id,)).fetchone()
        if not exists:
            self.conn.execute(
                f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))})",
                _event_row(event),
            )
        elif event.date is not None:
            # A merged event first seen in an undated article takes the date a later mention states.
            self.conn.execute(
                "UPDATE events SET date = :date, date_precision = :precision, "
                "data = json_set(data, '$.date', :date, '$.date_precision', :precision) "
                "WHERE id = :id AND date IS NULL",
                {"id": event.id, "date": event.date.isoformat(), "precision": event.date_precision},
            )
        for mention in event.mentions:
            self.conn.execute(
                'INSERT OR IGNORE INTO mentions (event_id, article_id, doc_id, outlet, sentence, start, "end", '
                "quote_speaker, trigger) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event.id, mention.article_id, mention.doc_id, mention.outlet, mention.sentence,
                 mention.start, mention.end, mention.quote_speaker, mention.trigger),
            )
        self.recount_event(event.id)

    def recount_event(self, event_id: str) -> None:
        """num_mentions, num_articles and num_sources from the stored mentions.

        A copy (``duplicate_of`` set) counts as an article but never as another source.
        """
        self.conn.execute(
            """
            UPDATE events SET
              num_mentions = (SELECT COUNT(*) FROM mentions WHERE event_id = :id),
              num_articles = (SELECT COUNT(DISTINCT article_id) FROM mentions WHERE event_id = :id),
              num_sources = MAX(1, (SELECT COUNT(DISTINCT COALESCE(a.outlet, a.id))
                                    FROM mentions m JOIN articles a ON a.id = m.article_id
                                    WHERE m.event_id = :id AND a.duplicate_of IS NULL))
            WHERE id = :id
            """,
            {"id": event_id},
        )

    def commit(self) -> None:
        self.conn.commit()

    def close(self) -> None:
        if not self.readonly:
            # SQLite moves the WAL into the database file only when the last connection closes;
            # a reader still open then (the stored-article check) left every record in the
            # -wal file and the database file itself empty, so a copy of the file alone had
            # nothing. A checkpoint puts them in the file whoever closes last.
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as e:  # a reader mid-query: the next close checkpoints
                log.info("%s: checkpoint at close not done (%s)", self.path, e)
        self.conn.close()

    # -- reading ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
            "duplicates": one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "stories": one("SELECT COUNT(*) FROM stories").fetchone()[0],
            "events": one("SELECT COUNT(*) FROM events").fetchone()[0],
        }

    def top_dyads(self, limit: int = 5) -> list[tuple[str, int]]:
        rows = self.conn.execute(
            """
            SELECT COALESCE(source_code, source_name, '?') || ' → ' || COALESCE(target_code, target_name, '?'),
                   COUNT(*) AS n
            FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?
            """,
            (limit,),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def iter_articles(self) -> Iterator[dict[str, Any]]:
        cur = self.conn.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY rowid")
        for row in cur:
            data = dict(zip(ARTICLE_COLUMNS, row, strict=True))
            data["authors"] = json.loads(data["authors"] or "[]")
            yield data

    def iter_events(self) -> Iterator[Event]:
        """Stored events with their current counts and every mention."""
        mentions: dict[str, list[Mention]] = {}
        cur = self.conn.execute(
            'SELECT event_id, article_id, doc_id, outlet, sentence, start, "end", quote_speaker, trigger '
            "FROM mentions ORDER BY rowid"
        )
        for r in cur:
            mentions.setdefault(r[0], []).append(Mention(
                article_id=r[1], doc_id=r[2], outlet=r[3], sentence=r[4], start=r[5], end=r[6],
                quote_speaker=r[7], trigger=r[8]))
        for r in self.conn.execute(
            "SELECT id, data, num_mentions, num_articles, num_sources, story_id FROM events ORDER BY rowid"
        ):
            event = Event.from_dict(json.loads(r[1]))
            event.id, event.num_mentions, event.num_articles, event.num_sources, event.story_id = (
                r[0], r[2], r[3], r[4], r[5])
            event.mentions = mentions.get(r[0], [])
            yield event


EVENT_COLUMNS = (
    "id", "story_id", "date", "date_precision", "type", "mode", "cameo", "goldstein", "quad_class",
    "negated", "modality",
    "source_name", "source_code", "source_country", "source_sector",
    "target_name", "target_code", "target_country", "target_sector",
    "location_name", "location_country", "location_lat", "location_lon",
    "num_mentions", "num_articles", "num_sources", "confidence", "data",
)


def _actor_cols(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None, None, None, None]
    return [actor.name or actor.text, actor.code, actor.country, actor.sector]


def _event_row(event: Event) -> list[Any]:
    loc = event.location
    data = event.to_dict()
    data.pop("mentions", None)  # mentions live in their own table
    return [
        event.id, event.story_id, _iso(event.date), event.date_precision, event.type, event.mode,
        event.cameo, event.goldstein, event.quad_class, int(event.negated), event.modality,
        *_actor_cols(event.source), *_actor_cols(event.target),
        loc.name if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
        event.num_mentions, event.num_articles, event.num_sources, event.confidence,
        json.dumps(data, ensure_ascii=False),
    ]


class StoredArticles:
    """Whether a text is already stored under a doc_id, asked by a worker process over its own
    read-only connection: a re-run then skips the costly stages (parsing, actors, events,
    embeddings) of what it stored before. Any failure (no file, a locked or foreign database)
    answers "not stored" from then on; the writer's own check still decides what is stored."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._store: Store | None = None
        self._off = False

    def __call__(self, text_hash: str, doc_id: str) -> bool:
        if self._off:
            return False
        try:
            if self._store is None:
                self._store = Store(self.path, readonly=True)
            return self._store.has_article(text_hash, doc_id)
        except (EventwireError, sqlite3.Error) as e:
            log.debug("stored-article check off for %s: %s", self.path, e)
            self._off = True
            return False


def _connect(path: str, *, readonly: bool) -> sqlite3.Connection:
    target = Path(path)
    if target.exists():
        if target.is_dir():
            raise EventwireError(Errors.E012.format(path=path, detail="it is a directory"))
        with target.open("rb") as fh:
            head = fh.read(16)
        if head and head != SQLITE_MAGIC:
            raise EventwireError(Errors.E012.format(path=path, detail="not a SQLite file"))
        if not readonly and not os.access(target, os.W_OK):
            # SQLite opens it and fails only at the first write, after a run's models and first batch.
            raise EventwireError(Errors.E027.format(path=path, detail="read-only file"))
    elif readonly:
        raise EventwireError(Errors.E012.format(path=path, detail="no such file; run 'eventwire run' first"))
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{target.resolve()}?mode=ro", uri=True, check_same_thread=False)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=10000")
    except OSError as e:  # a folder of the path is a file, or may not be made
        raise EventwireError(Errors.E027.format(path=path, detail=e.strerror or e)) from e
    except sqlite3.Error as e:
        if _cannot_write(e):
            raise EventwireError(Errors.E027.format(path=path, detail=e)) from e
        raise EventwireError(Errors.E012.format(path=path, detail=e)) from e
    return conn


def _cannot_write(e: sqlite3.Error) -> bool:
    """Whether SQLite failed for want of a writable or openable file, not for its content."""
    name = str(getattr(e, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_FULL"))


def _check_version(conn: sqlite3.Connection, path: str) -> int:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise EventwireError(Errors.E012.format(path=path, detail=e)) from e
    if version > len(MIGRATIONS):
        raise EventwireError(Errors.E013.format(path=path, found=version, supported=len(MIGRATIONS)))
    return version


def migrate(conn: sqlite3.Connection, path: str = ":memory:") -> int:
    """Apply the migrations this database lacks, each in its own transaction."""
    version = _check_version(conn, path)
    if version == 0:
        _refuse_foreign(conn, path)
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            # IMMEDIATE: wait (busy_timeout) for another process migrating the same file.
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error as e:
            conn.rollback()
            if _check_version(conn, path) >= number:
                # Another run, started at the same time, applied it first.
                log.info("%s: schema version %d was applied by another process", path, number)
                continue
            if _cannot_write(e):
                raise EventwireError(Errors.E027.format(path=path, detail=e)) from e
            raise EventwireError(Errors.E012.format(path=path, detail=f"migration {number} failed: {e}")) from e
        log.info("migrated %s to schema version %d", path, number)
    return len(MIGRATIONS)


def _refuse_foreign(conn: sqlite3.Connection, path: str) -> None:
    """E012 for another program's database (no schema version, tables of its own): eventwire's
    tables would be added among its data. Checked under the write lock, so a run that migrated
    the file a moment ago (two first runs at once) is not taken for another program."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] != 0:
                return
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        finally:
            conn.rollback()
    except sqlite3.Error as e:
        code = Errors.E027 if _cannot_write(e) else Errors.E012
        raise EventwireError(code.format(path=path, detail=e)) from e
    if names:
        shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
        detail = f"it holds another program's tables ({shown}); give eventwire a database file of its own"
        raise EventwireError(Errors.E012.format(path=path, detail=detail))


def open_store(path: str, *, readonly: bool = False) -> Store:
    return Store(path, readonly=readonly)
