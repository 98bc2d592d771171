import sqlite3
from datetime import date

import pytest

from eventwire.errors import EventwireError
from eventwire.records import Actor, Article, Event, Mention, content_hash
from eventwire.store import open_store
from eventwire.store.schema import MIGRATIONS


def _article(text: str, doc_id: str, outlet: str | None = "o1", duplicate_of: str | None = None) -> Article:
    return Article(id=content_hash(text) if not duplicate_of else f"copy-{doc_id}", doc_id=doc_id, text=text,
                   outlet=outlet, duplicate_of=duplicate_of)


def _event(article: Article, event_id: str = "e1") -> Event:
    return Event(
        source=Actor("NATO", code="IGONAT"), target=Actor("China", code="CHN", country="CHN"), type="ACCUSE",
        id=event_id, date=date(2024, 7, 10),
        mentions=[Mention(article.id, article.text, 0, len(article.text), doc_id=article.doc_id,
                          outlet=article.outlet)],
    )


def test_new_database_gets_schema_version(db_path):
    store = open_store(db_path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_article_stored_and_searchable(db_path):
    store = open_store(db_path)
    article = _article("NATO accused China of enabling the war.", "d1")
    store.add_article(article, [])
    store.commit()
    assert store.has_article(content_hash(article.text), "d1")
    assert not store.has_article(content_hash(article.text), "other")
    hits = store.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'enabling'").fetchall()
    assert len(hits) == 1
    store.close()


def test_event_merge_counts_sources_not_copies(db_path):
    store = open_store(db_path)
    a1 = _article("NATO accused China.", "d1", outlet="outlet-a")
    a2 = _article("NATO also accused China.", "d2", outlet="outlet-b")
    a3 = _article("NATO accused China.", "d3", outlet="outlet-c", duplicate_of=a1.id)  # a wire copy
    for art in (a1, a2, a3):
        store.add_article(art, [_event(art)])
    event = next(store.iter_events())
    assert (event.num_mentions, event.num_articles, event.num_sources) == (3, 3, 2)
    assert {m.doc_id for m in event.mentions} == {"d1", "d2", "d3"}
    store.close()


def test_counts_and_top_dyads(db_path):
    store = open_store(db_path)
    a1 = _article("x y z", "d1")
    store.add_article(a1, [_event(a1, "e1"), _event(a1, "e2")])
    assert store.counts() == {"articles": 1, "duplicates": 0, "stories": 0, "events": 2}
    assert store.top_dyads(1) == [("IGONAT → CHN", 2)]
    store.close()


def test_reopen_keeps_data_and_does_not_remigrate(db_path):
    store = open_store(db_path)
    store.add_article(_article("kept text", "d1"), [])
    store.commit()
    store.close()
    again = open_store(db_path)
    assert again.counts()["articles"] == 1
    again.close()


def test_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my precious notes")
    with pytest.raises(EventwireError, match="E012"):
        open_store(str(path))
    assert path.read_text() == "my precious notes"


def test_newer_schema_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(EventwireError, match="E013"):
        open_store(db_path)


def test_readonly_missing_database(tmp_path):
    with pytest.raises(EventwireError, match="E012"):
        open_store(str(tmp_path / "missing.db"), readonly=True)


def test_merged_event_takes_a_later_mentions_date(db_path):
    store = open_store(db_path)
    a1 = _article("NATO accused China.", "d1", outlet="outlet-a")
    undated = _event(a1)
    undated.date = None
    store.add_article(a1, [undated])
    a2 = _article("NATO also accused China.", "d2", outlet="outlet-b")
    dated = _event(a2)
    dated.date_precision = "day"
    store.add_article(a2, [dated])
    event = next(store.iter_events())
    assert event.date == date(2024, 7, 10) and event.date_precision == "day"
    store.close()


def test_two_runs_creating_one_database_at_once_both_open_it(db_path, monkeypatch):
    """The second of two runs started together read version 0 before the first migrated: it
    used to fail with 'not an eventwire database (migration 1 failed: table articles already exists)'."""
    from eventwire.store import sqlite as sqlite_store

    first = sqlite_store._connect(db_path, readonly=False)
    second = sqlite_store._connect(db_path, readonly=False)
    sqlite_store.migrate(first, db_path)
    real = sqlite_store._check_version
    calls = []

    def stale_once(conn, path):
        calls.append(path)
        return 0 if len(calls) == 1 else real(conn, path)  # read before the first run migrated

    monkeypatch.setattr(sqlite_store, "_check_version", stale_once)
    assert sqlite_store.migrate(second, db_path) == len(MIGRATIONS)
    assert second.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    first.close()
    second.close()


@pytest.mark.parametrize("kind", ["empty file", "another program's database"])
def test_readonly_database_without_eventwire_tables_is_e012(tmp_path, kind):
    # 'eventwire stories --db x.db' on such a file ended in 'sqlite3.OperationalError: no such
    # table: stories' and a traceback; the read-only commands cannot create the tables.
    path = tmp_path / "other.db"
    if kind == "empty file":
        path.write_bytes(b"")
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.commit()
        conn.close()
    before = path.read_bytes()
    with pytest.raises(EventwireError, match=r"\[E012\] .*other\.db: not an eventwire database \(no eventwire tables"):
        open_store(str(path), readonly=True)
    assert path.read_bytes() == before


def test_a_database_path_that_cannot_be_made_is_one_line_not_a_traceback(tmp_path):
    # A folder of the path is a file: mkdir raised NotADirectoryError through to the user.
    (tmp_path / "notes").write_text("a file, not a folder")
    with pytest.raises(EventwireError, match=r"^\[E027\] .*notes/sub/x.db: cannot open or create the database"):
        open_store(str(tmp_path / "notes" / "sub" / "x.db"))


def test_a_database_sqlite_cannot_write_is_not_called_foreign(tmp_path, monkeypatch):
    # A new database that cannot be written (a read-only file or folder) was 'not an eventwire
    # database (migration 1 failed: attempt to write a readonly database)'.
    import eventwire.store.sqlite as sqlite_store

    path = tmp_path / "new.db"
    sqlite3.connect(path).close()  # an empty file, as 'touch' leaves it
    connect = sqlite_store._connect

    def read_only(p, *, readonly):
        conn = connect(p, readonly=readonly)
        conn.execute("PRAGMA query_only = 1")  # every write fails as on a read-only file
        return conn

    monkeypatch.setattr(sqlite_store, "_connect", read_only)
    with pytest.raises(EventwireError) as raised:
        open_store(str(path))
    assert str(raised.value).startswith(f"[E027] {path}: cannot open or create the database (")


def test_a_read_only_database_file_is_refused_before_the_run_starts(db_path, monkeypatch):
    # A read-only eventwire database opened fine for writing: the run loaded its models and
    # processed the first batch before its first write failed.
    import os

    open_store(db_path).close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p) == db_path and mode & os.W_OK
                        else real_access(p, mode, **kw))
    with pytest.raises(EventwireError, match=r"^\[E027\] .*: cannot open or create the database \(read-only file\)"):
        open_store(db_path)
    open_store(db_path, readonly=True).close()  # reading it is fine


def test_another_programs_database_is_not_filled_with_eventwire_tables(tmp_path):
    # '--db' naming another program's SQLite file (schema version 0, tables of its own) got
    # eventwire's tables added to it, the run's articles stored among its data.
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO bookmarks (url) VALUES ('https://example.org/')")
    conn.commit()
    conn.close()
    with pytest.raises(EventwireError, match=r"^\[E012\] .*places.sqlite: not an eventwire database \(.*bookmarks"):
        open_store(str(path))
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["bookmarks"]
    conn.close()
