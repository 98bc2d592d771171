"""The pair model: how likely two articles report the same story, as log-odds.

Each article brings a ``Profile`` (its unit TF-IDF vector, proper names and the specifics it
mentions: figures, years, months, weekdays); a pair of profiles plus the embedding cosine gives
the features below, and a logistic model over them (``data/stories/pair_model.json``, fitted by
``bench/train_stories.py`` on the NeuS train split only) gives the log-odds.

What the features are for (measured as the average precision of candidate pairs on held-out
NeuS train streams; see the model file for the figures of the fitted model):

- ``cosine``, ``terms`` (TF-IDF cosine), its square root and their product: the topic and the
  wording. TF-IDF alone beats MiniLM on title + lead (AP 0.76 vs 0.71).
- ``names``: Jaccard of the proper names; ``names_shared``; ``names_conflict`` (both name
  someone, nobody in common).
- ``rarest``: how rare the rarest shared word is (its IDF over the stored articles, scaled to
  0..1 by the largest IDF a shared word can have): one shared rare name ("Haspel") says more than many
  shared common words. Between two dated articles, place names are left out of it: reports of
  the same days from one city share its name whether or not they tell of one event.
- ``places_conflict``: both name places (gazetteer countries, regions, cities) and no country
  is in common: two earthquakes, one in Turkey and one in Iran.
- ``*_conflict``: both texts mention figures (years, months, weekdays) and none agree: the
  weekly jobless claims, this month's jobs report against last month's, two different
  earthquakes. ``numbers_shared``: a figure in common.

Between two dated articles published on different days, figures and weekdays are read as a
follow-up's (``_updated``, ``_later_days``): a count of the same thing (the dead, the injured,
the arrested: ``counted``) that has risen since the earlier report ("at least 23 killed", then
"death toll rises to 41") and a weekday that names a day after the
earlier report ("on Monday", then "on Tuesday" the next day) say that the story moved on, not
that it is another one. Undated pairs (NeuS) are scored as before.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import numpy as np

from eventwire.extract.months import MONTHS

FEATURES = (
    "cosine", "terms", "terms_sqrt", "cosine_terms", "names", "rarest", "numbers_conflict", "months_conflict",
    "days_conflict", "length", "length_rarest", "length_terms", "places_conflict",
)

# Specifics are kept among an article's names with a "#" prefix, which no name or quantity has
# (names are word runs, quantities start with a digit): "#n576000", "#mapril", "#dmonday",
# "#k<bucket>" for each term of its title and lead, "#p<bucket>" for each place name among them
# and "#g<ISO3>" for the countries of those places.
FACT = "#"
ACTOR = "actor:"  # actor codes from the pipeline's actors stage: not in the fitted model's data
# "rarest" looks only at the words of title and lead: two long texts always share some rare word
# by chance (on ECB+ full texts the rarest shared word of the whole texts told the same event
# from a similar one apart far less than on NeuS leads). Without them (rows stored before they
# were kept): the article's heaviest terms.
KEY_TERMS = 24


@dataclass(frozen=True)
class PairModel:
    features: tuple[str, ...]
    weights: np.ndarray
    bias: float


@lru_cache(maxsize=1)
def pair_model() -> PairModel:
    """The fitted pair model shipped with the package."""
    text = resources.files("eventwire").joinpath("data/stories/pair_model.json").read_text(encoding="utf-8")
    data = json.loads(text)
    weights = data["weights"]
    if tuple(weights) != FEATURES:
        raise ValueError(f"pair model features {tuple(weights)} differ from {FEATURES}")
    return PairModel(FEATURES, np.array([weights[f] for f in FEATURES], dtype=np.float64), float(data["bias"]))


def _no_buckets() -> np.ndarray:
    return np.zeros(0, dtype=np.int32)


@dataclass(frozen=True)
class Profile:
    """What one article brings to a pair."""

    buckets: np.ndarray  # sorted term buckets
    weights: np.ndarray  # their unit TF-IDF weights
    key: np.ndarray  # sorted buckets of the heaviest terms: what the article is about
    names: frozenset[str]
    numbers: frozenset[str]
    months: frozenset[str]
    days: frozenset[str]
    day: float | None = None  # publication date (days since 1970-01-01), None when undated
    places: np.ndarray = field(default_factory=_no_buckets)  # sorted buckets of the place names of title and lead
    countries: frozenset[str] = frozenset()  # the countries (ISO3) those places lie in
    every_key: np.ndarray = field(default_factory=_no_buckets)  # key and places: the words an undated pair compares
    counts: tuple[tuple[str, int], ...] = ()  # (what was counted, the count): ("dead", 23)
    future_days: frozenset[str] = frozenset()  # weekdays it names as days to come ("will meet on Friday")


def profile(tfidf: tuple[np.ndarray, np.ndarray], names: list[str] | frozenset[str],
            day: float | None = None) -> Profile:
    """Split an article's names into proper names and the kinds of specifics; ``day`` is its
    publication date (``cluster.day_number``)."""
    plain: set[str] = set()
    kinds: dict[str, set[str]] = {"n": set(), "m": set(), "d": set(), "k": set(), "p": set(), "g": set(),
                                  "c": set(), "f": set()}
    for name in names:
        if name.startswith(FACT):
            kinds.get(name[1:2], set()).add(name[2:])
        elif not name.startswith(ACTOR) and not name[:1].isdigit():
            plain.add(name)
    buckets, weights = tfidf
    if kinds["k"]:
        key = np.array(sorted(int(b) for b in kinds["k"]), dtype=np.int32)
    elif len(buckets) > KEY_TERMS:
        key = np.sort(buckets[np.argsort(-weights, kind="stable")[:KEY_TERMS]])
    else:
        key = buckets
    places = np.array(sorted(int(b) for b in kinds["p"]), dtype=np.int32)
    every = np.union1d(key, places).astype(np.int32) if len(places) else key
    return Profile(buckets, weights, key, frozenset(plain), frozenset(kinds["n"]), frozenset(kinds["m"]),
                   frozenset(kinds["d"]), day, places, frozenset(kinds["g"]), every, _counted(kinds["c"]),
                   frozenset(kinds["f"]))


def _conflict(a: frozenset[str], b: frozenset[str]) -> float:
    return 1.0 if a and b and a.isdisjoint(b) else 0.0


def _in_order(a: Profile, b: Profile) -> tuple[Profile, Profile] | None:
    """(earlier, later) when both are dated and published on different calendar days, else None."""
    if a.day is None or b.day is None or math.floor(a.day) == math.floor(b.day):
        return None
    return (a, b) if a.day < b.day else (b, a)


def _counted(found: set[str]) -> tuple[tuple[str, int], ...]:
    pairs = (item.rpartition(":") for item in found)
    return tuple(sorted((noun, int(count)) for noun, _, count in pairs if noun and count.isdigit()))


def _updated(earlier: Profile, later: Profile) -> bool:
    """The later report counts more of something the earlier one counted: a death toll or an
    arrest count that rose ("at least 23 killed", then "the death toll rose to 41"). Only the
    same thing counted: 14 injured the next day is no update of 12 dead."""
    old: dict[str, int] = {}
    for noun, count in earlier.counts:
        old[noun] = min(count, old.get(noun, count))
    return any(noun in old and count > old[noun] for noun, count in later.counts)


_WEEKDAY = {name.lower(): k for k, name in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}


def _weekday_dates(profile_: Profile) -> set[int]:
    """The calendar days its weekdays name: the latest such day on or before publication (news
    tells of what happened this week), and for a day to come ("will meet on Friday") the next
    such day on or after it."""
    today = math.floor(profile_.day)  # type: ignore[arg-type]
    weekday = (today + 3) % 7  # 1970-01-01 was a Thursday (Monday = 0)
    past = {today - (weekday - _WEEKDAY[d]) % 7 for d in profile_.days if d in _WEEKDAY}
    return past | {today + (_WEEKDAY[d] - weekday) % 7 for d in profile_.future_days if d in _WEEKDAY}


def _later_days(earlier: Profile, later: Profile) -> bool:
    """The later report names a day after the earlier one came out: news since."""
    return any(d > math.floor(earlier.day) for d in _weekday_dates(later))  # type: ignore[arg-type]


def _month(day: float) -> int:
    """Months since January 1970 of a day number."""
    when = date(1970, 1, 1) + timedelta(days=math.floor(day))
    return (when.year - 1970) * 12 + when.month - 1


def _later_months(earlier: Profile, later: Profile) -> bool:
    """The later report names a month after the one the earlier came out in (each month name read
    as the nearest such month to the later's date): a follow-up that crossed into a new month
    ("May 31", then "June 1"). Last month's figures a month on ("April", then "May") are not."""
    now, then = _month(later.day), _month(earlier.day)  # type: ignore[arg-type]
    for name in later.months:
        if name[:3] in MONTHS:  # the full names _CALENDAR reads, lower-cased
            month = now - now % 12 + MONTHS.index(name[:3])
            nearest = min((month - 12, month, month + 12), key=lambda m: abs(m - now))
            if nearest > then:
                return True
    return False


def _conflicts(a: Profile, b: Profile) -> tuple[float, float, float]:
    """numbers_conflict, months_conflict, days_conflict of a pair (see the module's docstring)."""
    numbers, months, days = _conflict(a.numbers, b.numbers), _conflict(a.months, b.months), _conflict(a.days, b.days)
    if numbers or months or days:
        ordered = _in_order(a, b)
        if ordered is not None:
            if numbers and _updated(*ordered):
                numbers = 0.0
            if months and _later_months(*ordered):
                months = 0.0
            if days and _later_days(*ordered):
                days = 0.0
    return numbers, months, days


def pair_features(embedding: np.ndarray, article: Profile, members: np.ndarray, profiles: list[Profile],
                  df: np.ndarray, n_docs: int) -> np.ndarray:
    """One row of ``FEATURES`` per member: the article against each of ``members``."""
    rows = np.zeros((len(profiles), len(FEATURES)), dtype=np.float64)
    if not profiles:
        return rows
    rows[:, 0] = members @ embedding
    # The article itself is not counted yet, so a shared word has df >= 1: df 1 is the rarest.
    top = math.log((1.0 + n_docs) / 2.0)
    for k, other in enumerate(profiles):
        row = rows[k]
        if len(article.buckets) and len(other.buckets):
            shared, ia, ib = np.intersect1d(article.buckets, other.buckets, assume_unique=True, return_indices=True)
            if len(shared):
                row[1] = float(article.weights[ia] @ other.weights[ib])
                # Dated reports of the same days: no place names (see features.lead_terms).
                if article.day is None or other.day is None:
                    key = np.intersect1d(article.every_key, other.every_key, assume_unique=True)
                else:
                    key = np.intersect1d(article.key, other.key, assume_unique=True)
                if len(key):
                    least = int(df[key].min())
                    row[5] = 1.0 if least <= 1 else max(0.0, math.log((1.0 + n_docs) / (1.0 + least)) / top)
        a, b = article.names, other.names
        if a and b:
            common = len(a & b)
            row[4] = common / (len(a) + len(b) - common)
        row[6], row[7], row[8] = _conflicts(article, other)
        row[9] = math.log1p(min(len(article.buckets), len(other.buckets))) / 5.0
        row[12] = _conflict(article.countries, other.countries)
    rows[:, 10] = rows[:, 9] * rows[:, 5]
    rows[:, 11] = rows[:, 9] * rows[:, 1]
    terms = np.maximum(rows[:, 1], 0.0)
    rows[:, 2] = np.sqrt(terms)
    rows[:, 3] = rows[:, 0] * terms
    return rows


def pair_log_odds(features: np.ndarray, model: PairModel | None = None) -> np.ndarray:
    model = model or pair_model()
    return model.bias + features @ model.weights


_NUMBER = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(%?)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTHS = ("January February March April June July August September October November December").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_CALENDAR = re.compile(r"\b(" + "|".join(_MONTHS + _DAYS) + r")\b")


_MONTH_ANY = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
              r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# A date's day of the month ("May 31", "31 May", "Jan. 6th") is no figure of the story.
_DATE_DAY = re.compile(rf"\b({_MONTH_ANY})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d,.]\d)"
                       rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ANY})(?!\w)")
_DATED_MAY = re.compile(r"\bMay\s+\d|\d\s+(?:of\s+)?May\b")  # "May" with a day is the month
# Words that make the weekday after them a day to come: "will meet on Friday", "due on Thursday",
# "next Tuesday" (between them, no other weekday and at most FUTURE_REACH words).
_FUTURE = frozenset("will shall won't due scheduled expected next planned plans upcoming".split())
FUTURE_REACH = 6
_CLAUSE = re.compile(r"[.!?;]\s+|\n+")


def _without_date_days(source: str) -> str:
    return _DATE_DAY.sub(lambda m: m.group(1) or m.group(2), source)


def facts(source: str) -> list[str]:
    """The specifics of ``source``: figures (two digits or more, or with a decimal or percent),
    months and weekdays, each as a ``#``-prefixed name, and "#f" for a weekday to come. Years
    are left out (a background year is no conflict), so are the days of dates ("May 31") and
    "May" without a day (a verb too)."""
    found: dict[str, None] = {}
    dated_may = bool(_DATED_MAY.search(source))
    source = _without_date_days(source)
    for digits, percent in _NUMBER.findall(source):
        number = digits.replace(",", "")
        if _YEAR.match(number) and not percent:
            continue
        if len(number.replace(".", "")) >= 2 or "." in number or percent:
            found[f"{FACT}n{number}{percent}"] = None
    for word in _CALENDAR.findall(source):
        kind = "d" if word in _DAYS else "m"
        found[f"{FACT}{kind}{word.lower()}"] = None
    if dated_may:
        found[f"{FACT}mmay"] = None
    for day in future_weekdays(source):
        found[f"{FACT}f{day}"] = None
    return list(found)


def future_weekdays(source: str) -> list[str]:
    """The weekdays of ``source`` told as days to come (see ``_FUTURE``), lower-cased."""
    found: dict[str, None] = {}
    for clause in _CLAUSE.split(source):
        words = re.findall(r"[A-Za-z']+", clause)
        for i, word in enumerate(words):
            if word not in _DAYS:
                continue
            for before in reversed(words[max(0, i - FUTURE_REACH - 1):i]):
                if before in _DAYS:
                    break
                lower = before.lower()
                if lower in _FUTURE or lower.endswith("'ll"):
                    found[word.lower()] = None
                    break
    return list(found)


# What news counts and reports again as the count changes: casualties, arrests, the missing, the
# displaced (general English; the first word of each group names the group).
_COUNTED_WORDS = {
    "dead": "dead death deaths died die dies dying kill kills killed killing toll fatalities bodies lives",
    "injured": "injured injuring injures injury injuries wounded wounding wounds hurt hospitalised hospitalized",
    "arrested": "arrested arrest arrests arresting detained detaining detention detentions detainees custody "
                "jailed",
    "missing": "missing unaccounted",
    "displaced": "displaced evacuated evacuees homeless fled refugees",
    "rescued": "rescued survivors",
    "cases": "cases infected infections",
}
_COUNTED = {word: noun for noun, words in _COUNTED_WORDS.items() for word in words.split()}
_SENTENCES = re.compile(r"[.!?;:]\s+|\n+")
_WORD = re.compile(r"[A-Za-z]+|\d[\d,]*(?:\.\d+)?%?")
COUNT_REACH = 12  # words between a figure and what it counts, at most ("the number of people
#                   known to have died when a ferry capsized on Lake Kivu rose to 78")
AFTER_REACH = 3  # "210 people had been arrested"


def counted(source: str) -> list[str]:
    """The figures of ``source`` (as ``facts`` finds them: whole numbers of two digits or more)
    with what they count, "noun:figure": the nearest counted word of the same sentence ("killing
    at least 23 people" dead:23, "210 people had been arrested" arrested:210, "the death toll
    rose to 41" dead:41); on a tie the word before ("killed 23 and wounded 40")."""
    found: dict[str, None] = {}
    for sentence in _SENTENCES.split(_without_date_days(source)):
        words = _WORD.findall(sentence)
        nouns = [(i, _COUNTED[w.lower()]) for i, w in enumerate(words) if w.lower() in _COUNTED]
        if not nouns:
            continue
        for i, word in enumerate(words):
            number = word.replace(",", "")
            if not number.isdigit() or len(number) < 2 or _YEAR.match(number):
                continue
            # The subject or verb before it ("the death toll rose to 41", "killing at least 23"),
            # or a word right after it ("41 dead", "210 people had been arrested"); a word
            # further on counts only when nothing comes before ("17 ... treated for injuries").
            near = [(i - j, 0, noun) for j, noun in nouns if j < i and i - j - 1 <= COUNT_REACH]
            near += [(j - i, 1, noun) for j, noun in nouns if j > i and j - i - 1 <= AFTER_REACH]
            if not near:
                near = [(j - i, 1, noun) for j, noun in nouns if j > i and j - i - 1 <= COUNT_REACH]
            if near:
                found[f"{min(near)[2]}:{int(number)}"] = None
    return [f"{FACT}c{item}" for item in found]


__all__ = ["FACT", "FEATURES", "PairModel", "Profile", "counted", "facts", "future_weekdays", "pair_features", "pair_log_odds", "pair_model",
           "profile"]
