"""Date resolution against a publication date: explicit dates, ranges, weekdays, relative
phrases and the publication-date fallback. Sentences are written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from eventwire.when import find_dates, resolve_date, resolve_span_dates

# Thursday 11 July 2024, afternoon UTC.
PUB = datetime(2024, 7, 11, 15, 39, tzinfo=UTC)
D = date


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        # explicit single dates
        ("Leaders met on July 9.", D(2024, 7, 9), "day"),
        ("Leaders met on 9 July 2024.", D(2024, 7, 9), "day"),
        ("The vote took place on July 9th, 2024.", D(2024, 7, 9), "day"),
        ("The vote took place on the 9th of July.", D(2024, 7, 9), "day"),
        ("Officials met on Sept. 9, 2023.", D(2023, 9, 9), "day"),
        ("Troops withdrew on 3 Jan. 2022.", D(2022, 1, 3), "day"),
        ("The ceasefire began on Tuesday, July 9, 2024.", D(2024, 7, 9), "day"),
        ("A report dated 2024-07-02 said so.", D(2024, 7, 2), "day"),
        ("The attack happened on JULY 4.", D(2024, 7, 4), "day"),
        # months and years without a day
        ("Talks collapsed in March 2022.", D(2022, 3, 1), "month"),
        ("Talks collapsed in June of 2023.", D(2023, 6, 1), "month"),
        ("Talks collapsed in May.", D(2024, 5, 1), "month"),
        ("The deal was signed in early June.", D(2024, 6, 1), "month"),
        ("The strike happened in 2023.", D(2023, 1, 1), "year"),
        ("Russia has occupied Crimea since 2014.", D(2014, 1, 1), "year"),
        # year inference: a month after the publication month is last year's
        ("The blockade began in September.", D(2023, 9, 1), "month"),
        ("The blockade began on 20 December.", D(2023, 12, 20), "day"),
        ("The summit will be held in September.", D(2024, 9, 1), "month"),
        # ranges
        ("NATO's summit in Washington between 6-11 July ended.", D(2024, 7, 6), "range"),
        ("The talks ran from July 9 to 11.", D(2024, 7, 9), "range"),
        ("The talks ran July 9-11, 2024.", D(2024, 7, 9), "range"),
        ("The fair runs 9–11 July.", D(2024, 7, 9), "range"),
        ("Voting ran between 6 and 11 July.", D(2024, 7, 6), "range"),
        ("Fighting raged from June 28 to July 2.", D(2024, 6, 28), "range"),
        ("Fighting raged from 28 June to 2 July 2024.", D(2024, 6, 28), "range"),
        ("Strikes continued from March to May.", D(2024, 3, 1), "range"),
        ("Inflation rose between 2019 and 2021.", D(2019, 1, 1), "range"),
        ("The talks lasted from Monday to Wednesday.", D(2024, 7, 8), "range"),
        # weekdays: the most recent on or before publication (past-tense reporting)
        ("Beijing denied the accusations on Tuesday.", D(2024, 7, 9), "day"),
        ("The minister resigned on Thursday.", D(2024, 7, 11), "day"),
        ("The minister resigned on Friday.", D(2024, 7, 5), "day"),
        ("The minister resigned last Thursday.", D(2024, 7, 4), "day"),
        ("He said on Tuesday it will send troops.", D(2024, 7, 9), "day"),
        ("Leaders will meet on Tuesday.", D(2024, 7, 16), "day"),
        ("On Tuesday, leaders will meet again.", D(2024, 7, 16), "day"),
        ("They meet again next Monday.", D(2024, 7, 15), "day"),
        # "due" puts the clause in the future: the vote is next Sunday, not the last one
        ("Elections are due on Sunday.", D(2024, 7, 14), "day"),
        ("The report is due by Friday.", D(2024, 7, 12), "day"),
        ("Talks are scheduled for Monday.", D(2024, 7, 15), "day"),
        ("Police said Sunday night that two people died.", D(2024, 7, 7), "day"),
        # day words and periods
        ("Rebels attacked the town yesterday.", D(2024, 7, 10), "day"),
        ("Rebels attacked the town today.", D(2024, 7, 11), "day"),
        ("Rebels attacked the town last night.", D(2024, 7, 10), "day"),
        ("Rebels attacked the town the day before yesterday.", D(2024, 7, 9), "day"),
        ("The ministers will meet tomorrow.", D(2024, 7, 12), "day"),
        ("Protests spread last week.", D(2024, 7, 1), "week"),
        ("Protests spread earlier this week.", D(2024, 7, 8), "week"),
        ("Protests spread earlier this month.", D(2024, 7, 1), "month"),
        ("Protests spread last month.", D(2024, 6, 1), "month"),
        ("Protests spread last year.", D(2023, 1, 1), "year"),
        ("Protests spread earlier this year.", D(2024, 1, 1), "year"),
        ("Protests spread over the weekend.", D(2024, 7, 6), "range"),
        ("The plane crashed two days ago.", D(2024, 7, 9), "day"),
        ("The plane crashed 3 weeks ago.", D(2024, 6, 17), "week"),
        ("The plane crashed a year ago.", D(2023, 1, 1), "year"),
        ("The talks failed last July.", D(2023, 7, 1), "month"),
        # no date in the sentence: the publication date stands in
        ("The alliance condemned the attack.", D(2024, 7, 11), "published"),
        ("About 2,000 troops crossed the border.", D(2024, 7, 11), "published"),
        ("The 32 members agreed, 75 years on.", D(2024, 7, 11), "published"),
        ("Prime Minister May said the talks failed.", D(2024, 7, 11), "published"),
        ("They will march on the capital.", D(2024, 7, 11), "published"),
        ("Inflation hit 9.5 percent.", D(2024, 7, 11), "published"),
        ("The talks started at 9:30 local time.", D(2024, 7, 11), "published"),
        ("The past year has been hard.", D(2024, 7, 11), "published"),
        ("Not a real day: 31 June.", D(2024, 7, 11), "published"),
        ("The ship sank on July 31 and August 2.", D(2024, 7, 31), "day"),
    ],
)
def test_resolve_date(sentence: str, expected: date, precision: str) -> None:
    assert resolve_date(sentence, PUB) == (expected, precision)


@pytest.mark.parametrize(
    ("published", "sentence", "expected", "precision"),
    [
        # weekdays and periods across month and year ends
        (datetime(2024, 1, 2, 9), "Rebels struck on Friday.", D(2023, 12, 29), "day"),
        (datetime(2024, 1, 2, 9), "Rebels struck last week.", D(2023, 12, 25), "week"),
        (datetime(2024, 1, 2, 9), "Rebels struck last month.", D(2023, 12, 1), "month"),
        (datetime(2024, 1, 2, 9), "Rebels struck in December.", D(2023, 12, 1), "month"),
        (datetime(2024, 1, 2, 9), "Rebels struck on December 30.", D(2023, 12, 30), "day"),
        (datetime(2024, 1, 2, 9), "Rebels struck yesterday.", D(2024, 1, 1), "day"),
        (datetime(2024, 1, 2, 9), "Talks ran between 28 December and 2 January.", D(2023, 12, 28), "range"),
        (datetime(2024, 1, 2, 9), "Talks will resume on Monday.", D(2024, 1, 8), "day"),
        (datetime(2023, 12, 20, 9), "Talks will resume in January.", D(2024, 1, 1), "month"),
        (datetime(2021, 6, 3, 9), "He plans to investigate the January 6 attack.", D(2021, 1, 6), "day"),
        (datetime(2024, 3, 1, 9), "Rebels struck on Thursday.", D(2024, 2, 29), "day"),
        (datetime(2024, 3, 1, 9), "Rebels struck yesterday.", D(2024, 2, 29), "day"),
        (datetime(2023, 3, 1, 9), "Rebels struck yesterday.", D(2023, 2, 28), "day"),
        (datetime(2024, 3, 4, 9), "Rebels struck last weekend.", D(2024, 3, 2), "range"),
        (datetime(2024, 3, 2, 9), "Rebels struck last weekend.", D(2024, 2, 24), "range"),
        (datetime(2024, 7, 31, 23, tzinfo=timezone(timedelta(hours=-5))), "Rebels struck on Wednesday.",
         D(2024, 7, 31), "day"),
    ],
)
def test_resolve_date_across_boundaries(published: datetime, sentence: str, expected: date, precision: str) -> None:
    assert resolve_date(sentence, published) == (expected, precision)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("NATO's summit in Washington between 6-11 July ended.", D(2024, 7, 6), D(2024, 7, 11)),
        ("The talks ran from July 9 to 11.", D(2024, 7, 9), D(2024, 7, 11)),
        ("Fighting raged from June 28 to July 2.", D(2024, 6, 28), D(2024, 7, 2)),
        ("Strikes continued from March to May.", D(2024, 3, 1), D(2024, 5, 31)),
        ("Protests spread last week.", D(2024, 7, 1), D(2024, 7, 7)),
        ("Leaders met on July 9.", D(2024, 7, 9), D(2024, 7, 9)),
        ("The alliance condemned the attack.", D(2024, 7, 11), D(2024, 7, 11)),
    ],
)
def test_resolve_span_dates(sentence: str, first: date, last: date) -> None:
    assert resolve_span_dates(sentence, PUB) == (first, last)


def test_nothing_known_without_publication_date() -> None:
    assert resolve_date("The alliance condemned the attack on Tuesday.", None) == (None, None)
    assert resolve_span_dates("The alliance condemned the attack.", None) == (None, None)


def test_explicit_year_needs_no_publication_date() -> None:
    assert resolve_date("The accord was signed on 9 July 2024.", None) == (D(2024, 7, 9), "day")
    # a day without a year cannot be placed without a reference date
    assert resolve_date("The accord was signed on 9 July.", None) == (None, None)


def test_article_lead_date_is_the_reference_without_publication_date() -> None:
    article = "by A. Writer - July 11, 2024, 3:39 pm\n\nLeaders met in Washington."
    assert resolve_date("Beijing denied it on Tuesday.", None, article_text=article) == (D(2024, 7, 9), "day")
    assert resolve_date("Leaders met.", None, article_text=article) == (D(2024, 7, 11), "published")


def test_find_dates_reading_order_and_no_overlaps() -> None:
    found = find_dates("On Tuesday, July 9, talks began; they ended between 10 and 11 July.", D(2024, 7, 11))
    assert [(m.text, m.precision) for m in found] == [("Tuesday, July 9", "day"), ("between 10 and 11 July", "range")]


def test_and_without_between_is_not_a_range() -> None:
    found = find_dates("Ships sank on July 9 and 11.", D(2024, 7, 11))
    assert [(m.first, m.precision) for m in found] == [(D(2024, 7, 9), "day")]


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Rebels held the town in the 1990s.", D(1990, 1, 1), D(1999, 12, 31)),
        ("Rebels held the town during the early 2000s.", D(2000, 1, 1), D(2009, 12, 31)),
        ("The border has been disputed since the 1980’s.", D(1980, 1, 1), D(1989, 12, 31)),
    ],
)
def test_a_decade_is_a_range_not_the_publication_day(sentence: str, first: date, last: date) -> None:
    # It was (publication date, "published"): an event of the 1990s dated to the article's day.
    assert resolve_date(sentence, PUB) == (first, "range")
    assert resolve_span_dates(sentence, PUB) == (first, last)
    assert resolve_date("Police detained 1990 protesters.", PUB) == (PUB.date(), "published")
