"""Bylines and date lines: names, dates, zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from eventwire.extract.byline import is_date_only, is_person_name, parse_byline, parse_date


def _tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    "line,authors,published",
    [
        (
            "by Sharmistha Pratap - July 11, 2024, 3:39 pm",
            ["Sharmistha Pratap"],
            datetime(2024, 7, 11, 15, 39, tzinfo=UTC),
        ),
        (
            "By Jane Doe and John Smith | July 3, 2025 10:04 a.m. EDT",
            ["Jane Doe", "John Smith"],
            datetime(2025, 7, 3, 10, 4, tzinfo=_tz(-4)),
        ),
        ("July 11, 2024 · By Jane Doe · 4 min read", ["Jane Doe"], datetime(2024, 7, 11, tzinfo=UTC)),
        ("By Amina Yusuf, Staff Writer", ["Amina Yusuf"], None),
        ("By Lars van der Berg in Brussels", ["Lars van der Berg"], None),
        ("By NOMVULA DLAMINI - 4 MARCH 2025", ["Nomvula Dlamini"], datetime(2025, 3, 4, tzinfo=UTC)),
        (
            "By Maria Santos, March 3, 2025 3:40 pm EST",
            ["Maria Santos"],
            datetime(2025, 3, 3, 15, 40, tzinfo=_tz(-5)),
        ),
        ("By Ana Lima, Kofi Mensah and Li Wei", ["Ana Lima", "Kofi Mensah", "Li Wei"], None),
        ("Author: Li Wei", ["Li Wei"], None),
        ("By Jane Doe, Reuters", ["Jane Doe"], None),
        ("By Reuters", [], None),
        ("Published: 4 March 2025 10:12 GMT", [], datetime(2025, 3, 4, 10, 12, tzinfo=UTC)),
        ("Posted on 22 May 2025 at 14:30 CET", [], datetime(2025, 5, 22, 14, 30, tzinfo=_tz(1))),
        ("2025-03-04T10:12:00+03:00", [], datetime(2025, 3, 4, 10, 12, tzinfo=_tz(3))),
        ("Published June 10, 2025 6:30 pm IST", [], datetime(2025, 6, 10, 18, 30, tzinfo=_tz(5.5))),
        ("Par Aminata Diop", ["Aminata Diop"], None),
        # the outlet comes after the names; what follows it is where they wrote from
        ("By Ines Valdez, Harbour News, New York", ["Ines Valdez"], None),
        ("By Jane Doe and Omar Haddad, Reuters, Nairobi", ["Jane Doe", "Omar Haddad"], None),
    ],
)
def test_bylines(line: str, authors: list[str], published: datetime | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors
    assert byline.published == published
    if published is not None:
        assert byline.published.utcoffset() == published.utcoffset()


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week, troops had withdrawn.",
        "By Tuesday, the talks had collapsed.",
        "By March, prices had doubled.",
        "NATO expresses deep concern over China-Russia alliance",
        "28.4 C",
        "By 2030 the country plans to double its output of solar power, the minister said in Parliament.",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_us_eastern_time_follows_daylight_saving() -> None:
    summer = parse_date("July 3, 2025 10:04 am ET")
    winter = parse_date("January 3, 2025 10:04 am ET")
    assert summer.utcoffset() == timedelta(hours=-4)
    assert winter.utcoffset() == timedelta(hours=-5)


def test_update_date_is_labelled() -> None:
    byline = parse_byline("Updated: 05 March 2025 08:00 EAT")
    assert byline.label == "updated"
    assert byline.published == datetime(2025, 3, 5, 8, 0, tzinfo=_tz(3))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Saturday, July 20, 2024", True),
        ("March 5, 2025", True),
        ("Updated: 12 November 2025 08:00 JST", True),
        ("3 March 2025 | 10:15", True),
        ("The talks on March 5, 2025 failed.", False),
        ("New York", False),
    ],
)
def test_date_only(text: str, expected: bool) -> None:
    assert is_date_only(text) is expected


def test_impossible_date() -> None:
    assert parse_date("February 30, 2025") is None


@pytest.mark.parametrize(
    "name,expected",
    [("Jens Stoltenberg", True), ("Ursula von der Leyen", True), ("Abu Bakr al Baghdadi", True),
     ("the government", False), ("Sunday evening", False), ("Agent 007", False),
     # given names that are also month names, before a surname; a month alone is no name
     ("April Roach", True), ("June Okafor", True), ("August Lind", True), ("April", False), ("May June", False)],
)  # fmt: skip
def test_person_names(name: str, expected: bool) -> None:
    assert is_person_name(name) is expected


def test_a_role_written_out_after_the_name_is_dropped_not_the_whole_byline() -> None:
    byline = parse_byline("by Nora Quist, Student Representative to the Board of Examiners")
    assert byline is not None and byline.authors == ["Nora Quist"]
    byline = parse_byline("By Nora Quist, Omar Velez")
    assert byline is not None and byline.authors == ["Nora Quist", "Omar Velez"]
    assert parse_byline("By the Board of Examiners") is None or not parse_byline("By the Board of Examiners").authors


def test_one_short_word_in_capitals_is_left_as_written() -> None:
    byline = parse_byline("By NOMVULA DLAMINI")
    assert byline is not None and byline.authors == ["Nomvula Dlamini"]
    byline = parse_byline("By HDA")
    assert byline is not None and byline.authors == ["HDA"]  # initials, not "Hda"
