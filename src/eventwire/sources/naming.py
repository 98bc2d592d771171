"""``doc_id`` rules (DESIGN.md §6): the name a user knows an input by, stable across runs."""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import unquote, urlsplit

from eventwire.records import stable_id

# Extensions stripped from file names; anything else is part of the name ("report.2024.html").
KNOWN_SUFFIXES = {".html", ".htm", ".txt", ".jsonl", ".warc", ".xml", ".rss", ".atom", ".gz"}


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


def url_doc_id(url: str) -> str:
    """The URL's last path segment without extension, or a short hash of the URL."""
    return url_last_segment(url) or stable_id(url)[:12]
