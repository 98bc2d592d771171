import pytest

from eventwire.errors import EventwireError, InputError
from eventwire.pipeline import process_batch, process_document, process_documents, resolve_stages
from eventwire.records import Article, Document
from eventwire.settings import load_settings
from eventwire.stages import REGISTRY, stage


@stage("_test_reads_parsed", reads=("parsed",), writes=("events",))
def _reads_parsed(work, settings):
    pass


@stage("_test_make_article", reads=("document",), writes=("article",))
def _make_article(work, settings):
    if work.document.raw == b"bad":
        raise InputError("[E999] bad input")
    if work.document.raw == b"boom":
        raise RuntimeError("kaboom")
    work.article = Article(id="a", doc_id=work.document.doc_id, text=work.document.raw.decode())


def test_default_stages_are_registered_in_order():
    settings = load_settings()
    names = [s.name for s in resolve_stages(settings.article_stages, kind="article")]
    assert names == settings.article_stages
    assert {"extract", "language", "nlp", "dedup"} <= set(REGISTRY)


def test_read_without_earlier_writer_is_refused():
    with pytest.raises(EventwireError, match="E014"):
        resolve_stages(["_test_reads_parsed"], kind="article")
    resolve_stages(["extract", "nlp", "_test_reads_parsed"], kind="article")


def test_unknown_stage_is_refused():
    with pytest.raises(EventwireError, match="E015"):
        resolve_stages(["no_such_stage"], kind="article")


def test_process_document_turns_failures_into_errors():
    stages = resolve_stages(["_test_make_article"], kind="article")
    settings = load_settings()
    ok = process_document(Document(raw=b"fine text", doc_id="d", input="in.txt"), stages, settings)
    assert ok.error is None and ok.article.text == "fine text"
    assert ok.document.raw == b""  # raw bytes do not travel back from workers
    bad = process_document(Document(raw=b"bad", doc_id="d", input="in.txt"), stages, settings)
    assert bad.error == "[E999] bad input"
    boom = process_document(Document(raw=b"boom", doc_id="d", input="in.txt"), stages, settings)
    assert boom.error.startswith("[E018] in.txt") and "kaboom" in boom.error


BATCH_CALLS: list[int] = []


@stage("_test_batch_upper", reads=("article",), writes=("extras",), batch=True)
def _batch_upper(works, settings):
    BATCH_CALLS.append(len(works))
    if any("poison" in w.article.text for w in works):
        raise RuntimeError("poisoned batch")
    for work in works:
        work.extras["upper"] = work.article.text.upper()


def _docs(*texts):
    return [Document(raw=t.encode(), doc_id=f"d{i}", input=f"in{i}.txt") for i, t in enumerate(texts)]


def test_a_batch_stage_gets_every_article_still_going_at_once():
    stages = resolve_stages(["_test_make_article", "_test_batch_upper"], kind="article")
    BATCH_CALLS.clear()
    works = process_batch(_docs("one", "bad", "two", "three"), stages, load_settings())
    assert BATCH_CALLS == [3]  # the bad input left the batch before the batch stage
    assert [w.extras.get("upper") for w in works] == ["ONE", None, "TWO", "THREE"]
    assert works[1].error == "[E999] bad input"


def test_a_failing_batch_reruns_per_article_and_loses_only_the_bad_one():
    stages = resolve_stages(["_test_make_article", "_test_batch_upper"], kind="article")
    BATCH_CALLS.clear()
    works = process_batch(_docs("one", "poison pill", "two"), stages, load_settings())
    assert BATCH_CALLS == [3, 1, 1, 1]
    assert [w.extras.get("upper") for w in works] == ["ONE", None, "TWO"]
    assert "E018" in works[1].error and "poisoned batch" in works[1].error


def test_an_article_already_stored_skips_the_later_stages():
    stages = resolve_stages(["_test_make_article", "_test_batch_upper"], kind="article")
    BATCH_CALLS.clear()
    asked = []

    def stored(text_hash, doc_id):
        asked.append(doc_id)
        return doc_id == "d1"

    works = process_batch(_docs("one", "two", "three"), stages, load_settings(), stored)
    assert asked == ["d0", "d1", "d2"] and BATCH_CALLS == [2]
    assert [w.extras.get("upper") for w in works] == ["ONE", None, "THREE"]
    assert works[1].article.text == "two" and works[1].error is None  # the writer still counts it


AUSTRIA = "Austria and Hungary agreed to meet again in Vienna next month. "


def _inputs(tmp_path, **texts: str) -> str:
    """A folder ``in`` holding NAME.txt for each text (three times over: long enough to keep)."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text * 3)
    return str(folder)


def test_a_rerun_parses_nothing_it_stored_before(tmp_path):
    from eventwire.pipeline import run

    folder = _inputs(tmp_path, a=AUSTRIA, b="Chile and Peru agreed to reopen the border crossing next week. ")
    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, batch_size=1,
                             article_stages=["extract", "_test_batch_upper"], corpus_stages=[])
    BATCH_CALLS.clear()
    first = run([folder], settings)
    assert first.new_articles == 2 and len(BATCH_CALLS) == 2
    _inputs(tmp_path, c="Ghana and Togo agreed to share power from the new dam. ")
    BATCH_CALLS.clear()
    again = run([folder], settings)
    assert (again.already_stored, again.new_articles) == (2, 1)
    assert len(BATCH_CALLS) == 1  # only the new article went past extraction


def test_documents_go_in_batches_of_the_setting_and_keep_their_order():
    stages = ["_test_make_article", "_test_batch_upper"]
    settings = load_settings(workers=1, batch_size=2, article_stages=stages)
    BATCH_CALLS.clear()
    works = list(process_documents(iter(_docs("a", "b", "c", "d", "e")), settings))
    assert BATCH_CALLS == [2, 2, 1]
    assert [w.article.text for w in works] == ["a", "b", "c", "d", "e"]


def test_a_pool_gets_full_batches_then_smaller_ones_at_the_end():
    from eventwire.pipeline import dealt

    batches = list(dealt(iter(range(200)), 8, 2))
    assert [d for batch in batches for d in batch] == list(range(200))  # all of them, in order
    sizes = [len(batch) for batch in batches]
    assert sizes[:23] == [8] * 23 and max(sizes[23:]) < 8  # the last 16 only are cut smaller
    assert sizes[-4:] == [1, 1, 1, 1]  # the last takes each worker about one article
    assert sizes[23:] == sorted(sizes[23:], reverse=True)


def test_dealing_reads_only_a_round_of_batches_ahead():
    from eventwire.pipeline import dealt

    read: list[int] = []

    def source():
        for i in range(100):
            read.append(i)
            yield i

    batches = dealt(source(), 4, 2)
    assert next(batches) == [0, 1, 2, 3] and len(read) == 12  # one batch, then one a worker ahead
    assert list(dealt([], 8, 2)) == [] and list(dealt(["a", "b"], 8, 2)) == [["a"], ["b"]]
    assert [len(b) for b in dealt(range(5), 1, 2)] == [1] * 5


_TAIL_SCRIPT = """
from eventwire.pipeline import process_documents
from eventwire.records import Document
from eventwire.settings import load_settings
from eventwire.stages import stage


@stage("_test_batch_size", reads=("article",), writes=("extras",), batch=True)
def _batch_size(works, settings):
    for work in works:
        work.extras["batch"] = len(works)


if __name__ == "__main__":
    settings = load_settings(workers=2, batch_size=4, article_stages=["extract", "_test_batch_size"])
    docs = (Document(raw=f"Austria and Hungary agreed to meet in Vienna, round {i}. ".encode() * 5,
                     doc_id=f"d{i}", input=f"d{i}") for i in range(30))
    works = list(process_documents(docs, settings))
    print([w.document.doc_id for w in works] == [f"d{i}" for i in range(30)])
    print(*(w.extras.get("batch", w.error) for w in works))
"""


def test_the_pool_sends_the_last_articles_in_small_batches_and_keeps_their_order(tmp_path):
    import os
    import subprocess
    import sys

    script = tmp_path / "tail.py"  # a file: the workers register its stage as they import it
    script.write_text(_TAIL_SCRIPT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          env=env, cwd=tmp_path)
    lines = done.stdout.split("\n")
    assert lines[0] == "True", done.stderr[-2000:]
    sizes = [int(n) for n in lines[1].split()]
    assert sizes[:20] == [4] * 20 and sizes[-2:] == [1, 1]


def test_registered_stage_names_are_pinned():
    resolve_stages([], kind="article")  # imports every stage module
    names = {name for name in REGISTRY if not name.startswith("_test")}
    assert names == {"extract", "language", "nlp", "actors", "events", "where_when", "embed",
                     "dedup", "stories", "merge"}


@stage("_test_corpus_boom", reads=("article",), kind="corpus")
def _corpus_boom(work, store, settings):
    store.conn.execute("INSERT INTO stories (id, title) VALUES (?, 'half-written')", (work.article.doc_id,))
    if "boom" in work.article.text:
        raise RuntimeError("corpus kaboom")


def test_a_corpus_stage_failure_loses_only_that_article(tmp_path):
    from eventwire.pipeline import run
    from eventwire.store import open_store

    folder = _inputs(tmp_path, a=AUSTRIA, b="The boom of the markets surprised Austria and Hungary alike. ")
    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, article_stages=["extract"],
                             corpus_stages=["_test_corpus_boom"])
    summary = run([folder], settings)
    assert summary.new_articles == 1 and len(summary.failed) == 1
    assert "E018" in summary.failed[0] and "b.txt" in summary.failed[0]
    store = open_store(settings.db)
    assert store.counts()["articles"] == 1
    # the failed article's half-done write was rolled back; the good one's kept
    assert store.conn.execute("SELECT id FROM stories").fetchall() == [("a",)]
    store.close()


_INTERRUPT_SCRIPT = """
import sys
from eventwire.pipeline import process_documents
from eventwire.records import Document
from eventwire.settings import load_settings

settings = load_settings(workers=2, batch_size=1, article_stages=["extract"])
docs = (Document(raw=b"Austria and Hungary agreed to meet in Vienna. " * 5, doc_id=f"d{i}", input=f"d{i}")
        for i in range(10000))
works = process_documents(docs, settings)
next(works)
try:
    works.throw(KeyboardInterrupt)  # Ctrl-C while the feed waits for a free slot in the window
except KeyboardInterrupt:
    print("stopped")
"""


def test_ctrl_c_stops_the_worker_pool_without_hanging(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run([sys.executable, "-c", _INTERRUPT_SCRIPT], capture_output=True, text=True,
                              timeout=60, env=env, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail("the pool hung after KeyboardInterrupt")
    assert done.stdout.strip() == "stopped", done.stderr[-2000:]
    assert "Traceback" not in done.stderr


def test_a_finished_run_leaves_its_records_in_the_database_file_itself(tmp_path):
    # With one worker the stored-article check keeps a read-only connection open past the
    # writer's close; SQLite then left every record in the -wal file and the database file
    # itself empty, so a copy of eventwire.db alone (a backup, a colleague's copy) had nothing.
    import shutil
    import sqlite3

    from eventwire.pipeline import run

    folder = _inputs(tmp_path, a=AUSTRIA)
    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, article_stages=["extract"], corpus_stages=[])
    assert run([folder], settings).new_articles == 1
    (tmp_path / "copy").mkdir()
    shutil.copy(tmp_path / "t.db", tmp_path / "copy" / "t.db")
    conn = sqlite3.connect(f"file:{tmp_path / 'copy' / 't.db'}?mode=ro", uri=True)
    assert conn.execute("SELECT doc_id FROM articles").fetchall() == [("a",)]
    conn.close()


def test_a_full_disk_stops_the_run_with_one_line_and_keeps_the_database(tmp_path, monkeypatch):
    # SQLite rolls the whole transaction back on a full disk, savepoint and all: the writer's
    # 'ROLLBACK TO article' then raised 'no such savepoint' and the run ended in a traceback.
    # Every later write would fail the same way: the run stops with one line, and what was
    # committed before stays readable.
    import eventwire.store.sqlite as sqlite_store
    from eventwire.errors import EventwireError
    from eventwire.pipeline import run
    from eventwire.store import open_store

    (tmp_path / "in").mkdir()
    for n in range(6):
        (tmp_path / "in" / f"a{n}.txt").write_text(f"Report {n}: Austria and Hungary agreed to meet. {'x' * 60} " * 300)
    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, article_stages=["extract"], corpus_stages=[])
    connect = sqlite_store._connect

    def small_disk(path, *, readonly):
        conn = connect(path, readonly=readonly)
        if not readonly:
            conn.execute("PRAGMA max_page_count = 60")  # SQLITE_FULL once the file has 60 pages
        return conn

    monkeypatch.setattr(sqlite_store, "_connect", small_disk)
    with pytest.raises(EventwireError) as raised:
        run([str(tmp_path / "in")], settings)
    message = str(raised.value)
    assert message.startswith("[E026]") and "t.db" in message and "\n" not in message
    monkeypatch.setattr(sqlite_store, "_connect", connect)
    store = open_store(settings.db, readonly=True)
    stored = store.counts()["articles"]
    assert stored >= 1 and f"the {stored} articles it had stored are kept" in message
    store.close()


_VERBOSE_SCRIPT = """
import logging
from eventwire.pipeline import process_documents
from eventwire.records import Document
from eventwire.settings import load_settings
from eventwire.stages import stage


@stage("_test_worker_boom", reads=("article",))
def boom(work, settings):
    raise RuntimeError("worker kaboom")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")  # eventwire -vv
    settings = load_settings(workers=2, batch_size=1, article_stages=["extract", "_test_worker_boom"])
    docs = [Document(raw=b"Austria and Hungary agreed to meet in Vienna. " * 5, doc_id="d1", input="d1")]
    print([w.error for w in process_documents(docs, settings)])
"""


def test_verbose_logging_reaches_the_worker_processes(tmp_path):
    # -v/-vv set the level in the main process only: pool workers (spawned, the default with
    # more than one core) logged at WARNING, so the traceback of a failed stage, promised at
    # -vv, never showed.
    import os
    import subprocess
    import sys

    script = tmp_path / "verbose.py"
    script.write_text(_VERBOSE_SCRIPT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env,
                          cwd=tmp_path)
    assert "E018" in done.stdout, done.stderr[-2000:]
    assert "DEBUG eventwire.pipeline: stage _test_worker_boom failed on d1" in done.stderr
    assert "RuntimeError: worker kaboom" in done.stderr


def _feed(teaser: str) -> str:
    # The entry's page is unreachable (port 9 on loopback refuses at once): its own text is read.
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Ceasefire holds</title><link>http://127.0.0.1:9/world/ceasefire-holds.html</link>
<description>{teaser}</description></item></channel></rss>"""


def test_re_polling_a_feed_stores_an_entry_once_whatever_its_text_became(tmp_path):
    # An entry already stored came back with other text (its page unreachable this time and
    # the teaser read instead, or the teaser edited): stored again under the same doc_id, its
    # events counted again.
    from eventwire.pipeline import run
    from eventwire.store import open_store

    feed = tmp_path / "wire.rss"
    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, allow_private=True, http_timeout=2.0,
                             article_stages=["extract"], corpus_stages=[])
    feed.write_text(_feed("The ceasefire between the two armies held for a third day on Wednesday, monitors said, "
                          "and aid convoys reached the besieged city for the first time in a month."))
    assert run([str(feed)], settings).new_articles == 1
    feed.write_text(_feed("UPDATED: The ceasefire held for a third day on Wednesday, monitors said, as the first "
                          "aid convoys in a month reached the besieged city and residents queued for food."))
    again = run([str(feed)], settings)
    assert (again.new_articles, again.already_stored) == (0, 1)
    store = open_store(settings.db, readonly=True)
    assert store.counts()["articles"] == 1
    store.close()


def _page(toll: str) -> str:
    return f"""<html><head><title>Flood toll rises</title></head><body><article><h1>Flood toll rises</h1>
<p>Floods in the river valley have killed {toll} people since Monday, the regional governor said on
Wednesday, as rescue teams in boats searched villages cut off by the water.</p>
<p>The governor said more than two thousand families had left their homes and were sheltering in
schools, and that the army had sent helicopters to drop food and drinking water.</p>
<p>Forecasters expect more rain over the weekend, and engineers are checking two dams upstream of
the valley's largest town, where the river rose four metres in a single night.</p></article></body></html>"""


def test_a_re_polled_feed_entry_whose_page_was_edited_is_stored_as_a_revision(tmp_path, server):
    # The page itself changed (a new toll): a revision of the stored article, not a skip; the
    # teaser rule (stored once whatever its text) is for entries read from their own text.
    from eventwire.pipeline import run
    from eventwire.store import open_store

    link = server.page("/world/flood-toll.html", _page("at least 12"))
    feed = tmp_path / "wire.rss"
    feed.write_text(f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>
<item><title>Flood toll rises</title><link>{link}</link><description>Floods kill 12.</description></item>
</channel></rss>""")
    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, allow_private=True, http_timeout=2.0,
                             article_stages=["extract"], corpus_stages=["dedup"])
    assert run([str(feed)], settings).new_articles == 1
    assert run([str(feed)], settings).already_stored == 1  # the same page again adds nothing
    server.page("/world/flood-toll.html", _page("at least 31"))
    again = run([str(feed)], settings)
    assert (again.new_articles, again.already_stored) == (1, 0)
    store = open_store(settings.db, readonly=True)
    rows = store.conn.execute("SELECT text, duplicate_of FROM articles ORDER BY rowid").fetchall()
    store.close()
    assert len(rows) == 2 and "at least 31" in rows[1][0] and rows[1][1] is not None


def test_feed_entries_whose_links_end_alike_are_different_articles(tmp_path):
    # Links ending in the same segment ('.../05/01/index.html', '.../05/02/index.html') share
    # a doc_id ('index'): they are still two entries, both stored.
    from eventwire.pipeline import run

    items = "".join(
        f"<item><title>Day {day}</title><link>http://127.0.0.1:9/world/2024/05/0{day}/index.html</link>"
        f"<description>On day {day} the ceasefire between the two armies held, monitors said, and aid convoys "
        f"reached {town} for the first time in a month.</description></item>"
        for day, town in ((1, "the besieged city"), (2, "the northern villages")))
    feed = tmp_path / "wire.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>')
    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, allow_private=True, http_timeout=2.0,
                             article_stages=["extract"], corpus_stages=[])
    assert run([str(feed)], settings).new_articles == 2


@stage("_test_corpus_disk_full", reads=("article",), kind="corpus")
def _corpus_disk_full(work, store, settings):
    import sqlite3

    store.conn.execute("INSERT INTO stories (id, title) VALUES (?, 'half-written')", (work.article.doc_id,))
    if "full" in work.article.text:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error


def test_a_write_failure_keeps_no_half_written_article(tmp_path):
    # The run stopped on the failed write and committed what had gone through, the failed
    # article's half included: a re-run would then skip it as stored, its events never written.
    from eventwire.errors import EventwireError
    from eventwire.pipeline import run
    from eventwire.store import open_store

    folder = _inputs(tmp_path, a=AUSTRIA, b="The disk was full when Austria and Hungary met in Vienna today. ")
    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, article_stages=["extract"],
                             corpus_stages=["_test_corpus_disk_full"])
    with pytest.raises(EventwireError, match=r"^\[E026\].*the 1 articles it had stored are kept"):
        run([folder], settings)
    store = open_store(settings.db, readonly=True)
    assert store.conn.execute("SELECT id FROM stories").fetchall() == [("a",)]
    assert [a["doc_id"] for a in store.iter_articles()] == ["a"]
    store.close()
