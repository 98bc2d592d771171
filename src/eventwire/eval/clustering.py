"""Scores for story clustering: pairwise and BCubed precision, recall and F1.

``evaluate_clustering`` reads JSONL with a gold ``story`` field (and ``title``, ``text``,
optionally a date, read as ``eventwire run`` reads it (``date``, ``published``...), and
``split``), runs the online clusterer over a fresh in-memory store in the order ``eventwire run``
reads a JSONL file's records (by date; an undated record after the record it follows:
``sources.jsonl_order``) and compares its stories with the gold ones. Pairwise scores count document pairs put together (the news-stream clustering metric);
BCubed scores average per document.

When the records carry a ``split`` (NeuS: train / val), each split is also clustered as a
stream of its own and scored; otherwise the stories are halved by a hash of their id
(``tune`` / ``heldout``) so that a held-out figure exists for every set.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.records import stable_id
from eventwire.sources.jsonl import record_date, record_day
from eventwire.sources.jsonl_order import date_order


def pairwise_scores(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> dict[str, float]:
    """Precision, recall and F1 over the pairs of items put in one cluster."""
    cells = Counter(zip(gold, predicted, strict=True))

    def pairs(counts: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    together = pairs(cells)
    predicted_pairs, gold_pairs = pairs(Counter(predicted)), pairs(Counter(gold))
    precision = together / predicted_pairs if predicted_pairs else 1.0
    recall = together / gold_pairs if gold_pairs else 1.0
    return _prf(precision, recall)


def bcubed_scores(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> dict[str, float]:
    """BCubed precision, recall and F1 (averaged over items)."""
    if not gold:
        return _prf(1.0, 1.0)
    cells = Counter(zip(gold, predicted, strict=True))
    gold_sizes, predicted_sizes = Counter(gold), Counter(predicted)
    precision = sum(cells[(g, p)] / predicted_sizes[p] for g, p in zip(gold, predicted, strict=True)) / len(gold)
    recall = sum(cells[(g, p)] / gold_sizes[g] for g, p in zip(gold, predicted, strict=True)) / len(gold)
    return _prf(precision, recall)


def _prf(precision: float, recall: float) -> dict[str, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def read_records(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _check_gold(records: list[Any]) -> None:
    """A ValueError naming the first record without a gold 'story': found before the encoder
    spends minutes embedding them."""
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict) or record.get("story") in (None, ""):
            raise ValueError(f"record {number} has no 'story' (its gold story id); a record is "
                             '{"id", "title", "text", "date"?, "story"}')


def stream_order(records: list[dict[str, Any]]) -> list[int]:
    """The order ``eventwire run`` reads these records in from a JSONL file: by date (stable),
    an undated record right after the record it follows; all undated, input order."""
    return date_order(record_day(r) for r in records).tolist()


def cluster_records(
    records: list[dict[str, Any]], embeddings: np.ndarray, params: Any = None, model: Any = None
) -> tuple[list[str], float]:
    """Story ids for ``records`` from the online clusterer (in stream order), and its seconds.

    ``model``: a pair model other than the shipped one (cross-validation).
    """
    from eventwire.store import open_store
    from eventwire.stories.cluster import StoryIndex
    from eventwire.stories.features import article_features

    store = open_store(":memory:")
    try:
        index = StoryIndex(store, params, model)
        features = [article_features(r.get("title"), r.get("text") or "") for r in records]
        assigned: dict[int, str] = {}
        start = time.perf_counter()
        for i in stream_order(records):
            story, _ = index.assign(
                str(records[i].get("id", i)), embeddings[i], features[i]["terms"], features[i]["names"],
                record_day(records[i]),
            )
            assigned[i] = story
        seconds = time.perf_counter() - start
    finally:
        store.close()
    return [assigned[i] for i in range(len(records))], seconds


def score(records: list[dict[str, Any]], embeddings: np.ndarray, params: Any = None) -> dict[str, Any]:
    """Cluster ``records`` as one stream and score it against their ``story`` field."""
    predicted, seconds = cluster_records(records, embeddings, params)
    gold = [str(r["story"]) for r in records]
    return {
        "articles": len(records),
        "gold_stories": len(set(gold)),
        "stories": len(set(predicted)),
        "pairwise": pairwise_scores(gold, predicted),
        "bcubed": bcubed_scores(gold, predicted),
        "articles_per_s": round(len(records) / seconds, 1) if seconds else None,
    }


def _parts(records: list[dict[str, Any]]) -> dict[str, list[int]]:
    if any(r.get("split") for r in records):
        names = sorted({r.get("split") or "none" for r in records})
        return {n: [i for i, r in enumerate(records) if (r.get("split") or "none") == n] for n in names}
    half = {i: "heldout" if int(stable_id(r["story"]), 16) % 2 else "tune" for i, r in enumerate(records)}
    return {n: [i for i in half if half[i] == n] for n in ("tune", "heldout")}


def evaluate_clustering(path: str | Path, *, embeddings: np.ndarray | None = None, params: Any = None) -> dict[str, Any]:
    """Pairwise and BCubed P/R/F1 of the online clusterer on one gold JSONL file.

    ``embeddings`` (one row per record, in file order) skips the encoder, for tuning loops.
    """
    from eventwire.stories.features import embedding_text, encode

    records = read_records(path)
    if not records:
        raise ValueError("no gold records")  # scores of nothing would read as a perfect 1.0
    _check_gold(records)
    start = time.perf_counter()
    if embeddings is None:
        embeddings = encode([embedding_text(r.get("title"), r.get("text") or "") for r in records])
    embed_seconds = time.perf_counter() - start
    result = score(records, embeddings, params)
    result["embedding_articles_per_s"] = round(len(records) / embed_seconds, 1) if embed_seconds > 0.01 else None
    result["dated"] = bool(records) and all(record_date(r) for r in records)
    result["parts"] = {
        name: score([records[i] for i in idx], embeddings[idx], params)
        for name, idx in _parts(records).items()
    }
    return result


__all__ = ["bcubed_scores", "cluster_records", "evaluate_clustering", "pairwise_scores", "read_records",
           "stream_order"]
