"""Every input kind to ``Document``s (DESIGN.md §6): files, directories, URLs, feeds, WARC, JSONL.

``iter_documents`` never raises for a bad input: it yields an ``InputError`` (one line naming
the input) and goes on with the next, so one broken file cannot stop a run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import Errors, InputError
from eventwire.records import Document
from eventwire.settings import Settings
from eventwire.sources.feeds import feed_documents
from eventwire.sources.files import (
    check_regular_file,
    file_document,
    file_kind,
    mtime,
    read_file,
    walk_directory,
)
from eventwire.sources.jsonl import jsonl_documents
from eventwire.sources.naming import url_doc_id
from eventwire.sources.sniff import classify, looks_like_feed
from eventwire.sources.warc import warc_documents
from eventwire.sources.web import Fetcher, page_document

log = logging.getLogger(__name__)

Item = Document | InputError


def is_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


def iter_documents(inputs: list[str], settings: Settings) -> Iterator[Item]:
    """Documents from ``inputs`` in order (directories in sorted order, their JSONL files last;
    the records of a JSONL file, of a directory's JSONL files and of JSONL files named one after
    another in date order), with an ``InputError`` in place of each input, line or record that
    could not be read."""
    with Fetcher(settings) as fetcher:
        for group in _groups(inputs):
            if len(group) > 1:
                files = [(Path(input), input) for input in group]
                yield from _guarded(", ".join(group), jsonl_documents(files, settings.max_file_bytes))
            else:
                yield from _guarded(group[0], _input_documents(group[0], settings, fetcher))


def _groups(inputs: list[str]) -> Iterator[list[str]]:
    """The inputs one by one, but JSONL files named one after another together: they are read as
    one stream, by date across them, as a directory's are (``data/*.jsonl`` reads as ``data/``)."""
    group: list[str] = []
    for input in inputs:
        if not is_url(input) and file_kind(Path(input)) == "jsonl" and Path(input).is_file():
            group.append(input)
            continue
        if group:
            yield group
            group = []
        yield [input]
    if group:
        yield group


def _guarded(input: str, items: Iterable[Item]) -> Iterator[Item]:
    """``items``, with a raised error turned into one yielded ``InputError``."""
    try:
        yield from items
    except InputError as e:
        yield e
    except Exception as e:  # a bug or an unforeseen file must cost one input, not the run
        log.debug("reading %s failed", input, exc_info=True)
        yield InputError(Errors.E018.format(input=input, detail=f"{type(e).__name__}: {e}"))


def _input_documents(input: str, settings: Settings, fetcher: Fetcher) -> Iterator[Item]:
    if is_url(input):
        yield from _url_documents(input.strip(), fetcher)
        return
    path = Path(input)
    if not path.exists():
        raise InputError(Errors.E001.format(input=input))
    if path.is_dir():
        yield from _directory_documents(path, input, settings, fetcher)
        return
    yield from _file_documents(path, input, settings, fetcher, kind=_explicit_kind(path, input))


def _explicit_kind(path: Path, input: str) -> str:
    """The kind of a file named on the command line: by extension, else a sniffed feed, else E010."""
    kind = file_kind(path)
    if kind is not None:
        return kind
    check_regular_file(path, input)
    with open(path, "rb") as f:
        head = f.read(4096)
    if looks_like_feed(head):
        return "feed"
    raise InputError(Errors.E010.format(input=input))


def _directory_documents(root: Path, input: str, settings: Settings, fetcher: Fetcher) -> Iterator[Item]:
    """The directory's files in sorted order; its JSONL files last, read as one file would be:
    their records in date order across them (one file per outlet is read as one stream, as story
    clustering needs; ``jsonl_order``)."""
    found = False
    jsonl: list[tuple[Path, str]] = []
    for path in walk_directory(root):
        found = True
        if isinstance(path, InputError):
            yield path
            continue
        kind = file_kind(path) or "unknown"  # walk_directory yields known kinds only
        if kind == "jsonl":
            jsonl.append((path, str(path)))
            continue
        yield from _guarded(str(path), _file_documents(path, str(path), settings, fetcher, kind=kind))
    if not found:
        raise _nothing_to_read(root, input)
    if jsonl:
        yield from _guarded(input, jsonl_documents(jsonl, settings.max_file_bytes))


def _nothing_to_read(root: Path, input: str) -> InputError:
    """E002 for a folder with no file in it, E028 naming what it skipped otherwise (a folder of
    .json or .pdf files is not empty to its owner)."""
    suffixes: list[str] = []
    for _, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        suffixes += [Path(name).suffix.lower() or "(no extension)" for name in filenames if not name.startswith(".")]
    if not suffixes:
        return InputError(Errors.E002.format(input=input))
    kinds = sorted(set(suffixes))
    shown = ", ".join(kinds[:5]) + (", ..." if len(kinds) > 5 else "")
    return InputError(Errors.E028.format(input=input, count=len(suffixes), kinds=shown))


def _file_documents(path: Path, input: str, settings: Settings, fetcher: Fetcher, *, kind: str) -> Iterator[Item]:
    limit = settings.max_file_bytes
    if kind in ("html", "text"):
        yield file_document(path, input, kind, limit)
    elif kind == "jsonl":
        yield from jsonl_documents([(path, input)], limit)
    elif kind == "warc":
        yield from warc_documents(path, input, limit)
    elif kind == "feed":
        data = read_file(path, input, limit)
        yield from feed_documents(data, input, fetcher, fetched_at=mtime(path))
    else:
        raise InputError(Errors.E010.format(input=input))


def _url_documents(url: str, fetcher: Fetcher) -> Iterator[Item]:
    fetched = fetcher.fetch(url, url)
    kind = classify(fetched.body, fetched.content_type)
    if kind == "feed":
        yield from feed_documents(fetched.body, url, fetcher, base_url=fetched.url, fetched_at=fetched.fetched_at)
    elif kind == "xml":
        raise InputError(Errors.E017.format(input=url, detail="XML without an RSS or Atom root element"))
    else:
        yield page_document(fetched, url, doc_id=url_doc_id(url))


__all__ = ["iter_documents", "is_url"]
