import pytest

from eventwire.errors import EventwireError, InputError
from eventwire.pipeline import process_document, resolve_stages
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

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Austria and Hungary agreed to meet again in Vienna next month. " * 3)
    (tmp_path / "in" / "b.txt").write_text("The boom of the markets surprised Austria and Hungary alike. " * 3)
    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, article_stages=["extract"],
                             corpus_stages=["_test_corpus_boom"])
    summary = run([str(tmp_path / "in")], settings)
    assert summary.new_articles == 1 and len(summary.failed) == 1
    assert "E018" in summary.failed[0] and "b.txt" in summary.failed[0]
    store = open_store(settings.db)
    assert store.counts()["articles"] == 1
    # the failed article's half-done write was rolled back; the good one's kept
    assert store.conn.execute("SELECT id FROM stories").fetchall() == [("a",)]
    store.close()
