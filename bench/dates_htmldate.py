"""Publication dates on htmldate's own evaluation pages: eventwire against htmldate's defaults.

    PYTHONPATH=src python bench/dates_htmldate.py [--data DIR] [--out FILE]

A second date set nobody tuned eventwire's rules on (they were tuned on the even WCXB dev
pages): htmldate's 1,000 dated pages (``../shared/data/extraction/htmldate-eval``: 800 of the
BBAW collection, mostly German blogs and sites, and 200 world news pages of 2020). Gold is a day.
htmldate was developed on these pages, so its figure is flattering.

The multilingual date forms and labels of ``extract/dates.py`` were written from misses on the
even positions (file order) of both sets; the odd positions are held out. Per set and half:
``accuracy`` (the right day over all pages), ``answered`` (share of pages given a date)
and ``precision`` (right among answered: eventwire gives no date rather than a guess, so a miss
may be a page left undated). eventwire reads the date as ``extract_html`` does, on every page,
including pages it would refuse as having no article (listings, home pages).

Writes bench/results/dates_htmldate.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "extraction" / "htmldate-eval"
SETS = {"bbaw_default": "eval_default.json", "mediacloud_2020": "eval_mediacloud_2020.json"}


def pages(data: Path, gold_file: str) -> list[tuple[str, str, str]]:
    """(url, html, gold day) of one gold file; pages whose file is missing or whose gold is no
    date (NaN: 5 of the news pages) are skipped."""
    found = {p.name.removesuffix(".gz"): p for p in (data / "html").glob("*/*.gz")}
    out = []
    for url, entry in json.loads((data / gold_file).read_text("utf-8")).items():
        path = found.get(entry["file"])
        if path is None or not isinstance(entry["date"], str):
            continue
        raw = gzip.decompress(path.read_bytes())
        out.append((url, raw.decode("utf-8", errors="replace"), entry["date"]))
    return out


def eventwire_date(html: str, url: str) -> datetime | None:
    """The date as eventwire's HTML extraction reads it (extract/html.py), article or not."""
    from eventwire.extract import metadata as md
    from eventwire.extract.body import parse
    from eventwire.extract.dates import find_published

    tree = parse(html)
    if tree is None:
        return None
    meta = md.meta_values(tree)
    objects = md.jsonld_objects(tree)
    articles = md.jsonld_articles(objects)
    url = url or (meta.get("og:url") or [None])[0]
    outlet = md.find_outlet(meta, articles) or md.domain_of(url)
    site_names = [n for n in (outlet, md.domain_of(url), *(meta.get("og:site_name") or [])) if n]
    title = md.find_title(tree, meta, articles, site_names)
    return find_published(tree, meta, objects, articles, url, title=title)


def htmldate_date(html: str, url: str) -> datetime | None:
    """htmldate's defaults (extensive search on, original date off), as trafilatura calls it."""
    from htmldate import find_date

    found = find_date(html, url=url)
    return datetime.fromisoformat(found) if found else None


def score(items: list[tuple[str, str, str]], reader) -> dict:  # noqa: ANN001 - a date reader
    right = answered = 0
    cpu = time.process_time()
    for url, html, gold in items:
        try:
            value = reader(html, url)
        except Exception:  # a reader failing on a page counts as no date
            value = None
        if value is not None:
            answered += 1
            right += value.date().isoformat() == gold[:10]
    cpu = time.process_time() - cpu
    n = len(items)
    return {
        "pages": n,
        "accuracy": round(right / n, 4) if n else None,
        "answered": round(answered / n, 4) if n else None,
        "precision": round(right / answered, 4) if answered else None,
        "pages_per_cpu_second": round(n / cpu, 1) if cpu else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "dates_htmldate.json")
    args = parser.parse_args(argv)
    if not (args.data / "html").is_dir():
        print(f"bench/dates_htmldate.py: no htmldate evaluation pages in {args.data}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.ERROR)
    warnings.filterwarnings("ignore")
    results: dict = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "data": str(args.data),
        "metric": "same day as the gold; accuracy over all pages, precision over pages given a date",
        "sets": {},
    }
    for name, gold_file in SETS.items():
        items = pages(args.data, gold_file)
        halves = {"all": items, "even": items[0::2], "odd": items[1::2]}
        results["sets"][name] = {
            reader: {half: score(chosen, func) for half, chosen in halves.items()}
            for reader, func in (("eventwire", eventwire_date), ("htmldate_defaults", htmldate_date))
        }
        print(name, json.dumps(results["sets"][name]), file=sys.stderr)
    args.out.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
