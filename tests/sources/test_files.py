"""Files and directories: each kind, each bad input, doc_id rules, walking, determinism."""

from __future__ import annotations

import gzip
import os
import tracemalloc
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from eventwire.errors import InputError
from eventwire.records import Document

PAGE = "<!doctype html><html><head><title>Summit</title></head><body><p>Leaders met in Washington.</p></body></html>"


def only(items: list) -> Document | InputError:
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("page.html", "html"), ("page.htm", "html"), ("000_dadfd7567ef50cb5.txt", "text"), ("Page.HTML", "html")],
)
def test_plain_files_become_documents(tmp_path, settings, collect, name, content_type):
    path = tmp_path / name
    path.write_text(PAGE if content_type == "html" else "Leaders met in Washington.\n")
    doc = only(collect([path], settings))
    assert isinstance(doc, Document)
    assert doc.content_type == content_type
    assert doc.origin == "file"
    assert doc.raw == path.read_bytes()  # bytes as stored; decoding happens in extraction
    assert doc.doc_id == name.split(".")[0]
    assert doc.input == str(path)


def test_file_fetched_at_is_its_mtime(tmp_path, settings, collect):
    path = tmp_path / "a.html"
    path.write_text(PAGE)
    stamp = datetime(2024, 7, 10, 12, 0, tzinfo=UTC).timestamp()
    os.utime(path, (stamp, stamp))
    doc = only(collect([path], settings))
    assert doc.fetched_at == datetime(2024, 7, 10, 12, 0, tzinfo=UTC)


def test_gzipped_html_is_decompressed(tmp_path, settings, collect):
    path = tmp_path / "a.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    doc = only(collect([path], settings))
    assert isinstance(doc, Document)
    assert doc.raw == PAGE.encode()
    assert (doc.doc_id, doc.content_type) == ("a", "html")


@pytest.mark.parametrize(
    ("name", "doc_id"),
    [
        ("000_dadfd7567ef50cb5.txt", "000_dadfd7567ef50cb5"),
        ("a.html.gz", "a"),
        ("report.2024.html", "report.2024"),  # only known extensions are stripped
        ("story.HTM", "story"),
    ],
)
def test_doc_id_is_the_name_without_extensions(tmp_path, settings, collect, name, doc_id):
    path = tmp_path / name
    data = PAGE.encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert only(collect([path], settings)).doc_id == doc_id


def test_missing_path_is_e001(tmp_path, settings, collect):
    err = only(collect([tmp_path / "nope.html"], settings))
    assert isinstance(err, InputError)
    assert str(err) == f"[E001] {tmp_path / 'nope.html'}: no such file, directory or URL"


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file_is_e002(tmp_path, settings, collect, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = only(collect([path], settings))
    assert isinstance(err, InputError) and str(err).startswith(f"[E002] {path}:")


@pytest.mark.parametrize(
    ("magic", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"some\x00binary\x00\x01\x02 bytes", "binary data"),
    ],
)
def test_binary_file_is_e003(tmp_path, settings, collect, magic, kind):
    path = tmp_path / "not-a-page.html"
    path.write_bytes(magic + b"\x00" * 64)
    err = only(collect([path], settings))
    assert isinstance(err, InputError)
    assert str(err) == f"[E003] {path}: binary content ({kind}), not a web page or text"


def test_utf16_text_is_not_binary(tmp_path, settings, collect):
    path = tmp_path / "wide.txt"
    path.write_bytes("Leaders met in Washington.".encode("utf-16"))
    assert isinstance(only(collect([path], settings)), Document)


def test_truncated_gzip_is_e004(tmp_path, settings, collect):
    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode() * 50)[:-20])
    err = only(collect([path], settings))
    assert isinstance(err, InputError) and str(err).startswith(f"[E004] {path}: truncated or corrupt gzip")


def test_not_gzip_named_gz_is_e004(tmp_path, settings, collect):
    path = tmp_path / "fake.html.gz"
    path.write_text(PAGE)
    err = only(collect([path], settings))
    assert isinstance(err, InputError) and str(err).startswith("[E004]")


def test_fifty_megabyte_page_is_refused_without_reading_it(tmp_path, settings, collect):
    path = tmp_path / "huge.html"
    with open(path, "wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50_000_000)
    tracemalloc.start()
    try:
        err = only(collect([path], settings))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(err) == f"[E009] {path}: larger than {settings.max_file_bytes} bytes"
    assert peak < 5_000_000


def test_gzip_bomb_is_refused_while_decompressing(tmp_path, settings, collect):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 8_000_000))
    small = replace(settings, max_file_bytes=1_000_000)
    tracemalloc.start()
    try:
        err = only(collect([path], small))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(err) == f"[E009] {path}: larger than 1000000 bytes"
    assert peak < 4_000_000  # read in chunks up to the limit, never the 8 MB whole


def test_explicit_unknown_extension_is_e010(tmp_path, settings, collect):
    path = tmp_path / "notes.docx"
    path.write_text("hello")
    err = only(collect([path], settings))
    assert str(err).startswith(f"[E010] {path}: unsupported input type")


def test_special_file_is_refused_not_read(tmp_path, settings, collect):
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)  # reading it would block for ever
    err = only(collect([fifo], settings))
    assert str(err).startswith(f"[E020] {fifo}: cannot read (not a regular file)")


def _tree(root):
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    (root / "z.html").write_text(PAGE)
    (root / "a" / "one.txt").write_text("One.")
    (root / "b" / "two.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (root / "b" / "deeper" / "three.htm").write_text(PAGE)
    (root / "b" / "skip.pdf").write_bytes(b"%PDF-1.4")  # unknown extension: skipped quietly
    (root / "b" / "notes.docx").write_text("x")
    (root / ".secret.html").write_text(PAGE)  # hidden: skipped
    (root / ".hidden" / "four.html").write_text(PAGE)
    (root / "m.txt").write_text("")  # known extension but empty: reported


def test_directory_is_walked_recursively_sorted_skipping_hidden_and_unknown(tmp_path, settings, collect):
    _tree(tmp_path)
    items = collect([tmp_path], settings)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.doc_id for d in docs] == ["z", "one", "two", "three"]  # a folder's files, then its sub-folders
    assert errors == [f"[E002] {tmp_path / 'm.txt'}: empty input"]
    assert docs[1].input == str(tmp_path / "a" / "one.txt")


def test_directory_walk_is_deterministic(tmp_path, settings, collect):
    _tree(tmp_path)
    first = [i.to_dict() if isinstance(i, Document) else str(i) for i in collect([tmp_path], settings)]
    second = [i.to_dict() if isinstance(i, Document) else str(i) for i in collect([tmp_path], settings)]
    assert first == second


def test_an_empty_directory_is_e002(tmp_path, settings, collect):
    (tmp_path / ".hidden.html").write_text("<p>hidden files are skipped</p>")
    err = only(collect([tmp_path], settings))
    assert str(err) == f"[E002] {tmp_path}: empty input"


def test_a_directory_of_files_eventwire_does_not_read_says_what_it_skipped(tmp_path, settings, collect):
    # It was '[E002] DIR: empty input': a folder of 300 .json files looked empty to the user.
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub").mkdir()
    for n in range(3):
        (tmp_path / "sub" / f"story{n}.json").write_text('{"text": "Kenya accused Uganda."}')
    err = only(collect([tmp_path], settings))
    assert str(err) == (f"[E028] {tmp_path}: no file eventwire reads in this folder (4 skipped: .json, .pdf); "
                        "give .html, .htm, .html.gz, .txt, .jsonl, .warc, .warc.gz, .xml, .rss or .atom files")
