"""The extraction scorer (ScrapingHub shingles, metadata matching) and the dev-set bars."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from eventwire.eval import extraction as ev


def test_shingles_are_lowercased_word_4grams() -> None:
    assert ev.shingles("The cat sat on the mat") == {
        ("the", "cat", "sat", "on"): 1, ("cat", "sat", "on", "the"): 1, ("sat", "on", "the", "mat"): 1,
    }
    assert ev.shingles("Two words") == {("two", "words"): 1}  # a short text is one shingle
    assert ev.shingles("") == {}


def test_shingle_match_counts_and_normalises() -> None:
    # 5 tokens -> 2 shingles each; one shared
    tp, fp, fn = ev.shingle_match("a b c d e", "a b c d x")
    assert (tp, fp, fn) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert ev.shingle_match("A B C D", "a b c d") == (1.0, 0.0, 0.0)
    assert ev.shingle_match("A B C D", "a b c d", lowercase=False) == (0.0, 0.5, 0.5)


def test_body_metrics_average_pages_then_f1() -> None:
    perfect = ev.shingle_match("one two three four five", "one two three four five")
    empty = ev.shingle_match("one two three four five", "")
    metrics = ev.body_metrics([perfect, empty])
    # the empty prediction has no precision (left out) and zero recall
    assert metrics["precision"] == 1.0
    assert metrics["recall"] == 0.5
    assert metrics["f1"] == pytest.approx(2 * 0.5 / 1.5, abs=1e-4)
    assert metrics["f1_mean"] == 0.5


def test_metadata_matching() -> None:
    assert ev.title_match("Port workers end strike", "Port Workers End Strike!")
    assert not ev.title_match("Port workers end strike", "Port workers end strike | Courier")
    assert ev.date_match("2024-07-10", datetime(2024, 7, 10, 23, 0, tzinfo=UTC))
    assert not ev.date_match("2024-07-10", None)
    assert ev.author_match("Jane Okafor and Tomas Lindqvist", ["Tomas Lindqvist", "Jane Okafor"])
    assert ev.author_match("Dylan Baker, MS, RD", ["Dylan Baker"])
    assert not ev.author_match("Jane Okafor", [])


def _write_wcxb(root: Path) -> None:
    (root / "html").mkdir(parents=True)
    (root / "ground-truth").mkdir()
    body = " ".join(f"word{i}" for i in range(60))
    html = (
        "<html><head><title>A test page | Site</title><meta property='og:site_name' content='Site'></head>"
        f"<body><article><h1>A test page</h1><p>{body}</p></article></body></html>"
    )
    (root / "html" / "0001.html").write_text(html, "utf-8")
    gold = {"url": "https://site.example/a", "ground_truth": {
        "title": "A test page", "author": None, "publish_date": None, "main_content": body}}
    (root / "ground-truth" / "0001.json").write_text(json.dumps(gold), "utf-8")


def test_evaluate_extraction_on_a_tiny_wcxb_layout(tmp_path: Path) -> None:
    _write_wcxb(tmp_path)
    assert ev.detect_layout(tmp_path) == "wcxb"
    result = ev.evaluate_extraction(str(tmp_path), by_split=True)
    assert result["pages"] == 1
    assert result["body"]["f1"] == 1.0
    assert result["title"]["accuracy"] == 1.0
    assert result["date"]["pages"] == 0 and result["date"]["invented"] == 0.0
    assert result["odd"]["pages"] == 0
    json.dumps(result)


def test_a_scrapinghub_layout_with_plain_html_pages_is_read(tmp_path: Path) -> None:
    # Only html/ID.html.gz was looked for: a ScrapingHub-layout folder of plain .html pages
    # (as the WCXB layout already accepts) failed with 'No such file ... ID.html.gz'.
    body = " ".join(f"word{i}" for i in range(60))
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html").write_text(
        f"<html><head><title>A test page</title></head><body><article><p>{body}</p></article></body></html>")
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": body}}), "utf-8")
    result = ev.evaluate_extraction(str(tmp_path))
    assert result["pages"] == 1 and result["body"]["f1"] == 1.0


def test_a_page_in_a_legacy_encoding_is_read_as_the_run_reads_it(tmp_path: Path) -> None:
    # The scorer read pages as UTF-8 with replacement marks while `eventwire run` finds the
    # encoding from the bytes: a cp1252 page was scored on other text than a user's run stores.
    body = "Caf\u00e9 owners \u2018welcomed\u2019 the r\u00e9sum\u00e9 of the new mayor. " * 8
    (tmp_path / "html").mkdir()
    page = f"<html><head><title>Caf\u00e9 news</title></head><body><article><p>{body}</p></article></body></html>"
    (tmp_path / "html" / "p1.html").write_bytes(page.encode("cp1252"))
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": body}}), "utf-8")
    (loaded,) = ev.load_pages(tmp_path)
    assert "r\u00e9sum\u00e9" in loaded.html and "\ufffd" not in loaded.html
    assert ev.evaluate_extraction(str(tmp_path))["body_case_sensitive"]["f1"] == 1.0


def test_a_scrapinghub_ground_truth_that_is_no_object_is_refused(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "ground-truth.json").write_text("[1, 2]", "utf-8")
    with pytest.raises(ValueError, match="ground-truth.json"):
        list(ev.load_pages(tmp_path))


def test_detect_layout_refuses_other_folders(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        ev.detect_layout(tmp_path)


# --- dev sets (../shared): held-out halves against the bars -------------------------


def _dev(shared_dir: Path, rel: str) -> str:
    path = shared_dir / "data" / "extraction" / rel
    if not path.is_dir():
        pytest.skip(f"{path} not present")
    return str(path)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.heldout
def test_scrapinghub_held_out(shared_dir: Path) -> None:
    result = ev.evaluate_extraction(_dev(shared_dir, "scrapinghub"), split="odd")
    assert result["pages"] == 46
    # Floors a little under what was measured, so a regression fails (bar in issue 2: 0.965).
    assert result["body"]["f1"] >= 0.947  # measured 0.952


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.heldout
def test_wcxb_held_out(shared_dir: Path) -> None:
    result = ev.evaluate_extraction(_dev(shared_dir, "wcxb/dev"), split="odd")
    # measured: body 0.944, title 0.848, date 0.875 (a date on 23% of pages without one), author 0.757
    assert result["body"]["f1"] >= 0.935
    assert result["title"]["accuracy"] >= 0.84
    assert result["date"]["accuracy"] >= 0.85
    assert result["date"]["invented"] <= 0.30
    assert result["author"]["accuracy"] >= 0.73
