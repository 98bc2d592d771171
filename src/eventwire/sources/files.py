"""Local files and directories: kinds by extension, bounded reads, gzip, directory walking."""

from __future__ import annotations

import gzip
import logging
import os
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import Errors, InputError
from eventwire.records import Document
from eventwire.sources.naming import file_doc_id
from eventwire.sources.sniff import binary_kind

log = logging.getLogger(__name__)

# Extension (after an optional .gz) -> kind of input.
KINDS = {
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".jsonl": "jsonl",
    ".warc": "warc",
    ".wet": "warc",  # Common Crawl's text records (.warc.wet.gz)
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16


def file_kind(path: Path) -> str | None:
    """The kind of input ``path`` names by its extension, or ``None`` when unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return KINDS.get(suffixes[-1]) if suffixes else None


def is_gzip_name(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


def read_up_to(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes from ``stream``, reading in chunks (never the whole stream)."""
    parts: list[bytes] = []
    size = 0
    while size < limit:
        chunk = stream.read(min(_CHUNK, limit - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def check_regular_file(path: Path, input: str) -> os.stat_result:
    """The file's stat, or an ``InputError`` for a missing, special or unreadable file."""
    try:
        info = path.stat()
    except FileNotFoundError as e:
        raise InputError(Errors.E001.format(input=input)) from e
    except OSError as e:
        raise InputError(Errors.E020.format(input=input, detail=e.strerror or e)) from e
    if not path.is_file():
        # A FIFO or device would block or never end; refuse it rather than read it.
        raise InputError(Errors.E020.format(input=input, detail="not a regular file"))
    if info.st_size == 0:
        raise InputError(Errors.E002.format(input=input))
    return info


def read_file(path: Path, input: str, limit: int) -> bytes:
    """The (decompressed) bytes of ``path``, refusing empty, too large, corrupt gzip and binary.

    The size is checked before reading and reads stop at ``limit`` + 1 bytes, so neither a
    50 MB page nor a gzip bomb is ever held in memory whole.
    """
    info = check_regular_file(path, input)
    if info.st_size > limit:
        raise InputError(Errors.E009.format(input=input, limit=limit))
    try:
        with open(path, "rb") as f:
            gzipped = is_gzip_name(path) or f.read(2) == GZIP_MAGIC
            f.seek(0)
            if gzipped:
                data = _read_gzip(f, input, limit)
            else:
                data = read_up_to(f, limit + 1)
    except OSError as e:
        raise InputError(Errors.E020.format(input=input, detail=e.strerror or e)) from e
    if len(data) > limit:
        raise InputError(Errors.E009.format(input=input, limit=limit))
    if not data.strip():
        raise InputError(Errors.E002.format(input=input))
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(Errors.E003.format(input=input, kind=kind))
    return data


def _read_gzip(f: BinaryIO, input: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=f) as g:
            return read_up_to(g, limit + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        raise InputError(Errors.E004.format(input=input, detail=str(e) or type(e).__name__)) from e


def file_document(path: Path, input: str, kind: str, limit: int) -> Document:
    """One ``.html``/``.htm``/``.txt`` file (optionally gzipped) as a Document."""
    raw = read_file(path, input, limit)
    return Document(
        raw=raw,
        doc_id=file_doc_id(path),
        fetched_at=mtime(path),
        content_type=kind,
        origin="file",
        input=input,
    )


def walk_directory(root: Path) -> Iterator[Path | InputError]:
    """Files of known kinds under ``root``, recursively, in sorted order.

    Hidden files and folders and unknown extensions are skipped quietly; symlinked folders are
    not followed (no loops). A folder that cannot be listed is reported, and the walk goes on.
    """
    problems: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=problems.append):
        while problems:
            e = problems.pop(0)
            yield InputError(Errors.E020.format(input=e.filename or dirpath, detail=e.strerror or e))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or file_kind(path) is None:
                log.debug("skipping %s", path)
                continue
            yield path
    for e in problems:
        yield InputError(Errors.E020.format(input=e.filename or str(root), detail=e.strerror or e))
