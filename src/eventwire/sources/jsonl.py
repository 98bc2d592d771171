"""JSON-lines corpora: one ``{"id", "text" or "html", "title"?, "url"?, "published"?, "outlet"?}``
per line. Read line by line with a per-line size cap, so a corpus may be any size, and in date
order (``jsonl_order``: undated records stay after the record they follow), as story clustering
needs them.

Corpora name these fields their own ways: the date may be ``date``, ``published_at``,
``publishedAt`` or ``publish_date``, the outlet ``source`` (a name, or NewsAPI's ``{"name"}``),
``publisher`` or ``site_name``. The first one present is read; ``published`` and ``outlet`` win.
"""

from __future__ import annotations

import codecs
import email.utils
import gzip
import json
import logging
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from eventwire.errors import Errors, InputError
from eventwire.extract.decode import looks_like_html
from eventwire.extract.fragment import fragment_text
from eventwire.records import Document
from eventwire.sources.files import GZIP_MAGIC, check_regular_file, is_gzip_name, mtime
from eventwire.sources.jsonl_order import DateOrder, ReadFailure
from eventwire.sources.naming import file_doc_id

log = logging.getLogger(__name__)


def jsonl_documents(files: list[tuple[Path, str]], limit: int) -> Iterator[Document | InputError]:
    """One Document per record of ``files`` (``(path, input name)``), in date order across them
    (``jsonl_order``); a bad line is reported (``input:LINE``) and the next is read, a bad file
    (missing, empty, a broken gzip) in one line of its own, at once."""
    order = DateOrder(limit, line_day)
    named: list[tuple[str, str, datetime]] = []  # per file scanned: input, id stem, fetched_at
    for path, input in files:
        try:
            check_regular_file(path, input)
            fetched_at = mtime(path)
        except InputError as e:
            yield e
            continue
        except OSError as e:
            yield InputError(Errors.E020.format(input=input, detail=e.strerror or e))
            continue
        count, failure = order.scan(lambda path=path: _opened(path))
        named.append((input, file_doc_id(path), fetched_at))
        if failure is not None:
            yield _read_error(input, failure)
        elif not count:
            yield InputError(Errors.E002.format(input=input))
    name = named[0][0] if len(named) == 1 else f"{len(named)} JSONL files"
    for item in order.lines(name):
        if isinstance(item, ReadFailure):
            yield _read_error(named[item.file][0], item.error)
            continue
        file, lineno, line, too_long = item
        input, stem, fetched_at = named[file]
        if too_long:
            yield InputError(Errors.E009.format(input=f"{input}:{lineno}", limit=limit))
            continue
        yield _record_document(line, lineno, input, stem, fetched_at)


def _read_error(input: str, e: Exception) -> InputError:
    if isinstance(e, (EOFError, zlib.error, gzip.BadGzipFile)):
        return InputError(Errors.E004.format(input=input, detail=str(e) or type(e).__name__))
    return InputError(Errors.E020.format(input=input, detail=getattr(e, "strerror", None) or e))


@contextmanager
def _opened(path: Path) -> Iterator[tuple[BinaryIO, bool]]:
    """The file's bytes as UTF-8 lines, and whether they can be sought (not gzip'd, not UTF-16)."""
    with open(path, "rb") as raw:
        gzipped = is_gzip_name(path) or raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        f: BinaryIO = gzip.GzipFile(fileobj=raw) if gzipped else raw  # type: ignore[assignment]
        f = _as_utf8(f)
        yield f, f is raw


def _as_utf8(f: BinaryIO) -> BinaryIO:
    """``f``, recoded to UTF-8 when it opens with a UTF-16 byte-order mark (Windows PowerShell 5
    writes JSON lines so); split at b"\\n" as it is, UTF-16 text breaks every line."""
    head = f.read(2)
    f.seek(0)
    if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return codecs.EncodedFile(f, data_encoding="utf-8", file_encoding="utf-16")  # type: ignore[return-value]
    return f


def line_day(line: bytes) -> float | None:
    """A JSON line's date in days since 1970 (``record_day``), or None; nothing logged (the
    record is read again, and its faults reported, when its turn comes)."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record_day(record) if isinstance(record, dict) else None


def record_day(record: dict[str, Any]) -> float | None:
    """The record's date as the stories stage reads its article's (days since 1970, an instant),
    or None; ``eval clustering`` orders and dates gold records with it."""
    when = _to_datetime(record_date(record))
    return None if when is None else when.timestamp() / 86400.0


def _record_document(
    line: bytes, lineno: int, input: str, stem: str, fetched_at: datetime
) -> Document | InputError:
    where = f"{input}:{lineno}"
    try:
        record = json.loads(line)
    except ValueError as e:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        return InputError(Errors.E006.format(input=input, line=lineno, detail=_short(e)))
    if not isinstance(record, dict):
        return InputError(Errors.E006.format(input=input, line=lineno, detail=f"a JSON {type(record).__name__}"))
    # Clean text given by the producer is preferred over HTML that still needs extraction.
    body, content_type = _text_field(record, "text"), "text"
    if body is not None:
        body, content_type = _text_or_markup(body)
    else:
        body, content_type = _text_field(record, "html"), "html"
        if body is not None and not _PAGE_START.match(body):
            # The body's HTML only (news APIs, scrapers): the page extractor refuses HTML with
            # no <body>, so it goes on as its text, a paragraph a line, as a feed entry's does.
            body, content_type = fragment_text(body), "text"
    if body is None:
        # A headline without a body (a one-sentence document, an item that carries its title
        # only) is still a report: its title is all its text. With no title either, E011.
        body, content_type = _str_field(record, "title"), "text"
    if body is None:
        return InputError(Errors.E011.format(input=input, line=lineno))
    record_id = record.get("id")
    doc_id = str(record_id).strip() if record_id not in (None, "") else ""
    return Document(
        raw=body.encode("utf-8"),
        doc_id=doc_id or f"{stem}-{lineno}",
        url=_str_field(record, "url"),
        fetched_at=fetched_at,
        content_type=content_type,
        origin="jsonl",
        input=where,
        title=_str_field(record, "title"),
        published=parse_datetime(record_date(record), where=where),
        outlet=_outlet(record),
        authors=_authors(record.get("authors", record.get("author"))),
    )


_PAGE_START = re.compile(r"(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def _text_or_markup(text: str) -> tuple[str, str]:
    """``(body, kind)`` of a "text" field, which corpora often fill with markup: a whole page is
    HTML for the page extractor; the body's elements (``<p>...</p>``) become their text, a
    paragraph a line, as a feed entry's HTML does; prose that quotes a tag or two stays text."""
    if _PAGE_START.match(text):
        return text, "html"
    if looks_like_html(text):
        return fragment_text(text), "text"
    return text, "text"


DATE_FIELDS = ("published", "date", "published_at", "publishedAt", "publish_date")
OUTLET_FIELDS = ("outlet", "source", "publisher", "site_name")


def record_date(record: dict[str, Any]) -> Any:
    """The record's date as written, from the first of ``DATE_FIELDS`` it fills (``eval
    clustering`` dates gold records with it too, so both read a file alike)."""
    return _first(record, DATE_FIELDS)


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of ``keys`` with a value: an empty or null field does not hide a later one."""
    return next((record[k] for k in keys if record.get(k) not in (None, "")), None)


def _outlet(record: dict[str, Any]) -> str | None:
    """The outlet's name; a field of another shape (a list of actors, say) is not one."""
    for key in OUTLET_FIELDS:
        value = record.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _text_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _str_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _authors(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def _short(e: Exception) -> str:
    return str(e).splitlines()[0][:200] if str(e) else type(e).__name__


def parse_datetime(value: Any, *, where: str = "") -> datetime | None:
    """A tz-aware datetime from ISO 8601, RFC 2822, epoch seconds or a written date.

    A value without a zone is taken as UTC (the convention of news feeds and GDELT);
    an unreadable value gives ``None`` and a log line, not a failed record.
    """
    parsed = _to_datetime(value)
    if parsed is None and value not in (None, ""):
        log.warning("%s: cannot read published date %r; left empty", where, value)
    return parsed


def _to_datetime(value: Any) -> datetime | None:
    """``parse_datetime`` without the log line."""
    if value is None or value == "":
        return None
    parsed: datetime | None = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Seconds since 1970 reach 1e11 only in the year 5138: a bigger number counts milliseconds
        # (JavaScript's Date, many JSON exports).
        seconds = value / 1000 if abs(value) >= 1e11 else value
        try:
            parsed = datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            parsed = None
    elif isinstance(value, str):
        parsed = _parse_date_string(value.strip())
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


@lru_cache(maxsize=4096)  # a file's dates repeat (a day's records), and each is read twice (order, record)
def _parse_date_string(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if _RFC2822.match(text):
        # Only what has RFC 2822's shape: the e-mail reader takes "July 10, 2024 3:00 PM EDT" too,
        # ignoring the PM and the zone.
        try:
            return email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
    import dateparser  # slow to import; only for dates that are neither ISO nor RFC 2822

    # Aware when the text names a zone ("3:00 PM EDT"); the caller takes a zoneless one as UTC.
    # A full date only: "2 days ago" or "yesterday" would be read against today, not the day the
    # record was made, and "July 10" would get this year: dates invented, not read.
    return dateparser.parse(text, settings={
        "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
    })


_RFC2822 = re.compile(
    r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:[+-]\d{4}|[A-Za-z]{1,5}))?$"
)
