"""Author accuracy on a hand-labelled TSV of pages that are not WCXB (eventwire and trafilatura).

The TSV (kept outside the repository: its labels are read off third-party pages) has one
page a line: a path to an HTML file (.html or .html.gz; relative paths are read against
``--root``) and the author names separated by "; ", or NONE where the page names no person
as its writer. Lines starting with "#" are comments. Scored as in ``bench/extraction.py``:
``eval.extraction.author_match`` on pages with authors, and the invented rate (any author
answered where the label is NONE). Each miss is counted by kind, comparing the normalised
name sets (``eval.extraction.author_names``): none given, disjoint, overlapping, a subset
of the gold names (some missing), a superset (an extra name), or invented (a NONE page).
A labels file that is not there is skipped with one line (the labels live outside the repo).

``--half develop`` / ``--half check`` score the first / second half of the lines in file
order (the set is developed on the first half; the second is the check); ``--half odd`` /
``--half even`` score the odd / even label lines (1st, 3rd, ... / 2nd, 4th, ...), the split
of sets whose develop and check parts are interleaved.

Session 20's blind sets (../wt/labels/authors_blind.tsv, 57 news pages, and
authors_blind_b.tsv, 39 blogs, recipes, docs and news pages) come from sites no earlier label
set or WCXB dev holds, labelled before eventwire ran on them: first scores 35/36 named
(invented 9/21) and 26/31 (invented 3/8).

    PYTHONPATH=src python bench/authors_extra.py LABELS.tsv [--root DIR] [--half all|develop|check|odd|even]
        [--misses] [--no-trafilatura]
"""

from __future__ import annotations

import argparse
import gzip
import logging
import sys
from collections import Counter
from pathlib import Path

from eventwire.eval.extraction import author_match, author_names

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ROOT = ROOT.parent / "shared" / "data" / "extraction"
KINDS = ("none given", "disjoint", "overlap", "subset", "superset", "invented")


def read_labels(path: Path) -> list[tuple[str, list[str]]]:
    """(page path, names) per label line; names is empty for NONE."""
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        page, _, names = line.partition("\t")
        names = names.strip()
        rows.append((page.strip(), [] if names == "NONE" else [n.strip() for n in names.split(";") if n.strip()]))
    return rows


def half_of(rows: list, half: str) -> list:
    """The develop (first) or check (second) half of the rows in file order, or the odd / even rows."""
    if half in ("odd", "even"):
        return rows[0::2] if half == "odd" else rows[1::2]
    middle = (len(rows) + 1) // 2
    return rows[:middle] if half == "develop" else rows[middle:] if half == "check" else rows


def _html(path: Path) -> str:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def eventwire_authors(html: str) -> list[str]:
    """The authors eventwire's HTML extraction names (its metadata readers, without the body model)."""
    from eventwire.extract import metadata as md
    from eventwire.extract.authors import find_authors
    from eventwire.extract.body import parse

    tree = parse(html)
    if tree is None:
        return []
    return find_authors(tree, md.meta_values(tree), md.jsonld_articles(md.jsonld_objects(tree)))


def trafilatura_authors(html: str) -> list[str]:
    """trafilatura's metadata author, split as ``eval.extraction.trafilatura_extractor`` does."""
    from trafilatura import extract_metadata

    doc = extract_metadata(html)
    return [a.strip() for a in (doc.author or "").split(";") if a.strip()] if doc is not None else []


def miss_kind(gold: list[str], pred: list[str]) -> str | None:
    """None when the answer is right, else how it misses (see the module docstring)."""
    want, got = author_names(gold), author_names(pred)
    if want == got:
        return None
    if not want:
        return "invented"
    if not got:
        return "none given"
    if not want & got:
        return "disjoint"
    return "subset" if got < want else "superset" if got > want else "overlap"


def score(rows: list[tuple[str, list[str]]], root: Path, extractor, misses: bool = False) -> dict:
    """{"author": (right, pages with authors), "invented": (answered, pages labelled NONE),
    "all": (right or rightly empty, every page), "kinds": {miss kind: count}}."""
    right = named = invented = unnamed = 0
    kinds: Counter[str] = Counter()
    for page, gold in rows:
        path = Path(page) if Path(page).is_absolute() else root / page
        pred = extractor(_html(path))
        kind = miss_kind(gold, pred)
        if kind:
            kinds[kind] += 1
        if gold:
            named += 1
            ok = author_match("; ".join(gold), pred)
            right += ok
            if misses and not ok:
                print(f"MISS {page}\n  gold={gold} pred={pred}")
        else:
            unnamed += 1
            invented += bool(pred)
            if misses and pred:
                print(f"INVENTED {page}\n  pred={pred}")
    # an author named where the reader sees none is a miss too: one figure over every page
    return {"author": (right, named), "invented": (invented, unnamed), "all": (right + unnamed - invented, named + unnamed),
            "kinds": dict(kinds)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path)
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="directory relative page paths are read against")
    parser.add_argument("--half", choices=("all", "develop", "check", "odd", "even"), default="all")
    parser.add_argument("--misses", action="store_true", help="print eventwire's misses (develop half only, by honesty)")
    parser.add_argument("--no-trafilatura", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if not args.labels.is_file():
        print(f"{args.labels}: no labels file, skipped")
        return 0
    rows = half_of(read_labels(args.labels), args.half)
    extractors = {"eventwire": eventwire_authors}
    if not args.no_trafilatura:
        extractors["trafilatura"] = trafilatura_authors
    for name, extractor in extractors.items():
        result = score(rows, args.root, extractor, misses=args.misses and name == "eventwire")
        (hits, total), (made_up, none), (good, pages) = result["author"], result["invented"], result["all"]
        print(f"{name} {args.half}: author {hits}/{total} = {hits / max(total, 1):.3f}; "
              f"invented {made_up}/{none} = {made_up / max(none, 1):.3f}; "
              f"all pages {good}/{pages} = {good / max(pages, 1):.3f}")
        kinds = result["kinds"]
        print("  misses: " + (", ".join(f"{k} {kinds[k]}" for k in KINDS if k in kinds) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
