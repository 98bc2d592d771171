"""The Dask runner: same articles as the pool, input order kept, a failing input is one error line.

The cluster tests start real LocalClusters (worker processes); they need no models.
"""

from __future__ import annotations

import pickle
import time
from pathlib import Path

import pytest

from eventwire.pipeline import process_document, resolve_stages, run
from eventwire.records import Document
from eventwire.scale.dask import InOrder, process_documents_dask
from eventwire.settings import load_settings
from eventwire.store import open_store

TEXTS = {
    "vienna.txt": "Ministers meet in Vienna\nThe foreign ministers of Austria and Hungary met in Vienna on "
                  "Monday to discuss border controls, officials said. Both governments described the talks "
                  "as constructive and agreed to meet again next month.",
    "harbour.txt": "Port strike ends\nDock workers in the northern harbour returned to work on Friday after "
                   "the union accepted a new wage offer from the port authority, ending a strike that had "
                   "lasted nine days and left ships waiting offshore.",
    "harbour-copy.txt": "Port strike ends\nDock workers in the northern harbour returned to work on Friday after "
                        "the union accepted a new wage offer from the port authority, ending a strike that had "
                        "lasted nine days and left ships waiting offshore!",
    "empty.txt": "",
    "schools.txt": "Schools reopen after storm\nSchools along the coast reopened on Wednesday, three days after "
                   "a storm cut power to thousands of homes. The regional council said repairs to two "
                   "buildings would take until the end of the month.",
}


def _light_settings(**overrides):
    return load_settings(article_stages=["extract", "language"], corpus_stages=["dedup"], quiet=True, **overrides)


def _write_inputs(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _stored(db: str) -> list[dict]:
    store = open_store(db, readonly=True)
    try:
        return [{k: v for k, v in row.items() if k not in ("added_at", "fetched_at")} for row in store.iter_articles()]
    finally:
        store.close()


def test_in_order_gives_results_back_in_submission_order():
    order = InOrder()
    order.put(2, "c")
    order.put(1, "b")
    assert list(order.ready()) == []
    order.put(0, "a")
    assert list(order.ready()) == ["a", "b", "c"]
    order.put(3, "d")
    assert list(order.ready()) == ["d"] and not order.waiting


def test_article_work_from_a_worker_pickles_without_doc_or_bytes():
    settings = _light_settings()
    stages = resolve_stages(settings.article_stages, kind="article")
    work = process_document(Document(raw=TEXTS["vienna.txt"].encode(), doc_id="vienna", input="vienna.txt"),
                            stages, settings)
    back = pickle.loads(pickle.dumps(work))
    assert back.error is None and back.article.language == "en"
    assert back.article.text == work.article.text and back.document.raw == b"" and back.parsed is None


# Stages only these tests use. They are built inside a function so that Dask pickles them by
# value: the test module itself cannot be imported on a worker.
def _register_test_stages() -> None:
    import os
    import time

    from eventwire.records import Article, content_hash
    from eventwire.stages import stage

    @stage("_test_dask_article", reads=("document",), writes=("article",))
    def make_article(work, settings):
        raw = work.document.raw
        text = (raw.decode("utf-8") if isinstance(raw, bytes) else raw).strip()
        if text.startswith("boom"):
            raise RuntimeError("kaboom")
        if text.startswith("die"):
            os._exit(1)  # the worker process dies mid-task, as on an out-of-memory kill
        if text.startswith("sleep"):
            time.sleep(float(text.split()[1]))
        work.article = Article(id=content_hash(text), doc_id=work.document.doc_id, text=text)
        work.extras["finished_at"] = time.time()


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster reached by its address, as a remote one is, with the test stages on each worker."""
    import dask
    from distributed import Client, LocalCluster, WorkerPlugin

    class RegisterTestStages(WorkerPlugin):  # local class: pickled by value
        def setup(self, worker):
            _register_test_stages()

    _register_test_stages()  # in this process too, for run()'s check of the stage list
    # Fail a task on its first dead worker, and give each worker one task at a time, so a dying
    # worker takes down only the input it was running.
    config = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}
    with dask.config.set(config), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster, set_as_default=False) as client:
        client.register_plugin(RegisterTestStages())
        yield cluster.scheduler_address


@pytest.mark.slow
def test_local_cluster_stores_the_same_articles_as_the_pool(tmp_path):
    inputs = _write_inputs(tmp_path / "in", TEXTS)
    pool_db, dask_db = str(tmp_path / "pool.db"), str(tmp_path / "dask.db")
    pool = run([str(inputs)], _light_settings(db=pool_db, workers=2))
    on_dask = run([str(inputs)], _light_settings(db=dask_db, workers=2, dask="local"))
    assert on_dask.to_dict() == pool.to_dict()
    assert on_dask.new_articles == 4 and on_dask.duplicates == 1 and len(on_dask.failed) == 1
    stored = _stored(dask_db)
    assert stored == _stored(pool_db)
    assert [a["doc_id"] for a in stored] == ["harbour-copy", "harbour", "schools", "vienna"]


@pytest.mark.slow
@pytest.mark.parametrize("batch_size", [1, 2])
def test_results_come_back_in_input_order(scheduler, batch_size):
    settings = load_settings(article_stages=["_test_dask_article"], workers=2, batch_size=batch_size)
    # The first inputs take longest, so they finish last.
    delays = [0.8, 0.6, 0.4, 0.2, 0.0, 0.0]
    documents = [Document(raw=f"sleep {d} #{i}", doc_id=f"d{i}", input=f"d{i}") for i, d in enumerate(delays)]
    works = list(process_documents_dask(documents, settings, scheduler))
    assert [w.document.doc_id for w in works] == [f"d{i}" for i in range(len(delays))]
    assert all(w.error is None for w in works)
    finished = [w.extras["finished_at"] for w in works]
    assert finished != sorted(finished)  # they did finish out of order


@pytest.mark.slow
def test_a_failing_input_is_an_error_line_not_a_crash(scheduler, tmp_path):
    # More inputs than twice the worker threads: the scheduler queues them, one task per worker.
    texts = {"a-ok.txt": "first fine text", "b-boom.txt": "boom", "c-die.txt": "die", "d-ok.txt": "fine text",
             "e-ok.txt": "another fine text", "f-ok.txt": "last fine text"}
    inputs = _write_inputs(tmp_path / "in", texts)
    settings = load_settings(article_stages=["_test_dask_article"], corpus_stages=["dedup"], dask=scheduler,
                             db=str(tmp_path / "run.db"))
    start = time.monotonic()
    summary = run([str(inputs)], settings)
    assert time.monotonic() - start < 60  # no hang: the dead worker is restarted twice (batch, then alone)
    assert summary.inputs == 6 and summary.new_articles == 4
    boom, died = summary.failed
    assert boom.startswith("[E018]") and "b-boom.txt" in boom and "kaboom" in boom
    assert died.startswith("[E018]") and "c-die.txt" in died and "worker died" in died
    assert [a["doc_id"] for a in _stored(settings.db)] == ["a-ok", "d-ok", "e-ok", "f-ok"]


@pytest.mark.slow
def test_a_batch_whose_worker_died_is_sent_again_one_by_one(scheduler):
    settings = load_settings(article_stages=["_test_dask_article"], workers=2, batch_size=3)
    texts = ["fine one", "die here", "fine two", "fine three", "fine four"]
    documents = [Document(raw=t, doc_id=f"d{i}", input=f"d{i}") for i, t in enumerate(texts)]
    works = list(process_documents_dask(documents, settings, scheduler))
    assert [w.document.doc_id for w in works] == [f"d{i}" for i in range(len(texts))]
    assert [w.error is None for w in works] == [True, False, True, True, True]
    assert "worker died" in works[1].error


def test_an_unreachable_scheduler_is_one_clear_error(monkeypatch):
    from eventwire.errors import EventwireError
    from eventwire.scale import dask as runner

    monkeypatch.setattr(runner, "CONNECT_TIMEOUT_S", 1)
    settings = _light_settings()
    with pytest.raises(EventwireError, match=r"\[E022\]"):
        list(process_documents_dask([], settings, "tcp://127.0.0.1:1"))


def test_run_dask_option_reaches_the_runner(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from eventwire.cli import main
    from eventwire.scale import dask as runner

    monkeypatch.setattr(runner, "CONNECT_TIMEOUT_S", 1)
    inputs = _write_inputs(tmp_path / "in", {"vienna.txt": TEXTS["vienna.txt"]})
    result = CliRunner().invoke(main, ["run", str(inputs), "--db", str(tmp_path / "x.db"), "--quiet",
                                       "--dask", "tcp://127.0.0.1:1"])
    assert result.exit_code == 1 and "[E022] Dask scheduler tcp://127.0.0.1:1" in result.output


@pytest.mark.slow
def test_dask_local_prints_only_eventwire_lines(tmp_path):
    # 'eventwire run --dask local' printed Dask's own INFO log (scheduler, nannies, workers,
    # clients: about 35 lines) and its shutdown warnings ('Worker process still alive after 4.0
    # seconds, killing') around the summary; they show with -v only, as eventwire's do.
    import contextlib
    import os
    import socket
    import subprocess
    import sys

    inputs = _write_inputs(tmp_path / "in", {k: v for k, v in TEXTS.items() if k != "empty.txt"})
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # Another cluster on the machine holds Dask's HTTP port: it warned 'Port 8787 is already in use'.
    busy = socket.socket()
    with contextlib.suppress(OSError):
        busy.bind(("127.0.0.1", 8787))
        busy.listen()
    done = subprocess.run(
        [sys.executable, "-m", "eventwire", "run", str(inputs), "--db", str(tmp_path / "d.db"), "--workers", "2",
         "--dask", "local", "--quiet"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    busy.close()
    assert done.returncode == 0, done.stderr
    assert "distributed" not in done.stderr, done.stderr
