"""Plain text -> Article: a line classifier that keeps the article and drops what a scraper caught.

A scraped text page is the article's paragraphs among lines that are not the article: a weather
widget ("28.4 C", "New York", today's date), a breadcrumb ("HomeNewsNATO expresses…"), teasers
for other stories (a headline and a lead cut short with "…"), "- Advertisement -", a subscription
pitch, the headline repeated, a summary that repeats the lead and ends in "[…]". Each line is
classified by its own features (length, final punctuation, lexicons of boilerplate phrases) and
by its neighbours (a teaser is a headline followed by a cut lead; a section label such as
"Related stories" opens a run of teasers). The article is the span from the first to the last
paragraph-like line, with what was recognised as boilerplate taken out.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from eventwire.errors import Errors, InputError
from eventwire.extract.byline import parse_byline
from eventwire.extract.dateline import dateline_agency, dateline_date, find_dateline
from eventwire.extract.dates import after_today_everywhere
from eventwire.extract.line_kinds import (
    BODY,
    BODY_MIN_WORDS,
    BREADCRUMB,
    BYLINE,
    CAPTION,
    COPYRIGHT,
    DATE,
    LABEL,
    LONG_WORDS,
    META,
    REPEAT,
    SHORT,
    TEASER,
    TITLE,
    TRAILER,
    WIDGET,
    Unit,
    norm_line,
    own_kind,
)
from eventwire.records import Article, Document, content_hash

log = logging.getLogger(__name__)

TITLE_WORDS = (3, 30)  # a headline's length in words

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def extract_text(text: str, document: Document) -> Article:
    """The article in the plain ``text`` of ``document``; metadata the document carries wins.

    Raises ``InputError`` E002 for an empty text and E005 when no article text remains.
    """
    name = document.input or document.doc_id
    if not text.strip():
        raise InputError(Errors.E002.format(input=name))
    units = split_units(text)
    classify_units(units)
    meta = find_metadata(units, document)
    kept = select_body(units)
    if not kept and document.title and len(units) == 1 and units[0].kind == TITLE:
        kept = units  # a record that is its given title alone: the headline is the whole report
    if not kept:
        raise InputError(Errors.E005.format(input=name))
    body = "\n\n".join(u.text for u in kept)
    return Article(
        id=content_hash(body),
        doc_id=document.doc_id,
        text=body,
        url=document.url,
        outlet=document.outlet or meta.outlet or _host(document.url) or dateline_agency(body),
        title=document.title or meta.title,
        authors=list(document.authors) or meta.authors,
        # a text with no byline date is dated by its dateline, when that states the year
        published=document.published or _not_future(meta.published or dateline_date(body)),
        fetched_at=document.fetched_at,
        origin=document.origin,
        dateline=find_dateline(body),
    )


def _not_future(value: datetime | None) -> datetime | None:
    """A byline date, unless it is after today (as pages dated in the future lose theirs)."""
    return None if value is None or after_today_everywhere(value) else value


def clean_line(line: str) -> str:
    """One space between words, no invisible characters, no Markdown heading marks."""
    return _MARKDOWN_HEADING.sub("", _WS.sub(" ", _INVISIBLE.sub("", line)).strip())


def split_units(text: str) -> list[Unit]:
    """Lines as units; blocks of hard-wrapped prose (lines of like length) joined into one."""
    blocks: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = clean_line(raw)
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    units = []
    for index, lines in enumerate(b for b in blocks if b):
        if _hard_wrapped(lines):
            units.append(Unit(" ".join(lines), index))
        else:
            units.extend(Unit(line, index) for line in lines)
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether a block is one paragraph wrapped at a fixed width (e-mail or wire-copy style).

    The lines must be of like length, each of plain words, and together end a sentence; so a
    headline over a share row, or a widget block, is not taken for a wrapped paragraph.
    """
    if len(lines) < 2:
        return False
    width = max(len(line) for line in lines)
    if not 40 <= width <= 100 or any(len(line) < 0.6 * width for line in lines[:-1]):
        return False
    if any(sum(w[:1].isalpha() for w in line.split()) < 2 for line in lines[:-1]):
        return False
    joined = Unit(" ".join(lines), 0)
    if not (joined.terminal or joined.words >= LONG_WORDS):
        return False
    return all(own_kind(Unit(line, 0)) in (SHORT, BODY) for line in lines)


def classify_units(units: list[Unit]) -> None:
    """Set each unit's kind: from its own features first, then from its neighbours."""
    for unit in units:
        unit.kind = own_kind(unit)
    _mark_widget_blocks(units)
    _mark_repeats(units)
    _mark_label_zones(units)
    _mark_teaser_pairs(units)
    _mark_cut_ending(units)


def _mark_widget_blocks(units: list[Unit]) -> None:
    """Short lines in the same block as a temperature are the widget: a city, today's date."""
    blocks: dict[int, list[Unit]] = {}
    for unit in units:
        blocks.setdefault(unit.block, []).append(unit)
    for members in blocks.values():
        if len(members) < 2 or not any(u.kind == WIDGET for u in members):
            continue
        for unit in members:
            if unit.kind in (SHORT, DATE, META):
                unit.kind = WIDGET


def _mark_repeats(units: list[Unit]) -> None:
    """A cut copy of a body paragraph (a summary ending in "[…]") and later exact copies."""
    body_norms = [norm_line(u.text) for u in units if u.kind == BODY]
    seen: set[str] = set()
    for unit in units:
        norm = norm_line(unit.text)
        if unit.kind == TEASER and unit.truncated:
            stem = " ".join(norm.split()[:-1])  # the last word may itself be cut
            # A copy of the lead, found anywhere in a paragraph: the body may open with a dateline.
            if len(stem.split()) >= 5 and any(stem in b and b != norm for b in body_norms):
                unit.kind = REPEAT
        elif unit.kind == BODY and norm in seen:
            unit.kind = REPEAT
        if unit.kind == BODY:
            seen.add(norm)


def _mark_label_zones(units: list[Unit]) -> None:
    """After "Related stories" and the like: teasers until the article resumes.

    The zone runs over short lines, cut leads and headline+lead pairs; it ends at a paragraph
    that does not follow a headline, or at a long one (a teaser lead is short).
    After a trailer label ("Comments", "About the author") nothing is article text.
    """
    in_zone = False
    after_headline = False
    for index, unit in enumerate(units):
        if unit.kind == TRAILER:
            for rest in units[index:]:
                rest.kind = TRAILER
            return
        if unit.kind == LABEL:
            in_zone, after_headline = True, False
            continue
        if not in_zone:
            continue
        if unit.kind == BODY and not (after_headline and unit.words <= 45):
            in_zone = False
            continue
        headline = unit.kind == SHORT and not unit.terminal
        if unit.kind in (SHORT, BODY, DATE, CAPTION):
            unit.kind = TEASER
        after_headline = headline


def _mark_teaser_pairs(units: list[Unit]) -> None:
    """A headline followed by a lead cut short is a teaser for another story, wherever it is."""
    for before, unit in zip(units, units[1:], strict=False):
        if unit.kind == TEASER and unit.truncated and before.kind == SHORT and not before.terminal:
            before.kind = TEASER


def _mark_cut_ending(units: list[Unit]) -> None:
    """An excerpt's own last paragraph, cut short ("...") by a feed, a news API or a data set,
    is article text: the record's last unit, a paragraph long, right after a paragraph of the
    article or with nothing before it. A teaser's cut lead follows a headline or a label."""
    if not units:
        return
    last = units[-1]
    if last.kind != TEASER or not last.truncated or last.words < BODY_MIN_WORDS:
        return
    if len(units) == 1 or units[-2].kind == BODY:
        last.kind = BODY


@dataclass
class Metadata:
    title: str | None = None
    authors: list[str] | None = None
    published: datetime | None = None
    outlet: str | None = None


def find_metadata(units: list[Unit], document: Document) -> Metadata:
    """Title, byline and date from the units; marks the title and its copies as TITLE."""
    meta = Metadata(authors=[])
    first_body = next((i for i, u in enumerate(units) if u.kind == BODY), len(units))
    title = document.title or _find_title(units, first_body)
    if title:
        meta.title = title
        norm = norm_line(title)
        for unit in units:
            if unit.kind in (SHORT, BODY, TEASER, WIDGET) and norm_line(unit.text) == norm:
                unit.kind = TITLE
    title_at = next((i for i, u in enumerate(units) if u.kind == TITLE), -1)
    for index, unit in enumerate(units):
        if unit.kind == BYLINE:
            byline = parse_byline(unit.text)
            if byline is None:
                continue
            if byline.authors and not meta.authors:
                meta.authors = byline.authors
            if byline.published and byline.label != "updated" and meta.published is None:
                meta.published = byline.published
        elif unit.kind == DATE and meta.published is None and 0 <= title_at < index <= first_body + 1:
            # A lone date under the headline dates the article; one above it is a widget's "today".
            byline = parse_byline(unit.text)
            if byline and byline.label != "updated":
                meta.published = byline.published
        elif unit.kind == COPYRIGHT and meta.outlet is None:
            meta.outlet = _copyright_holder(unit.text)
    return meta


def _find_title(units: list[Unit], first_body: int) -> str | None:
    """The headline: a heading-like line above the article, preferring one the page repeats."""
    crumbs = [norm_line(u.text) for u in units if u.kind == BREADCRUMB]
    norms = [norm_line(u.text) for u in units]
    best, best_score = None, -1.0
    for index, unit in enumerate(units[: first_body + 1]):
        if unit.kind != SHORT or unit.terminal and not unit.text.endswith(("?", "!")):
            continue
        low, high = TITLE_WORDS
        if not low <= unit.words <= high:
            continue
        norm = norms[index]
        score = 0.0
        if any(c.endswith(norm) and c != norm for c in crumbs):
            score += 3  # the breadcrumb ends with the headline
        if norms.count(norm) > 1:
            score += 2  # printed twice: the page title and the headline
        if unit.words >= 4:
            score += 1
        if _capitalised_share(unit.text) >= 0.5:
            score += 0.5
        score -= 0.1 * index  # earlier is likelier
        if score > best_score:
            best, best_score = unit.text, score
    return best


def _capitalised_share(text: str) -> float:
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def select_body(units: list[Unit]) -> list[Unit]:
    """The article: from the first to the last paragraph, short lines between them included.

    The span grows over sentence-like short lines next to it ("Talks resume on Monday.").
    Without any paragraph (a one-sentence record), sentence-like lines are the article.
    """
    body_at = [i for i, u in enumerate(units) if u.kind == BODY]
    if not body_at:
        lines = [u for u in units if u.kind == SHORT and u.sentence_like]
        if not lines and len(units) == 1 and units[0].kind == SHORT and units[0].words >= 3:
            # The whole text is one line under a title given apart (a title found in the text
            # is TITLE by now): a deck, or a lead a data set cut mid-sentence. With nothing
            # around it to tell it from, it is the article (NeuS train: 149 of 7,356 records were refused).
            return units
        return lines
    first, last = body_at[0], body_at[-1]
    while first > 0 and units[first - 1].kind == SHORT and units[first - 1].sentence_like:
        first -= 1
    while last + 1 < len(units) and units[last + 1].kind == SHORT and units[last + 1].sentence_like:
        last += 1
    return [u for u in units[first : last + 1] if u.kind in (BODY, SHORT)]


def _copyright_holder(text: str) -> str | None:
    match = re.search(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|]+)", text, re.I)
    if not match:
        return None
    holder = match.group(1).strip(" ,")
    holder = re.sub(r"\s*all rights reserved.*$", "", holder, flags=re.I).strip(" ,")
    return holder or None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
