"""Page metadata beyond the body: meta tags, JSON-LD, title, outlet, dateline (the date is in ``dates``)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlparse

from lxml.html import HtmlElement

log = logging.getLogger(__name__)


# --- raw sources -------------------------------------------------------------------------


def meta_values(tree: HtmlElement) -> dict[str, list[str]]:
    """``<meta>`` contents by lowercased property/name/itemprop, in page order."""
    values: dict[str, list[str]] = {}
    for meta in tree.iterfind(".//meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = (meta.get("content") or "").strip()
        if key and content:
            values.setdefault(key.strip().lower(), []).append(content)
    return values


def _walk(obj: Any) -> Iterator[dict[str, Any]]:
    if isinstance(obj, dict):
        yield obj
        for value in obj.values():
            yield from _walk(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _walk(value)


def jsonld_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON object inside ``application/ld+json`` scripts (nested ones too)."""
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        data = read_jsonld(script.text or "")
        if data is not None:
            objects.extend(_walk(data))
    return objects


# What hand-written JSON-LD gets wrong, read as its writer meant: a double-quoted string (kept),
# a single-quoted one (re-quoted), a // or /* */ comment and a comma before a closing bracket
# (dropped). Strings match first, so "https://..." and apostrophes inside them stay as they are.
_JSONISH = re.compile(
    r'"(?:\\.|[^"\\])*"|\'((?:\\.|[^\'\\])*)\'|//[^\n]*|/\*.*?\*/|,(?=(?:\s|//[^\n]*|/\*.*?\*/)*[}\]])', re.DOTALL
)


def _jsonish(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.startswith('"'):
        return token
    if token.startswith("'"):
        return json.dumps(match.group(1).replace("\\'", "'"), ensure_ascii=False)
    return ""  # a comment or a trailing comma


def read_jsonld(text: str) -> Any:
    """The JSON of one ld+json script, or None. Broken JSON-LD is common and its writer's intent
    plain: raw line breaks inside strings, a stray brace after the object, comments, single
    quotes, trailing commas. What still fails is skipped; the page's other sources count."""
    text = text.strip()
    if not text:
        return None
    decoder = json.JSONDecoder(strict=False)  # strict=False: control characters inside strings
    for attempt in (text, _JSONISH.sub(_jsonish, text)):
        try:
            return decoder.raw_decode(attempt)[0]  # raw_decode: what follows the value is ignored
        except ValueError:
            continue
    return None


_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|Blog|NewsArticle", re.IGNORECASE)


def jsonld_articles(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The JSON-LD objects typed as an article of some kind, their authors given by reference
    to a node elsewhere in the page's JSON-LD ("author": {"@id": ".../#person"}) replaced by
    that node."""
    named = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and obj.get("name")}
    out = []
    for obj in objects:
        kind = obj.get("@type")
        kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
        if _ARTICLE_TYPES.search(kinds):
            out.append(_authors_resolved(obj, named) if named else obj)
    return out


def _authors_resolved(obj: dict[str, Any], named: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``obj`` with each author or creator that is only a reference ({"@id": ...}) replaced
    by the named node it refers to (Yoast's and Rank Math's @graph write authors so)."""

    def resolve(value: Any) -> Any:
        if isinstance(value, list):
            return [resolve(v) for v in value]
        if isinstance(value, dict) and not value.get("name") and value.get("@id") in named:
            return named[value["@id"]]
        return value

    changed = {key: resolve(obj[key]) for key in ("author", "creator") if key in obj}
    return {**obj, **changed} if any(changed[k] is not obj[k] for k in changed) else obj


# --- outlet ------------------------------------------------------------------------------


# The data layer that a WordPress plugin (Google Tag Manager for WordPress) writes into each
# post's page: the post author's display name ("pagePostAuthor":"Jane Roe"), also where the
# theme shows no byline.
_DATA_LAYER_AUTHOR = re.compile(r'"pagePostAuthor"\s*:\s*"((?:[^"\\]|\\.){1,80})"')


def data_layer_author(tree: HtmlElement) -> list[str]:
    """The post author a page's analytics data layer names, or []."""
    for script in tree.iterfind(".//script"):
        text = script.text or ""
        if "pagePostAuthor" in text and (m := _DATA_LAYER_AUTHOR.search(text)):
            try:
                return [json.loads(f'"{m.group(1)}"')]  # JSON escapes ("\u00e9")
            except ValueError:
                return []
    return []


_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")


def _absolute(url: str) -> str | None:
    """``url`` when it is an absolute http(s) address with a real host name, else None. A host
    with its path percent-encoded into it ("site.fr%2Farticles%2F...", a CMS's double
    encoding) is decoded once."""
    url = url.strip()
    if "%2f" in url.split("//", 1)[-1].split("/", 1)[0].lower():
        url = unquote(url)
    try:
        parsed = urlparse(url)
        host = parsed.hostname or ""
    except ValueError:
        return None
    return url if parsed.scheme in ("http", "https") and _HOST.match(host) else None


def page_url(tree: HtmlElement, meta: dict[str, list[str]]) -> str | None:
    """The address a saved page states for itself: og:url, else ``<link rel="canonical">``,
    whichever is an absolute http(s) URL first; else a relative og:url as it is (its path may
    still hold the date). A page read from a file has no other: without it the outlet, the
    site name in the title and the date in the address are lost."""
    og = meta.get("og:url") or []
    stated = og + [link.get("href") or "" for link in tree.iterfind(".//link")
                   if "canonical" in (link.get("rel") or "").lower().split()]
    for url in stated:
        if found := _absolute(url):
            return found
    return og[0] if og else None


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without "www." ("reuters.com")."""
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host or None


def find_outlet(meta: dict[str, list[str]], articles: list[dict[str, Any]]) -> str | None:
    """The outlet the page names: og:site_name, else the JSON-LD publisher's name."""
    for key in ("og:site_name", "application-name", "twitter:site:name"):
        if meta.get(key):
            return _clean_space(meta[key][0])
    for obj in articles:
        publisher = obj.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and publisher["name"].strip():
            return _clean_space(publisher["name"])
    return None


# --- title -------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/|:)\s+")
_SPACE = re.compile(r"\s+")


def _clean_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def squash(text: str) -> str:
    """``text`` casefolded, with only its word characters ("The Gazette!" -> "thegazette")."""
    return re.sub(r"[^\w]", "", text.casefold())


def _is_site_part(part: str, site_names: list[str]) -> bool:
    squashed = squash(part)
    if not squashed:
        return True
    for name in site_names:
        other = squash(name)
        if other and (squashed == other or squashed in other or (len(squashed) > 3 and other in squashed)):
            return True
    return False


def strip_site_name(title: str, site_names: list[str]) -> str:
    """``title`` without a leading or trailing " | Site" part that names the site."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    # Drop site-name parts from either end, keeping at least one part.
    while len(parts) > 1 and _is_site_part(parts[-1], site_names):
        parts.pop()
    while len(parts) > 1 and _is_site_part(parts[0], site_names):
        parts.pop(0)
    if len(parts) == len(_SEPARATORS.split(title)):
        return title
    # Re-cut the original string so inner separators keep their original form.
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if 0 <= start < end else title


def _h1_texts(tree: HtmlElement) -> list[str]:
    return [t for t in (_clean_space(h.text_content()) for h in tree.iterfind(".//h1")) if t]


def find_title(tree: HtmlElement, meta: dict[str, list[str]], articles: list[dict[str, Any]], site_names: list[str]) -> str | None:
    """The headline: the page's single h1 when it matches the title metadata, else the
    metadata title (og:title, JSON-LD headline, <title>) without its site-name part."""
    candidates = [meta.get("og:title", [""])[0], meta.get("twitter:title", [""])[0]]
    candidates += [obj["headline"] for obj in articles if isinstance(obj.get("headline"), str)]
    title_el = tree.find(".//title")
    if title_el is not None:
        candidates.append(title_el.text_content())
    candidates = [_clean_space(c) for c in candidates if c and c.strip()]
    h1s = _h1_texts(tree)
    stripped = [strip_site_name(c, site_names) for c in candidates]
    # An h1 that the metadata title starts with is the headline without the site part.
    for h1 in h1s:
        for cand in candidates:
            if squash(cand).startswith(squash(h1)) and len(squash(h1)) > 0.3 * len(squash(cand)):
                return h1
    if len(h1s) == 1 and len(h1s[0]) > 15 and not _is_site_part(h1s[0], site_names):
        return h1s[0]
    if stripped:
        return stripped[0]
    return h1s[0] if h1s else None
