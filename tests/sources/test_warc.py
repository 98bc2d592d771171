"""WARC inputs, written at test time with warcio."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.errors import InputError
from eventwire.records import Document

PAGE = b"<html><body><p>NATO leaders met in Washington.</p></body></html>"


def write_warc(path, records, *, gzip: bool):
    """``records``: (uri, status, content type, body, record type)."""
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for uri, status, content_type, body, rec_type in records:
            if rec_type == "response":
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http)
            else:
                record = writer.create_warc_record(
                    uri,
                    rec_type,
                    payload=io.BytesIO(body),
                    warc_content_type=content_type,
                    warc_headers_dict={"WARC-Date": "2024-07-10T14:00:00Z"},
                )
            writer.write_record(record)
    return path


RECORDS = [
    ("https://news.example/2024/07/nato-summit.html", "200 OK", "text/html; charset=utf-8", PAGE, "response"),
    ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n", "response"),
    ("https://news.example/gone", "404 Not Found", "text/html", b"<html>gone</html>", "response"),
    ("https://news.example/api/", "200 OK", "application/xhtml+xml", PAGE, "response"),
    ("https://news.example/q", "", "application/http; msgtype=request", b"GET /q HTTP/1.1\r\n\r\n", "request"),
]


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_documents(tmp_path, settings, collect, gzip):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), RECORDS, gzip=gzip)
    items = collect([path], settings)
    assert all(isinstance(i, Document) for i in items), items
    first, second = items  # image, 404 and request records are not articles
    assert first.url == "https://news.example/2024/07/nato-summit.html"
    assert first.doc_id == "nato-summit"
    assert (first.raw, first.content_type, first.origin) == (PAGE, "html; charset=utf-8", "warc")
    assert first.fetched_at is not None and first.fetched_at.tzinfo is not None
    assert first.input == f"{path} ({first.url})"
    assert second.doc_id == "api"
    assert second.content_type == "html"  # no charset declared


def test_record_charset_is_kept_for_decoding(tmp_path, settings, collect):
    text = "Ministerstwo wezwało ambasadora w środę. Święto ąę."
    body = f"<html><body><p>{text}</p></body></html>".encode("iso-8859-2")
    records = [
        ("https://pl.example/a", "200 OK", "text/html; charset=iso-8859-2", body, "response"),
        ("https://pl.example/b", "", "text/html; charset=iso-8859-2", body, "resource"),
    ]
    path = write_warc(tmp_path / "pl.warc.gz", records, gzip=True)
    from eventwire.extract.decode import decode

    docs = collect([path], settings)
    assert [d.content_type for d in docs] == ["html; charset=iso-8859-2"] * 2
    assert all(text in decode(d.raw, d.content_type) for d in docs)


def test_fetched_at_is_the_warc_date(tmp_path, settings, collect):
    path = write_warc(tmp_path / "r.warc", [("https://x.example/a.html", "", "text/html", PAGE, "resource")], gzip=False)
    [doc] = collect([path], settings)
    assert doc.fetched_at == datetime(2024, 7, 10, 14, 0, tzinfo=UTC)


def test_record_without_uri_segment_uses_record_id(tmp_path, settings, collect):
    path = write_warc(tmp_path / "r.warc.gz", [("https://x.example/", "200 OK", "text/html", PAGE, "response")], gzip=True)
    [doc] = collect([path], settings)
    assert len(doc.doc_id) == 36 and doc.doc_id.count("-") == 4  # the record's UUID


def test_not_a_warc_is_e016(tmp_path, settings, collect):
    path = tmp_path / "bad.warc"
    # Five words: warcio alone would take this line for an old ARC header and say nothing.
    path.write_text("this is not an archive\nat all\n")
    [err] = collect([path], settings)
    assert isinstance(err, InputError)
    assert str(err).startswith(f"[E016] {path}: not a readable WARC file (")


def test_cut_off_warc_gz_keeps_whole_records_and_reports_e016(tmp_path, settings, collect):
    records = [(f"https://x.example/p{i}.html", "200 OK", "text/html", PAGE * 20, "response") for i in range(3)]
    path = write_warc(tmp_path / "cut.warc.gz", records, gzip=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # the middle of the second record
    items = collect([path], settings)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.doc_id for d in docs] == ["p0"]
    assert docs[0].raw == PAGE * 20
    assert len(errors) == 1 and errors[0].startswith(f"[E016] {path}: not a readable WARC file (")


def test_cut_off_plain_warc_record_is_e016(tmp_path, settings, collect):
    records = [(f"https://x.example/p{i}.html", "200 OK", "text/html", PAGE * 20, "response") for i in range(2)]
    path = write_warc(tmp_path / "cut.warc", records, gzip=False)
    path.write_bytes(path.read_bytes()[:-300])
    items = collect([path], settings)
    assert isinstance(items[0], Document) and items[0].doc_id == "p0"
    assert str(items[1]).startswith(f"[E016] {path} (https://x.example/p1.html): not a readable WARC file (record is truncated)")


def test_oversized_record_is_e009_and_the_next_is_read(tmp_path, settings, collect):
    records = [
        ("https://x.example/big.html", "200 OK", "text/html", b"<p>" + b"x" * 5000, "response"),
        ("https://x.example/small.html", "200 OK", "text/html", PAGE, "response"),
    ]
    path = write_warc(tmp_path / "r.warc.gz", records, gzip=True)
    items = collect([path], replace(settings, max_file_bytes=1000))
    assert str(items[0]) == f"[E009] {path} (https://x.example/big.html): larger than 1000 bytes"
    assert items[1].doc_id == "small"


def test_gzipped_non_warc_is_e016(tmp_path, settings, collect):
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(__import__("gzip").compress(PAGE))
    [err] = collect([path], settings)
    assert str(err).startswith(f"[E016] {path}: not a readable WARC file (")


def test_empty_warc_is_e002(tmp_path, settings, collect):
    path = tmp_path / "e.warc.gz"
    path.write_bytes(b"")
    assert [str(i) for i in collect([path], settings)] == [f"[E002] {path}: empty input"]


def test_a_response_without_content_type_is_sniffed(tmp_path, settings, collect):
    # Servers omit Content-Type or send application/octet-stream; the record's HTML page was
    # skipped without a word (a URL fetch sniffs the bytes in that case).
    path = tmp_path / "bare.warc.gz"
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for uri, headers, body in (
            ("https://news.example/no-type", [], PAGE),
            ("https://news.example/octet", [("Content-Type", "application/octet-stream")], PAGE),
            ("https://news.example/blob", [("Content-Type", "application/octet-stream")], b"\x00\x01binary"),
            ("https://news.example/script.js", [], b"var x = '<html>';"),
        ):
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    items = collect([path], settings)
    assert [(i.doc_id, i.content_type) for i in items] == [("no-type", "html"), ("octet", "html")], items


def test_wet_conversion_records_are_text_documents(tmp_path, settings, collect):
    text = b"Harbour workers end strike\nThe dock workers' union ended its strike on Tuesday.\n"
    records = [
        ("https://port.example/news/strike-ends", "", "text/plain", text, "conversion"),
        ("https://port.example/feed", "", "application/rss+xml", b"<rss/>", "conversion"),
    ]
    path = write_warc(tmp_path / "CC-MAIN-0001.warc.wet.gz", records, gzip=True)
    [doc] = collect([path], settings)
    assert (doc.doc_id, doc.url, doc.origin) == ("strike-ends", "https://port.example/news/strike-ends", "warc")
    assert (doc.raw, doc.content_type) == (text, "text; charset=utf-8")
    assert doc.fetched_at is not None
