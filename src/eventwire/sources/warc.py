"""WARC archives (``.warc``, ``.warc.gz``): each HTML response record is one Document; in a WET
file (``.warc.wet.gz``, Common Crawl's text of each page) each text conversion record is.

Archives are streamed record by record; the size cap applies per record, not per archive,
since a crawl's WARC is routinely gigabytes.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from eventwire.errors import Errors, InputError
from eventwire.records import Document
from eventwire.sources.files import GZIP_MAGIC, check_regular_file, read_up_to
from eventwire.sources.naming import url_last_segment
from eventwire.sources.sniff import binary_kind, mime_of, starts_as_page, with_charset

log = logging.getLogger(__name__)

HTML_MIMES = ("text/html", "application/xhtml+xml")
# No type, or "some bytes": the record is a page when its bytes open as one (as a URL's are sniffed).
UNTYPED_MIMES = ("", "application/octet-stream", "binary/octet-stream")
_SIGNATURE = b"WARC/"


def warc_documents(path: Path, input: str, limit: int) -> Iterator[Document | InputError]:
    """One Document per HTML response (or resource) record with a 2xx status."""
    info = check_regular_file(path, input)
    found = 0
    try:
        with open(path, "rb") as f:
            _check_signature(f, input)
            records = ArchiveIterator(f)
            for record in records:
                item = _record_document(record, input, limit)
                if item is not None:
                    found += 1
                    yield item
            # warcio stops quietly at a cut-off gzip member; unread bytes mean a damaged file.
            if records.offset < info.st_size:
                yield InputError(
                    Errors.E016.format(input=input, detail=f"unreadable data from byte {records.offset}")
                )
    except ArchiveLoadFailed as e:
        yield InputError(Errors.E016.format(input=input, detail=_first_line(e)))
    except (EOFError, zlib.error, OSError, ValueError) as e:
        yield InputError(Errors.E016.format(input=input, detail=_first_line(e)))
    if not found:
        log.info("%s: no HTML response records", input)


def _check_signature(f: BinaryIO, input: str) -> None:
    """Refuse a file that does not open with a WARC header (warcio would read some text files
    as old ARC archives without a word)."""
    head = f.read(2)
    f.seek(0)
    if head == GZIP_MAGIC:
        with gzip.GzipFile(fileobj=f) as g:
            head = g.read(len(_SIGNATURE))
        f.seek(0)
    else:
        head = f.read(len(_SIGNATURE))
        f.seek(0)
    if not head.startswith(_SIGNATURE):
        raise InputError(Errors.E016.format(input=input, detail=f"starts with {head[:12]!r}, not 'WARC/'"))


def _record_document(record: ArcWarcRecord, input: str, limit: int) -> Document | InputError | None:
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return None
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = headers.get_header("Content-Type")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
    elif record.rec_type == "conversion":
        if mime_of(record.rec_headers.get_header("Content-Type")) != "text/plain":
            return None
        return _text_document(record, input, limit)
    else:
        return None
    mime = mime_of(content_type)
    if mime not in HTML_MIMES and mime not in UNTYPED_MIMES:
        return None
    where = _where(record, input)
    stream = record.content_stream()
    content = b""
    if mime in UNTYPED_MIMES:
        content = read_up_to(stream, 8192)
        if not starts_as_page(content):
            return None  # a script, an image, a download: no page, no error
        content_type = None  # "application/octet-stream" says nothing of the page
    content += read_up_to(stream, limit + 1 - len(content))
    if len(content) > limit:
        return InputError(Errors.E009.format(input=where, limit=limit))
    if getattr(record.raw_stream, "limit", 0) > 0:
        # The record's block ended before its declared Content-Length: the file is cut off.
        return InputError(Errors.E016.format(input=where, detail="record is truncated"))
    if not content.strip():
        return InputError(Errors.E002.format(input=where))
    kind = binary_kind(content)
    if kind is not None:
        return InputError(Errors.E003.format(input=where, kind=kind))
    return _document(record, content, where, with_charset("html", content_type))


def _text_document(record: ArcWarcRecord, input: str, limit: int) -> Document | InputError | None:
    """A WET conversion record: the page's text, a block a line, read by the text extractor."""
    where = _where(record, input)
    content = read_up_to(record.content_stream(), limit + 1)
    if len(content) > limit:
        return InputError(Errors.E009.format(input=where, limit=limit))
    if not content.strip():
        return InputError(Errors.E002.format(input=where))
    # WET text is UTF-8 by Common Crawl's definition
    return _document(record, content, where, "text; charset=utf-8")


def _ids(record: ArcWarcRecord) -> tuple[str, str]:
    """The record's target URI and record id ('' when absent)."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    return uri, (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")


def _where(record: ArcWarcRecord, input: str) -> str:
    """How messages name the record: the archive and the record's URI (or id)."""
    uri, record_id = _ids(record)
    return f"{input} ({uri or record_id})"


def _document(record: ArcWarcRecord, content: bytes, where: str, content_type: str) -> Document:
    uri, record_id = _ids(record)
    return Document(
        raw=content,
        doc_id=url_last_segment(uri) or record_id.removeprefix("urn:uuid:") or "record",
        url=uri or None,
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
        content_type=content_type,
        origin="warc",
        input=where,
    )


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        log.warning("unreadable WARC-Date %r", value)
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _first_line(e: Exception) -> str:
    text = str(e).strip()
    return text.splitlines()[0][:200] if text else type(e).__name__
