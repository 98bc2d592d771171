"""The fork server's preload (preload.py) and the pool started from it (pipeline.py)."""

from __future__ import annotations

import json
import sys

import pytest

from eventwire import preload
from eventwire.pipeline import process_documents
from eventwire.records import Document
from eventwire.settings import Settings, load_settings

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
