"""Dask runner vs the local process pool: whole pipeline on bench/pipeline.py's generated pages.

Usage: python bench/scale.py [--articles 40] [--workers 2]
Writes bench/results/scale.json: seconds and articles/s for the pool and for ``--dask local``
(a LocalCluster of --workers processes, one thread each), on the same pages, and whether both
stored the same articles, stories and events. Each mode starts its own workers, so the figures
include worker start-up and model loading; ``articles_per_s_steady`` counts from the 10th
percentile finish, when every worker has its models.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import write_pages  # noqa: E402 - bench/ is not a package


def _stored(db: str) -> dict[str, object]:
    from eventwire.store import open_store

    store = open_store(db, readonly=True)
    try:
        articles = [(a["doc_id"], a["id"], a["duplicate_of"], a["story_id"]) for a in store.iter_articles()]
        events = sorted((e.id, e.num_mentions) for e in store.iter_events())
        return {"articles": articles, "events": events, "counts": store.counts()}
    finally:
        store.close()


def _time_run(pages: Path, db: str, workers: int, dask: str) -> tuple[dict[str, object], dict[str, object]]:
    from eventwire.pipeline import run
    from eventwire.settings import load_settings

    settings = load_settings(db=db, workers=workers, quiet=True, dask=dask)
    done: list[float] = []
    start = time.perf_counter()
    summary = run([str(pages)], settings, on_progress=lambda _name: done.append(time.perf_counter()))
    elapsed = time.perf_counter() - start
    warm = done[len(done) // 10] if len(done) > 10 else start
    steady = (len(done) - len(done) // 10) / max(elapsed - (warm - start), 1e-9)
    figures = {
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(done) / elapsed, 2),
        "articles_per_s_steady": round(steady, 2),
        "stored_articles": summary.new_articles,
        "stories": summary.stories,
        "events": summary.events,
        "failed": len(summary.failed),
    }
    return figures, _stored(db)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", default=str(Path(__file__).parent / "results" / "scale.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        write_pages(pages, args.articles)
        pool, pool_stored = _time_run(pages, str(Path(tmp) / "pool.db"), args.workers, "")
        dask, dask_stored = _time_run(pages, str(Path(tmp) / "dask.db"), args.workers, "local")
    result = {
        "what": "whole pipeline, HTML page -> events stored: process pool vs --dask local",
        "articles": args.articles,
        "words_per_article": 600,
        "workers": args.workers,
        "cores": os.cpu_count(),
        "pool": pool,
        "dask_local": dask,
        "same_results": pool_stored == dask_stored,
        "note": "both include worker start-up and model loading; steady counts from the 10th "
                "percentile finish. Measured on a 2-core machine shared with other jobs: compare "
                "the two modes with each other, not with other runs.",
        "python": sys.version.split()[0],
        "machine": platform.machine(),
    }
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
