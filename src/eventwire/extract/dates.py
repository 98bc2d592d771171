"""The publication date a web page states, and nothing when it states none.

Sources, in the order measured best on the even WCXB dev pages: a date in the URL,
publication meta tags, a date the text labels "originally published", a date written
next to the headline (the visible byline date: a short text node of its own, so that a
date inside a sentence is not taken, or the date a lead paragraph opens with), a labelled date
in the visible text ("Posted on ..."), the first ``<time datetime>`` of the body outside
navigation and comments, JSON-LD ``datePublished`` of an article, then htmldate's markup
reading and microdata ``itemprop="datePublished"``, each when the reader can see that date.
Where a page shows only an "Updated" date and its markup states an earlier publication date,
the WCXB gold takes the publication date on most even pages (14 against 5), so the meta tags
come first. On the even pages whose gold has no date, the dates given before were mostly modification dates
(``article:modified_time``, "Last reviewed") and markup-only dates (WebPage JSON-LD,
hidden ``<time>``); a few were visible publication dates the annotators skipped. A date
found only in markup the reader never sees (a WebPage object's ``datePublished``, a
``datePublished`` key in a script or attribute) was right on 2 even pages and invented one
on 6, so those stay unread.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lxml.html import HtmlElement

from eventwire.extract.date_forms import (
    TEXT_FORMS,
    dates_in,
    is_visible,
    opening_date,
    parse_value,
    short_year_dates,
    written_forms,
)
from eventwire.extract.line_kinds import is_teaser_label

log = logging.getLogger(__name__)

# "/2024/07/09/", "/2024-07-09-slug", "/2024/7/9": a day that runs into the slug must be written
# with two digits, so "/2023/10/3-fragen-an" (a month's archive, a slug that opens with a
# number) is no date.
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{2}(?:/|-|$)|\d(?:/|$))")

# Meta tags that name the publication date (lowercased keys), most specific first.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "datepublished", "published_time",
    "publishdate", "publish-date", "publish_date", "published-date", "publication_date", "publication-date",
    "article.published", "pubdate", "date-pub", "publisheddate", "published",
    "w-published-date", "parsely-pub-date", "sailthru.date", "cxenseparse:publishtime", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "citation_publication_date", "citation_date",
    "date", "by date",
)


def writes_day_first(tree: HtmlElement) -> bool:
    """Whether the page's language writes a dotted date day first: every language but English
    (US sites write "11.01.2023" for November 1st too) and pages that name none."""
    lang = page_language(tree)
    if not lang:
        # a page that names no language: the language of its visible text says the same
        from eventwire.extract.language import detect_language

        lang = detect_language(visible_text(tree, 5000)) or ""
    return bool(lang) and not lang.startswith("en")


_LANGUAGE_META = (
    "//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language') = 'content-language']/@content"
    " | //meta[@property = 'og:locale' or @name = 'og:locale']/@content"
    " | //meta[translate(@name, 'DCLANGUAGE.', 'dclanguage.') = 'dc.language']/@content"
)


def page_language(tree: HtmlElement) -> str:
    """The language the page declares, lower case ("de-ch", "en_gb"): the root's ``lang``,
    else its Content-Language, ``og:locale`` or Dublin Core language meta tag; "" when none."""
    root = tree.getroottree().getroot()
    lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip().lower()
    if lang:
        return lang
    declared = [str(v).strip().lower() for v in tree.xpath(_LANGUAGE_META)]
    return next((v for v in declared if v), "")


_VISIBLE = "[not(ancestor::script) and not(ancestor::style) and not(ancestor::head) and not(ancestor::noscript)]"


def headline_element(tree: HtmlElement, title: str | None = None) -> HtmlElement | None:
    """The headline's element: the first h1, else (pages built without one) the first body
    element whose own text is the title."""
    h1s = tree.xpath("//h1")
    if h1s:
        logo = _logo_h1(h1s[0], tree)
        return logo if logo is not None else h1s[0]
    if not title or len(title) < 10:
        return None
    found = tree.xpath("//body//*[normalize-space(text()) = $t]", t=" ".join(title.split()))
    return found[0] if found else None


def _logo_h1(h1: HtmlElement, tree: HtmlElement) -> HtmlElement | None:
    """The headline's element where the page's first h1 is its logo (a site name the <title>
    does not open with, and no other text): the first body element whose own text opens the
    <title> ("Headline | Site"), when there is one."""
    page_title = " ".join((tree.findtext(".//title") or "").split())
    name = " ".join(h1.text_content().split())
    if len(page_title) < 20 or len(name.split()) > 3 or page_title.startswith(name):
        return None
    headline = re.split(r"\s+[|–—-]\s+", page_title)[0]
    if len(headline) < 20:
        return None
    found = tree.xpath("//body//*[normalize-space(text()) = $t]", t=headline)
    return found[0] if found else None


def segments_around_headline(tree: HtmlElement, title: str | None = None, limit: int = 1600) -> list[str]:
    """The text nodes just after the headline, up to a label of teasers ("Related stories"),
    then those just before it, each run in page order: where bylines show the author and the
    date. Most bylines stand below the headline; a date above it is often the page header's
    (today's date, the previous item's). Empty when the page has no headline element."""
    head = headline_element(tree, title)
    if head is None:
        return []
    # A position() test first: libxml2 then stops after that many text nodes instead of
    # testing the ancestors of every text node of the page (on a reverse axis, position 1 is
    # the nearest). The 200 and 400 leave room for the invisible ones (scripts) in between.
    before = [str(x) for x in head.xpath(f"preceding::text()[position() <= 200]{_VISIBLE}[position() <= 30]")]
    after: list[str] = []
    size = 0
    for text in head.xpath(f"following::text()[position() <= 400]{_VISIBLE}[position() <= 80]"):
        if is_teaser_label(" ".join(text.split())):
            break  # "Related stories", "Lesen Sie auch": the dates below are other stories'
        after.append(str(text))
        size += len(text)
        if size >= limit:
            break
    return [t for t in (" ".join(x.split()) for x in after + before) if t]


# --- the sources ---------------------------------------------------------------------------


def from_meta(meta: dict[str, list[str]]) -> datetime | None:
    for key in PUBLISHED_META:
        for value in meta.get(key, []):
            parsed = parse_value(value)
            if parsed is not None:
                return parsed
    return None


def from_jsonld(articles: list[dict[str, Any]]) -> datetime | None:
    """``datePublished`` of an article object. (A WebPage object's date, which CMS plugins
    write on every page, was a date on pages whose gold has none.)"""
    for obj in articles:
        for key in ("datePublished", "dateCreated"):
            parsed = parse_value(obj.get(key))
            if parsed is not None:
                return parsed
    return None


def from_itemprop(tree: HtmlElement) -> datetime | None:
    for element in tree.xpath('//*[@itemprop="datePublished"]')[:3]:
        parsed = parse_value(element.get("content") or element.get("datetime") or element.text_content())
        if parsed is not None:
            return parsed
    return None


# Day, month and year all in figures ("06.11.23", "11/01/2021"): the only dates whose order
# depends on the page's language.
_NUMERIC_DATE = re.compile(r"\d{1,4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}")

# A byline date stands in a short text node of its own; a date inside a sentence after the
# headline ("the deadline is April 15, 2025") is about something else.
BYLINE_SEGMENT = 80


def from_headline(tree: HtmlElement, title: str | None = None) -> datetime | None:
    """A date written next to the headline (the visible byline date)."""
    reading: list[bool] = []

    def day_first() -> bool:
        # asked only where a segment holds an all-number date: a page with no declared language
        # has its text's language detected, which costs more than the rest of this search
        if not reading:
            reading.append(writes_day_first(tree))
        return reading[0]

    for segment in segments_around_headline(tree, title):
        numeric = _NUMERIC_DATE.search(segment) is not None
        if len(segment) > BYLINE_SEGMENT:
            # A lead paragraph that opens with its date ("27.1.2022 - Bei der ..."): the date of
            # a dateline, not one inside a sentence.
            opening = opening_date(segment, numeric and day_first())
            if opening is not None:
                return datetime(opening.year, opening.month, opening.day)
            continue
        near = [d for d in dates_in(segment, numeric=True, day_first=numeric and day_first()) if d.year >= 1995]
        if not near and numeric and day_first():
            near = short_year_dates(segment, _now().year)
        if near:
            return datetime(near[0].year, near[0].month, near[0].day)
    return None


_LABEL = re.compile(
    r"\b(?:published|posted|updated|last updated|last modified|date|released|written)(?:\s+on)?\s*:?\s*$"
    # the same labels in German, French, Spanish, Portuguese, Italian and Dutch
    r"|(?:\bver(?:ö|oe)ffentlicht|\berstellt|\bpubliziert|\bdatum|\bpubli(?:é|e)|\bmis en ligne|\bpublicad[oa]"
    r"|\bfecha|\bdata|\bpubblicat[oa]|\bgepubliceerd|\bgeplaatst|\berschienen|\bverschenen|\bparu)(?:\s+(?:am|le|el|em|il|op))?\s*:?\s*$",
    re.I,
)
_SKIP = frozenset(("script", "style", "noscript", "template", "nav", "footer"))


def visible_text(tree: HtmlElement, limit: int = 20000) -> str:
    """The page's visible body text (no scripts, navigation or footer), cut at ``limit``."""
    cache = page_cache(tree)
    text = cache.get(limit)
    if text is None:
        text = cache[limit] = re.sub(r"\s+", " ", " ".join(visible_segments(tree, limit)))
    return text


# Several readers (date labels, htmldate's check, labelled bylines) read the same page's
# visible text: it is walked once per page, kept for the last tree seen (the reference
# to the tree keeps its id from being reused).
_CACHE: dict[str, Any] = {"tree": None, "parts": [], "sizes": [], "limit": 0, "done": False, "texts": {}}
_WALK_LIMIT = 40000  # the labelled-byline reader's reach; htmldate's check walks further when asked


def page_cache(tree: HtmlElement) -> dict[Any, Any]:
    """What the page's readers derive from ``tree`` and keep while it is read (its visible
    texts by limit, its written dates, the authors' headline texts); new for each page."""
    if _CACHE["tree"] is not tree:
        _CACHE.update(tree=tree, parts=[], sizes=[], limit=0, done=False, texts={})
    return _CACHE["texts"]


def visible_segments(tree: HtmlElement, limit: int = 20000) -> list[str]:
    """The page's visible text nodes in order (no scripts, navigation or footer), up to ``limit`` characters."""
    page_cache(tree)
    if _CACHE["limit"] < limit and not _CACHE["done"]:
        parts, sizes, done = _walk_visible(tree, max(limit, _WALK_LIMIT))
        _CACHE.update(parts=parts, sizes=sizes, limit=max(limit, _WALK_LIMIT), done=done)
    parts, sizes = _CACHE["parts"], _CACHE["sizes"]
    # the walk stops at the first part that takes the size past the limit, that part included
    end = bisect.bisect_right(sizes, limit) + 1
    return [p for p in (part.strip() for part in parts[:end]) if p]


def _walk_visible(tree: HtmlElement, limit: int) -> tuple[list[str], list[int], bool]:
    """Raw visible text parts, the running size after each, and whether the walk reached the end."""
    body = tree.find(".//body")
    if body is None:
        return [], [], True
    parts: list[str] = []
    sizes: list[int] = []
    size = 0
    skip_depth: list[HtmlElement] = []
    for event, element in _iterwalk(body):
        if event == "start":
            if isinstance(element.tag, str) and element.tag in _SKIP:
                skip_depth.append(element)
            elif not skip_depth and element.text:
                parts.append(element.text)
                size += len(element.text)
                sizes.append(size)
        else:
            if skip_depth and skip_depth[-1] is element:
                skip_depth.pop()
            if not skip_depth and element.tail:
                parts.append(element.tail)
                size += len(element.tail)
                sizes.append(size)
        if size > limit:
            return parts, sizes, False
    return parts, sizes, True


def _iterwalk(root: HtmlElement):  # noqa: ANN202 - a generator of (event, element)
    from lxml import etree

    return etree.iterwalk(root, events=("start", "end"))


# "This article was originally published on 26 Sep 2019 but has been updated": the gold
# takes the first publication over a byline's (updated) date.
_ORIGINAL = re.compile(r"\b(?:originally|first) (?:published|posted)(?:\s+(?:on|in))?\s*:?\s*(?:\w+day,?\s*)?$", re.I)


def from_labels(tree: HtmlElement, label: re.Pattern[str] = _LABEL) -> datetime | None:
    """A date the page labels as such ("Posted on Nov 21, 2018", "Last updated: 4 May 2025")."""
    for before, value in _written_dates(tree):
        if label.search(before):
            return value
    return None


def _written_dates(tree: HtmlElement) -> list[tuple[str, datetime]]:
    """The dates written in the visible text (month-name forms first, then dotted ones),
    each with the 30 characters before it, where a label would stand; read once a page."""
    cache = page_cache(tree)
    found = cache.get("written")
    if found is not None:
        return found
    text = visible_text(tree)
    # a label says which way round a dotted date is written: none skipped here
    found = [(text[max(0, start - 30) : start], datetime(d.year, d.month, d.day))
             for start, d in written_forms(text, TEXT_FORMS, plain_order_only=False)]
    cache["written"] = found
    return found


_TIME_XPATH = (
    "//body//time[@datetime][not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::header[not(.//h1)] or "
    "ancestor::*[contains(@class, 'comment') or contains(@class, 'related') or contains(@class, 'sidebar')])]"
)


def from_time_element(tree: HtmlElement) -> datetime | None:
    """The first ``<time datetime>`` of the page body outside navigation, comments and
    teasers: the reader sees it (often as "3 days ago"), its attribute gives the day."""
    for element in tree.xpath(_TIME_XPATH)[:1]:
        return parse_value(element.get("datetime"))
    return None


def from_url(url: str | None) -> datetime | None:
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3).rstrip("/-")))
    except ValueError:
        return None


def modified_dates(meta: dict[str, list[str]], objects: list[dict[str, Any]]) -> set[date]:
    """Modification dates the markup states (meta tags, JSON-LD ``dateModified``)."""
    values = [v for k in ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "modified-date") for v in meta.get(k, [])]
    values += [obj.get("dateModified") for obj in objects]
    return {d.date() for d in map(parse_value, values) if d is not None}


def from_htmldate(tree: HtmlElement, url: str | None, meta: dict[str, list[str]], objects: list[dict[str, Any]]) -> datetime | None:
    """htmldate's original date (markup only, no guessing from free text), when the page
    also shows it to the reader and it is not a modification date of the markup: htmldate
    falls back to those and to hidden markup dates when no publication date is given."""
    import htmldate

    try:
        found = htmldate.find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception as e:  # htmldate raises assorted errors on odd markup; the date is optional
        log.debug("htmldate failed on %s: %s", url, e)
        return None
    value = parse_value(found)
    if value is None or not is_visible(value.date(), visible_text(tree, 100000)):
        return None
    # A page edited on its day of publication states both as one day: still its publication.
    if value.date() in modified_dates(meta, objects) and value.date() not in _published_dates(objects):
        return None
    return value


def _shown(value: datetime | None, tree: HtmlElement) -> datetime | None:
    """``value`` when the page also shows its day to the reader, else None."""
    if value is None or not is_visible(value.date(), visible_text(tree, 100000)):
        return None
    return value


def _published_dates(objects: list[dict[str, Any]]) -> set[date]:
    """Days any JSON-LD object (a WebPage's included) states as ``datePublished``."""
    return {d.date() for d in map(parse_value, (obj.get("datePublished") for obj in objects)) if d is not None}


def candidates(
    tree: HtmlElement,
    meta: dict[str, list[str]],
    objects: list[dict[str, Any]],
    articles: list[dict[str, Any]],
    url: str | None,
    title: str | None = None,
) -> dict[str, Callable[[], datetime | None]]:
    """Each source as a lazy function (later sources are only read when earlier ones fail)."""
    return {
        "meta": lambda: from_meta(meta),
        "jsonld": lambda: from_jsonld(articles),
        "itemprop": lambda: _shown(from_itemprop(tree), tree),
        "headline": lambda: from_headline(tree, title),
        "original": lambda: from_labels(tree, _ORIGINAL),
        "url": lambda: from_url(url),
        "labels": lambda: from_labels(tree),
        "htmldate": lambda: from_htmldate(tree, url, meta, objects),
        "time": lambda: from_time_element(tree),
    }


DEFAULT_ORDER = ("url", "meta", "original", "headline", "labels", "time", "jsonld", "htmldate", "itemprop")


def find_published(
    tree: HtmlElement,
    meta: dict[str, list[str]],
    objects: list[dict[str, Any]],
    articles: list[dict[str, Any]],
    url: str | None,
    order: tuple[str, ...] = DEFAULT_ORDER,
    title: str | None = None,
) -> datetime | None:
    """The publication date the page states, tz-aware (UTC when it gives no zone), or None.
    ``title`` finds the headline on pages without an h1."""
    now = _now()
    sources = candidates(tree, meta, objects, articles, url, title)
    for name in order:
        try:
            value = sources[name]()
        except (ValueError, TypeError, OverflowError) as e:  # odd values in page markup; the date is optional
            log.debug("date source %s failed: %s", name, e)
            continue
        if value is None or value.year < 1990 or _in_future(value, now):
            continue
        if name == "meta":
            value = _earlier_byline(value, sources["headline"])
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return None


def _now() -> datetime:
    return datetime.now(UTC)


# A stated instant this far ahead of the clock is a clock that is off, not a future date.
_CLOCK_SKEW = timedelta(hours=1)
# Local days run up to 14 hours ahead of UTC (UTC+14): a day without a zone is in the future
# only when it is later than the day it is already somewhere on Earth.
_AHEAD_OF_UTC = timedelta(hours=14)


def _in_future(value: datetime, now: datetime) -> bool:
    """Whether ``value`` has not happened yet. An instant with a zone is compared as an instant:
    its local day is often tomorrow in UTC (a Tokyo page published after local midnight)."""
    if value.tzinfo is not None:
        return value > now + _CLOCK_SKEW
    return value.date() > (now + _AHEAD_OF_UTC).date()


def after_today_everywhere(value: datetime) -> bool:
    """Whether ``value``'s day has not begun anywhere yet (later than the day at UTC+14): for
    dates whose zone is unknown, such as a plain text's byline (taken as UTC)."""
    return value.date() > (_now() + _AHEAD_OF_UTC).date()


def _earlier_byline(value: datetime, headline: Callable[[], datetime | None]) -> datetime:
    """The byline's date instead of the meta tags' when the byline shows a day well before
    it: the page was published then, and the meta date is a later re-publication (a site
    moved to a new system). A day apart is only a time zone. On the even WCXB pages this
    took the gold date on 2 pages and lost none; a later byline date is mostly an update,
    and the gold takes the meta date there."""
    try:
        shown = headline()
    except (ValueError, TypeError, OverflowError):
        return value
    if shown is not None and shown.year >= 1990 and (value.date() - shown.date()).days > 1:
        return shown
    return value
