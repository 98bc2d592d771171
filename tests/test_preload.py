"""The fork server's preload (preload.py) and the pool started from it (pipeline.py)."""

from __future__ import annotations

import json
import sys

import pytest

from eventwire import preload
from eventwire.pipeline import process_documents
from eventwire.records import Document
from eventwire.settings import Settings, load_settings
from eventwire.stages import stage

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="workers start from a fork server on Linux only")

# Texts written for this test: two short reports with countries, a city and event verbs.
TEXTS = [
    "BERLIN — Germany accused Poland on Monday of blocking a rail agreement, and urged the "
    "European Union to mediate. Polish officials rejected the claim. " * 3,
    "Kenya and Tanzania signed a trade deal in Nairobi on Friday. Police arrested two men "
    "outside the ministry, officials said. Analysts said the move was expected. " * 3,
]


def test_the_settings_reach_the_fork_server_whole():
    settings = load_settings(workers=2, batch_size=3, user_actors="/tmp/none.jsonl", article_stages=["extract"])
    assert Settings(**json.loads(preload.environment(settings))) == settings


@pytest.mark.slow
def test_the_sample_goes_through_every_default_stage():
    # The warm-up only loads what the stages reach: the sample must not be refused on the way.
    from eventwire.pipeline import process_batch, resolve_stages

    settings = load_settings()
    (work,) = process_batch([Document(raw=preload.SAMPLE.encode(), doc_id="s", content_type="html")],
                            resolve_stages(settings.article_stages, kind="article"), settings)
    assert work.error is None
    assert work.events and all(event.location is not None for event in work.events)
    assert "embedding" in work.extras


@linux_only
def test_the_fork_server_is_stopped_after_the_run():
    from multiprocessing import forkserver

    settings = load_settings(workers=2, batch_size=1, article_stages=["extract"], worker_start="forkserver")
    docs = [Document(raw=f"Report {n}: Austria and Hungary agreed to meet in Vienna. ".encode() * 5,
                     doc_id=f"d{n}", input=f"d{n}") for n in range(3)]
    works = list(process_documents(docs, settings))
    assert [w.document.doc_id for w in works] == ["d0", "d1", "d2"]
    assert all(w.article is not None and not w.error for w in works)
    assert forkserver._forkserver._forkserver_pid is None


@pytest.mark.slow
@linux_only
def test_workers_forked_after_the_preload_give_what_one_process_gives():
    def run(workers: int) -> list[dict]:
        settings = load_settings(workers=workers, batch_size=1, worker_start="forkserver")
        docs = [Document(raw=text, doc_id=f"t{n}", input=f"t{n}") for n, text in enumerate(TEXTS)]
        works = list(process_documents(docs, settings))
        assert all(not w.error for w in works)
        return [{"events": [e.to_dict() for e in w.events], "article": w.article.to_dict(),
                 "embedding": w.extras["embedding"].tolist()} for w in works]

    pooled, alone = run(2), run(1)
    assert any(item["events"] for item in alone)
    assert pooled == alone


def test_spawned_workers_start_no_fork_server():
    from multiprocessing import forkserver

    from eventwire.pipeline import _worker_context

    assert _worker_context(load_settings(worker_start="spawn")).get_start_method() == "spawn"
    settings = load_settings(workers=2, batch_size=1, article_stages=["extract"], worker_start="spawn")
    docs = [Document(raw=f"Report {n}: Chile and Peru agreed to talk in Lima. ".encode() * 5,
                     doc_id=f"s{n}", input=f"s{n}") for n in range(2)]
    works = list(process_documents(docs, settings))
    assert [w.document.doc_id for w in works] == ["s0", "s1"] and not any(w.error for w in works)
    assert getattr(forkserver._forkserver, "_forkserver_pid", None) is None


# A corpus stage that records when the writer warms it and when it runs on an article.
CALLS: list[str] = []


def _warm_recorder(settings):
    from multiprocessing import forkserver

    server_up = getattr(forkserver._forkserver, "_forkserver_pid", None) is not None
    CALLS.append(f"warm server={'up' if server_up else 'none'}")
    if settings.user_actors == "warm-fails":
        raise RuntimeError("no model here")


def _record_article(work, store, settings):
    CALLS.append("article")


stage("_test_corpus_warmed", reads=("article",), kind="corpus", warm=_warm_recorder)(_record_article)


def _folder(tmp_path, count: int) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(count):
        (folder / f"r{n}.txt").write_text(f"Report {n}: Ghana and Togo agreed to share power from the dam. " * 4)
    return str(folder)


def test_the_writer_warms_its_corpus_stages_once_before_the_first_article(tmp_path):
    from eventwire.pipeline import run

    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, article_stages=["extract"],
                             corpus_stages=["_test_corpus_warmed"])
    CALLS.clear()
    assert run([_folder(tmp_path, 2)], settings).new_articles == 2
    assert CALLS == ["warm server=none", "article", "article"]


def test_a_failed_warm_up_leaves_the_stage_to_load_on_first_use(tmp_path):
    from eventwire.pipeline import run

    settings = load_settings(db=str(tmp_path / "t.db"), workers=1, article_stages=["extract"],
                             corpus_stages=["_test_corpus_warmed"], user_actors="warm-fails")
    CALLS.clear()
    summary = run([_folder(tmp_path, 2)], settings)
    assert summary.new_articles == 2 and not summary.failed
    assert CALLS == ["warm server=none", "article", "article"]


@linux_only
def test_the_fork_server_starts_before_the_writer_warms_up_and_stops_after_the_run(tmp_path):
    from multiprocessing import forkserver

    from eventwire.pipeline import run

    settings = load_settings(db=str(tmp_path / "t.db"), workers=2, batch_size=1, article_stages=["extract"],
                             corpus_stages=["_test_corpus_warmed"], worker_start="forkserver")
    CALLS.clear()
    assert run([_folder(tmp_path, 3)], settings).new_articles == 3
    # The workers' models load while the writer warms its own stages: the server is up first.
    assert CALLS == ["warm server=up", "article", "article", "article"]
    assert forkserver._forkserver._forkserver_pid is None


@linux_only
def test_a_run_refused_for_its_settings_stops_the_fork_server_it_started(tmp_path):
    from multiprocessing import forkserver

    from eventwire.errors import EventwireError
    from eventwire.pipeline import run

    settings = load_settings(db=str(tmp_path / "t.db"), workers=2, article_stages=["extract", "no_such_stage"],
                             worker_start="forkserver")
    with pytest.raises(EventwireError, match="no_such_stage"):
        run([_folder(tmp_path, 1)], settings)
    assert forkserver._forkserver._forkserver_pid is None
    assert not (tmp_path / "t.db").exists()  # refused before the store was opened


_PRELOAD_SCRIPT = """
import gc
from eventwire import preload
print(gc.isenabled(), gc.get_freeze_count() > 1000)
"""


@pytest.mark.parametrize("stages", [["extract"], ["no_such_stage"]])
def test_the_preload_leaves_the_collector_on_and_what_it_loaded_frozen(stages):
    # The collector is off while the preload loads: the workers forked after it need it on.
    import os
    import subprocess

    settings = load_settings(article_stages=stages)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), preload.ENV: preload.environment(settings)}
    done = subprocess.run([sys.executable, "-c", _PRELOAD_SCRIPT], capture_output=True, text=True, timeout=120, env=env)
    assert done.stdout.split() == ["True", "True"], done.stderr[-2000:]
