"""bench/events_realnews.py's label file and halves (the labels themselves live outside the repo)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "events_realnews.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("events_realnews", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_labels_are_read_as_sentences_and_events(bench, tmp_path):
    labels = tmp_path / "labels.tsv"
    labels.write_text(
        "# a comment\n"
        "=\tsite/page1\t0\tabc123\n"
        "#\tthe sentence, as a comment\n"
        "=\tsite/page1\t3\tdef456\n"
        "site/page1\t3\tREJECT|ACCUSE\tUSA\tRUS\tmust\trejected the claims\n"
        "site/page1\t3\tTHREATEN\tUSA\t-\tmay\twarned\n", "utf-8")
    sentences, events = bench.read_labels(labels)
    assert sentences == {("site/page1", 0): "abc123", ("site/page1", 3): "def456"}
    assert events[0] == ("site/page1", 3, ("REJECT", "ACCUSE"), "USA", "RUS", "must", "rejected the claims")
    assert events[1][4:6] == ("-", "may")


def test_halves_are_fixed_by_the_page_id(bench):
    halves = {bench.half(f"site/page{i}") for i in range(40)}
    assert halves == {"A", "B"}
    assert all(bench.half(f"site/page{i}") == bench.half(f"site/page{i}") for i in range(40))


def test_a_missing_label_file_is_said_and_skipped(bench, tmp_path, capsys):
    assert bench.main([str(tmp_path / "absent.tsv"), "--half", "A"]) == 0
    assert "no label file" in capsys.readouterr().out


def test_a_jsonl_pool_is_read_as_the_pipeline_reads_jsonl_records(bench, tmp_path, monkeypatch):
    pool = tmp_path / "pool.jsonl"
    pool.write_text(
        '{"id": "s1_left", "title": "Ministers meet", "date": "2021-05-24T08:30:00-07:00", '
        '"text": "The foreign ministers of Chile and Peru met in Lima on Monday. They agreed to reopen the border."}\n'
        '{"id": "s2", "title": "A headline only"}\n', "utf-8")
    monkeypatch.setitem(bench.POOLS, "testpool", pool)
    bench.pool_documents.cache_clear()
    pages = dict(bench.pool_pages("testpool"))
    # every record is a page; one with a title only is its title, as the pipeline reads it
    assert pages["testpool/s2"] == "A headline only"
    assert pages["testpool/s1_left"].endswith("They agreed to reopen the border.")
    article = bench.load_page("testpool/s1_left")
    assert article.doc_id == "testpool/s1_left"
    assert article.text.startswith("The foreign ministers of Chile and Peru met")
    assert article.published is not None and article.published.year == 2021
    assert article.title == "Ministers meet"


def test_an_unknown_pool_is_refused_in_one_line(bench, tmp_path, capsys):
    assert bench.main(["--select", str(tmp_path / "draft.tsv"), "--pool", "nosuchpool"]) == 2
    out = capsys.readouterr().out
    assert "nosuchpool" in out and len(out.strip().splitlines()) == 1
    assert not (tmp_path / "draft.tsv").exists()
