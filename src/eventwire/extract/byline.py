"""Bylines and date lines of plain-text articles: "by NAME - July 11, 2024, 3:39 pm" -> names, date.

Dates are parsed by hand (month names, ISO forms, clock times, zone abbreviations) rather than by
dateparser: a byline has few shapes, and a parser that accepts everything also accepts "May"
the verb. Without a zone a time is taken as UTC, as DESIGN.md asks for a tz-aware date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATE_FORMS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # July 11, 2024
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 11 July 2024
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),  # 2024-07-11
)
_TIME = re.compile(
    r"(?<![\d:])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d)(?::(?P<second>\d\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"|\s*(?P<ampm2>[ap]\.?m\.?))(?![\w:])",
    re.I,
)
_ZONE = re.compile(
    r"^\s*(?:\(?\s*(?P<abbr>[A-Z]{1,5})\b\)?)?\s*(?:(?:UTC|GMT)?\s*(?P<offset>[+-]\d{1,2}(?::?\d\d)?))?"
)

# Fixed offsets for zone abbreviations; the US ones without S/D follow daylight saving via zoneinfo.
_ZONES: dict[str, tzinfo | str] = {
    "UTC": UTC, "GMT": UTC, "Z": UTC, "WET": UTC,
    "BST": timezone(timedelta(hours=1)), "CET": timezone(timedelta(hours=1)),
    "WAT": timezone(timedelta(hours=1)), "CEST": timezone(timedelta(hours=2)),
    "EET": timezone(timedelta(hours=2)), "CAT": timezone(timedelta(hours=2)),
    "SAST": timezone(timedelta(hours=2)), "EEST": timezone(timedelta(hours=3)),
    "MSK": timezone(timedelta(hours=3)), "EAT": timezone(timedelta(hours=3)),
    "AST": timezone(timedelta(hours=3)), "GST": timezone(timedelta(hours=4)),
    "PKT": timezone(timedelta(hours=5)), "IST": timezone(timedelta(hours=5, minutes=30)),
    "ICT": timezone(timedelta(hours=7)), "WIB": timezone(timedelta(hours=7)),
    "HKT": timezone(timedelta(hours=8)), "SGT": timezone(timedelta(hours=8)),
    "PHT": timezone(timedelta(hours=8)), "JST": timezone(timedelta(hours=9)),
    "KST": timezone(timedelta(hours=9)), "AEST": timezone(timedelta(hours=10)),
    "AEDT": timezone(timedelta(hours=11)), "NZST": timezone(timedelta(hours=12)),
    "EST": timezone(timedelta(hours=-5)), "EDT": timezone(timedelta(hours=-4)),
    "CST": timezone(timedelta(hours=-6)), "CDT": timezone(timedelta(hours=-5)),
    "MST": timezone(timedelta(hours=-7)), "MDT": timezone(timedelta(hours=-6)),
    "PST": timezone(timedelta(hours=-8)), "PDT": timezone(timedelta(hours=-7)),
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}  # fmt: skip

_LABEL = re.compile(
    r"^\s*(?P<label>published|posted|updated|last updated|modified|first published|date)"
    r"(?:\s+(?:on|at))?\s*[:\-]?\s*",
    re.I,
)
# "by" and its French, German, Spanish and Portuguese forms.
_BY = re.compile(
    r"^\s*(?:written\s+|posted\s+|reported\s+|words\s+)?(?:by|par|von|por)[:\s]\s*(?P<names>.+)$", re.I
)
_AUTHOR = re.compile(r"^\s*(?:author|authors|reporter|writer)s?\s*:\s*(?P<names>.+)$", re.I)
# Separators between the parts of a byline: "by A - date", "A | date", "date · 3 min read".
_PARTS = re.compile(r"\s+[-–—|•·]\s+|\s*[|•·]\s*|\s+[–—]\s*")
_NAME_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*")
NAME_PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "bin", "ibn",
              "al", "el", "la", "le", "dos", "das", "y", "abu", "ben", "st."}  # fmt: skip
# Words after an author's name that say what they are, not who: "Jane Doe, Reuters".
_ROLE_WORDS = re.compile(
    r"\b(staff|writer|reporter|correspondent|editor|contributor|journalist|desk|bureau|agency|"
    r"news|reuters|afp|ap|associated press|bloomberg|in\s+[A-Z]\w+|for\s+\w+|min(?:ute)?s?\s+read)\b",
    re.I,
)
# Words of an outlet's or agency's name (not of a role): "BBC News", "Reuters".
OUTLET_WORDS = re.compile(r"\b(?:news|reuters|afp|ap|associated press|bloomberg|agency|bureau|desk)\b", re.I)
_AGENCY = re.compile(
    r"^(?:the\s+)?(?:reuters|afp|ap|associated press|agence france-presse|bloomberg|xinhua|tass|"
    r"anadolu(?: agency)?|efe|dpa|ani|pti|ians|upi|staff|staff reporters?|our correspondents?|"
    r"news desk|web desk|[a-z ]+ (?:staff|desk|reporters?|correspondents?))$",
    re.I,
)
# "Jane Doe in Nairobi", "Jane Doe reporting from Kyiv": where they wrote from, not a name;
# "Jane Doe For The Daily Post": the outlet, in a byline written in title case.
_WHERE_FROM = re.compile(r"\s+(?:in|from|reporting from|for|For|FOR)\s+[A-Z][\w .'’-]*$")
_ISO_FULL = re.compile(r"\b\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
_READ_TIME = re.compile(r"^\s*\d+\s*min(?:ute)?s?\s*(?:read|listen)\s*$", re.I)


@dataclass
class Byline:
    """What a byline or date line says. ``label`` is "published", "updated" or "" (unlabelled)."""

    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    label: str = ""


def parse_date(text: str) -> datetime | None:
    """The first calendar date in ``text``, with its clock time and zone when given (UTC if not)."""
    for form in DATE_FORMS:
        match = form.search(text)
        if match:
            break
    else:
        return None
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower().rstrip(".")]
    try:
        day = datetime(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None
    # A clock time after the date, or else before it ("3:39 pm ET, July 11, 2024").
    after, before = text[match.end() :], text[: match.start()]
    for rest in (after, before):
        when = _parse_time(rest)
        if when is not None:
            hour, minute, second, zone = when
            return day.replace(hour=hour, minute=minute, second=second, tzinfo=zone)
    if "T" in after[:1]:
        return _parse_iso(match.group(0) + after)
    return day.replace(tzinfo=UTC)


def _parse_iso(text: str) -> datetime | None:
    token = text.split()[0].replace("Z", "+00:00")
    try:
        value = datetime.fromisoformat(token)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _parse_time(text: str) -> tuple[int, int, int, tzinfo] | None:
    if text.startswith("T"):
        return None  # ISO form, handled whole
    for match in _TIME.finditer(text):
        ampm = (match.group("ampm") or match.group("ampm2") or "").lower().replace(".", "")
        if match.group("minute") is None and not ampm:
            continue
        hour = int(match.group("hour"))
        if ampm:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        if hour > 23:
            continue
        minute = int(match.group("minute") or 0)
        second = int(match.group("second") or 0)
        if minute > 59 or second > 59:
            continue
        return hour, minute, second, _parse_zone(text[match.end() :])
    return None


def _parse_zone(text: str) -> tzinfo:
    match = _ZONE.match(text)
    if not match:
        return UTC
    offset = match.group("offset")
    abbr = match.group("abbr")
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    zone = _ZONES.get(abbr or "", UTC)
    if isinstance(zone, str):
        try:
            return ZoneInfo(zone)
        except ZoneInfoNotFoundError:
            return UTC
    return zone


def is_agency(text: str) -> bool:
    """Whether ``text`` is a news agency or a desk ("Reuters", "AFP", "Staff", "News Desk"), no author."""
    return _AGENCY.match(text) is not None


def is_date_only(text: str) -> bool:
    """Whether ``text`` is nothing but a date (with weekday, time, zone or a label)."""
    if parse_date(text) is None:
        return False
    rest = _ISO_FULL.sub(" ", _LABEL.sub("", text, count=1))
    for form in DATE_FORMS:
        rest = form.sub(" ", rest)
    rest = re.sub(rf"\b{_WEEKDAY}", " ", rest, flags=re.I)
    rest = _TIME.sub(" ", rest)
    rest = re.sub(r"\b(?:[A-Z]{1,5}|UTC[+-]\d+|GMT[+-]\d+|at|on)\b|[+-]\d{2}:?\d{2}", " ", rest)
    return not re.sub(r"[\s,.:;|\-–—()/]+", "", rest)


def parse_byline(line: str) -> Byline | None:
    """The authors and date of a byline or date line, or None when ``line`` is neither.

    "by NAME - July 11, 2024, 3:39 pm", "By A and B | Updated July 3, 2025",
    "Published: 4 March 2025 10:12 GMT", "July 11, 2024 · By Jane Doe · 4 min read".
    """
    if len(line.split()) > 30:
        return None
    result = Byline()
    for part in _PARTS.split(line.strip()):
        part = part.strip(" ,;")
        if not part or _READ_TIME.match(part):
            continue
        match = _BY.match(part) or _AUTHOR.match(part)
        if match:
            names, date_text = _split_names_and_date(match.group("names"))
            authors = parse_names(names)
            if not authors and not _AGENCY.match(names.strip(" .")):
                return None
            result.authors.extend(a for a in authors if a not in result.authors)
            if date_text and result.published is None:
                result.published = parse_date(date_text)
                if result.published is None:
                    return None
            continue
        if is_date_only(part):
            label = _LABEL.match(part)
            kind = (
                "updated"
                if label and label.group("label").lower() in ("updated", "last updated", "modified")
                else "published"
            )
            kind = kind if label else ""
            date = parse_date(part)
            # A labelled publication date beats an unlabelled one; an update date never beats one.
            if result.published is None or (kind == "published" and result.label != "published"):
                if not (kind == "updated" and result.published is not None):
                    result.published, result.label = date, kind
            continue
        return None
    if not result.authors and result.published is None and not _BY.match(line) and not _AUTHOR.match(line):
        return None
    return result


def _split_names_and_date(text: str) -> tuple[str, str]:
    """'Jane Doe, July 11, 2024' -> ('Jane Doe', 'July 11, 2024'); 'Jane Doe on 11 July...' too."""
    for form in DATE_FORMS:
        match = form.search(text)
        if match:
            start = match.start()
            weekday = re.search(rf"{_WEEKDAY},?\s*$", text[:start], re.I)
            if weekday:
                start = weekday.start()
            names = re.sub(r"(?:,|\bon|\bat|\bpublished|\bupdated)\s*$", "", text[:start].strip(), flags=re.I)
            return names.strip(" ,"), text[start:]
    return text, ""


def parse_names(text: str) -> list[str]:
    """Person names in ``text`` ("A, B and C"), dropping roles; [] when a part is not a name."""
    text = _WHERE_FROM.sub("", text.strip().rstrip("."))
    names = []
    for part in _NAME_SPLIT.split(text):
        part = _WHERE_FROM.sub("", part.strip())
        if names and (_AGENCY.match(part) or OUTLET_WORDS.search(part)):
            break  # "Jane Doe, BBC News, New York": the outlet follows the names, then the place
        if not part or _AGENCY.match(part):
            continue
        if names and (_ROLE_WORDS.search(part) or _is_long_role(part)):
            continue  # "Jane Doe, Staff Writer": the role after a name
        if not is_person_name(part):
            return []
        # a name in capitals ("NOMVULA DLAMINI"); one short word in capitals is initials ("CDC"), left as written
        names.append(part.title() if part.isupper() and (" " in part or len(part) > 5) else part)
    return names


def _is_long_role(part: str) -> bool:
    """Whether ``part`` is a role written out after a name ("Candidate Representative to the
    Liaison Committee"): a role word, and words no name holds ("to", "the", "of")."""
    from eventwire.extract.author_names import is_role_phrase  # that module reads this one

    return is_role_phrase(part)


# Month names that are also given names ("April Roach", "June Carter", "August Wilson"): a
# name when they lead a capitalised surname that is no month or weekday itself.
_GIVEN_NAME_MONTHS = frozenset(("april", "may", "june", "august"))


def is_person_name(text: str) -> bool:
    """Whether ``text`` looks like a person's name: 1-5 capitalised words, particles allowed."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or any(ch.isdigit() for ch in text):
        return False
    capitalised = 0
    for k, token in enumerate(tokens):
        bare = token.strip(".,'’")
        if 0 < k < len(tokens) - 1 and re.fullmatch(r"\([A-Z][\w'’-]+\)", bare):
            bare = bare[1:-1]  # a maiden name or a nickname between the names ("Paramita (Guha) Ghosh")
        if not bare:
            return False
        lower = bare.lower()
        initial = len(bare) == 1 and token.endswith(".")  # "Jeffrey A. Slotnick": not the article "a"
        given_name = k == 0 and lower in _GIVEN_NAME_MONTHS and token == bare and _surname_follows(tokens)
        if (lower in _MONTHS and not given_name) or lower in _WEEKDAYS or (lower in ("the", "a", "an", "this", "that") and not initial):
            return False
        if bare[0].isupper():
            capitalised += 1
        elif lower not in NAME_PARTICLES:
            return False
    return capitalised >= 1 and tokens[0].strip(".'’")[:1].isupper()


def _surname_follows(tokens: list[str]) -> bool:
    """Whether the word after a month-named first word is a capitalised word, not a date's."""
    if len(tokens) < 2:
        return False
    bare = tokens[1].strip(".,'’")
    return bare[:1].isupper() and bare.lower() not in _MONTHS and bare.lower() not in _WEEKDAYS
