"""Date and author misses on the tuning half (even positions) of WCXB dev, with what each source says.

For every even page whose gold date or author eventwire gets wrong, prints the gold, the
prediction and each date or author source's own answer, so misses can be grouped by cause.
Odd pages (the held-out half) are never read here, except by ``--check-author``, which
only counts, over all dev pages, where eventwire's copy of trafilatura's byline search
(``extract/markup_author.py``) answers differently from trafilatura's own, and by
``--sources``, which counts per half which author source answers (``authors.ORDER``: the
first that names anyone) without reading any gold of the odd pages, beside each source's
accuracy on the even pages: where the halves differ in the mix of sources that answer, and
by ``--save-answers FILE`` / ``--compare-answers FILE``, which store every page's authors
(no gold read) and count per half how many answers a change of the rules alters: how often
a rule tuned on the even pages fires on the held-out ones, without scoring them.

    PYTHONPATH=src python bench/extraction_misses.py [--what date,author] [--data DIR] [--check-author] [--sources]
        [--save-answers FILE | --compare-answers FILE]
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from eventwire.eval.extraction import author_match, date_match, load_pages

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "extraction" / "wcxb" / "dev"


def _sources(html: str, url: str | None) -> tuple[dict, dict]:
    from eventwire.extract import authors as au
    from eventwire.extract import dates as dt
    from eventwire.extract import metadata as md
    from eventwire.extract.body import parse

    tree = parse(html)
    if tree is None:
        return {}, {}
    meta = md.meta_values(tree)
    objects = md.jsonld_objects(tree)
    articles = md.jsonld_articles(objects)
    url = url or (meta.get("og:url") or [None])[0]
    date_sources = {}
    for name, func in dt.candidates(tree, meta, objects, articles, url).items():
        try:
            value = func()
        except Exception as e:  # noqa: BLE001 - a diagnostic listing
            value = f"error {e}"
        date_sources[name] = value.date().isoformat() if hasattr(value, "date") else value
    author_sources = {}
    for name in au.ORDER:
        raw = au.find_authors(tree, meta, articles, order=(name,))
        author_sources[name] = raw
    return date_sources, author_sources


def check_author(data: Path) -> int:
    """Pages where markup_author differs from trafilatura's extract_author (counts only)."""
    import time

    from trafilatura.metadata import extract_author

    from eventwire.extract.body import parse
    from eventwire.extract.markup_author import markup_author

    same = differ = 0
    ours = theirs = 0.0
    for page in load_pages(data):
        tree = parse(page.html)
        if tree is None:
            continue
        start = time.process_time()
        expected = extract_author(tree)
        middle = time.process_time()
        got = markup_author(tree)
        ours += time.process_time() - middle
        theirs += middle - start
        same += got == expected
        differ += got != expected
    print(f"same {same}, different {differ}; CPU seconds trafilatura {theirs:.2f}, ours {ours:.2f}")
    return 0 if differ == 0 else 1


def source_mix(data: Path) -> int:
    """Per half, how many pages each author source answers; accuracy per source on even pages only."""
    from collections import Counter

    from eventwire.extract import authors as au
    from eventwire.extract import metadata as md
    from eventwire.extract.body import parse

    answered = {"even": Counter(), "odd": Counter()}
    right, scored = Counter(), Counter()
    for i, page in enumerate(load_pages(data)):
        half = "odd" if i % 2 else "even"
        tree = parse(page.html)
        if tree is None:
            answered[half]["no page"] += 1
            continue
        meta, articles = md.meta_values(tree), md.jsonld_articles(md.jsonld_objects(tree))
        source = next((n for n in au.ORDER if au.find_authors(tree, meta, articles, order=(n,))), "none")
        answered[half][source] += 1
        if half == "even" and page.author:  # gold read on the tuning half only
            scored[source] += 1
            right[source] += author_match(page.author, au.find_authors(tree, meta, articles))
    print(f"{'source':12} {'even':>5} {'odd':>5}  even pages with gold author: right/scored")
    for source in [*au.ORDER, "none", "no page"]:
        even, odd = answered["even"][source], answered["odd"][source]
        if even or odd:
            print(f"{source:12} {even:5} {odd:5}  {right[source]}/{scored[source]}")
    return 0


def _all_answers(data: Path) -> dict[str, list[str]]:
    """Every page's authors by page id (no gold read)."""
    from eventwire.extract import authors as au
    from eventwire.extract import metadata as md
    from eventwire.extract.body import parse

    answers = {}
    for page in load_pages(data):
        tree = parse(page.html)
        meta = md.meta_values(tree) if tree is not None else {}
        answers[page.id] = au.find_authors(tree, meta, md.jsonld_articles(md.jsonld_objects(tree))) if tree is not None else []
    return answers


def compare_answers(data: Path, saved: Path) -> int:
    """Per half, how many pages' authors differ from the ones saved by ``--save-answers``."""
    import json

    before = json.loads(saved.read_text("utf-8"))
    now = _all_answers(data)
    for half, parity in (("even", 0), ("odd", 1)):
        ids = [page_id for i, page_id in enumerate(sorted(now)) if i % 2 == parity and page_id in before]
        changed = [page_id for page_id in ids if before[page_id] != now[page_id]]
        print(f"{half}: {len(changed)} of {len(ids)} answers changed, {sum(1 for k in changed if not before[k])} "
              f"from none, {sum(1 for k in changed if not now[k])} to none")
    return 0


def _tally(counts: dict[str, list[int]], field: str, gold: object, ok: object, stated: bool, what: set[str],
           miss: str, invented: str) -> list[str]:
    """Count one page's ``field`` (right when gold has one; stated when it has none) and say the miss."""
    if gold:
        counts[field][1] += 1
        counts[field][0] += bool(ok)
        return [f"  {field.upper()} {miss}"] if not ok and field in what else []
    counts[f"{field}_invented"][1] += 1
    counts[f"{field}_invented"][0] += stated
    return [f"  NO{field.upper()} {invented}"] if stated and f"no{field}" in what else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--what", default="date,author")
    parser.add_argument("--check-author", action="store_true")
    parser.add_argument("--sources", action="store_true", help="which author source answers, per half")
    parser.add_argument("--save-answers", type=Path, help="store every page's authors (no gold) in FILE")
    parser.add_argument("--compare-answers", type=Path, help="count per half the answers that differ from FILE")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.check_author:
        return check_author(args.data)
    if args.sources:
        return source_mix(args.data)
    if args.save_answers:
        import json

        args.save_answers.write_text(json.dumps(_all_answers(args.data), ensure_ascii=False) + "\n", "utf-8")
        return 0
    if args.compare_answers:
        return compare_answers(args.data, args.compare_answers)
    from eventwire.eval.extraction import eventwire_extractor

    what = set(args.what.split(","))
    counts = {"date": [0, 0], "author": [0, 0], "date_invented": [0, 0], "author_invented": [0, 0]}
    for i, page in enumerate(load_pages(args.data)):
        if i % 2:
            continue  # the held-out half
        pred = eventwire_extractor(page)
        lines = []
        day = pred.published.date().isoformat() if pred.published else None
        lines += _tally(counts, "date", page.date, page.date and date_match(page.date, pred.published),
                        pred.published is not None, what, f"gold={(page.date or '')[:10]} pred={day}", f"pred={day}")
        lines += _tally(counts, "author", page.author, page.author and author_match(page.author, pred.authors),
                        bool(pred.authors), what, f"gold={page.author!r} pred={pred.authors}", f"pred={pred.authors}")
        if lines:
            date_sources, author_sources = _sources(page.html, page.url)
            print(f"{page.id} {page.url}")
            for line in lines:
                print(line)
                if "DATE" in line:
                    print("    " + " ".join(f"{k}={v}" for k, v in date_sources.items()))
                else:
                    print("    " + " ".join(f"{k}={v}" for k, v in author_sources.items()))
    for key, (hits, total) in counts.items():
        print(f"{key}: {hits}/{total} = {hits / total:.4f}" if total else f"{key}: -", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
