"""The dateline of an article's text: "WASHINGTON (Reuters) —" -> "Washington".

One reader for both extraction paths (HTML and plain text), so ``Article.dateline`` means the
same whatever the input was. A dateline opens one of the text's first lines (a kicker or a
standfirst may come first) with a place, maybe a region, a date and an agency in brackets, then
a dash or a colon. A place in capitals is enough ("LONDON —"); a place in ordinary case needs a
date or an agency ("Nairobi, Kenya (AP) —", "Gaza City, Jan. 4 —"), or any opening clause
("The president said — and then left") would be taken. The place comes back in title case.
"""

from __future__ import annotations

import re
from datetime import datetime

from eventwire.extract.date_forms import dates_in
from eventwire.extract.months import MONTH

# The dateline opens the story's first paragraph, which a kicker ("Sudan") and a standfirst (the
# page's summary line) may precede in the extracted text; later lines are the story itself.
DATELINE_LINES = 3
MAX_PLACE_CHARS = 40

# All-caps words that open a line with a dash but are no place: "NATO — the alliance ...".
NOT_PLACES = frozenset("NATO UN EU AU US USA UK IMF WHO OSCE ASEAN ECOWAS IGAD BREAKING UPDATE EXCLUSIVE "
                       "ANALYSIS OPINION EDITORIAL WATCH LIVE".split())

_WORD = r"[^\W\d_][\w'’.\-]*"
_DATE = (
    r",?\s+(?i:" + MONTH + r")\s*\d{1,2}(?:,?\s+\d{4})?"  # "July 9", "Jan. 4, 2024"
    r"|,?\s+\d{1,2}\s+(?i:" + MONTH + r")(?:,?\s+\d{4})?"  # "9 July"
)
_LINE = re.compile(
    rf"\s*(?P<place>{_WORD}(?:\s+{_WORD}){{0,3}}(?:,\s*{_WORD}(?:\s+{_WORD}){{0,2}}){{0,2}})"
    rf"(?P<date>{_DATE})?"
    r"\s*(?:\((?P<agency>[^()\n]{2,40})\))?"
    r"\s*(?P<dash>[—–]|--?|:)\s+(?=\S)"
)
# Lower-case words a place name may hold ("Rio de Janeiro", "Bosnia and Herzegovina").
_PARTICLES = frozenset("de da do dos das del la le el al of and upon sur am an der".split())
# Words that open a line like a place but are labels or days ("WARNING: graphic images").
_NOT_PLACE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday warning note "
    "correction photos video audio".split()
)


def opening_lines(text: str) -> list[str]:
    """The lines a dateline may open: the first ``DATELINE_LINES`` that are not empty."""
    return [line for _, line in _opening(text)]


def _opening(text: str) -> list[tuple[int, str]]:
    """``opening_lines`` with the offset where each starts in ``text``."""
    found: list[tuple[int, str]] = []
    start = 0
    for line in text[:2000].split("\n"):
        if line.strip():
            found.append((start, line))
            if len(found) == DATELINE_LINES:
                break
        start += len(line) + 1
    return found


def without_dateline(text: str) -> str:
    """``text`` without the dateline that opens it ("PESHAWAR, Pakistan, March 3, 2025 (Wire) -"),
    the story's first words kept where the dateline was."""
    for start, line in _opening(text):
        match = dateline_match(line)
        if match is not None:
            return text[:start] + line[match.end():] + text[start + len(line):]
    return text


def find_dateline(text: str) -> str | None:
    """The place of a dateline opening ``text`` or one of its first three lines, or None."""
    return next((place for line in opening_lines(text) if (place := line_dateline(line))), None)


def dateline_date(text: str) -> datetime | None:
    """The day a dateline opening ``text`` states with its year ("TBILISI, May 2, 2025 (Wire) -"),
    or None. A wire story's dateline carries the day it was filed; one without a year
    ("GAZA CITY, Jan. 4 -") is not read, as its year would be a guess."""
    for line in opening_lines(text):
        match = dateline_match(line)
        if match is not None:
            found = dates_in(match.group("date") or "")
            return datetime(found[0].year, found[0].month, found[0].day) if found else None
    return None


def dateline_agency(text: str) -> str | None:
    """The agency a dateline opening ``text`` names in brackets ("GENEVA (Relief Monitor) —" ->
    "Relief Monitor"), or None. A plain text that states no outlet is credited to it: a wire
    story printed as it was filed is the agency's report (DESIGN: a wire copy is not another
    source), and without it each such text counts as a source of its own."""
    for line in opening_lines(text):
        match = dateline_match(line)
        if match is not None:
            agency = " ".join((match.group("agency") or "").split())
            # "(Updated)", "(2)", "(file)": brackets that name no one
            named = agency[:1].isalpha() and agency.casefold() not in _NOT_AGENCIES  # "dpa" is lower-case
            return agency if named else None
    return None


# Bracketed words a dateline may carry that are no agency.
_NOT_AGENCIES = frozenset("updated update corrected correction file photo video live breaking exclusive".split())


def line_dateline(line: str) -> str | None:
    """The place of a dateline opening this one line, in title case, or None."""
    match = dateline_match(line)
    if match is None:
        return None
    place = match.group("place").strip().rstrip(",")
    return ", ".join(_title_case(part.strip()) for part in place.split(","))


def dateline_match(line: str) -> re.Match[str] | None:
    """The dateline opening ``line`` (groups ``place``, ``date``, ``agency``, ``dash``; its
    ``end()`` is where the story starts), or None."""
    match = _LINE.match(line[:200])
    if not match:
        return None
    place = match.group("place").strip().rstrip(",")
    head = place.split(",")[0].strip()
    letters = "".join(ch for ch in head if ch.isalpha())
    capitals = len(letters) >= 2 and letters.isupper()
    first = head.split()[0]
    if (head.upper() in NOT_PLACES or first.upper() in NOT_PLACES or first.casefold() in _NOT_PLACE_WORDS
            or len(place) > MAX_PLACE_CHARS):
        return None
    if not capitals:
        # Ordinary case: a date or an agency must mark it, and every word must be a name's.
        if not (match.group("date") or match.group("agency")) or match.group("dash") == ":":
            return None
        words = head.split()
        if not all(w[0].isupper() or w in _PARTICLES for w in words) or not words[0][0].isupper():
            return None
    return match


def _title_case(text: str) -> str:
    # "ADDIS ABABA" -> "Addis Ababa", "RIO DE JANEIRO" -> "Rio de Janeiro"; "N.Y." stays.
    if not text.isupper():
        return text
    return " ".join(w.lower() if w.lower() in _PARTICLES else w.title() for w in text.split())
