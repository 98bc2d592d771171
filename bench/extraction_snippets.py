"""A check set never used for tuning: trafilatura's own evaluation pages (must / must-not snippets).

../shared/data/extraction/trafilatura-eval: 990 pages (mostly German, news, blogs, company
pages) with text snippets the extracted body must contain ("with") and must not contain
("without"). The metric is upstream's (tests/eval_common.py): each snippet is a true/false
positive/negative by whitespace-normalised substring search; precision, recall, F1 and
accuracy over all snippets. eventwire's block model and rules never saw these pages, so this
says how they carry over to other sites and languages. Writes
bench/results/extraction_snippets.json.

    PYTHONPATH=src python bench/extraction_snippets.py [--every N] [--extractors eventwire]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import time
from pathlib import Path

from eventwire.eval.extraction import EXTRACTORS, GoldPage

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "extraction" / "trafilatura-eval"


def _norm(text: str) -> str:
    return " ".join(text.split())


def score(items: list[tuple[str, dict]], extractor: str) -> dict:
    tp = fn = fp = tn = 0
    for url, item in items:
        path = DATA / "html" / (item["file"] if item["file"].endswith(".gz") else item["file"] + ".gz")
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        text = _norm(EXTRACTORS[extractor](GoldPage(url, html, url, "")).text)
        for snippet in item.get("with", []):
            tp, fn = (tp + 1, fn) if _norm(snippet) in text else (tp, fn + 1)
        for snippet in item.get("without", []):
            fp, tn = (fp + 1, tn) if _norm(snippet) in text else (fp, tn + 1)
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {
        "pages": len(items),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall) if precision + recall else 0.0, 4),
        "accuracy": round((tp + tn) / max(1, tp + tn + fp + fn), 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, help="score every Nth page (id order)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "extraction_snippets.json")
    parser.add_argument("--extractors", default="eventwire,trafilatura", help="comma-separated: eventwire, trafilatura")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    if not (DATA / "evaldata.json").is_file():
        print(f"skip: {DATA} not found", file=sys.stderr)
        return 0
    items = sorted(json.loads((DATA / "evaldata.json").read_text("utf-8")).items())[:: args.every]
    results = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "data": "../shared/data/extraction/trafilatura-eval", "sets": {}}
    for extractor in args.extractors.split(","):
        results["sets"][extractor] = score(items, extractor)
        print(extractor, results["sets"][extractor], file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
