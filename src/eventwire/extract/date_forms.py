"""How pages write a date: the written forms a reader of dates looks for ("July 9, 2024",
"9. Juli 2024", "2024-07-09", "17.05.2021", "26/12/2019", "2020年7月12日", a byline's "06.11.23"),
read in text and in machine-written values, and the test whether a day is shown to the reader.
The sources that decide which date is the publication date are in ``extract.dates``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from eventwire.extract.months import MONTH, MONTHS, OTHER_MONTH_NUMBER, OTHER_MONTHS

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
# "2020年7月12日" (Chinese, Japanese), "2020년 7월 12일" (Korean): year, month, day, each marked
_CJK = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# "17.05.2021" (day first, as written in Europe), taken only where the order is plain
# (a day above 12, or day and month the same: "12.12.2025")
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])")
# "26/12/2019" (Europe, day first) or "12/26/2019" (the US, month first): read only where the
# order is plain (one number above 12). Which way round "11/01/2021" is cannot be told from the
# page's language: German sites write US-style slashed dates too.
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
# The forms of a date written in running text, each with the order of its numbers.
TEXT_FORMS = ((_MDY, "mdy"), (_DMY, "dmy"), (_DMY_OTHER, "dmy_other"), (_CJK, "ymd"), (_DOTTED, "num"), (_SLASHED, "slash"))
_ISO_TIME = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?)?")


def dates_in(text: str, numeric: bool = False, day_first: bool = False) -> list[date]:
    """Dates written out in ``text`` ("July 9, 2024", "9 July 2024", "2024-07-09", "2024年7月9日"),
    in order; with ``numeric`` also day-first dotted dates ("17.05.2021"), those that could be
    either way round ("09.10.2024") only when ``day_first`` says the page writes the day first,
    and slashed dates whose order is plain ("26/12/2019", "12/26/2019")."""
    forms = ((_MDY, "mdy"), (_DMY, "dmy"), (_DMY_OTHER, "dmy_other"), (_ISO, "ymd"), (_CJK, "ymd")) + (
        ((_DOTTED, "num"), (_SLASHED, "slash")) if numeric else ()
    )
    return [d for _, d in sorted(written_forms(text, forms, plain_order_only=not day_first))]


def written_forms(text: str, forms: tuple[tuple[re.Pattern[str], str], ...],
                  plain_order_only: bool) -> Iterator[tuple[int, date]]:
    """(position, date) of each match of ``forms``, form by form; a dotted date whose day and
    month could be either way round is skipped when ``plain_order_only``, a slashed one always."""
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
                elif order == "slash":
                    first, second = int(m.group(1)), int(m.group(2))
                    if first <= 12 and second <= 12 and first != second:
                        continue  # "11/01/2021": November 1st in the US, January 11th elsewhere
                    day, month = (second, first) if second > 12 else (first, second)
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


def opening_date(segment: str, day_first: bool) -> date | None:
    """The date a text begins with, when one does."""
    forms = ((_MDY, "mdy"), (_DMY, "dmy"), (_DMY_OTHER, "dmy_other"), (_ISO, "ymd"), (_CJK, "ymd"), (_DOTTED, "num"))
    head = segment[:40]
    for start, value in written_forms(head, forms, plain_order_only=not day_first):
        if start == 0 and value.year >= 1995:
            return value
    return None


# "06.11.23", "8.5.12": German and other day-first bylines often write a two-digit year. Read
# only in a byline-sized text node next to the headline, where a version number is unlikely.
_DOTTED_SHORT_YEAR = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]|\.\d)")


def short_year_dates(segment: str, this_year: int) -> list[date]:
    """Day-first dotted dates with a two-digit year, in this century up to ``this_year``."""
    found = []
    for m in _DOTTED_SHORT_YEAR.finditer(segment):
        year = 2000 + int(m.group(3))
        if year > this_year:
            continue
        try:
            found.append(date(year, int(m.group(2)), int(m.group(1))))
        except ValueError:
            continue
    return found


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
