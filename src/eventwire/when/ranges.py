"""Date ranges, which dateparser does not read: "between 6-11 July", "July 9-11",
"from July 9 to 11", "28 June to 2 July", "from March to May", "between 2019 and 2021",
"from Monday to Wednesday".

"and" joins a range only after "between" ("on July 9 and 11" names two days, not a range).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from eventwire.when.patterns import (
    DAY,
    MONTH,
    MONTH_FULL,
    RANGE_WORD,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    DateMention,
    day_number,
    infer_year,
    month_end,
    month_number,
)

_PRE = r"(?:(?P<pre>[Bb]etween|[Ff]rom)\s+)?"

# "6-11 July", "between 6 and 11 July 2024", "28 June to 2 July", "6th to the 11th of July"
DAY_FIRST = re.compile(
    rf"\b{_PRE}(?:the\s+)?(?P<d1>{DAY})(?:\s+(?:of\s+)?(?P<m1>{MONTH}))?(?P<sep>{RANGE_WORD})"
    rf"(?:the\s+)?(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
)
# "July 9-11", "from July 9 to 11, 2024", "June 28 to July 2"
MONTH_FIRST = re.compile(
    rf"\b{_PRE}(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?P<sep>{RANGE_WORD})(?:(?P<m2>{MONTH})\s+)?"
    rf"(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?"
)
# "from March to May", "between January and March 2024"
MONTHS = re.compile(
    rf"\b(?P<pre>[Bb]etween|[Ff]rom)\s+(?P<m1>{MONTH_FULL})(?:\s+(?P<y1>{YEAR}))?"
    rf"(?P<sep>{RANGE_WORD})(?P<m2>{MONTH_FULL})(?:\s+(?P<y2>{YEAR}))?"
)
# "between 2019 and 2021", "from 2019 to 2021"
YEARS = re.compile(rf"\b(?P<pre>[Bb]etween|[Ff]rom)\s+(?P<y1>{YEAR})(?P<sep>{RANGE_WORD})(?P<y2>{YEAR})")
# "from Monday to Wednesday", "between Tuesday and Thursday"
WEEKDAY_SPAN = re.compile(rf"\b(?P<pre>[Bb]etween|[Ff]rom)\s+(?P<w1>{WEEKDAY})(?P<sep>{RANGE_WORD})(?P<w2>{WEEKDAY})")


def _and_ok(match: re.Match[str]) -> bool:
    """"and" makes a range only after "between"; "to" and dashes always do."""
    sep = match.group("sep").strip()
    return sep != "and" or (match.group("pre") or "").lower() == "between"


def _mention(match: re.Match[str], first: date, last: date) -> DateMention | None:
    if last < first:
        return None
    return DateMention(match.start(), match.end(), match.group(0), first, last, "range")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # "31 June" is not a date; never round it to one
        return None


def _day_range(match: re.Match[str], reference: date | None, future: bool) -> DateMention | None:
    m1_text, m2_text = match.group("m1"), match.group("m2")
    m2 = month_number(m2_text or m1_text)
    m1 = month_number(m1_text) if m1_text else m2
    d1, d2 = day_number(match.group("d1")), day_number(match.group("d2"))
    if match.group("y"):
        y2 = int(match.group("y"))
    elif reference is not None:
        y2 = infer_year(m2, reference, future=future)
    else:
        return None
    y1 = y2 - 1 if m1 > m2 else y2  # "28 December to 2 January" spans the new year
    first, last = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
    if first is None or last is None:
        return None
    return _mention(match, first, last)


def _month_range(match: re.Match[str], reference: date | None, future: bool) -> DateMention | None:
    m1, m2 = month_number(match.group("m1")), month_number(match.group("m2"))
    if match.group("y2"):
        y2 = int(match.group("y2"))
    elif match.group("y1"):
        y2 = int(match.group("y1")) + (1 if m2 < m1 else 0)
    elif reference is not None:
        y2 = infer_year(m2, reference, future=future)
    else:
        return None
    y1 = int(match.group("y1")) if match.group("y1") else (y2 - 1 if m1 > m2 else y2)
    return _mention(match, date(y1, m1, 1), month_end(y2, m2))


def _year_range(match: re.Match[str]) -> DateMention | None:
    y1, y2 = int(match.group("y1")), int(match.group("y2"))
    return _mention(match, date(y1, 1, 1), date(y2, 12, 31))


def _weekday_range(match: re.Match[str], reference: date | None, future: bool) -> DateMention | None:
    from eventwire.when.relative import weekday_date

    if reference is None:
        return None
    w1 = WEEKDAYS[match.group("w1").casefold()]
    w2 = WEEKDAYS[match.group("w2").casefold()]
    first = weekday_date(w1, reference, mode="future" if future else "past")
    return _mention(match, first, first + timedelta(days=(w2 - w1) % 7))


def find_ranges(
    text: str, reference: date | None, future_at: Callable[[int], bool] | None = None
) -> Iterator[DateMention]:
    """Every date range in ``text``; days without a year are placed by ``reference``.

    ``future_at(position)`` says whether the clause there speaks of the future (which moves a
    month without a year forward, not back).
    """
    for pattern, resolve in ((DAY_FIRST, _day_range), (MONTH_FIRST, _day_range),
                             (MONTHS, _month_range), (WEEKDAY_SPAN, _weekday_range)):
        for match in pattern.finditer(text):
            if _and_ok(match):
                future = future_at(match.start()) if future_at else False
                found = resolve(match, reference, future)
                if found is not None:
                    yield found
    for match in YEARS.finditer(text):
        if _and_ok(match):
            found = _year_range(match)
            if found is not None:
                yield found
