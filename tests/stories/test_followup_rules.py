"""The rules that read figures and weekdays as a follow-up's (stories.pairs) and the dateline that
is no figure (stories.features); the whole-pipeline fixtures are in test_followups.py."""

from __future__ import annotations

import math

import numpy as np

from eventwire.extract.dateline import without_dateline
from eventwire.stories.features import names
from eventwire.stories.pairs import Profile, _conflicts, counted, facts, profile

MONDAY = 20150.5  # 2025-03-03, midday
EMPTY = np.zeros(0)


def _profile(day: float | None, numbers: tuple[str, ...] = (), days: tuple[str, ...] = (),
             counts: tuple[tuple[str, int], ...] = (), months: tuple[str, ...] = (),
             future: tuple[str, ...] = ()) -> Profile:
    return Profile(EMPTY, EMPTY, EMPTY, frozenset(), frozenset(numbers), frozenset(months), frozenset(days), day,
                   counts=counts, future_days=frozenset(future))


def _facts(title: str, text: str, day: float) -> Profile:
    found = names(title, text)
    return profile((EMPTY, EMPTY), found, day)


def test_monday_is_a_monday():
    assert (math.floor(MONDAY) + 3) % 7 == 0  # the weekday arithmetic in pairs._weekday_dates


def test_a_toll_that_rises_the_next_day_is_no_conflict():
    first = _profile(MONDAY, ("23",), ("monday",), (("dead", 23),))
    update = _profile(MONDAY + 1.2, ("41", "17"), ("tuesday",), (("dead", 41), ("injured", 17)))
    assert _conflicts(first, update) == (0.0, 0.0, 0.0)
    assert _conflicts(update, first) == (0.0, 0.0, 0.0)  # whichever comes in first


def test_the_same_figures_on_one_day_or_undated_still_conflict():
    first = _profile(MONDAY, ("23",), ("monday",))
    assert _conflicts(first, _profile(MONDAY + 0.3, ("41",), ("sunday",))) == (1.0, 0.0, 1.0)
    assert _conflicts(_profile(None, ("23",), ("monday",)), _profile(None, ("41",), ("tuesday",))) == (1.0, 0.0, 1.0)


def test_a_lower_count_or_an_earlier_day_the_next_day_still_conflicts():
    first = _profile(MONDAY, ("230",), ("monday",), (("dead", 230),))
    # The next day's report names a smaller count and a day before the first report: other news.
    later = _profile(MONDAY + 1.0, ("41",), ("saturday",), (("dead", 41),))
    assert _conflicts(first, later) == (1.0, 0.0, 1.0)
    # Magnitudes and rates are no counts: a "6.4" quake is not a "5.8" one a day later.
    assert _conflicts(_profile(MONDAY, ("6.4",)), _profile(MONDAY + 1.0, ("5.8", "7.1"))) == (1.0, 0.0, 0.0)


def test_a_dateline_date_is_no_figure():
    text = "PESHAWAR, Pakistan, March 3, 2025 (Wire) - A bomb killed at least 23 people on Monday."
    assert without_dateline(text).startswith("A bomb killed")
    found = names("Bomb in Peshawar", text)
    assert "#n23" in found and "#n3" not in found and "#dmonday" in found
    # Without a dateline the text is left alone: a date in the story is the story's.
    assert without_dateline("Talks resumed on March 3, 2025, in Doha.") == "Talks resumed on March 3, 2025, in Doha."
    assert "#n23" in facts("killed 23 people")


def test_a_higher_count_of_something_else_the_next_day_still_conflicts():
    # 12 dead in one quake, 14 injured in another the next day: no toll rose.
    first = _profile(MONDAY, ("12",), counts=(("dead", 12),))
    other = _profile(MONDAY + 1.1, ("14",), counts=(("injured", 14),))
    assert _conflicts(first, other)[0] == 1.0
    # A figure that counts nothing named ("a depth of 10 km", "40 trucks") is no update either.
    assert _conflicts(_profile(MONDAY, ("10",)), _profile(MONDAY + 1.0, ("40",)))[0] == 1.0
    # The same thing counted higher is: arrests rise from 100 to 210.
    arrests = _profile(MONDAY, ("100",), counts=(("arrested", 100),))
    assert _conflicts(arrests, _profile(MONDAY + 1.1, ("210",), counts=(("arrested", 210),)))[0] == 0.0


def test_figures_are_read_with_what_they_count():
    assert counted("A bomb exploded on Monday, killing at least 23 people and wounding dozens.") == ["#cdead:23"]
    assert counted("The death toll from the bombing rose to 41 on Tuesday, officials said.") == ["#cdead:41"]
    assert counted("Police said 210 people had been arrested since the marches began.") == ["#carrested:210"]
    assert counted("Gunmen killed 12 villagers and wounded 30 others.") == ["#cdead:12", "#cinjured:30"]
    # Another sentence's count word is not this figure's; nor is a count word far away.
    assert counted("Twelve people died. The bridge is 40 metres long.") == []
    assert counted("A magnitude 6.4 quake struck at a depth of 10 km.") == []


MAY_31 = 20239.4  # 2025-05-31, a Saturday


def test_a_follow_up_in_the_next_month_is_no_month_conflict():
    assert (math.floor(MAY_31) + 3) % 7 == 5
    first = _facts("Bus plunges into gorge", "A bus fell into a gorge on Saturday, May 31, killing at least 30 "
                   "people, police said.", MAY_31)
    update = _facts("Bus crash toll rises to 52", "The toll from Saturday's bus crash rose to 52 on Sunday, "
                    "June 1, as more of the injured died in hospital.", MAY_31 + 1.1)
    assert first.months == {"may"} and update.months == {"june"}
    assert "31" not in first.numbers  # the day of a date is no figure
    assert _conflicts(first, update) == (0.0, 0.0, 0.0)
    assert _conflicts(update, first) == (0.0, 0.0, 0.0)


def test_last_months_figures_a_month_on_still_conflict_on_months():
    # This month's jobs report names last month; last month's named the month before.
    april_report = _profile(MAY_31 - 29, months=("april",))
    may_report = _profile(MAY_31 + 6, months=("may",))
    assert _conflicts(april_report, may_report)[1] == 1.0
    # On one day, two months are two stories, as before.
    assert _conflicts(_profile(MAY_31, months=("may",)), _profile(MAY_31 + 0.2, months=("june",)))[1] == 1.0


def test_a_future_weekday_is_read_after_the_report():
    # Monday's report: the truce took effect on Sunday. Tuesday's: talks will open on Friday.
    first = _facts("Truce takes effect", "A truce between the army and the rebels took effect on Sunday, "
                   "officials said.", MONDAY)
    update = _facts("Truce holds", "The truce held overnight and talks on a lasting peace will open in "
                    "Doha on Friday, mediators said.", MONDAY + 1.1)
    assert update.days == {"friday"} and update.future_days == {"friday"} and not first.future_days
    assert _conflicts(first, update)[2] == 0.0
    # Read as a past day (the Friday before Monday), Friday would be older news: a conflict.
    assert _conflicts(first, _profile(MONDAY + 1.1, days=("friday",)))[2] == 1.0


def test_future_weekdays_need_a_future_word_before_them():
    found = facts("He said on Monday that ministers will meet on Friday; the vote is due on Thursday "
                  "and the talks were held on Sunday. Next Tuesday they travel.")
    future = {f for f in found if f.startswith("#f")}
    assert future == {"#ffriday", "#fthursday", "#ftuesday"}
    assert {"#dmonday", "#dfriday", "#dthursday", "#dsunday", "#dtuesday"} <= set(found)
