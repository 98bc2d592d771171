"""What the story clusterer compares: an article's embedding, terms and names.

- ``embedding``: MiniLM (384-d, L2-normalised) of the title and lead: what the article is about.
- ``terms``: hashed word counts of title and text; weighted by IDF over the stored articles,
  they tell two articles that share their rare words from two that share a theme.
- ``names``: proper names (capitalised word runs) and numbers with their unit: who and what
  exactly. Two similar but different events (two earthquakes, two celebrities in rehab)
  differ here while their embeddings look alike.

The article stage ``embed`` computes all three in the worker processes (the model is loaded
once per worker), so the single writer only compares.
"""

from __future__ import annotations

import re
import zlib
from importlib import resources
from typing import Any

import numpy as np

from eventwire.extract.dateline import without_dateline
from eventwire.stages import ArticleWork, stage
from eventwire.stories.pairs import FACT, counted, facts

LEAD_WORDS = 60  # the lead embedded with the title: MiniLM reads 256 word pieces at most
TERM_BUCKETS = 1 << 20
TERM_TEXT_CHARS = 6000  # terms come from the title and the first few paragraphs
MAX_NAMES = 60
MAX_FACTS = 30
FACT_WORDS = 50  # figures and dates come from the title and this many words: the headline specifics

# Words of three letters or more, and numbers: a figure ("6.1", "300") is a strong same-event
# sign (measured on NeuS train: keeping numbers lifted the TF-IDF pair AP from 0.744 to 0.760).
_TOKEN = re.compile(r"[a-z][a-z'\-]{2,}|\d[\d,.]*\d|\d")
STEM_CHARS = 7  # words are cut to 7 letters after a plural "s": a crude stemmer (AP 0.760 -> 0.769)
# A run of capitalised words ("Tara Reid", "Promises Treatment Center"), possibly joined by "of".
_NAME = re.compile(r"\b[A-Z][\w'\-]*[a-z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*[a-z][\w'\-]*)*")
_NUMBER = re.compile(r"\b(\d[\d,.]*)\s+([a-z]{3,})")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# The same, after an opening quote or bracket too ('"Most of the wounded...': Most is a town).
_OPENER = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[\"'“‘(\[]*$")
_POSSESSIVE = re.compile(r"['’]s$")


def _stopwords() -> frozenset[str]:
    # scikit-learn's list, shipped as a file: importing sklearn cost each worker ~1.5 CPU-s.
    text = resources.files("eventwire").joinpath("data/stories/stopwords_en.txt").read_text("utf-8")
    words = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(words) | {"said", "says", "told", "would", "could", "also", "new", "year"}


_STOP: frozenset[str] | None = None
# Capitalised words that are names in no story: days, months, titles, sentence openers.
_NOT_NAMES = frozenset(
    "the a an in on at for but and or if as it he she they we i this that these those his her "
    "their our its there here when while after before with from by to of monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december mr mrs ms dr president minister "
    "said says according".split()
)


def lead(text: str, words: int = LEAD_WORDS) -> str:
    """The first ``words`` words of ``text``."""
    return " ".join(text.split()[:words])


def own_text(title: str | None, text: str) -> str:
    """``text``, or nothing when it only repeats the title (a record that is its headline alone:
    the title is counted once, as for a record with no text)."""
    return "" if title and text.strip() == title.strip() else text


def embedding_text(title: str | None, text: str) -> str:
    """Title and lead, the text that is embedded."""
    title = (title or "").strip()
    body = lead(own_text(title, text))
    return f"{title}. {body}" if title and body else title or body


def stem(token: str) -> str:
    """A crude stem: "protesters" and "protest" meet, "governments" and "government" too."""
    if token[0].isdigit():
        return token
    if len(token) > 4 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    return token[:STEM_CHARS]


def _buckets(source: str) -> list[int]:
    global _STOP
    if _STOP is None:
        _STOP = _stopwords()
    return [zlib.crc32(stem(token).encode("utf-8")) % TERM_BUCKETS
            for token in _TOKEN.findall(source.lower()) if token not in _STOP]


def lead_terms(title: str | None, text: str) -> tuple[list[int], list[int], list[str]]:
    """What the title and lead (the embedded text, without its dateline: where and when it was
    filed) are about: their term buckets other than place names, the place names' buckets, and
    the countries those places lie in (ISO3), each sorted.

    The terms feed the "rarest shared word" of a pair (stories.pairs). Between dated reports of
    the same days the place names are left out of it: a place is where many stories happen, so
    two reports from Nairobi on one day share "Nairobi" whether or not they tell of one event,
    and in a small store every place name is as rare as a word can be. Undated, a rare shared
    place says more (NeuS: leaving places out cost val pairwise F1 0.807 -> 0.796).
    """
    body = lead(without_dateline(text))
    words, countries = places(body)
    place_buckets = {bucket for word in words for bucket in _buckets(word)}
    terms = set(_buckets(f"{title or ''}. {body}"))
    return sorted(terms - place_buckets), sorted(terms & place_buckets), sorted(countries)


def places(text: str) -> tuple[set[str], set[str]]:
    """The words of ``text`` that name places, and the countries (ISO3) of those places.

    A place is a capitalised word (or run of them) inside a sentence that the gazetteer knows
    as a country, a first-level division or a city of 15,000 or more (every country a name may
    be in: "Georgia" is two). Titles are left out: they capitalise every word, and "Police" is
    a town in Poland.
    """
    from eventwire.geo.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    found: set[str] = set()
    countries: set[str] = set()
    for match in _NAME.finditer(text):
        words = [_POSSESSIVE.sub("", word) for word in match.group(0).split()]
        if len(words) == 1 and _OPENER.search(text[: match.start()]):
            continue
        whole = _place_countries(gazetteer, " ".join(words), admin1=True)
        if whole:
            found.update(words)
            countries |= whole
            continue
        # Alone, a city or a region; within a longer name only a country ("Kenya Red Cross"),
        # not "North" of "North Kivu" or the city in "Lady Reading Hospital".
        for word in words:
            within = _place_countries(gazetteer, word, admin1=len(words) == 1, city=len(words) == 1)
            if within:
                found.add(word)
                countries |= within
    return found, countries


def _place_countries(gazetteer: Any, name: str, admin1: bool, city: bool = True) -> set[str]:
    return {
        entry.place.country for entry in gazetteer.lookup(name)
        if entry.place.country and (
            entry.place.kind == "country" or admin1 and entry.place.kind == "admin1"
            or city and entry.place.kind == "city" and entry.primary
            and (entry.place.population >= 15000 or entry.place.capital))
    }


def term_counts(title: str | None, text: str) -> dict[int, float]:
    """Sublinear term frequencies of title (twice: it is the densest signal) and text, hashed."""
    counts: dict[int, int] = {}
    for bucket in _buckets(f"{title or ''} {title or ''} {text[:TERM_TEXT_CHARS]}"):
        counts[bucket] = counts.get(bucket, 0) + 1
    return {b: 1.0 + float(np.log(n)) for b, n in counts.items()}


def names(title: str | None, text: str, actor_codes: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Proper names and numbered quantities of title and lead, lower-cased, in order of first use,
    then the specifics it mentions (``stories.pairs.facts``)."""
    source = f"{title or ''}. {lead(text, 150)}"
    found: dict[str, None] = {}
    for match in _NAME.finditer(source):
        words = [w for w in match.group(0).split() if w.lower() not in _NOT_NAMES]
        if not words:
            continue
        # A lone capitalised word opening a sentence is usually not a name.
        if len(words) == 1 and _SENTENCE_START.search(source[: match.start()]):
            continue
        found[" ".join(words).lower()] = None
    for number, unit in _NUMBER.findall(source):
        found[f"{number.rstrip('.,')} {unit}"] = None
    for code in actor_codes:
        found[f"actor:{code}"] = None
    # The specifics (figures, years, months, weekdays) ride along, "#"-prefixed (stories.pairs).
    # A dateline's day of the month is the publication date, not a figure of the story: it
    # would make the next day's report "conflict" with this one.
    source = f"{title or ''}. {lead(without_dateline(text), FACT_WORDS)}"
    specifics = facts(source)[:MAX_FACTS] + counted(source)[:MAX_FACTS]
    topic, place_buckets, countries = lead_terms(title, text)
    specifics += [f"{FACT}k{b}" for b in topic] + [f"{FACT}p{b}" for b in place_buckets]
    specifics += [f"{FACT}g{code}" for code in countries]
    return list(found)[:MAX_NAMES] + specifics


def article_features(title: str | None, text: str, actor_codes: list[str] | tuple[str, ...] = ()) -> dict[str, Any]:
    """Terms and names of one article (the embedding is computed in batches, see ``encode``)."""
    text = own_text(title, text)
    return {"terms": term_counts(title, text), "names": names(title, text, actor_codes)}


def encode(texts: list[str]) -> np.ndarray:
    """L2-normalised MiniLM embeddings, one row per text (the shared encoder, loaded once)."""
    from eventwire.embed import encode as shared_encode

    return shared_encode(texts)


def _actor_codes(work: ArticleWork) -> list[str]:
    codes = []
    for actor in (work.actors or {}).values():
        code = getattr(actor, "code", None)
        if code:
            codes.append(code)
    return codes


@stage("embed", reads=("article",), writes=("extras",), batch=True)
def embed_stage(works: list[ArticleWork], settings: Any) -> None:
    """Put each article's embedding, terms and names into ``work.extras`` for the clusterer.

    One encoder call for the whole batch: a call's fixed cost (reading the weights) is about
    that of encoding one title and lead.
    """
    works = [work for work in works if work.article is not None]
    vectors = encode([embedding_text(work.article.title, work.article.text) for work in works])
    for work, vector in zip(works, vectors, strict=True):
        work.extras["embedding"] = vector
        work.extras.update(article_features(work.article.title, work.article.text, _actor_codes(work)))


__all__ = ["article_features", "embed_stage", "embedding_text", "encode", "names", "stem", "term_counts"]
