"""The whole pipeline on the wire-style articles written for the event audit
(tests/fixtures/news_events): behaviours a conflict researcher checks event by event."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "news_events"


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    from eventwire.pipeline import run
    from eventwire.settings import load_settings
    from eventwire.store import open_store

    db = tmp_path_factory.mktemp("news") / "news.db"
    summary = run([str(ARTICLES)], load_settings(db=str(db), workers=1))
    assert summary.new_articles == len(list(ARTICLES.glob("*.txt"))) and not summary.failed
    store = open_store(str(db), readonly=True)
    try:
        return list(store.iter_events())
    finally:
        store.close()


def _of(events, doc_id):
    return [e for e in events if any(m.doc_id == doc_id for m in e.mentions)]


def test_a_full_dateline_names_no_actor(events):
    # "ABUJA, Nigeria, April 14, 2025 (Wire) - Gunmen abducted ...": the gunmen act, not Nigeria.
    kidnap = _of(events, "10_kidnap")
    assert any(e.cameo.startswith("18") and e.source.code.startswith("NGAUAF") for e in kidnap)
    assert not any(e.source and e.source.code == "NGA" for e in kidnap)


def test_a_negated_event_has_no_goldstein_score(events):
    assert all(e.goldstein is None for e in events if e.negated)
    assert any(e.goldstein is not None for e in events)
