"""Shared pieces of the date patterns: month and weekday names, numbers, calendar arithmetic.

Month and weekday names are matched case-sensitively (capitalised or upper case): "may" the
verb and "march" the noun are not months.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


def _cased(words: list[str]) -> str:
    """Alternation of each word Capitalised or UPPER (never lower case)."""
    forms = []
    for word in words:
        forms += [word.capitalize(), word.upper()]
    return "|".join(sorted(forms, key=len, reverse=True))


_FULL_MONTHS = [m for m in MONTHS if len(m) > 3 and m != "sept"] + ["may"]
_ABBR_MONTHS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

# A month as written before or after a day number: full names and abbreviations ("Sept.").
MONTH = rf"(?:{_cased(_FULL_MONTHS)}|(?:{_cased(_ABBR_MONTHS)})\.?)(?![a-z])"
# A month standing alone ("in July"): full names only, "Jan" alone is a name.
MONTH_FULL = rf"(?:{_cased(_FULL_MONTHS)})(?![a-z])"
WEEKDAY = rf"(?:{_cased(list(WEEKDAYS))})(?![a-z])"
DAY = r"(?<![\d.,:])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\d)"
YEAR = r"(?:19[5-9]\d|20\d\d)(?![\d])"
DASH = r"\s*[-–—]\s*"
RANGE_WORD = rf"(?:{DASH}|\s+(?:to|and|until|till|through|thru)\s+)"


def month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").casefold()]


def day_number(text: str) -> int:
    return int(text[:2] if text[:2].isdigit() else text[:1])


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_months(day: date, months: int) -> date:
    """The first day of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def week_start(day: date) -> date:
    """Monday of ``day``'s week (ISO weeks)."""
    return day - timedelta(days=day.weekday())


def infer_year(month: int, reference: date, *, future: bool) -> int:
    """The year of a month named without one, reported on ``reference``.

    Past-tense reporting: a month after the reference month is last year's. Future-tense
    ("will meet in January", reported in December): an earlier month up to four months ahead
    is next year's; further ahead, the clause more likely looks back ("plans to investigate the
    January 6 attack", reported in June).
    """
    if future:
        ahead = (month - reference.month) % 12
        return reference.year + 1 if month < reference.month and ahead <= 4 else reference.year
    return reference.year - 1 if month > reference.month else reference.year


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text and what it resolves to."""

    start: int  # character span of the expression in the text
    end: int
    text: str
    first: date  # the span of time the expression names
    last: date
    precision: str  # day, week, month, year, range
