"""Near-duplicate detection: the corpus stage ``dedup``.

An exact copy has the same normalised text (content hash) as a stored article; a near copy
(a wire story republished with a new headline, a trimmed or lightly edited version) shares most
word 5-grams with one. Near copies are found with MinHash LSH (datasketch) whose band keys are
kept in SQLite, so the index survives runs and costs no memory; every candidate is confirmed on
the real shingle sets (Jaccard, or containment for a trimmed copy) before it counts.

A page stored before at the same URL (same input id) and fetched again with edited text is a
revision: a copy of its first version.

A copy keeps its own row with ``duplicate_of`` pointing at the first article of its kind: it
counts as an article, never as another source.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

import numpy as np

from eventwire.records import content_hash, normalise_text, stable_id
from eventwire.stages import ArticleWork, stage

log = logging.getLogger(__name__)

SHINGLE_WORDS = 5
NUM_PERM = 64
LSH_THRESHOLD = 0.5  # estimated Jaccard at which LSH proposes a candidate
MIN_JACCARD = 0.8  # a candidate is a near copy above this Jaccard of 5-gram sets...
MIN_CONTAINMENT = 0.9  # ...or when this share of the shorter text lies in the longer one
MIN_SHINGLES = 10  # shorter texts are compared by exact hash only: too little evidence
MAX_CANDIDATES = 20  # confirm at most this many LSH candidates (most-shared bands first)

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of word ``size``-grams of the normalised text (punctuation dropped)."""
    words = _WORD.findall(normalise_text(text))
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@lru_cache(maxsize=1)
def _lsh_params() -> tuple[int, int]:
    """(bands, rows) that datasketch chooses for the threshold and permutation count."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _minhash_template() -> Any:
    from datasketch import MinHash

    # Permutations are drawn from a fixed seed: signatures are comparable across runs.
    return MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")


def signature(grams: set[str]) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint64 values) of a shingle set."""
    from datasketch import MinHash

    template = _minhash_template()
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=template.permutations, scheme=template.scheme)
    minhash.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return minhash.hashvalues


def band_keys(hashvalues: np.ndarray) -> list[bytes]:
    """One key per LSH band, as datasketch builds them (the band's values as bytes)."""
    bands, rows = _lsh_params()
    return [bytes(hashvalues[i * rows : (i + 1) * rows].byteswap().data) for i in range(bands)]


def similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    shared = len(a & b)
    return shared / len(a | b), shared / min(len(a), len(b))


def find_exact(store: Any, text_hash: str, doc_id: str) -> str | None:
    """Id of the first stored article with this content hash (another input), if any."""
    return _first_original(store, "content_hash = ? AND doc_id != ?", (text_hash, doc_id))


def find_revision(store: Any, url: str | None, doc_id: str) -> str | None:
    """The first stored version of the page at ``url`` (same input id), if any: an outlet that
    edits an article in place (a new toll, an added paragraph) publishes a revision, not
    another article. The input id must match too: a JSONL file may give every record the same
    site URL."""
    return _first_original(store, "url = ? AND doc_id = ?", (url, doc_id)) if url else None


def _first_original(store: Any, where: str, params: tuple[str, ...]) -> str | None:
    """The original of the first stored article matching ``where``: itself, or what it copies."""
    row = store.conn.execute(
        f"SELECT id, duplicate_of FROM articles WHERE {where} ORDER BY rowid LIMIT 1", params).fetchone()
    return None if row is None else row[1] or row[0]


def find_near(store: Any, grams: set[str], keys: list[bytes]) -> tuple[str, float] | None:
    """(original id, Jaccard) of the stored article this one nearly copies, if any."""
    counts: dict[str, int] = {}
    for band, key in enumerate(keys):
        for (article_id,) in store.conn.execute(
            "SELECT article_id FROM story_dedup_bands WHERE band = ? AND key = ?", (band, key)
        ):
            counts[article_id] = counts.get(article_id, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts, key=lambda a: (-counts[a], a))[:MAX_CANDIDATES]
    best: tuple[str, float] | None = None
    for article_id in ranked:
        row = store.conn.execute(
            "SELECT text, duplicate_of FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            continue
        jaccard, containment = similarity(grams, shingles(row[0]))
        if jaccard >= MIN_JACCARD or containment >= MIN_CONTAINMENT:
            original = row[1] or article_id
            if best is None or jaccard > best[1]:
                best = (original, jaccard)
    return best


def warm(settings: Any) -> None:
    """Import datasketch (and the scipy modules it imports) and fix the LSH parameters: about
    a third of a CPU-second, that the first article would otherwise pay."""
    _lsh_params()
    _minhash_template()


@stage("dedup", reads=("article",), writes=("article",), kind="corpus", warm=warm)
def dedup_stage(work: ArticleWork, store: Any, settings: Any) -> None:
    """Mark ``work.article`` as an exact or near copy of a stored article."""
    article = work.article
    if article is None:
        return
    text_hash = content_hash(article.text)
    original = find_exact(store, text_hash, article.doc_id)
    if original is not None:
        # Same text as a stored article: the id (the content hash) is taken, so the copy
        # gets one of its own from the hash and its input's id.
        old_id, article.id = article.id, stable_id(text_hash, article.doc_id)
        article.duplicate_of = original
        for event in work.events:  # the evidence must point at the copy's own row
            for mention in event.mentions:
                if mention.article_id == old_id:
                    mention.article_id = article.id
        log.debug("%s: exact copy of %s", article.doc_id, original)
        return
    revision_of = find_revision(store, article.url, article.doc_id)
    if revision_of is not None and revision_of != article.id:
        article.duplicate_of = revision_of
        log.debug("%s: revision of %s (same URL)", article.doc_id, revision_of)
    grams = shingles(article.text)
    if len(grams) < MIN_SHINGLES:
        return
    keys = band_keys(signature(grams))
    near = find_near(store, grams, keys) if article.duplicate_of is None else None
    if near is not None and near[0] != article.id:
        article.duplicate_of = near[0]
        log.debug("%s: near copy of %s (Jaccard %.2f)", article.doc_id, near[0], near[1])
    store.conn.executemany(
        "INSERT INTO story_dedup_bands(band, key, article_id) VALUES (?, ?, ?)",
        [(band, key, article.id) for band, key in enumerate(keys)],
    )


__all__ = ["band_keys", "dedup_stage", "find_exact", "find_near", "find_revision", "shingles", "signature", "similarity"]
