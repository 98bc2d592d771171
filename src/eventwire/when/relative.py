"""Dates relative to the publication date: weekdays ("on Tuesday", "last Friday"), day words
("yesterday", "last night"), periods ("last week", "earlier this month", "two days ago").

News reports the past: a bare weekday is the most recent one on or before publication, unless
the clause is about the future ("will meet on Tuesday") or says "next"/"coming".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from eventwire.when.patterns import (
    MONTH_FULL,
    NUMBER_WORDS,
    WEEKDAY,
    WEEKDAYS,
    DateMention,
    month_end,
    month_number,
    shift_months,
    week_start,
)

WEEKDAY_EXPR = re.compile(
    rf"\b(?:(?P<mod>[Ll]ast|[Tt]his past|[Pp]ast|[Tt]his coming|[Cc]oming|[Nn]ext|[Tt]his)\s+)?(?P<w>{WEEKDAY})"
)
DAY_WORD = re.compile(
    r"\b(?P<word>(?:the\s+)?day\s+before\s+yesterday|yesterday|(?:earlier\s+|later\s+)?today|tonight|"
    r"last\s+night|overnight|this\s+(?:morning|afternoon|evening)|tomorrow)\b",
    re.IGNORECASE,
)
PERIOD = re.compile(
    r"\b(?P<mod>last|this\s+past|past|previous|this|earlier\s+this|later\s+this|next|the|over\s+the|at\s+the)"
    r"\s+(?P<unit>week|weekend|month|year)\b",
    re.IGNORECASE,
)
AGO = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+(?P<unit>day|week|month|year)s?\s+ago\b",
    re.IGNORECASE,
)
# "last July", "this March", "next January": a month placed relative to publication.
MONTH_REL = re.compile(rf"\b(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<m>{MONTH_FULL})(?!\s*\d)")


def weekday_date(weekday: int, reference: date, *, mode: str) -> date:
    """The date of ``weekday`` (0 = Monday) relative to ``reference``.

    ``past``: on or before the reference; ``last``: strictly before; ``future``: on or after;
    ``next``: strictly after.
    """
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if mode == "past":
        return reference - timedelta(days=back)
    if mode == "last":
        return reference - timedelta(days=back or 7)
    if mode == "future":
        return reference + timedelta(days=ahead)
    return reference + timedelta(days=ahead or 7)


def _weekdays(text: str, reference: date, future_at: Callable[[int], bool]) -> Iterator[DateMention]:
    for match in WEEKDAY_EXPR.finditer(text):
        mod = (match.group("mod") or "").lower()
        weekday = WEEKDAYS[match.group("w").casefold()]
        if mod in ("last", "this past", "past"):
            mode = "last"
        elif mod in ("next", "coming", "this coming"):
            mode = "next"
        else:
            mode = "future" if future_at(match.start()) else "past"
        day = weekday_date(weekday, reference, mode=mode)
        yield DateMention(match.start(), match.end(), match.group(0), day, day, "day")


_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "last night": -1, "overnight": 0,
                "tomorrow": 1}


def _day_words(text: str, reference: date) -> Iterator[DateMention]:
    for match in DAY_WORD.finditer(text):
        word = " ".join(match.group("word").lower().split())
        if "before yesterday" in word:
            offset = -2
        elif word.startswith("this "):
            offset = 0
        else:
            offset = _DAY_OFFSETS[word.split()[-1] if word.endswith("today") else word]
        day = reference + timedelta(days=offset)
        yield DateMention(match.start(), match.end(), match.group(0), day, day, "day")


def _period(unit: str, reference: date, offset: int) -> tuple[date, date, str]:
    if unit == "week":
        start = week_start(reference) + timedelta(weeks=offset)
        return start, start + timedelta(days=6), "week"
    if unit == "weekend":
        # The weekend on or before the reference (Saturday and Sunday); offset -1 = the one before.
        saturday = reference - timedelta(days=(reference.weekday() - 5) % 7)
        if offset < 0 and reference.weekday() in (5, 6):
            saturday -= timedelta(days=7)
        if offset > 0:
            saturday = reference + timedelta(days=(5 - reference.weekday()) % 7 or 7)
        return saturday, saturday + timedelta(days=1), "range"
    if unit == "month":
        start = shift_months(reference, offset)
        return start, month_end(start.year, start.month), "month"
    year = reference.year + offset
    return date(year, 1, 1), date(year, 12, 31), "year"


def _periods(text: str, reference: date) -> Iterator[DateMention]:
    for match in PERIOD.finditer(text):
        mod = " ".join(match.group("mod").lower().split())
        unit = match.group("unit").lower()
        if mod in ("the", "over the", "at the", "past") and unit != "weekend":
            continue  # "the week" names no particular week; "the past year" is a duration
        if mod in ("last", "this past", "past", "previous"):
            offset = -1
        elif mod == "next":
            offset = 1
        else:
            offset = 0
        if unit == "weekend" and mod in ("this past", "past", "the", "over the", "at the", "this"):
            offset = 0  # the weekend just gone
        first, last, precision = _period(unit, reference, offset)
        yield DateMention(match.start(), match.end(), match.group(0), first, last, precision)


def _ago(text: str, reference: date) -> Iterator[DateMention]:
    for match in AGO.finditer(text):
        raw = match.group("n").lower()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        unit = match.group("unit").lower()
        if unit == "day":
            day = reference - timedelta(days=count)
            yield DateMention(match.start(), match.end(), match.group(0), day, day, "day")
            continue
        if unit == "week":
            anchor = reference - timedelta(weeks=count)
            first, last, precision = _period("week", anchor, 0)
        elif unit == "month":
            first, last, precision = _period("month", reference, -count)
        else:
            first, last, precision = _period("year", reference, -count)
        yield DateMention(match.start(), match.end(), match.group(0), first, last, precision)


def _relative_months(text: str, reference: date, future_at: Callable[[int], bool]) -> Iterator[DateMention]:
    for match in MONTH_REL.finditer(text):
        mod = match.group("mod").lower()
        month = month_number(match.group("m"))
        if mod == "last":
            year = reference.year if month < reference.month else reference.year - 1
        elif mod == "next":
            year = reference.year if month > reference.month else reference.year + 1
        else:
            year = reference.year
        first = date(year, month, 1)
        yield DateMention(match.start(), match.end(), match.group(0), first, month_end(year, month), "month")


def find_relative(text: str, reference: date, future_at: Callable[[int], bool]) -> Iterator[DateMention]:
    """Every relative date expression in ``text``, resolved against ``reference``.

    ``future_at(position)`` says whether the clause around ``position`` speaks of the future.
    """
    yield from _relative_months(text, reference, future_at)
    yield from _weekdays(text, reference, future_at)
    yield from _day_words(text, reference)
    yield from _periods(text, reference)
    yield from _ago(text, reference)
