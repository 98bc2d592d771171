"""Where the right author is on WCXB dev pages: each author source asked on its own.

For every source ``extract.authors.find_authors`` knows (and a few places it does not read
as authors: the site's name, the copyright line's holder, the parts of <title>, a "By NAME"
line anywhere in the body), the source is asked alone on each page and its cleaned names
(``author_names.clean_authors``) compared with the gold:

- fires: pages with a gold author where the source names anyone;
- right: of those, the source's names are the gold's (``eval.extraction.author_match``);
- holds: the gold's name is among them, but the set differs (an extra or a missing name);
- wrong: it names someone and none of them is the gold's;
- rescue: right on a page eventwire's answer misses; break: wrong on a page it gets right;
- invents: pages with no gold author where it names anyone;
- and for each pair of sources that both name someone, not the same, which of the two is right.

Also, on the pages eventwire gets right, which source in ``ORDER`` gave the answer. Figures
only, no page text. The odd-blind quarter is refused (held out: totals only, elsewhere). With
``--labels``, the pages of a hand-labelled TSV (``bench/authors_extra.py``; its develop half
only) instead of WCXB's.

    PYTHONPATH=src python bench/authors_sources.py [--splits even,odd-open] [--data DIR] [--labels TSV]
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from lxml.html import HtmlElement

from eventwire.eval.extraction import author_match, author_names, in_split, load_pages

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "extraction" / "wcxb" / "dev"
ALLOWED = ("even", "odd-open")

_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")


def _title_parts(tree: HtmlElement) -> list[str]:
    titles = tree.xpath("//head/title/text()")
    if not titles:
        return []
    parts = _TITLE_SEPARATOR.split(" ".join(str(titles[0]).split()))
    return parts[1:] if len(parts) > 1 else []


def _by_anywhere(tree: HtmlElement) -> list[str]:
    """The first short "By NAME" text anywhere in the body."""
    from eventwire.extract.author_names import BY_PREFIX, clean_authors

    for text in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"):
        text = " ".join(str(text).split())
        if 4 < len(text) < 80 and BY_PREFIX.match(text):
            names = clean_authors([text])
            if names:
                return names
    return []


def extra_sources(tree: HtmlElement, meta: dict, articles: list) -> dict[str, Callable[[], list[str]]]:
    """Places find_authors does not read as authors."""
    from eventwire.extract.site_names import site_names

    names = site_names(tree, meta, articles)
    return {
        "x-outlet": lambda: names.get("outlet", []),
        "x-title-site": lambda: names.get("title", []),
        "x-title-parts": lambda: _title_parts(tree),
        "x-copyright": lambda: names.get("copyright", [])[:1],
        "x-home-link": lambda: names.get("home", [])[:1],
        "x-by-anywhere": lambda: _by_anywhere(tree),
    }


class _Page(NamedTuple):
    html: str
    author: str | None


def _labelled_pages(labels: Path) -> Iterator[tuple[str, str | None]]:
    """(html, gold author or None) of the develop half of a labels TSV."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from authors_extra import DEFAULT_ROOT, _html, half_of, read_labels

    for page, names in half_of(read_labels(labels), "develop"):
        path = Path(page) if Path(page).is_absolute() else DEFAULT_ROOT / page
        yield _html(path), "; ".join(names) or None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default="even,odd-open")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--labels", type=Path, help="a labels TSV of bench/authors_extra.py (its develop half)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    splits = args.splits.split(",")
    if any(s not in ALLOWED for s in splits):
        print(f"splits must be among {', '.join(ALLOWED)} (the odd-blind quarter is held out)")
        return 2
    if args.labels is not None:
        if not args.labels.is_file():
            print(f"{args.labels}: no labels file, skipped")
            return 0
        splits = [f"{args.labels.name} develop"]
        pages_in: Iterable[tuple[str, str | None]] = _labelled_pages(args.labels)
    elif not args.data.is_dir():
        print(f"{args.data}: no data, skipped")
        return 0
    else:
        pages_in = ((p.html, p.author) for i, p in enumerate(load_pages(args.data)) if any(in_split(i, s) for s in splits))

    from eventwire.extract import metadata as md
    from eventwire.extract.author_names import clean_authors
    from eventwire.extract.authors import ORDER, find_authors
    from eventwire.extract.body import parse

    stats: dict[str, Counter[str]] = {}
    gave: Counter[str] = Counter()
    conflicts: dict[tuple[str, str], Counter[str]] = {}
    pages = right_pages = unnamed = 0
    for html, gold_author in pages_in:
        page = _Page(html, gold_author)
        tree = parse(page.html)
        if tree is None:
            continue
        meta = md.meta_values(tree)
        articles = md.jsonld_articles(md.jsonld_objects(tree))
        final = find_authors(tree, meta, articles)
        ok = bool(page.author) and author_match(page.author, final)
        pages += bool(page.author)
        right_pages += ok
        unnamed += not page.author
        asked = {name: find_authors(tree, meta, articles, order=(name,)) for name in ORDER}
        for name, source in extra_sources(tree, meta, articles).items():
            asked[name] = clean_authors(source())
        gold = author_names(page.author)
        first = None
        for a_i, a in enumerate(ORDER):  # an earlier and a later source that name different persons
            for b in ORDER[a_i + 1 :]:
                if page.author and asked[a] and asked[b] and author_names(asked[a]) != author_names(asked[b]):
                    won = "A" if author_names(asked[a]) == gold else "B" if author_names(asked[b]) == gold else "-"
                    conflicts.setdefault((a, b), Counter())[won] += 1
        for name, got in asked.items():
            row = stats.setdefault(name, Counter())
            if not page.author:
                row["invents"] += bool(got)
                continue
            if not got:
                continue
            row["fires"] += 1
            have = author_names(got)
            if have == gold:
                row["right"] += 1
                row["rescue"] += not ok
                if ok and first is None and name in ORDER:
                    first = name
            elif have & gold:
                row["holds"] += 1
            else:
                row["wrong"] += 1
                row["break"] += ok
        if ok:
            gave[first or "(combined)"] += 1
    print(f"splits {'+'.join(splits)}: eventwire {right_pages}/{pages} right; {unnamed} pages without a gold author")
    print(f"{'source':16} {'fires':>6} {'right':>6} {'holds':>6} {'wrong':>6} {'rescue':>7} {'break':>6} {'invents':>8}")
    for name, row in stats.items():
        print(f"{name:16} {row['fires']:6} {row['right']:6} {row['holds']:6} {row['wrong']:6} {row['rescue']:7} {row['break']:6} "
              f"{row['invents']:8}")
    print("source of eventwire's right answers (first in ORDER that alone gives it): "
          + ", ".join(f"{k} {v}" for k, v in gave.most_common()))
    print("an earlier source (A, in ORDER) and a later one (B) both name someone, not the same: which is right "
          "(pairs where B is right at least once)")
    for (a, b), won in conflicts.items():
        if won["B"]:
            print(f"  {a:12} > {b:12} A {won['A']:3}  B {won['B']:3}  neither {won['-']:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
