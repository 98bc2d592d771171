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
from eventwire.extract.byline import is_date_only, parse_byline
from eventwire.extract.dateline import find_dateline
from eventwire.extract.dates import after_today_everywhere
from eventwire.records import Article, Document, content_hash

log = logging.getLogger(__name__)

# Unit kinds. BODY and SHORT are content candidates; every other kind is dropped.
BODY, SHORT = "body", "short"
TITLE, BYLINE, DATE, WIDGET, BREADCRUMB, AD, PITCH = (
    "title",
    "byline",
    "date",
    "widget",
    "breadcrumb",
    "ad",
    "pitch",
)
META, DECORATION = "meta", "decoration"  # a clock time or reading time; a rule of dashes
LABEL, TEASER, REPEAT, CAPTION, SHARE, COPYRIGHT, TRAILER = (
    "label", "teaser", "repeat", "caption", "share", "copyright", "trailer",
)  # fmt: skip

BODY_MIN_WORDS = 10  # a paragraph this long that ends a sentence is article text
LONG_WORDS = 30  # this long, it is article text even without final punctuation
TITLE_WORDS = (3, 30)
LEXICON_MAX_WORDS = 25  # lexicon phrases only mark short lines: a paragraph may say "subscribe"

_TERMINAL = re.compile(r"""[.!?。！？]["'”’»)\]」』]*$|[.!?]\s*\(\w[^)]*\)$|[:：]$""")
# Han characters and kana: Chinese and Japanese put no spaces between words, so each counts as
# one (as extract.html does); Hangul is left out, Korean spaces its words.
_CJK_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TRUNCATED = re.compile(r"(?:\.\.\.|…|\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\))\s*$")
_AD = re.compile(
    r"^[\s\-–—*_=·•]*(?:advertisement|advertisment|advert|ad|sponsored(?: content)?|paid content|"
    r"publicit[ée]|anzeige|werbung|publicidad|publicidade|pubblicit[àa]|reclame|advertentie|"
    r"story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|"
    r"article continues (?:below|after (?:this )?advertisement))[\s\-–—*_=·•]*$",
    re.I,
)
_PITCH = re.compile(
    r"never miss|full access|premium|subscri(?:be|ption|ber)|newsletter|sign up|sign in|log ?in\b|"
    r"create an? (?:free )?account|browse free|devices at once|notifications|unlimited access|"
    r"free trial|ad-free|support (?:our|independent) journalism|become a member|donate|"
    r"download (?:our|the) app|get the app|follow us on|join our (?:whatsapp|telegram)|"
    r"already have an account|register (?:now|for free)|per month|/month|"
    r"abonnez-vous|inscrivez-vous|abonnieren|abonnement|suscr[íi]bete|suscripci[óo]n|assine|iscriviti",
    re.I,
)
# A line that opens with one of these asks the reader to do something: a pitch, not news.
_PITCH_START = re.compile(
    r"^[\-–—*•·\s]*(?:subscribe|sign up|register|download|follow us|join us|join our|click|tap|get (?:the|our)|"
    r"log in|sign in|support us|become a (?:member|subscriber)|don'?t miss|never miss|want more|like this)\b",
    re.I,
)
_LABELS = re.compile(
    r"^[\s\-–—*•]*(?:related(?: stories| articles| news| coverage| content| posts| reading)?|"
    r"latest(?: stories| news| articles| posts| headlines)?|more(?: stories| news| articles| from [\w .'’]+| on this(?: story| topic)?)|"
    r"read (?:more|also|next)|also read|see also|you may also like|you might also like|"
    r"recommended(?: for you| stories| reading)?|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared)|"
    r"popular(?: stories| now)?|top stories|editor'?s picks|in other news|further reading|don'?t miss|"
    r"what to read next|keep reading|tags|topics|filed under|share (?:this|the) (?:article|story|post)|"
    r"explore more|in case you missed it|catch up|"
    r"(?:à )?lire aussi|voir aussi|sur le m[êe]me sujet|lesen sie auch|mehr zum thema|le[ea] tambi[ée]n|"
    r"leia tamb[ée]m|leggi anche|noticias relacionadas|articles? li[ée]s?)\s*:?\s*$",
    re.I,
)
_TRAILER_LABELS = re.compile(
    r"^[\s\-–—*•]*(?:\d+\s+)?(?:comments?|leave a (?:reply|comment)|post a comment|join the conversation|"
    r"about the author|about us|contact us|privacy policy|terms of (?:use|service)|cookie policy)\s*:?\s*$",
    re.I,
)
_INLINE_TEASER = re.compile(
    r"^(?:read (?:more|also|next)|also read|see also|related|recommended|watch|listen|must read|don'?t miss|"
    r"(?:à )?lire aussi|voir aussi|lesen sie auch|mehr zum thema|le[ea] tambi[ée]n|leia tamb[ée]m|leggi anche)"
    r"\s*(?:[:|>»\-–—]|\s(?=[A-Z\"“]))\s*\S",
    re.I,
)
_TEMPERATURE = re.compile(
    r"^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]\b(?:\s*/\s*-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]?)?", re.I
)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
_BREADCRUMB_SEP = re.compile(r"\s*(?:>|»|›|/|\||::)\s*")
_GLUED_HOME = re.compile(r"^Home(?=[A-Z])")
_CAPTION = re.compile(
    r"^(?:\(?(?:photo|image|picture|file photo|video|credit|illustration|graphic|source)s?\b\s*(?:credit)?\s*[:|)]|"
    r"\((?:photo|image|file)\b)",
    re.I,
)
_PHOTO_CREDIT = re.compile(
    r"\b[A-Z]{2,}/[A-Z][a-z]+|\bGetty Images\b|\bvia Getty\b|\b(?:AFP|AP|Reuters|EPA) Photo\b"
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved", re.I)
_SHARE_WORDS = {
    "share", "tweet", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail",
    "print", "copy link", "copy", "link", "pinterest", "reddit", "messenger", "save", "comment", "comments",
}  # fmt: skip
# Wire-copy credits: "(Reporting by Jane Doe; Editing by John Roe)".
_CREDITS = re.compile(
    r"^[(\[]?\s*(?:(?:additional |further )?reporting|writing|written|editing|edited|compiled|translated|"
    r"fact[- ]checked)\s+by\b.*(?:;|\bediting by\b|[)\]]\s*$)",
    re.I,
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_READ_TIME = re.compile(r"^\d+\s*min(?:ute)?s?\s*(?:read|listen)$", re.I)
_BULLET = re.compile(r"^[\-–—*•·]\s+")
_PUNCT = re.compile(r"[^\w\s]")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass
class Unit:
    """A line (or a re-joined hard-wrapped paragraph) and what it was classified as."""

    text: str
    block: int  # units of one block have no blank line between them
    kind: str = SHORT

    @property
    def words(self) -> int:
        return len(self.text.split()) + len(_CJK_CHAR.findall(self.text))

    @property
    def terminal(self) -> bool:
        return bool(_TERMINAL.search(self.text))

    @property
    def truncated(self) -> bool:
        return bool(_TRUNCATED.search(self.text))

    @property
    def sentence_like(self) -> bool:
        return self.terminal and self.words >= 3 and not self.truncated


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
    if not kept:
        raise InputError(Errors.E005.format(input=name))
    body = "\n\n".join(u.text for u in kept)
    return Article(
        id=content_hash(body),
        doc_id=document.doc_id,
        text=body,
        url=document.url,
        outlet=document.outlet or meta.outlet or _host(document.url),
        title=document.title or meta.title,
        authors=list(document.authors) or meta.authors,
        published=document.published or _not_future(meta.published),
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
    return all(_own_kind(Unit(line, 0)) in (SHORT, BODY) for line in lines)


def classify_units(units: list[Unit]) -> None:
    """Set each unit's kind: from its own features first, then from its neighbours."""
    for unit in units:
        unit.kind = _own_kind(unit)
    _mark_widget_blocks(units)
    _mark_repeats(units)
    _mark_label_zones(units)
    _mark_teaser_pairs(units)
    _mark_cut_ending(units)


def _own_kind(unit: Unit) -> str:
    text = unit.text
    short = unit.words <= LEXICON_MAX_WORDS
    bare = _BULLET.sub("", text)
    if text in ("--", "-- "):
        return TRAILER  # an e-mail signature follows
    if _AD.match(text):
        return AD
    if not any(c.isalnum() for c in text):
        return DECORATION  # rules, dots, "* * *"
    if short and _CREDITS.match(text):
        return CAPTION
    if short and _TRAILER_LABELS.match(text):
        return TRAILER
    if short and _LABELS.match(text):
        return LABEL
    if _TEMPERATURE.match(text):
        return WIDGET
    if _CLOCK.match(text) or _READ_TIME.match(text):
        return META
    if _is_breadcrumb(text):
        return BREADCRUMB
    if short and is_date_only(text):
        return DATE
    if short and parse_byline(text) is not None:
        return BYLINE
    if short and _INLINE_TEASER.match(bare):
        return TEASER
    if short and (
        _PITCH_START.match(text)
        or _PITCH.search(text)
        and (not unit.terminal or _BULLET.match(text) or _addresses_reader(text))
    ):
        return PITCH
    if short and (_CAPTION.match(text) or _PHOTO_CREDIT.search(text)):
        return CAPTION
    if short and _COPYRIGHT.search(text):
        return COPYRIGHT
    if short and _is_share_row(text):
        return SHARE
    if unit.truncated:
        return TEASER  # a lead cut short; _mark_repeats turns a cut copy of the lead into REPEAT
    if (unit.words >= BODY_MIN_WORDS and unit.terminal) or unit.words >= LONG_WORDS:
        return BODY
    return SHORT


def _addresses_reader(text: str) -> bool:
    return bool(_READER.search(text))


# Words of a pitch to the reader, in the languages of the lexicons above.
_READER = re.compile(
    r"\b(?:you|your|our|us|vous|votre|notre|nos|sie|ihr|unser\w*|usted|tu|nuestr[oa]s?)\b", re.I
)


def _is_breadcrumb(text: str) -> bool:
    if _GLUED_HOME.match(text):
        return True  # "HomeNewsNATO expresses...": the crumbs lost their separators
    parts = [p for p in _BREADCRUMB_SEP.split(text) if p]
    if len(parts) < 3 or not re.search(r"\s(?:>|»|›|/|\|)\s|^\S+(?:>|»|›)", text):
        return False
    return parts[0].lower() in ("home", "news", "start", "front page") or all(
        len(p.split()) <= 4 for p in parts[:-1]
    )


def _is_share_row(text: str) -> bool:
    words = [w for w in re.split(r"[\s,|/·•]+", text.lower()) if w]
    return bool(words) and all(w.strip(":") in _SHARE_WORDS for w in words)


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


def _norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", _TRUNCATED.sub("", text)).casefold().split())


def _mark_repeats(units: list[Unit]) -> None:
    """A cut copy of a body paragraph (a summary ending in "[…]") and later exact copies."""
    body_norms = [_norm(u.text) for u in units if u.kind == BODY]
    seen: set[str] = set()
    for unit in units:
        norm = _norm(unit.text)
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
        norm = _norm(title)
        for unit in units:
            if unit.kind in (SHORT, BODY, TEASER, WIDGET) and _norm(unit.text) == norm:
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
    crumbs = [_norm(u.text) for u in units if u.kind == BREADCRUMB]
    norms = [_norm(u.text) for u in units]
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
        return [u for u in units if u.kind == SHORT and u.sentence_like]
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
