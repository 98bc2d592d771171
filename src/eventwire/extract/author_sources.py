"""Where a page names its authors: the sources ``authors.find_authors`` tries in order of trust.

JSON-LD article authors and author meta tags (what the page says about itself), trafilatura's
author chain, byline elements (rel/itemprop/class "author" or "byline") and links to author
pages, a "By NAME" text next to the headline, a one-word rel="author" link, and the author
markup's own text. Each gives raw names; ``find_authors`` cleans them and picks the answer.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from lxml.html import HtmlElement

from eventwire.extract.author_labels import _by_names_in_elements, not_a_byline, sorting_link
from eventwire.extract.author_names import BY_PREFIX, NOT_NAMES, clean_authors
from eventwire.extract.byline import is_date_only, is_person_name, parse_byline
from eventwire.extract.dates import page_cache

log = logging.getLogger(__name__)

# The same label as an element of its own, its name in the next ("By <a>Jane Doe</a>"). It
# starts with a capital, as a label does: a lowercase "by" goes on from the text before it
# ("<a>Medically reviewed</a> by <a>NAME</a>": the reviewer).
_BY_ALONE = re.compile(r"^(?:(?:Written|Posted|Reported|Authored|Words|Story|Text)\s+[Bb]y|WRITTEN BY|POSTED BY|B[yY])\s*:?$")


def names_from_jsonld(articles: list[dict[str, Any]]) -> list[str]:
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


def names_from_meta(meta: dict[str, list[str]]) -> list[str]:
    # Scholarly pages name every author in a meta tag of its own (citation_author); the
    # generic "author" tag there holds only the first.
    keys = (
        "citation_author", "citation_authors", "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl",
        "twitter:data1", "twitter:data2",
    )  # fmt: skip
    for key in keys:
        values = [v for v in meta.get(key, []) if not v.startswith("http")]
        if key.startswith("citation_"):
            values = [_given_first(v) for v in values]
        # Twitter's card labels its data ("Written by", "Est. reading time") in either order
        label = key.replace("data", "label")
        if key.startswith("twitter:") and not meta.get(label, [""])[0].lower().startswith(("written", "author")):
            continue
        if values:
            return values
    return []


def _given_first(name: str) -> str:
    """"Roy, Aniruddha" (the citation form) -> "Aniruddha Roy"."""
    parts = [p.strip() for p in name.split(",")]
    return f"{parts[1]} {parts[0]}" if len(parts) == 2 and all(parts) else name


_BYLINE_XPATH = (
    "//*[@rel='author' or @itemprop='author' or "
    "contains(concat(' ', normalize-space(@class), ' '), ' byline ') or "
    "contains(@class, 'author-name') or contains(@class, 'byline__name') or "
    "contains(@class, 'author_name') or contains(@class, 'byline-name')]"
)


# How far above the first byline element co-authors' elements may hang: bylines further
# away are those of teasers and related articles elsewhere on the page.
_BYLINE_REACH = 3


def names_from_bylines(tree: HtmlElement) -> list[str]:
    raw: list[str] = []
    container = None
    for element in tree.xpath(_BYLINE_XPATH)[:8]:
        named = element.xpath(".//*[@itemprop='name']")
        # text nodes joined by a space: "<b>Jane Doe</b><i>Editor</i>" is no "Jane DoeEditor"
        text = " ".join((named[0] if named else element).itertext())
        text = re.sub(r"\s+", " ", text).strip()
        if not 2 < len(text) < 120:
            continue  # a <meta itemprop="author">, an empty link, the whole page
        if container is None:
            if not clean_authors([text]):
                continue
            # the first byline that names someone: co-authors' elements hang near it
            container = element
            for _ in range(_BYLINE_REACH):
                parent = container.getparent()
                if parent is None or parent.tag in ("body", "html"):
                    break
                container = parent
        elif container not in element.iterancestors() or BY_PREFIX.match(text):
            # a later element with a "By" of its own is another article's byline (a teaser
            # card's in the same column), not a co-author: co-authors share the first's "By"
            continue
        raw.append(text)
    return raw


def one_word_rel_author(tree: HtmlElement) -> list[str]:
    """The first name of one word on a link the page marks as its author's (rel="author",
    HTML's own author link: "Posted by <a rel="author">Kiersten</a>"). One-word texts in
    other author markup are mostly categories ("Lifestyle"); this link is the author's."""
    for link in tree.xpath("//body//a[@rel='author']")[:3]:
        text = " ".join(link.text_content().split())
        if text and " " not in text and text[0].isupper() and is_person_name(text) and not NOT_NAMES.match(text):
            return [text]
    return []


# (think tanks and institutes link a writer to their page as an expert's: "/experts/444")
_AUTHOR_HREF = re.compile(r"/(?:authors?|writers?|contributors?|experts?|profiles)/[^/?#]+/?(?:[?#]|$)", re.I)


def names_from_author_links(tree: HtmlElement) -> list[str]:
    """The names on the first group of links to author pages ("/author/jane-doe/") that names a
    person: the links that share a parent element. A group that names none (the outlet's own
    author page, "/author/valley-news/") gives way to the next, up to three groups."""
    links = [
        a
        for a in tree.iterfind(".//body//a[@href]")
        # a quotation's speaker linked to their author page (a blockquote's attribution) wrote no article
        if _AUTHOR_HREF.search(a.get("href", "")) and next(a.iterancestors("blockquote"), None) is None
    ]
    for _ in range(3):
        if not links:
            return []
        group = _link_group(links)
        names = [n for n in (re.sub(r"\s+", " ", a.text_content()).strip() for a in group[:8]) if 2 < len(n) < 60]
        if clean_authors(names):
            return names
        links = [a for a in links if a not in group]
    return []


def _link_group(links: list[HtmlElement]) -> list[HtmlElement]:
    """The first link and the others that share its parent element (or its grandparent)."""
    parent = links[0].getparent()
    group = [a for a in links if a.getparent() is parent] if parent is not None else links[:1]
    if len(group) == 1 and parent is not None and parent.getparent() is not None:
        # each link in an element of its own: "<span><a>A</a></span>, <span><a>B</a></span>"
        grand = parent.getparent()
        group = [a for a in links if a.getparent() is not None and a.getparent().getparent() is grand]
    return group


def headline_texts(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """The non-empty texts after the first h1 (60 nodes) and the 15 visible ones before it, in
    page order; read once a page (the headline byline and the co-author check both use them)."""
    cache = page_cache(tree)
    if "headline_texts" not in cache:
        after: list[str] = []
        before: list[str] = []
        h1s = tree.xpath("//h1")
        if h1s:
            # position() in the XPath: libxml2 then stops early instead of listing the whole page
            nodes = [x for x in h1s[0].xpath("following::text()[position() <= 60]") if x.strip()]
            after = [str(x).strip() for x in nodes]
            # which of them open an element of their own ("<p>by <a>", not "</a> by <a>")
            cache["headline_leads"] = [not x.is_tail for x in nodes]
            # the 15 nearest visible texts before it, among the nearest 200 (see dates.segments_around_headline)
            near = "preceding::text()[position() <= 200][not(ancestor::script) and not(ancestor::style) and not(ancestor::head)]"
            before = [t for t in (str(x).strip() for x in h1s[0].xpath(f"{near}[position() <= 15]")) if t]
        cache["headline_texts"] = (after, before)
    return cache["headline_texts"]


# A short label and a bar before the byline in one text ("yas! | By Jane Doe | April 13, 2020").
_BARRED_BY = re.compile(r"^[^|]{1,30}\|\s*(?P<byline>By\s.+)$")


def names_near_headline(tree: HtmlElement) -> list[str]:
    """A "By NAME" text just before or after the first h1 (bylines without markup)."""
    after, before = headline_texts(tree)
    leads = page_cache(tree).get("headline_leads", [])
    texts = after + before
    for i, text in enumerate(texts):
        if len(text) > 150:
            continue
        if text in ("by", "by:") and i < len(leads) and leads[i] and i + 1 < len(texts):
            # a lower-case "by" that opens an element of its own, its names in the next ("<p>by
            # <a>Jane Doe</a></p>"): a byline's label, not a sentence's "by" after a link
            names = _by_names_in_elements(texts, i + 1)
            if names:
                return names
        barred = _BARRED_BY.match(text)
        text = barred.group("byline") if barred else text  # "yas! | By Jane Doe | April 13, 2020"
        text = text.lstrip("|•·–—/ ")  # "| By" in an element of its own after the label
        if BY_PREFIX.match(text) or _BY_ALONE.match(text):
            rest = BY_PREFIX.sub("", text) if BY_PREFIX.match(text) else ""
            if rest and not_a_byline(text[: len(text) - len(rest)], rest):
                continue  # "... data by Acme Ratings Review.": a sentence's "by"
            if not rest.strip() and i + 1 < len(texts):
                names = _by_names_in_elements(texts, i + 1)  # "By" and the names in separate elements
                if names:
                    return names
            byline = parse_byline("By " + rest)
            if byline is not None and byline.authors and not sorting_link(text, byline.authors):
                return byline.authors
            if _USER_NAME.match(rest) and not NOT_NAMES.match(rest) and i and _is_date(texts[i - 1]):
                return [rest]  # "12/19 — 2025 / by jdoe": a user name in the date line's byline
    return []


# A user name as a CMS writes it in a byline ("by jdoe"): one lowercase token, letters first.
_USER_NAME = re.compile(r"^[a-z][a-z0-9._-]{2,30}$")
# A date in figures only, as some templates write it ("12/19 — 2025", "2025-12-19").
_NUMERIC_DATE = re.compile(r"^[\d/.\s,–—-]*\b(?:19|20)\d{2}\b[\d/.\s,–—-]*$")


def _is_date(text: str) -> bool:
    return bool(_NUMERIC_DATE.match(text)) and sum(c.isdigit() for c in text) >= 6 or is_date_only(text)


def names_from_trafilatura(tree: HtmlElement) -> list[str]:
    """trafilatura's author chain (meta tags, JSON-LD, its byline XPaths), as its
    ``extract_metadata`` runs it but without the date search, and with its byline search
    in ``markup_author`` (same answers, a quarter of the time)."""
    from trafilatura.metadata import examine_meta, extract_meta_json

    from eventwire.extract.markup_author import markup_author

    try:
        found = examine_meta(tree)
        if found.author and " " not in found.author:
            found.author = None  # single words are mostly user names ("admin")
        found = extract_meta_json(tree, found)
        author = found.author or markup_author(tree, skip_noise=True)
    except Exception as e:  # trafilatura's metadata code raises on odd JSON-LD; authors are optional
        log.debug("trafilatura author lookup failed: %s", e)
        return []
    # one chunk: trafilatura's "; " may have cut a role after the name in parts (see clean_authors)
    return [author] if author and author.strip() else []


def markup_names(tree: HtmlElement) -> list[str]:
    """The author element's own text, cleaned here; trafilatura's normalised reading of it
    when that gives no name (it title-cases "jane doe" and drops brackets)."""
    from eventwire.extract.markup_author import markup_author

    raw = markup_author(tree, skip_noise=True, raw=True)
    if not raw or not raw.strip():
        return []
    if clean_authors([raw]):
        return [raw]
    normalised = markup_author(tree, skip_noise=True)
    return [normalised] if normalised else []
