"""The line classifier's features: the kinds a line of scraped text can be, and what tells them apart
on the line itself (its length, final punctuation, lexicons of boilerplate phrases).

extract.text splits a page into units, asks ``own_kind`` for each, then corrects the kinds from
their neighbours (a teaser is a headline followed by a cut lead, a label opens a run of teasers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.extract.byline import is_date_only, parse_byline

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
LEXICON_MAX_WORDS = 25  # lexicon phrases only mark short lines: a paragraph may say "subscribe"

_TERMINAL = re.compile(r"""[.!?。！？]["'”’»)\]}」』]*$|[.!?]\s*\(\w[^)]*\)$|[:：]$""")
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
_READ_TIME = re.compile(r"^\d+\s*min(?:ute)?s?\s*(?:read|listen)$", re.I)
_BULLET = re.compile(r"^[\-–—*•·]\s+")
_PUNCT = re.compile(r"[^\w\s]")


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


def own_kind(unit: Unit) -> str:
    """The kind of a unit from its own features alone (``SHORT`` when nothing marks it)."""
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
        return TEASER  # a lead cut short; extract.text makes a cut copy of the lead REPEAT
    if (unit.words >= BODY_MIN_WORDS and unit.terminal) or unit.words >= LONG_WORDS:
        return BODY
    return SHORT


def _addresses_reader(text: str) -> bool:
    return bool(_READER.search(text))


# Words of a pitch to the reader, in the languages of the lexicons above.
_READER = re.compile(
    r"\b(?:you|your|our|us|vous|votre|notre|nos|sie|ihr|unser\w*|usted|tu|nuestr[oa]s?)\b", re.I
)


def is_teaser_label(text: str) -> bool:
    """Whether ``text`` is a section label that opens teasers for other stories ("Related
    stories", "Read more", "Lesen Sie auch"), or one that opens an inline teaser ("Read more: ...")."""
    return len(text.split()) <= LEXICON_MAX_WORDS and bool(_LABELS.match(text) or _INLINE_TEASER.match(text))


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


def norm_line(text: str) -> str:
    """A line for comparing copies: no cut mark, no punctuation, case-folded, single-spaced."""
    return " ".join(_PUNCT.sub(" ", _TRUNCATED.sub("", text)).casefold().split())
