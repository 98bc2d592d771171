"""Article extraction on the dev gold sets: eventwire against trafilatura's defaults.

Runs ``eventwire.eval.extraction`` on the ScrapingHub pages and the WCXB dev articles
(default paths under ../shared/data/extraction; a missing set is skipped) and writes
bench/results/extraction.json. The title, date and author rules were tuned on the even
pages (by position in id order); the odd pages are the held-out half. The shipped block
model is trained on all dev pages, so body figures must come from cross-validation:
with ``--folds DIR`` (fold models from ``bench/train_extract.py --split all --cv 4 --folds
DIR``) each page is read by the fold model that never saw it. Speed is extraction time
only, one process: run it on a quiet machine.

    PYTHONPATH=src python bench/extraction.py [--out FILE] [--data DIR] [--folds DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import time
from pathlib import Path

from eventwire.eval.extraction import evaluate_extraction

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "extraction"
SETS = {"scrapinghub": "scrapinghub", "wcxb_dev": "wcxb/dev"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "extraction.json")
    parser.add_argument("--extractors", default="eventwire,trafilatura")
    parser.add_argument(
        "--folds", type=Path, help="folder of fold models from bench/train_extract.py --cv K --folds DIR: body figures out-of-fold"
    )
    args = parser.parse_args(argv)
    folds = sorted(args.folds.glob("fold*of*.json")) if args.folds else None
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)

    results: dict = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "python": platform.python_version(),
        # CPU seconds stretch when other jobs share the cores: the load says how busy they were
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "split": (
            f"body: {len(folds)}-fold cross-validation over all dev pages (page at position i in id order read by "
            f"the block model trained without the pages at positions i mod {len(folds)}); the shipped model is "
            "trained on all pages. Title, date and author rules were tuned on even positions; odd positions are held out"
            if folds
            else "tuned on even positions (id order); odd positions are held out"
        ),
        "body_metric": "ScrapingHub shingles (lowercased word 4-grams); f1 = F1 of mean P and mean R",
        "sets": {},
    }
    for name, rel in SETS.items():
        path = args.data / rel
        if not path.is_dir():
            print(f"skip {name}: {path} not found", file=sys.stderr)
            continue
        results["sets"][name] = {}
        for extractor in args.extractors.split(","):
            metrics = evaluate_extraction(str(path), extractor=extractor, by_split=True, folds=folds)
            metrics["path"] = str(Path("..", "shared", "data", "extraction", rel))
            results["sets"][name][extractor] = metrics
            body = metrics["body"]
            print(f"{name:12} {extractor:12} F1={body['f1']:.4f} P={body['precision']:.4f} R={body['recall']:.4f} "
                  f"odd F1={metrics['odd']['body']['f1']:.4f} {metrics['pages_per_second']} pages/s (wall), "
                  f"{metrics['pages_per_cpu_second']} pages per CPU second", file=sys.stderr)
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
