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
from eventwire.stories.pairs import FACT, facts

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


def embedding_text(title: str | None, text: str) -> str:
    """Title and lead, the text that is embedded."""
    title = (title or "").strip()
    body = lead(text)
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


def lead_terms(title: str | None, text: str) -> list[int]:
    """The term buckets of the title and lead (the embedded text), sorted."""
    return sorted(set(_buckets(embedding_text(title, text))))


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
    specifics = facts(f"{title or ''}. {lead(without_dateline(text), FACT_WORDS)}")[:MAX_FACTS]
    specifics += [f"{FACT}k{b}" for b in lead_terms(title, text)]
    return list(found)[:MAX_NAMES] + specifics


def article_features(title: str | None, text: str, actor_codes: list[str] | tuple[str, ...] = ()) -> dict[str, Any]:
    """Terms and names of one article (the embedding is computed in batches, see ``encode``)."""
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
