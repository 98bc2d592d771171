"""``iter_documents`` over mixed inputs: order kept, every failure one InputError, never a raise."""

from __future__ import annotations

import json

import eventwire.sources as sources
from eventwire.errors import InputError
from eventwire.records import Document

PAGE = "<html><body><p>Leaders met.</p></body></html>"


def describe(items):
    return [i.doc_id if isinstance(i, Document) else str(i)[:6] for i in items]


def test_mixed_inputs_keep_their_order_and_bad_ones_do_not_stop_the_run(tmp_path, strict_settings, collect):
    good = tmp_path / "good.html"
    good.write_text(PAGE)
    lines = tmp_path / "c.jsonl"
    lines.write_text(json.dumps({"id": "j1", "text": "One."}) + "\nnot json\n")
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "inner.txt").write_text("Inner.")
    items = collect(
        [good, tmp_path / "missing.html", "http://127.0.0.1:9/x", lines, folder, "ftp://example.org/a"],
        strict_settings,
    )
    assert describe(items) == ["good", "[E001]", "[E008]", "j1", "[E006]", "inner", "[E001]"]


def test_an_unexpected_failure_costs_one_input(tmp_path, settings, collect, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(sources, "file_document", broken)
    (tmp_path / "a.html").write_text(PAGE)
    lines = tmp_path / "b.jsonl"
    lines.write_text(json.dumps({"id": "b", "text": "B."}))
    items = collect([tmp_path / "a.html", lines], settings)
    assert str(items[0]) == f"[E018] {tmp_path / 'a.html'}: processing failed (RuntimeError: boom)"
    assert items[1].doc_id == "b"


def test_failures_inside_a_directory_name_the_file(tmp_path, settings, collect):
    (tmp_path / "a.html").write_bytes(b"%PDF-1.4 not a page")
    (tmp_path / "b.html").write_text(PAGE)
    items = collect([tmp_path], settings)
    assert isinstance(items[0], InputError) and str(items[0]).startswith(f"[E003] {tmp_path / 'a.html'}:")
    assert items[1].doc_id == "b"


def test_documents_survive_the_record_round_trip(tmp_path, settings, collect):
    # Documents go to worker processes as dicts; raw bytes must come back as the same bytes.
    path = tmp_path / "a.html"
    path.write_bytes("<p>Caf\u00e9 \u2014 \u00fcber</p>".encode())
    [doc] = collect([path], settings)
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
