"""The publication date a web page states, and nothing when it states none.

Sources, in the order measured best on the even WCXB dev pages: a date in the URL,
publication meta tags, a date the text labels "originally published", a date written
next to the headline (the visible byline date: a short text node of its own, so that a
date inside a sentence is not taken), a labelled date in the visible text ("Posted on ..."), the first ``<time datetime>`` of the
body outside navigation and comments, JSON-LD ``datePublished`` of an article, then
htmldate's markup reading when the reader can see that date. Where a page shows only an
"Updated" date and its markup states an earlier publication date, the WCXB gold takes
the publication date on most even pages (14 against 5), so the meta tags come first. On the even
pages whose gold has no date, the dates given before were mostly modification dates
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
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lxml.html import HtmlElement

from eventwire.extract.months import MONTH, MONTHS, OTHER_MONTH_NUMBER, OTHER_MONTHS

log = logging.getLogger(__name__)

# Page builders often run a byline's parts together ("Marketing DirectorMay 14, 2025",
# "Dec 18, 2025X min read"): a month may follow a lower-case letter when it is capitalised
# (case-sensitive test, so "Summary 5" is no "Mar 5"), and a year may run into a word.
_GLUED = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
_YEAR_END = r"(?![\d])"
_FOUR_DIGITS = re.compile(r"\d{4}")
# "6. Mai 2018", "19 de octubre de 2019", "1er juillet 2020": day first, then the month's name
_DMY_OTHER = re.compile(
    r"(?<![\d.])(\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?("
    + "|".join(sorted(map(re.escape, OTHER_MONTH_NUMBER), key=len, reverse=True))
    + r")\.?,?\s+(?:de\s+)?(\d{4})" + _YEAR_END,
    re.IGNORECASE,
)
_MDY = re.compile(_GLUED + MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _YEAR_END, re.IGNORECASE)
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r",?\s+(\d{4})" + _YEAR_END, re.IGNORECASE)
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# "17.05.2021" (day first, as written in Europe), taken only where the order is plain
# (a day above 12, or day and month the same: "12.12.2025")
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])")
_ISO_TIME = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?)?")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")

# Meta tags that name the publication date (lowercased keys), most specific first.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "datepublished", "published_time",
    "publishdate", "publish-date", "publish_date", "published-date", "publication_date", "publication-date",
    "article.published", "pubdate", "date-pub", "publisheddate", "published",
    "w-published-date", "parsely-pub-date", "sailthru.date", "cxenseparse:publishtime", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "citation_publication_date", "citation_date",
    "date", "by date",
)


def dates_in(text: str, numeric: bool = False, day_first: bool = False) -> list[date]:
    """Dates written out in ``text`` ("July 9, 2024", "9 July 2024", "2024-07-09"), in order;
    with ``numeric`` also day-first dotted dates ("17.05.2021"), those that could be either way
    round ("09.10.2024") only when ``day_first`` says the page writes the day first."""
    forms = ((_MDY, "mdy"), (_DMY, "dmy"), (_DMY_OTHER, "dmy_other"), (_ISO, "ymd")) + (((_DOTTED, "num"),) if numeric else ())
    return [d for _, d in sorted(_written_forms(text, forms, plain_order_only=not day_first))]


def writes_day_first(tree: HtmlElement) -> bool:
    """Whether the page's language writes a dotted date day first: every language but English
    (US sites write "11.01.2023" for November 1st too) and pages that name none."""
    root = tree.getroottree().getroot()
    lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip().lower()
    return bool(lang) and not lang.startswith("en")


def _written_forms(text: str, forms: tuple[tuple[re.Pattern[str], str], ...],
                   plain_order_only: bool) -> Iterator[tuple[int, date]]:
    """(position, date) of each match of ``forms``, form by form; a dotted date whose day and
    month could be either way round is skipped when ``plain_order_only``."""
    if not _FOUR_DIGITS.search(text):  # every form has a year: most text nodes have none
        return
    seen: set[tuple[int, date]] = set()  # "6 April 2018" is English and German alike
    for regex, order in forms:
        for m in regex.finditer(text):
            try:
                if order == "mdy":
                    value = date(int(m.group(3)), MONTHS.index(m.group(1)[:3].lower()) + 1, int(m.group(2)))
                elif order == "dmy_other":
                    value = date(int(m.group(3)), OTHER_MONTH_NUMBER[m.group(2).lower()], int(m.group(1)))
                elif order == "dmy":
                    value = date(int(m.group(3)), MONTHS.index(m.group(2)[:3].lower()) + 1, int(m.group(1)))
                elif order == "num":
                    day, month = int(m.group(1)), int(m.group(2))
                    if plain_order_only and day <= 12 and month <= 12 and day != month:
                        continue  # "09.10.2024": US sites write the month first too
                    value = date(int(m.group(3)), month, day)
                else:
                    value = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if (m.start(), value) not in seen:
                seen.add((m.start(), value))
                yield m.start(), value


def parse_value(value: Any) -> datetime | None:
    """A machine-written date ("2024-07-09T10:00:00+02:00", "2024-07-09") or a written-out one."""
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO_TIME.match(value)
    if m:
        day, clock, zone = m.groups()
        text = day + ("T" + clock if clock else "") + ((zone if zone != "Z" else "+00:00") if clock and zone else "")
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    written = dates_in(value[:60])
    return datetime(written[0].year, written[0].month, written[0].day) if written else None


_VISIBLE = "[not(ancestor::script) and not(ancestor::style) and not(ancestor::head) and not(ancestor::noscript)]"


def headline_element(tree: HtmlElement, title: str | None = None) -> HtmlElement | None:
    """The headline's element: the first h1, else (pages built without one) the first body
    element whose own text is the title."""
    h1s = tree.xpath("//h1")
    if h1s:
        return h1s[0]
    if not title or len(title) < 10:
        return None
    found = tree.xpath("//body//*[normalize-space(text()) = $t]", t=" ".join(title.split()))
    return found[0] if found else None


def segments_around_headline(tree: HtmlElement, title: str | None = None, limit: int = 1600) -> list[str]:
    """The text nodes just before and after the headline, in page order: where bylines show
    the author and the date. Empty when the page has no headline element."""
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
        after.append(str(text))
        size += len(text)
        if size >= limit:
            break
    return [t for t in (" ".join(x.split()) for x in before + after) if t]


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


# A byline date stands in a short text node of its own; a date inside a sentence after the
# headline ("the deadline is April 15, 2025") is about something else.
BYLINE_SEGMENT = 80


def from_headline(tree: HtmlElement, title: str | None = None) -> datetime | None:
    """A date written next to the headline (the visible byline date)."""
    day_first = writes_day_first(tree)
    for segment in segments_around_headline(tree, title):
        if len(segment) > BYLINE_SEGMENT:
            continue
        near = [d for d in dates_in(segment, numeric=True, day_first=day_first) if d.year >= 1995]
        if near:
            return datetime(near[0].year, near[0].month, near[0].day)
    return None


_LABEL = re.compile(
    r"\b(?:published|posted|updated|last updated|last modified|date|released|written)(?:\s+on)?\s*:?\s*$"
    # the same labels in German, French, Spanish, Portuguese, Italian and Dutch
    r"|(?:\bver(?:ö|oe)ffentlicht|\berstellt|\bpubliziert|\bdatum|\bpubli(?:é|e)|\bmis en ligne|\bpublicad[oa]"
    r"|\bfecha|\bdata|\bpubblicat[oa]|\bgepubliceerd|\bgeplaatst)(?:\s+(?:am|le|el|em|il|op))?\s*:?\s*$",
    re.I,
)
_SKIP = frozenset(("script", "style", "noscript", "template", "nav", "footer"))


def visible_text(tree: HtmlElement, limit: int = 20000) -> str:
    """The page's visible body text (no scripts, navigation or footer), cut at ``limit``."""
    cache = _cache_for(tree)
    text = cache.get(limit)
    if text is None:
        text = cache[limit] = re.sub(r"\s+", " ", " ".join(visible_segments(tree, limit)))
    return text


# Several readers (date labels, htmldate's check, labelled bylines) read the same page's
# visible text: it is walked once per page, kept for the last tree seen (the reference
# to the tree keeps its id from being reused).
_CACHE: dict[str, Any] = {"tree": None, "parts": [], "sizes": [], "limit": 0, "done": False, "texts": {}}
_WALK_LIMIT = 40000  # the labelled-byline reader's reach; htmldate's check walks further when asked


def _cache_for(tree: HtmlElement) -> dict[Any, Any]:
    if _CACHE["tree"] is not tree:
        _CACHE.update(tree=tree, parts=[], sizes=[], limit=0, done=False, texts={})
    return _CACHE["texts"]


def visible_segments(tree: HtmlElement, limit: int = 20000) -> list[str]:
    """The page's visible text nodes in order (no scripts, navigation or footer), up to ``limit`` characters."""
    _cache_for(tree)
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
    cache = _cache_for(tree)
    found = cache.get("written")
    if found is not None:
        return found
    text = visible_text(tree)
    # a label says which way round a dotted date is written: none skipped here
    forms = ((_MDY, "mdy"), (_DMY, "dmy"), (_DMY_OTHER, "dmy_other"), (_DOTTED, "num"))
    found = [(text[max(0, start - 30) : start], datetime(d.year, d.month, d.day))
             for start, d in _written_forms(text, forms, plain_order_only=False)]
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
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
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


def _published_dates(objects: list[dict[str, Any]]) -> set[date]:
    """Days any JSON-LD object (a WebPage's included) states as ``datePublished``."""
    return {d.date() for d in map(parse_value, (obj.get("datePublished") for obj in objects)) if d is not None}


def _month_names(month: int) -> str:
    english = MONTHS[month - 1] + r"[a-z]*"
    others = sorted(OTHER_MONTHS[month - 1].split(), key=len, reverse=True)
    return "(?:" + "|".join([english, *map(re.escape, others)]) + ")"


def is_visible(day: date, text: str) -> bool:
    """Whether ``day`` is written in ``text`` in one of the common forms."""
    month = _month_names(day.month)
    y, m, d, yy = day.year, day.month, day.day, day.year % 100
    forms = (
        _GLUED + rf"{month}\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}",
        # "2 February 2023", "2nd of Feb 2023", "19. Oktober 2019", "19 de octubre de 2019"
        rf"\b0?{d}(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?{month}\.?,?\s+(?:de\s+)?{y}",
        rf"\b{y}[-/.]{m:02d}[-/.]{d:02d}(?:\b|T\d)",  # "2022-11-23T08:10+02:00" shown as is
        rf"\b0?{m}/0?{d}/(?:{y}|{yy:02d})\b",
        rf"\b0?{d}[./]0?{m}[./](?:{y}|{yy:02d})\b",
        rf"\b{y}\.\s*0?{m}\.\s*0?{d}\b",  # "2020. 06. 04." (Hungarian, Korean)
        rf"{y}\s*[年년]\s*0?{m}\s*[月월]\s*0?{d}\s*[日일]",  # Chinese, Japanese, Korean
    )
    return any(re.search(form, text, re.I) for form in forms)


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
        "itemprop": lambda: from_itemprop(tree),
        "headline": lambda: from_headline(tree, title),
        "original": lambda: from_labels(tree, _ORIGINAL),
        "url": lambda: from_url(url),
        "labels": lambda: from_labels(tree),
        "htmldate": lambda: from_htmldate(tree, url, meta, objects),
        "time": lambda: from_time_element(tree),
    }


DEFAULT_ORDER = ("url", "meta", "original", "headline", "labels", "time", "jsonld", "htmldate")


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
