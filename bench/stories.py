"""Corpus stages at scale: articles/s added incrementally with 100k articles already stored.

Usage: PYTHONPATH=src python bench/stories.py [--stored 100000] [--added 3000] [--quality [--cache DIR]]
       PYTHONPATH=src python bench/stories.py --quality-only [--cache DIR]   (speed figures kept)
Writes bench/results/stories.json. Bar (issue 5): the clustering step >= 200 articles/s with
100k articles stored, memory bounded by the window.

Articles are generated: stories of 1-6 articles spread over 200 days (500 a day), each article
~120 words drawn from its story's own words and a shared vocabulary, its embedding its story's
centre plus noise (embeddings come from the per-article stages, not timed here), and a few
exact and near copies.

``--quality`` also scores the clusterer on the gold sets (``eval.clustering.evaluate_clustering``,
MiniLM title + lead embeddings, kept in ``--cache``): NeuS val and train (one stream each), the
held-out and tune halves of AllSides and ECB+; the cross-validated train-stream figure comes
from the pair model file (bench/train_stories.py --cv). The previous file's quality is kept as
``before_this_change``. The store is filled through the real corpus stages (dedup, stories,
merge) and ``store.add_article``, committed and reopened (a later run: a fresh index), then
``--added`` more articles are timed through the same stages.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire.records import Actor, Article, Document, Event, Mention, content_hash  # noqa: E402
from eventwire.stages import ArticleWork  # noqa: E402
from eventwire.store import open_store  # noqa: E402
from eventwire.stories.assign import stories_stage, story_index  # noqa: E402
from eventwire.stories.dedup import dedup_stage  # noqa: E402
from eventwire.stories.features import article_features  # noqa: E402
from eventwire.stories.merge import merge_stage  # noqa: E402

START = datetime(2024, 1, 1, tzinfo=UTC)
PER_DAY = 500


def _word(i: int) -> str:
    letters = ""
    for _ in range(4):
        i, r = divmod(i, 26)
        letters += chr(97 + r)
    return "q" + letters


VOCAB = [_word(i) for i in range(20000)]
CODES = ["USA", "CHN", "RUS", "UKR", "IGONAT", "FRA", "DEU", "GBR", "IRN", "ISR"]


def generate(n: int, seed: int, offset: int):
    """``n`` ArticleWorks in date order (story centres and words from ``seed``)."""
    rng = np.random.default_rng(seed)
    made = 0
    story = 0
    while made < n:
        story += 1
        centre = rng.normal(size=384).astype(np.float32)
        words = rng.choice(len(VOCAB), size=30, replace=False)
        size = int(rng.integers(1, 7))
        day = START + timedelta(days=(offset + made) / PER_DAY)
        previous = None
        for k in range(min(size, n - made)):
            if previous is not None and rng.random() < 0.05:
                text = previous  # an exact copy from another outlet
            else:
                own = rng.choice(words, size=80).tolist() + rng.choice(len(VOCAB), size=40).tolist()
                text = " ".join(VOCAB[i] for i in own) + f" story {seed}-{story} part {k}."
            previous = text
            vector = centre + 0.6 * rng.normal(size=384).astype(np.float32)
            vector /= np.linalg.norm(vector)
            published = day + timedelta(hours=float(rng.uniform(0, 20)))
            article = Article(id=content_hash(text), doc_id=f"d{seed}-{made}", text=text, outlet=f"outlet{k}",
                              title=f"Story {story} {VOCAB[words[0]]} {VOCAB[words[1]]}", published=published)
            source, target = rng.choice(CODES, size=2, replace=False)
            event = Event(source=Actor(source, code=source), target=Actor(target, code=target), type="ACCUSE",
                          date=published.date(),
                          mentions=[Mention(article.id, text[:80], 0, 80, doc_id=article.doc_id, outlet=article.outlet)])
            work = ArticleWork(document=Document(raw=b"", doc_id=article.doc_id), article=article, events=[event])
            work.extras["embedding"] = vector
            work.extras.update(article_features(article.title, text))  # the embed stage's work, in a worker
            made += 1
            yield work


def add(store, works) -> dict:
    timings = {"dedup": 0.0, "stories": 0.0, "merge": 0.0, "store": 0.0}
    count = 0
    for work in works:
        for name, func in (("dedup", dedup_stage), ("stories", stories_stage), ("merge", merge_stage)):
            t = time.perf_counter()
            func(work, store, None)
            timings[name] += time.perf_counter() - t
        t = time.perf_counter()
        store.add_article(work.article, work.events)
        timings["store"] += time.perf_counter() - t
        count += 1
    return {"articles": count, **{k: round(v, 2) for k, v in timings.items()}}


CLUSTERING = ROOT.parent / "shared" / "data" / "clustering"
SETS = {"neus": CLUSTERING / "allsides" / "neus_triples.jsonl",
        "allsides": CLUSTERING / "allsides" / "allsides_roundups_2021.jsonl",
        "ecbplus": CLUSTERING / "ecbplus" / "ecbplus_docs.jsonl"}


def quality(cache: Path | None) -> dict:
    """Pairwise and BCubed scores of the clusterer on each part of the gold sets."""
    from importlib import resources

    from eventwire.eval.clustering import evaluate_clustering, read_records
    from eventwire.stories.features import embedding_text, encode

    out: dict = {}
    for name, path in SETS.items():
        vectors_path = cache / f"{name}_all_embeddings.npy" if cache else None
        if vectors_path is not None and vectors_path.exists():
            vectors = np.load(vectors_path)
        else:
            vectors = encode([embedding_text(r.get("title"), r.get("text") or "") for r in read_records(path)])
            if vectors_path is not None:
                np.save(vectors_path, vectors)
        result = evaluate_clustering(path, embeddings=vectors)
        for part, scores in result["parts"].items():
            out[f"{name}_{part}"] = {k: scores[k] for k in ("pairwise", "articles", "gold_stories", "stories")}
            out[f"{name}_{part}"]["bcubed_f1"] = scores["bcubed"]["f1"]
        if name != "neus":
            out[f"{name}_all"] = {"pairwise": result["pairwise"], "bcubed_f1": result["bcubed"]["f1"]}
    model = json.loads(resources.files("eventwire").joinpath("data/stories/pair_model.json").read_text())
    out["neus_train_streams_cross_validated"] = {"pairwise": model.get("held_out_streams_pairwise"),
                                                 "how": model.get("held_out_streams")}
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--added", type=int, default=3000)
    parser.add_argument("--quality", action="store_true", help="also score the clusterer on the gold sets")
    parser.add_argument("--cache", type=Path, help="folder for the gold sets' embeddings")
    parser.add_argument("--quality-only", action="store_true",
                        help="only rescore the gold sets; the speed figures of the results file stay")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "stories.json")
    args = parser.parse_args()
    if args.quality_only:
        result = json.loads(args.out.read_text())
        result["quality"] = _quality_part(result.get("quality", {}), args.cache)
        args.out.write_text(json.dumps(result, indent=2) + "\n")
        print(json.dumps(result["quality"], indent=2))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.db")
        store = open_store(path)
        t = time.perf_counter()
        fill = add(store, generate(args.stored, seed=1, offset=0))
        store.commit()
        fill_seconds = time.perf_counter() - t
        store.close()

        store = open_store(path)  # a later run: the index starts from the store
        t = time.perf_counter()
        index = story_index(store)
        open_seconds = time.perf_counter() - t
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        works = list(generate(args.added, seed=2, offset=args.stored))
        t = time.perf_counter()
        added = add(store, works)
        store.commit()
        seconds = time.perf_counter() - t
        in_memory = len(index.stories)
        stored_stories = store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        store.close()
    corpus = added["dedup"] + added["stories"] + added["merge"]
    result = {
        "bench": "stories corpus stages, incremental",
        "stored_before": args.stored,
        "added": args.added,
        "articles_per_s_clustering": round(args.added / added["stories"], 1),
        "articles_per_s_corpus_stages": round(args.added / corpus, 1),
        "articles_per_s_with_store_writes": round(args.added / seconds, 1),
        "seconds": added,
        "index_open_seconds": round(open_seconds, 2),
        "stories_in_memory_after": in_memory,
        "stories_stored": stored_stories,
        "max_rss_mb_before_adding": round(rss_before / 1024, 1),
        "max_rss_mb_after_adding": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "fill": {**fill, "seconds": round(fill_seconds, 1), "articles_per_s": round(args.stored / fill_seconds, 1)},
        "bar": ">= 200 articles/s clustering with 100k stored",
        "machine": f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}; "
                   "2 cores shared with other engineers' jobs",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    out = args.out
    previous = json.loads(out.read_text()).get("quality", {}) if out.exists() else {}
    if args.quality:
        result["quality"] = _quality_part(previous, args.cache)
    elif previous:
        result["quality"] = previous  # a speed run keeps the last quality figures
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


def _quality_part(previous: dict, cache: Path | None) -> dict:
    """The results file's ``quality``: the gold sets scored now, the previous scores kept beside."""
    previous.pop("before_this_change", None)
    return {
        "how": "eval.clustering.evaluate_clustering, MiniLM title+lead embeddings computed once; pair model "
               "(stories.pairs, data/stories/pair_model.json) fitted by bench/train_stories.py on NeuS train "
               "(8 streams of 921) plus the tune halves of AllSides and ECB+ (pair weight 0.3); ClusterParams "
               "tuned on NeuS train streams (cross-validated) and those tune halves; NeuS val and the held-out "
               "halves scored once at the end",
        **quality(cache),
        "bars": "NeuS-like held-out pairwise F1 >= 0.80; BASIL-like (full text, dated, 3 outlets) >= 0.97",
        "before_this_change": previous,
    }


if __name__ == "__main__":
    main()
