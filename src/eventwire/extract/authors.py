"""Authors of a web page as a list of person names.

Sources in order of trust: JSON-LD article authors, author meta tags, byline elements
(rel/itemprop/class "author" or "byline"), then trafilatura's own guess. Each candidate
is cleaned the same way: no "By", no e-mail addresses or "Email the author", no news
agencies or "Staff", names split at commas, "and", "&".
"""

from __future__ import annotations

import logging
import re
from typing import Any

from lxml.html import HtmlElement

from eventwire.extract.byline import is_person_name, parse_byline, parse_names

log = logging.getLogger(__name__)

_EMAIL = re.compile(r"\S+@\S+\.\w+")
_BY_PREFIX = re.compile(r"^\s*(?:(?:written|posted|reported|words|story|text|photos?)\s+)?by\s*:?\s+", re.I)
_AUTHOR_LABEL = re.compile(r"^\s*(?:authors?|writers?|reporters?|posted by|written by)\s*:?\s+", re.I)
_NOISE = re.compile(
    r"\b(?:email|e-mail|follow|view (?:all )?(?:posts|articles)|more (?:from|by)|contact|twitter|"
    r"facebook|linkedin|instagram)\b.*$",
    re.I,
)
# Trailing parts that are a role or a time, not a name: "Jane Doe, Senior Editor", "Jane Doe Updated May 2".
_ROLE_TAIL = re.compile(
    r"(?:^|,|\s[-–—|]\s?|\s)\s*(?:(?:senior|chief|deputy|managing|contributing|staff|special|political|"
    r"foreign|trending|executive|associate|assistant|news|health|science|tech|business)\s+)*"
    r"(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|producer|analyst|"
    r"last updated|updated|published|posted|reviewed|fact checked)\b.*$",
    re.I,
)
# A date run into the name by the page's markup: "Jane Doe December 3, 2025", "Jane Doe Nov".
_DATE_TAIL = re.compile(
    r"\s+(?:on\s+|last\s+updated\s+|updated\s+|published\s+)?(?:(?:january|february|march|april|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|may(?=\s+\d))"
    r"(?:\s+\d.*)?$",
    re.I,
)
_LEAD = re.compile(
    r"^\s*(?:read more (?:about|from)|more (?:from|by)|posts by|articles by|about|.{0,30}\bwritten by)\s+", re.I
)
# A user name as CMSs write it in author metadata ("jdoe", "kirstin boatto"): kept from meta/JSON-LD only.
_HANDLE = re.compile(r"^[A-Za-z][\w.-]{2,30}(?: [a-z][\w.-]{1,30})?$")
_NOT_NAMES = re.compile(
    r"^(?:admin|administrator|editor|editorial( team| staff)?|staff|guest( author)?|team|anonymous|"
    r"unknown|author|webmaster|newsroom|press release|wp ?admin)$",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:;|\||,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*")
# Degrees and post-nominals dropped from a name ("Jane Doe, MS, RD").
_CREDENTIAL = re.compile(
    r"^(?:m\.?d\.?|ph\.?d\.?|m\.?s\.?c?|r\.?d\.?n?|mba|mph|jd|rn|np|cpa|cfa|cfp|esq|d\.?o\.?|dds|dvm|"
    r"fand|ld|lcsw|cscs|cpt|facs|faap|pmp|ma|ba|bsc?|e-ryt \d+|ryt|jr\.?|sr\.?|ii|iii)$",
    re.I,
)


def _names_from_jsonld(articles: list[dict[str, Any]]) -> list[str]:
    raw: list[str] = []
    for obj in articles:
        authors = obj.get("author") or obj.get("creator")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict):
                name = author.get("name")
                kind = str(author.get("@type", "Person"))
                if isinstance(name, str) and "Organization" not in kind:
                    raw.append(name)
            elif isinstance(author, str):
                raw.append(author)
        if raw:
            break
    return raw


def _names_from_meta(meta: dict[str, list[str]]) -> list[str]:
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:data1"):
        values = [v for v in meta.get(key, []) if not v.startswith("http")]
        if key == "twitter:data1" and not meta.get("twitter:label1", [""])[0].lower().startswith(("written", "author")):
            continue
        if values:
            return values
    return []


_BYLINE_XPATH = (
    "//*[@rel='author' or @itemprop='author' or "
    "contains(concat(' ', normalize-space(@class), ' '), ' byline ') or "
    "contains(@class, 'author-name') or contains(@class, 'byline__name') or "
    "contains(@class, 'author_name') or contains(@class, 'byline-name')]"
)


def _names_from_bylines(tree: HtmlElement) -> list[str]:
    raw: list[str] = []
    for element in tree.xpath(_BYLINE_XPATH)[:6]:
        named = element.xpath(".//*[@itemprop='name']")
        text = (named[0] if named else element).text_content()
        text = re.sub(r"\s+", " ", text).strip()
        if 2 < len(text) < 120:
            raw.append(text)
    return raw


def _names_near_headline(tree: HtmlElement) -> list[str]:
    """A "By NAME" text just before or after the first h1 (bylines without markup)."""
    h1s = tree.xpath("//h1")
    if not h1s:
        return []
    texts = [t for t in (str(x).strip() for x in h1s[0].xpath("following::text()")[:60]) if t]
    texts += [t for t in (str(x).strip() for x in h1s[0].xpath("preceding::text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::head)]")[-15:]) if t]
    for i, text in enumerate(texts):
        if len(text) > 150:
            continue
        if _BY_PREFIX.match(text):
            rest = _BY_PREFIX.sub("", text)
            if not rest.strip() and i + 1 < len(texts):
                rest = texts[i + 1]  # "By" and the name in separate elements
            byline = parse_byline("By " + rest)
            if byline is not None and byline.authors:
                return byline.authors
    return []


# A labelled byline in the visible text: "Written by Jane Doe", "Author: Jane Doe", "By Jane Doe".
_LABELLED = re.compile(
    r"^(?:.{0,40}\b)?(?:(?:written|posted|authored|article|reported) by|by:?|authors?\s*:|contributors?\s*:|"
    r"writers?\s*:)\s*(?P<rest>.*)$",
    re.I,
)


def _names_from_labels(tree: HtmlElement) -> list[str]:
    """The first labelled byline in the page's visible text nodes (bylines without markup)."""
    from eventwire.extract.dates import visible_segments

    segments = visible_segments(tree, 15000)
    for i, segment in enumerate(segments):
        if len(segment) > 120:
            continue
        m = _LABELLED.match(segment)
        if not m:
            continue
        rest = m.group("rest").strip()
        if not rest and i + 1 < len(segments):
            rest = segments[i + 1]  # "By" and the name in separate elements
        byline = parse_byline("By " + rest) if rest and len(rest) < 120 else None
        if byline is not None and byline.authors:
            return byline.authors
    return []


def _names_from_trafilatura(tree: HtmlElement) -> list[str]:
    """trafilatura's author chain (meta tags, JSON-LD, its byline XPaths), as its
    ``extract_metadata`` runs it but without the date search."""
    from trafilatura.metadata import examine_meta, extract_author, extract_meta_json

    try:
        found = examine_meta(tree)
        if found.author and " " not in found.author:
            found.author = None  # single words are mostly user names ("admin")
        found = extract_meta_json(tree, found)
        author = found.author or extract_author(tree)
    except Exception as e:  # trafilatura's metadata code raises on odd JSON-LD; authors are optional
        log.debug("trafilatura author lookup failed: %s", e)
        return []
    return [a for a in (author or "").split(";") if a.strip()]


def clean_name(text: str) -> str | None:
    """One person's name from a byline fragment, or None when it is not one."""
    text = _EMAIL.sub("", text)
    text = _LEAD.sub("", text)
    text = _NOISE.sub("", text)
    text = _DATE_TAIL.sub("", text)
    text = _BY_PREFIX.sub("", text)
    text = _AUTHOR_LABEL.sub("", text)
    text = _ROLE_TAIL.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" .,:;-–—|")
    if not text or _NOT_NAMES.match(text):
        return None
    names = parse_names(text)  # drops agencies ("Reuters", "AP", "Staff") and roles
    if len(names) != 1 or not is_person_name(names[0]):
        return None
    return names[0]


def clean_authors(raw: list[str], handles: bool = False) -> list[str]:
    """Person names from raw author strings, split, cleaned and de-duplicated in order.
    With ``handles``, a user name that is not a person's name is kept too ("jdoe")."""
    names: list[str] = []
    for chunk in raw:
        chunk = _BY_PREFIX.sub("", _EMAIL.sub("", chunk)).strip(" \"'")
        chunk = re.split(r"\s+[-–—]\s+", chunk)[0]  # "Jane Doe - Editorial Team"
        parts = [p for p in _SPLIT.split(chunk) if p and not _CREDENTIAL.match(p.strip(" ."))]
        for part in parts:
            name = clean_name(part)
            bare = part.strip()
            if name is None and handles and _HANDLE.match(bare) and not _NOT_NAMES.match(bare) and not _ROLE_TAIL.search(bare):
                name = bare
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return names


def find_authors(
    tree: HtmlElement,
    meta: dict[str, list[str]],
    articles: list[dict[str, Any]],
    order: tuple[str, ...] = ("headline", "jsonld", "meta", "trafilatura", "bylines", "labels"),
) -> list[str]:
    """The page's authors: the first source (in ``order``) that yields person names."""
    sources = {
        "jsonld": lambda: _names_from_jsonld(articles),
        "meta": lambda: _names_from_meta(meta),
        "trafilatura": lambda: _names_from_trafilatura(tree),
        "bylines": lambda: _names_from_bylines(tree),
        "headline": lambda: _names_near_headline(tree),
        "labels": lambda: _names_from_labels(tree),
    }
    for name in order:
        names = clean_authors(sources[name](), handles=name in ("jsonld", "meta"))
        if names:
            return names
    return []
