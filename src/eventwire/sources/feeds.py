"""RSS and Atom feeds: each entry's page is fetched (with the same safety as any URL); when it
cannot be, the entry's own content or summary is the document.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from eventwire.errors import Errors, InputError
from eventwire.extract.fragment import fragment_text
from eventwire.records import Document, stable_id
from eventwire.sources.naming import url_doc_id
from eventwire.sources.web import Fetcher, page_document

log = logging.getLogger(__name__)


def parse_feed(data: bytes, input: str, base_url: str | None = None) -> feedparser.FeedParserDict:
    """The parsed feed, or an ``InputError`` (E017) when ``data`` is no RSS/Atom feed."""
    # Bytes, never a str: feedparser would take a str for a URL or a path and open it itself.
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(bytes(data), response_headers=headers)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = str(problem).splitlines()[0][:200] if problem else "no RSS or Atom root element"
        raise InputError(Errors.E017.format(input=input, detail=detail or type(problem).__name__))
    if parsed.get("bozo"):
        log.info("%s: feed is not well-formed (%s); read leniently", input, parsed.get("bozo_exception"))
    return parsed


def feed_documents(
    data: bytes,
    input: str,
    fetcher: Fetcher,
    *,
    base_url: str | None = None,
    fetched_at: datetime | None = None,
) -> Iterator[Document | InputError]:
    """One Document per entry: its page if it can be fetched, else its content or summary."""
    parsed = parse_feed(data, input, base_url)
    outlet = _clean(parsed.feed.get("title"))
    # feedparser resolves relative entry links against the feed's own URL; a feed file has
    # none, and the channel's <link> (the site it belongs to) is then the base there is.
    site = None if base_url else _web_link(parsed.feed.get("link"))
    entries = parsed.get("entries", [])
    if not entries:
        log.info("%s: feed has no entries", input)
    for number, entry in enumerate(entries, start=1):
        yield _entry_document(entry, number, input, fetcher, outlet, fetched_at, site)


def _web_link(value: Any) -> str | None:
    link = _clean(value)
    return link if link and link.lower().startswith(("http://", "https://")) else None


def _entry_doc_id(entry: dict[str, Any], input: str, outlet: str | None) -> str:
    """A doc_id for an entry without a page link, the same whichever copy of the feed (a file,
    a snapshot of another day, the feed's URL) it is read from: the feed's title with the
    entry's guid or Atom id (permanent by the formats; the title keeps two feeds that number
    their entries 1, 2, 3 apart), else with the entry's title and text (a daily "Briefing" is
    many entries). Only an entry with none of these is named by the input."""
    if _clean(entry.get("id")):
        return stable_id("feed entry", outlet, entry["id"])[:12]
    title, text = _clean(entry.get("title")), _entry_text(entry)
    if title or text:
        return stable_id("feed entry", outlet, title, text)[:12]
    return stable_id(input, entry.get("id"), entry.get("title"))[:12]


def _entry_document(
    entry: dict[str, Any],
    number: int,
    input: str,
    fetcher: Fetcher,
    outlet: str | None,
    fetched_at: datetime | None,
    site: str | None = None,
) -> Document | InputError:
    link = _clean(entry.get("link"))
    if link and site and "://" not in link:
        link = urljoin(site, link)
    link = _web_link(link)
    where = link or f"{input}#{number}"
    doc_id = url_doc_id(link) if link else _entry_doc_id(entry, input, outlet)
    failure: InputError | None = None
    document: Document | None = None
    if link:
        try:
            document = page_document(fetcher.fetch(link, where), where, doc_id=doc_id, origin="feed")
            document.fallback = _entry_text(entry) or None  # read if the page holds no article
        except InputError as e:
            failure = e
            log.info("%s; using the feed entry's own text", e)
    if document is None:
        document = _content_document(entry, where, doc_id, link, fetched_at)
    if document is None:
        return failure or InputError(Errors.E005.format(input=where))
    document.title = _clean(entry.get("title"))
    document.published = _entry_date(entry)
    document.outlet = outlet
    document.authors = _authors(entry)
    return document


def _content_document(
    entry: dict[str, Any], where: str, doc_id: str, link: str | None, fetched_at: datetime | None
) -> Document | None:
    """The entry's longest full content, else its summary, as a Document (``None`` if neither)."""
    value = _entry_text(entry)
    if not value.strip():
        return None
    return Document(
        raw=value.encode("utf-8"),
        doc_id=doc_id,
        url=link,
        fetched_at=fetched_at or datetime.now(UTC),
        content_type="text",
        origin="feed",
        input=where,
    )


def _entry_text(entry: dict[str, Any]) -> str:
    """The entry's longest full content, else its summary, as text ('' if neither)."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content", [])]
    if not any(value.strip() for value, _ in candidates):
        detail = entry.get("summary_detail") or {}
        candidates = [(entry.get("summary") or "", detail.get("type") or "text/html")]
    value, mime = max(candidates, key=lambda c: len(c[0].strip()), default=("", ""))
    if "html" in mime.lower():
        # The entry's HTML is the article body already, with no page around it: the page
        # extractor (made for whole pages, furniture and all) refuses such a fragment, so it
        # goes on as its text, a paragraph a line.
        value = fragment_text(value)
    return value.strip()


def _entry_date(entry: dict[str, Any]) -> datetime | None:
    # feedparser normalises every date format it knows to a UTC struct_time.
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value: time.struct_time | None = entry.get(key)
        if value:
            try:
                return datetime(*value[:6], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def _authors(entry: dict[str, Any]) -> list[str]:
    names = [_clean(a.get("name")) for a in entry.get("authors", []) if isinstance(a, dict)]
    found = [n for n in names if n]
    if not found and _clean(entry.get("author")):
        found = [_clean(entry.get("author"))]  # type: ignore[list-item]
    return found


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None
