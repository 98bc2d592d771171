"""When an event happened: the date expressions of its sentence, resolved against the
publication date, or the publication date itself.

Regular expressions find candidate expressions; dateparser reads single explicit dates
("9 July 2024", "July 9th") from those candidates only, never from the whole sentence (it is
slow and finds dates in bare numbers). Ranges, weekdays and relative phrases are our own code
(``ranges.py``, ``relative.py``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import lru_cache

from eventwire.when.patterns import (
    DAY,
    MONTH,
    MONTH_FULL,
    WEEKDAY,
    YEAR,
    DateMention,
    infer_year,
    month_end,
    month_number,
)
from eventwire.when.ranges import find_ranges
from eventwire.when.relative import find_relative

log = logging.getLogger(__name__)

_WD = rf"(?:(?P<w>{WEEKDAY}),?\s+(?:the\s+)?)?"
# "July 9", "Tuesday, July 9, 2024", "Sept. 9th"
MONTH_DAY = re.compile(rf"\b{_WD}(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?")
# "9 July", "9th of July 2024", "Tuesday 9 July"
DAY_MONTH = re.compile(rf"\b{_WD}(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?")
ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
# "July 2024", "June of 2023"
MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s+(?:of\s+)?(?P<y>{YEAR})")
# "in July", "since March", "in early June": a month standing alone needs a preposition.
MONTH_ALONE = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Ff]rom|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id-?)"
    rf"\s+(?:(?:early|late|mid-?)\s*)?(?P<m>{MONTH_FULL})(?!\s*\d)(?!['’]s)"
)
# "in 2023", "during 2022", "since 2014", "in early 2024": a bare number is never a year.
YEAR_ALONE = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Tt]hroughout)\s+(?:(?:early|late|mid-?)\s*)?(?P<y>{YEAR})(?![\d%])(?!,\d)"
)
# "in the 1990s", "during the early 2000s": a decade, read as a range of its ten years (the
# event is not of the publication day, which a sentence with no date stated would give).
DECADE = re.compile(r"\b[Tt]he\s+(?:(?:early|late|mid-?)\s*)?(?P<y>(?:1[89]|20)\d0)['’]?s\b")

# A year written in a date expression: its year is not inferred.
YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Words that put a clause in the future ("will meet on Tuesday").
FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|going\s+to|scheduled|slated|plans?\s+to|planning\s+to|"
    r"(?:is|are)\s+(?:set|expected|due)\s+to|(?:is|are)\s+due\s+(?:on|by|in|for|next)|upcoming)\b|['’]ll\b",
    re.IGNORECASE,
)
# Reporting verbs end the clause a future cue can reach back over ("said on Tuesday it will").
REPORTING = re.compile(r"\b(?:said|says|told|announced|stated|added|reported|claimed|confirmed)\b")

_PRIORITY = {"range": 0, "explicit": 1, "relative": 2}


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    # Every string handed over carries its year (we infer it first), so RELATIVE_BASE would not
    # change the answer; STRICT_PARSING refuses anything short of day, month and year.
    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DATES_FROM": "past", "STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False},
    )


@lru_cache(maxsize=8192)
def parse_explicit(text: str) -> date | None:
    """dateparser's reading of a complete explicit date ("9 July 2024"), or None (e.g. "31 June")."""
    try:
        found = _parser().get_date_data(text).date_obj
    except (ValueError, OverflowError) as e:
        log.debug("dateparser failed on %r: %s", text, e)
        return None
    return found.date() if found else None


def future_checker(text: str) -> Callable[[int], bool]:
    """A function saying whether the clause around a position speaks of the future."""

    def future_at(position: int) -> bool:
        before = text[max(0, position - 80) : position]
        cut = list(REPORTING.finditer(before))
        if cut:
            before = before[cut[-1].end() :]
        if FUTURE.search(before):
            return True
        if text[:position].strip() in ("", "On", "By", "Since", "From"):
            # Sentence-initial "On Tuesday, leaders will meet": look at the clause after.
            after = text[position : position + 80]
            cut_after = REPORTING.search(after)
            if cut_after:
                after = after[: cut_after.start()]
            return bool(FUTURE.search(after))
        return False

    return future_at


def _explicit(text: str, reference: date | None, future_at: Callable[[int], bool]) -> Iterator[DateMention]:
    for pattern in (MONTH_DAY, DAY_MONTH):
        for match in pattern.finditer(text):
            month = month_number(match.group("m"))
            if match.group("y"):
                year = int(match.group("y"))
            elif reference is not None:
                year = infer_year(month, reference, future=future_at(match.start()))
            else:
                continue  # no year and nothing to infer it from
            start = match.start("m") if pattern is MONTH_DAY else match.start("d")
            if match.group("w") is not None and start > match.start():
                start = match.start()
            candidate = text[start : match.end()]
            if not match.group("y"):
                candidate = f"{candidate} {year}"
            day = parse_explicit(candidate)
            if day is not None:
                yield DateMention(match.start(), match.end(), match.group(0), day, day, "day")
    for match in ISO.finditer(text):
        day = parse_explicit(match.group(0))
        if day is not None:
            yield DateMention(match.start(), match.end(), match.group(0), day, day, "day")
    for match in MONTH_YEAR.finditer(text):
        year, month = int(match.group("y")), month_number(match.group("m"))
        yield DateMention(match.start(), match.end(), match.group(0), date(year, month, 1),
                          month_end(year, month), "month")
    if reference is not None:
        for match in MONTH_ALONE.finditer(text):
            month = month_number(match.group("m"))
            year = infer_year(month, reference, future=future_at(match.start()))
            yield DateMention(match.start("m"), match.end(), match.group("m"), date(year, month, 1),
                              month_end(year, month), "month")
    for match in DECADE.finditer(text):
        year = int(match.group("y"))
        yield DateMention(match.start("y"), match.end(), match.group(0), date(year, 1, 1),
                          date(year + 9, 12, 31), "range")
    for match in YEAR_ALONE.finditer(text):
        year = int(match.group("y"))
        yield DateMention(match.start("y"), match.end(), match.group("y"), date(year, 1, 1),
                          date(year, 12, 31), "year")


def find_dates(text: str, reference: date | None, *, future: bool = False) -> list[DateMention]:
    """The date expressions of ``text`` in reading order, overlaps settled in favour of ranges,
    then explicit dates, then relative phrases, then the longer expression.

    ``future``: the caller knows the clause speaks of the future (from the parse), so dates
    without a year and bare weekdays are read forward whatever the words around them say.
    """
    future_at = (lambda position: True) if future else future_checker(text)
    found: list[tuple[int, DateMention]] = []
    found += [(_PRIORITY["range"], m) for m in find_ranges(text, reference, future_at)]
    found += [(_PRIORITY["explicit"], m) for m in _explicit(text, reference, future_at)]
    if reference is not None:
        found += [(_PRIORITY["relative"], m) for m in find_relative(text, reference, future_at)]
    found.sort(key=lambda pair: (pair[0], -(pair[1].end - pair[1].start), pair[1].start))
    chosen: list[DateMention] = []
    for _, mention in found:
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


@lru_cache(maxsize=256)
def reference_from_text(article_text: str) -> date | None:
    """A full date (with year) in the first lines of an article: its dateline or byline date,
    used as the reference when the publication date is unknown."""
    lead = article_text[:400]
    for mention in find_dates(lead, None):
        if mention.precision == "day":
            return mention.first
    return None


def _reference(published: datetime | date | None, article_text: str | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if article_text:
        return reference_from_text(article_text[:400])
    return None


def resolve_mention(
    sentence: str, published: datetime | date | None, *, article_text: str | None = None
) -> DateMention | None:
    """The date expression that dates the sentence's event: the first one found."""
    found = find_dates(sentence, _reference(published, article_text))
    return found[0] if found else None


def resolve_date(
    sentence: str, published: datetime | date | None, *, article_text: str | None = None,
    prefer: Callable[[list[DateMention]], DateMention | None] | None = None, future: bool = False,
) -> tuple[date | None, str | None]:
    """The date of the sentence's event and its precision.

    Precision is ``day``, ``week``, ``month``, ``year`` or ``range`` (the range's first day) for
    a date the sentence states, ``published`` when it states none and the publication date (or,
    without one, the date in the article's first lines) stands in; (None, None) when nothing is
    known. ``prefer`` picks the event's own expression among several (None: the first); when it
    picks one and ``future`` says the event's clause speaks of the future (the caller read it in
    the parse: "will call on Putin when the two leaders meet in Geneva in June"), that expression
    is read forward, as the words near it may not show it.
    """
    reference = _reference(published, article_text)
    found = find_dates(sentence, reference)
    if found:
        own = prefer(found) if prefer is not None and len(found) > 1 else None
        chosen = own or found[0]
        if own is not None and future and not YEAR_IN.search(own.text):
            forward = {(m.start, m.end): m for m in find_dates(sentence, reference, future=True)}
            chosen = forward.get((own.start, own.end), own)
        return chosen.first, chosen.precision
    if reference is not None:
        return reference, "published"
    return None, None


def resolve_span_dates(
    sentence: str, published: datetime | date | None, *, article_text: str | None = None
) -> tuple[date | None, date | None]:
    """(first, last) day of the period the sentence's date names: a range's ends, a week's
    Monday and Sunday, a month's or year's first and last days, a day twice; the publication
    date twice when the sentence names none; (None, None) when nothing is known."""
    reference = _reference(published, article_text)
    found = find_dates(sentence, reference)
    if found:
        return found[0].first, found[0].last
    return reference, reference
