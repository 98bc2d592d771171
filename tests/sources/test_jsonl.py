"""JSON-lines inputs: fields carried into Documents, and bad lines reported with their number."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from eventwire.records import Document
from eventwire.sources.jsonl import parse_datetime


def write_lines(path, lines):
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


def test_records_become_documents_with_their_fields(tmp_path, settings, collect):
    path = write_lines(
        tmp_path / "corpus.jsonl",
        [
            {
                "id": "nato-1",
                "text": "NATO accused China of enabling Russia's war.",
                "title": "NATO summit",
                "url": "https://news.example/nato-1",
                "published": "2024-07-10T18:30:00-04:00",
                "outlet": "Example News",
            },
            {"id": 42, "html": "<html><body><p>Embassy rejects claims.</p></body></html>"},
        ],
    )
    first, second = collect([path], settings)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.doc_id == "nato-1"
    assert first.raw == b"NATO accused China of enabling Russia's war."
    assert (first.content_type, first.origin) == ("text", "jsonl")
    assert (first.title, first.outlet, first.url) == ("NATO summit", "Example News", "https://news.example/nato-1")
    assert first.published == datetime(2024, 7, 10, 18, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert first.published.tzinfo is not None
    assert first.input == f"{path}:1"
    assert (second.doc_id, second.content_type, second.input) == ("42", "html", f"{path}:2")
    assert second.title is None and second.published is None


def test_other_corpora_names_for_date_and_outlet(tmp_path, settings, collect):
    # AllSides/NeuS-style "date" and "source"; NewsAPI's "publishedAt" and {"name"} source; a
    # "source" that is no outlet (a list of coded actors) is left alone
    path = write_lines(
        tmp_path / "corpus.jsonl",
        [
            {"id": "a", "text": "Leaders met in Geneva.", "date": "2021-04-22T06:15:00-07:00", "source": "Wire One"},
            {"id": "b", "text": "Talks ended.", "publishedAt": "2020-05-01T10:00:00Z", "source": {"id": None, "name": "Daily Two"}},
            {"id": "c", "text": "France agreed.", "date": "2000-01-01", "source": [{"actorText": "France", "code": "FRA"}]},
            {"id": "d", "text": "Rain fell.", "published": "", "date": "2019-03-02", "outlet": "Own Name", "source": "Other"},
        ],
    )
    # (read in date order: c, d, b, a)
    a, b, c, d = sorted(collect([path], settings), key=lambda doc: doc.doc_id)
    assert (a.published, a.outlet) == (datetime(2021, 4, 22, 6, 15, tzinfo=timezone(timedelta(hours=-7))), "Wire One")
    assert (b.published, b.outlet) == (datetime(2020, 5, 1, 10, tzinfo=UTC), "Daily Two")
    assert (c.published, c.outlet) == (datetime(2000, 1, 1, tzinfo=UTC), None)
    assert (d.published, d.outlet) == (datetime(2019, 3, 2, tzinfo=UTC), "Own Name")


def test_a_date_field_dates_the_record_when_published_is_absent(tmp_path, settings, collect):
    # Gold clustering records (what 'eventwire eval clustering' reads) and many corpora name it
    # "date": 'eventwire run' read only "published", so the same file was clustered dated by
    # the eval and undated by the run (AllSides tune half, run + export: pairwise F1 0.72; 0.90 dated).
    path = write_lines(tmp_path / "gold.jsonl", [
        {"id": "a", "text": "Leaders met in Washington.", "date": "2021-04-22T06:15:00-07:00"},
        {"id": "b", "text": "Leaders met again.", "date": "2021-04-23", "published": "2021-04-24"},
        {"id": "c", "text": "Leaders left.", "date": ""},
    ])
    first, second, third = collect([path], settings)
    assert first.published == datetime(2021, 4, 22, 6, 15, tzinfo=timezone(timedelta(hours=-7)))
    assert second.published == datetime(2021, 4, 24, tzinfo=UTC)  # "published" wins
    assert third.published is None


def test_record_without_id_gets_file_and_line(tmp_path, settings, collect):
    path = write_lines(tmp_path / "batch.jsonl", [{"text": "Something happened."}])
    assert collect([path], settings)[0].doc_id == "batch-1"


def test_bad_json_line_is_e006_with_its_number_and_the_run_goes_on(tmp_path, settings, collect):
    path = write_lines(
        tmp_path / "c.jsonl",
        [{"id": "a", "text": "First."}, '{"id": "b", "text": ', "[1, 2]", {"id": "d", "text": "Fourth."}],
    )
    items = collect([path], settings)
    assert [i.doc_id if isinstance(i, Document) else str(i)[:10] for i in items] == [
        "a",
        f"[E006] {path}"[:10],
        f"[E006] {path}"[:10],
        "d",
    ]
    assert str(items[1]).startswith(f"[E006] {path}:2: not a JSON object (")
    assert str(items[2]) == f"[E006] {path}:3: not a JSON object (a JSON list)"


def test_record_without_text_or_html_is_e011(tmp_path, settings, collect):
    path = write_lines(
        tmp_path / "c.jsonl", [{"id": "x", "title": "  "}, {"id": "y", "text": "   "}, {"id": "z", "text": "Ok."}]
    )
    items = collect([path], settings)
    assert str(items[0]) == f"[E011] {path}:1: JSONL record has no 'text', 'html' or 'title'"
    assert str(items[1]) == f"[E011] {path}:2: JSONL record has no 'text', 'html' or 'title'"
    assert items[2].doc_id == "z"


def test_a_record_with_a_title_only_is_its_headline(tmp_path, settings, collect):
    # One-sentence documents (ECB+: 60 of 982) and items that carry a headline only were E011:
    # 'eventwire run' dropped them while 'eventwire eval clustering' clustered them by their
    # title (ECB+ first-event triples, tune half: run + export pairwise F1 0.944, eval 0.987).
    from eventwire.extract import extract_article

    headline = "Armed robbers stole gems worth 85 million euros from a Paris jeweller on Thursday."
    path = write_lines(tmp_path / "h.jsonl", [{"id": "h", "title": headline, "date": "2008-12-05"}])
    [document] = collect([path], settings)
    assert (document.raw, document.title, document.content_type) == (headline.encode(), headline, "text")
    article = extract_article(document)
    assert (article.text, article.title) == (headline, headline)


def test_blank_lines_are_skipped_but_counted(tmp_path, settings, collect):
    path = write_lines(tmp_path / "c.jsonl", ["", {"id": "a", "text": "A."}, "   ", "oops"])
    items = collect([path], settings)
    assert items[0].doc_id == "a" and items[0].input == f"{path}:2"
    assert str(items[1]).startswith(f"[E006] {path}:4:")


def test_overlong_line_is_e009_and_skipped(tmp_path, settings, collect):
    small = replace(settings, max_file_bytes=200)
    path = write_lines(
        tmp_path / "c.jsonl",
        [{"id": "a", "text": "A."}, {"id": "big", "text": "x" * 5000}, {"id": "c", "text": "C."}],
    )
    items = collect([path], small)
    assert [getattr(i, "doc_id", None) for i in items] == ["a", None, "c"]
    assert str(items[1]) == f"[E009] {path}:2: larger than 200 bytes"


def test_empty_jsonl_is_e002(tmp_path, settings, collect):
    for content in ("", "\n\n"):
        path = tmp_path / "e.jsonl"
        path.write_text(content)
        assert [str(i) for i in collect([path], settings)] == [f"[E002] {path}: empty input"]


def test_gzipped_jsonl(tmp_path, settings, collect):
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "g", "text": "Gz."}\n'))
    [doc] = collect([path], settings)
    assert (doc.doc_id, doc.raw) == ("g", b"Gz.")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-10", datetime(2024, 7, 10, tzinfo=UTC)),
        ("2024-07-10T12:00:00Z", datetime(2024, 7, 10, 12, tzinfo=UTC)),
        ("Wed, 10 Jul 2024 16:00:00 GMT", datetime(2024, 7, 10, 16, tzinfo=UTC)),
        ("10 July 2024", datetime(2024, 7, 10, tzinfo=UTC)),
        (1720627200, datetime(2024, 7, 10, 16, tzinfo=UTC)),
        # epoch milliseconds (JavaScript's Date) were out of range as seconds: the date was lost
        (1720627200000, datetime(2024, 7, 10, 16, tzinfo=UTC)),
        (1720627200123, datetime(2024, 7, 10, 16, 0, 0, 123000, tzinfo=UTC)),
        # a written date with a 12-hour clock and a zone went to the e-mail date reader, which
        # ignored 'PM' and the zone: 03:00 UTC instead of 19:00 UTC
        ("July 10, 2024 3:00 PM EDT", datetime(2024, 7, 10, 19, tzinfo=UTC)),
        ("July 10, 2024 3:00 PM", datetime(2024, 7, 10, 15, tzinfo=UTC)),
        ("Wed, 10 Jul 2024 12:00:00 -0400", datetime(2024, 7, 10, 16, tzinfo=UTC)),
        # relative or partial dates were completed from today's date (the run's, not the record's)
        ("2 days ago", None),
        ("yesterday", None),
        ("July 10", None),
        ("not a date at all", None),
        (None, None),
        ({"y": 2024}, None),
    ],
)
def test_published_is_parsed_to_an_aware_datetime(value, expected):
    parsed = parse_datetime(value)
    assert parsed == expected
    assert parsed is None or parsed.tzinfo is not None


def test_markup_in_the_text_field_is_read_as_html(tmp_path, settings, collect):
    # Corpora often put the page, or the body's <p> elements, in "text". Read as plain text, the
    # markup stayed in the article and a whole page's <head> became its title.
    page = ("<!doctype html><html><head><title>Talks resume | Wire</title></head><body><nav>Home</nav>"
            "<article><p>Talks resumed in Geneva on Monday.</p></article></body></html>")
    fragment = "<p>Talks resumed in Geneva on Monday.</p>\n<p>Both delegations attended &amp; spoke.</p>"
    plain = "The guide says to wrap text in <b>bold</b> tags."
    path = write_lines(tmp_path / "c.jsonl", [{"id": "page", "text": page}, {"id": "frag", "text": fragment},
                                              {"id": "plain", "text": plain}])
    first, second, third = collect([path], settings)
    assert (first.content_type, first.raw) == ("html", page.encode())
    assert second.content_type == "text"
    assert second.raw.decode() == "Talks resumed in Geneva on Monday.\n\nBoth delegations attended & spoke."
    assert (third.content_type, third.raw) == ("text", plain.encode())  # a tag quoted in prose stays


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_jsonl_with_a_bom_is_read(tmp_path, settings, collect, encoding):
    # Windows PowerShell 5 writes UTF-16 with a BOM ('>' and Out-File); every line failed with
    # "[E006] ...: not a JSON object ('utf-16-le' codec can't decode byte 0x0a ...)".
    lines = [json.dumps({"id": "a", "text": "Talks resumed in Genève on Monday."}),
             json.dumps({"id": "b", "text": "Both sides attended."})]
    data = "\r\n".join(lines).encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "ps.jsonl"
    path.write_bytes(data)
    first, second = collect([path], settings)
    assert isinstance(first, Document) and isinstance(second, Document), (first, second)
    assert first.raw.decode("utf-8") == "Talks resumed in Genève on Monday."
    assert (first.doc_id, second.doc_id, second.input) == ("a", "b", f"{path}:2")


def test_an_html_field_holding_the_body_only_is_read(tmp_path, settings, collect):
    # News APIs and scrapers store the article body's HTML ('<p>...</p><p>...</p>') without a
    # page around it; the page extractor refuses HTML without <body>, so the record was E005.
    body = "<div class='body'><p>Talks resumed in Geneva on Monday.</p>\n<p>Both delegations attended &amp; spoke.</p></div>"
    page = "<html><body><article><p>Talks resumed in Geneva on Monday.</p></article></body></html>"
    path = write_lines(tmp_path / "api.jsonl", [{"id": "body", "html": body}, {"id": "page", "html": page}])
    first, second = collect([path], settings)
    assert first.content_type == "text"
    assert first.raw.decode() == "Talks resumed in Geneva on Monday.\n\nBoth delegations attended & spoke."
    assert (second.content_type, second.raw) == ("html", page.encode())
