"""``doc_id`` rules (DESIGN.md §6): the name a user knows an input by, stable across runs."""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from eventwire.records import stable_id

# Extensions stripped from file names; anything else is part of the name ("report.2024.html").
KNOWN_SUFFIXES = {".html", ".htm", ".txt", ".jsonl", ".warc", ".wet", ".xml", ".rss", ".atom", ".gz"}


def strip_suffixes(name: str) -> str:
    """``a.html.gz`` -> ``a``; ``000_dadfd7567ef50cb5.txt`` -> ``000_dadfd7567ef50cb5``."""
    stem = name
    while True:
        suffix = PurePath(stem).suffix
        if not suffix or suffix.lower() not in KNOWN_SUFFIXES or suffix == stem:
            return stem
        stem = stem[: -len(suffix)]


def file_doc_id(path: PurePath) -> str:
    return strip_suffixes(path.name) or path.name


def url_last_segment(url: str) -> str:
    """The last non-empty path segment of ``url`` without its extension ('' when there is none)."""
    path = urlsplit(url).path
    segment = unquote(path.rstrip("/").rsplit("/", 1)[-1]) if path.strip("/") else ""
    if "." in segment[1:]:
        segment = segment.rsplit(".", 1)[0]
    return segment.strip()


# Query parameters that say where a link was shared, not which page it is.
TRACKING = {"fbclid", "gclid", "ocid", "cmpid", "ref", "share", "smid"}
TRACKING_PREFIXES = ("utm_", "mc_", "at_")
QUERY_MAX = 40  # a longer identifying query is shortened to a hash


def identifying_query(url: str) -> str:
    """The URL's query without tracking parameters, sorted: '' when none is left."""
    pairs = [(k, v) for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)
             if k.lower() not in TRACKING and not k.lower().startswith(TRACKING_PREFIXES)]
    return urlencode(sorted(pairs))


def url_doc_id(url: str) -> str:
    """The URL's last path segment without extension, or a short hash of the URL.

    A query that names the page ("story.aspx?id=7") stays part of it, or every page of a
    script-driven site would share one doc_id."""
    segment = url_last_segment(url)
    query = identifying_query(url)
    if query:
        if len(query) <= QUERY_MAX:
            return f"{segment}?{query}"
        return f"{segment or 'page'}-{stable_id(segment, query)[:8]}"
    return segment or stable_id(url)[:12]
