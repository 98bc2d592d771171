"""The records that flow between stages (DESIGN.md §2), in one place.

Plain dataclasses with ``to_dict``/``from_dict`` so they cross process and Dask
boundaries as JSON-able dicts. A field that could not be resolved is ``None`` or
empty, never guessed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, TypeVar

T = TypeVar("T", bound="Record")

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The form of a text that identity is computed on: NFKC, casefolded, one space."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(text: str) -> str:
    """A stable 16-hex-digit id of a text's normalised form."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def stable_id(*parts: object) -> str:
    """A stable 16-hex-digit id of several values (for events, stories, copies)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def _encode(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


class Record:
    """Shared (de)serialisation. Subclasses declare nested record fields in ``_nested``."""

    _nested: ClassVar[dict[str, type[Record]]] = {}
    _nested_lists: ClassVar[dict[str, type[Record]]] = {}
    _datetimes: ClassVar[tuple[str, ...]] = ()
    _dates: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _encode(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in names:
                continue
            if value is not None and key in cls._nested:
                value = cls._nested[key].from_dict(value)
            elif key in cls._nested_lists:
                value = [cls._nested_lists[key].from_dict(v) for v in value or []]
            elif isinstance(value, str) and key in cls._datetimes:
                value = datetime.fromisoformat(value)
            elif isinstance(value, str) and key in cls._dates:
                value = date.fromisoformat(value)
            kwargs[key] = value
        return cls(**kwargs)


@dataclass
class Document(Record):
    """An input as fetched: raw bytes or text, before any extraction."""

    raw: bytes | str
    doc_id: str
    url: str | None = None
    fetched_at: datetime | None = None
    content_type: str | None = None  # "html", "text" (or a MIME type from HTTP)
    origin: str = "file"  # file, url, feed, warc, jsonl
    input: str = ""  # the command-line input this came from, for error messages
    # Metadata a source already knows (JSONL fields, feed entries); extraction keeps them.
    title: str | None = None
    published: datetime | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    # Text to read when ``raw`` holds no article: a feed entry's own content, for a page that
    # turns out to be a script-rendered shell or a consent wall.
    fallback: str | None = None

    _datetimes = ("fetched_at", "published")

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["raw_is_bytes"] = isinstance(self.raw, bytes)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        doc = super().from_dict(data)
        if data.get("raw_is_bytes") and isinstance(doc.raw, str):
            doc.raw = doc.raw.encode("latin-1")
        return doc


@dataclass
class Article(Record):
    """Clean article text and metadata. ``id`` is the content hash of ``text``."""

    id: str
    doc_id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None  # tz-aware when known
    language: str | None = None
    duplicate_of: str | None = None
    story_id: str | None = None
    fetched_at: datetime | None = None
    origin: str | None = None
    dateline: str | None = None  # place named in the dateline ("WASHINGTON —"), if any

    _datetimes = ("published", "fetched_at")


@dataclass
class Actor(Record):
    """A coded actor. ``text`` is as written; the rest is empty when unresolved."""

    text: str
    name: str | None = None
    code: str | None = None  # CAMEO-style, e.g. CHNGOV, IGONAT
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # PLOVER sector: GOV, MIL, REB, IGO, ...
    kb_id: str | None = None
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass
class Location(Record):
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None


@dataclass
class Mention(Record):
    """The evidence for an event: one sentence in one article."""

    article_id: str
    sentence: str
    start: int  # character span of the sentence in the article text
    end: int
    doc_id: str | None = None
    outlet: str | None = None
    quote_speaker: str | None = None
    trigger: str | None = None


@dataclass
class Event(Record):
    """Who did what to whom, when and where, with its evidence."""

    source: Actor | None
    target: Actor | None
    type: str  # PLOVER type, one of 16
    id: str = ""
    date: date | None = None
    date_precision: str | None = None  # day, week, month, year, range, published, story
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    negated: bool = False
    modality: str = "asserted"  # asserted, intended, demanded, hypothetical, reported
    location: Location | None = None
    mentions: list[Mention] = field(default_factory=list)
    num_mentions: int = 1
    num_articles: int = 1
    num_sources: int = 1
    story_id: str | None = None
    confidence: float = 0.0

    _nested = {"source": Actor, "target": Actor, "location": Location}
    _nested_lists = {"mentions": Mention}
    _dates = ("date",)


@dataclass
class Story(Record):
    id: str
    title: str | None = None
    article_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    actors: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)

    _datetimes = ("first_seen", "last_seen")
