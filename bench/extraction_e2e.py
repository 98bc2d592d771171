"""Article extraction as a user meets it: `eventwire run` + `eventwire export` against the bench.

For the ScrapingHub pages (all) and the even half of WCXB dev (by position in id order, as
bench/extraction.py splits; the odd half is never read), this

1. runs the command line on a folder of the pages (``eventwire run DIR --db X --quiet``, then
   ``eventwire export --db X --what articles``), the user path;
2. extracts the same pages in this process as ``eventwire.eval.extraction`` does (what
   bench/extraction.py scores), with the shipped block model;
3. counts, field by field (title, text, authors, published, outlet, language, and whether the
   page was stored at all or stored as a copy), the pages where the two differ;
4. scores both with the bench's own scorers (``score_pages``): on the WCXB even half the
   user-path figures are the ones to compare with the in-process ones. ScrapingHub body
   figures with the shipped model are inflated (it was trained on those pages): they only
   compare the two paths;
5. runs ``eventwire eval extraction`` on the same pages (for WCXB, a folder holding only the
   even half) and checks it reports what ``evaluate_extraction`` reports in process.

Writes bench/results/extraction_e2e.json. Slow-ish: the whole pipeline runs (NLP, events).

    PYTHONPATH=src python bench/extraction_e2e.py [--data DIR] [--out FILE] [--sets scrapinghub,wcxb_even]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from eventwire.eval.extraction import (
    GoldPage,
    Prediction,
    _page_file,
    evaluate_extraction,
    eventwire_article,
    in_split,
    load_pages,
    score_pages,
)
from eventwire.extract.language import detect_language

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "extraction"
FIELDS = ("stored", "copy", "title", "text", "authors", "published", "outlet", "language")
# The scores compared between the two paths (eval.extraction's names).
SCORES = (("body", "f1"), ("body", "precision"), ("body", "recall"), ("title", "accuracy"), ("date", "accuracy"),
          ("date", "invented"), ("author", "accuracy"), ("author", "invented"))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True, env=env,
                          check=False)


def user_path(folder: Path, work: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Exported article records by doc_id after `eventwire run FOLDER` into a fresh database,
    and what the run said (exit status, failure lines, CPU seconds of the run's processes)."""
    db, out = work / "e2e.db", work / "articles.jsonl"
    before = os.times()
    start = time.perf_counter()
    ran = _cli("run", str(folder), "--db", str(db), "--quiet")
    wall = time.perf_counter() - start
    after = os.times()
    exported = _cli("export", "--db", str(db), "--what", "articles", "--out", str(out))
    if exported.returncode:
        raise SystemExit(f"export failed: {exported.stderr.strip()}")
    records: dict[str, dict[str, Any]] = {}
    for line in out.read_text("utf-8").splitlines():
        record = json.loads(line)
        if record["doc_id"] in records:
            raise SystemExit(f"two exported articles share doc_id {record['doc_id']}")
        records[record["doc_id"]] = record
    info = {
        "exit_status": ran.returncode,
        "failed": [line for line in ran.stderr.splitlines() if line.strip()],
        "wall_seconds": round(wall, 1),
        "cpu_seconds_children": round(after.children_user + after.children_system
                                      - before.children_user - before.children_system, 1),
    }
    return records, info


def _day(value: Any) -> str | None:
    if value is None:
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return when.isoformat()


def in_process(page: GoldPage) -> dict[str, Any] | None:
    """The fields eval.extraction's eventwire extractor reads from ``page`` (None: refused), with
    the language the pipeline's language stage would give its text."""
    article = eventwire_article(page)
    if article is None:
        return None
    return {"title": article.title, "text": article.text, "authors": list(article.authors),
            "published": _day(article.published), "outlet": article.outlet,
            "language": detect_language(article.text)}


def exported_fields(record: dict[str, Any] | None) -> dict[str, Any] | None:
    if record is None:
        return None
    return {"title": record.get("title"), "text": record.get("text") or "", "authors": list(record.get("authors") or []),
            "published": _day(record.get("published")), "outlet": record.get("outlet"),
            "language": record.get("language")}


def prediction(fields: dict[str, Any] | None) -> Prediction:
    if fields is None:
        return Prediction()
    published = datetime.fromisoformat(fields["published"]) if fields["published"] else None
    return Prediction(fields["text"], fields["title"], list(fields["authors"]), published)


def compare(pages: list[GoldPage], records: dict[str, dict[str, Any]],
            extracted: list[dict[str, Any] | None]) -> dict[str, Any]:
    """Per-field disagreement counts between the two paths, examples of each, and both scores.
    ``extracted``: ``in_process(page)`` of each page."""
    differ = dict.fromkeys(FIELDS, 0)
    differing: dict[str, list[str]] = {f: [] for f in FIELDS}
    examples: dict[str, list[dict[str, Any]]] = {f: [] for f in FIELDS}
    mine, theirs = [], []
    for page, here in zip(pages, extracted, strict=True):
        record = records.get(page.id)
        there = exported_fields(record)
        mine.append(prediction(here))
        theirs.append(prediction(there))
        diffs: dict[str, tuple[Any, Any]] = {}
        if (here is None) != (there is None):
            diffs["stored"] = (here is not None, there is not None)
        if record is not None and record.get("duplicate_of"):
            diffs["copy"] = (None, record["duplicate_of"])
        if here is not None and there is not None:
            for name in FIELDS[2:]:
                if here[name] != there[name]:
                    diffs[name] = (here[name], there[name])
        for name, (a, b) in diffs.items():
            differ[name] += 1
            differing[name].append(page.id)
            if len(examples[name]) < 5:
                examples[name].append({"page": page.id, "in_process": _short(a), "user_path": _short(b)})
    # what the scorers read (text, title, authors, published) the same on both paths
    both_ok = sum(1 for m, t in zip(mine, theirs, strict=True) if m == t)
    return {
        "pages": len(pages),
        "pages_identical": both_ok,
        "differ": differ,
        "differing_pages": {k: v for k, v in differing.items() if v},
        # the texts of the pages stay out of the repo: examples are written only with --examples FILE
        "_examples": {k: v for k, v in examples.items() if v},
        "in_process": _scores(score_pages(pages, mine)),
        "user_path": _scores(score_pages(pages, theirs)),
    }


def _short(value: Any) -> Any:
    return value[:160] if isinstance(value, str) else value


def _scores(metrics: dict[str, Any]) -> dict[str, Any]:
    return {f"{group}_{name}": metrics[group][name] for group, name in SCORES if group in metrics}


def cli_eval(folder: Path, reference: dict[str, Any]) -> dict[str, Any]:
    """`eventwire eval extraction FOLDER` against ``reference`` (evaluate_extraction in process)."""
    ran = _cli("eval", "extraction", str(folder))
    if ran.returncode:
        return {"exit_status": ran.returncode, "error": ran.stderr.strip()[-400:]}
    reported = json.loads(ran.stdout)
    cli, bench = _scores(reported), _scores(reference)
    return {"cli": cli, "bench": bench, "agree": cli == bench, "pages": reported.get("pages")}


def even_folder(root: Path, dest: Path, pages: list[GoldPage]) -> None:
    """A WCXB-layout folder of ``pages`` only (the even half): html/ and ground-truth/."""
    (dest / "html").mkdir(parents=True)
    (dest / "ground-truth").mkdir()
    for page in pages:
        source = _page_file(root, page.id)
        shutil.copy2(source, dest / "html" / source.name)
        shutil.copy2(root / "ground-truth" / f"{page.id}.json", dest / "ground-truth" / f"{page.id}.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "extraction_e2e.json")
    parser.add_argument("--sets", default="scrapinghub,wcxb_even")
    parser.add_argument("--no-cli-eval", action="store_true", help="skip `eventwire eval extraction`")
    parser.add_argument("--examples", type=Path, help="also write up to 5 differing values per field here "
                        "(excerpts of the data sets: keep it outside the repo)")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "note": ("user_path: `eventwire run DIR --db X --quiet` then `eventwire export --what articles`; in_process: "
                 "eventwire.eval.extraction's extractor (what bench/extraction.py scores), shipped block model. "
                 "ScrapingHub body figures are inflated (the shipped model trained on those pages): they only "
                 "compare the two paths. WCXB: even half only (positions in id order); the odd half is not read."),
        "sets": {},
    }
    for name in args.sets.split(","):
        with tempfile.TemporaryDirectory(prefix=f"e2e-{name}-") as tmp:
            work = Path(tmp)
            if name == "scrapinghub":
                root = args.data / "scrapinghub"
                pages = list(load_pages(root))
                folder, gold_folder = root / "html", root
            elif name == "wcxb_even":
                root = args.data / "wcxb" / "dev"
                pages = [p for i, p in enumerate(load_pages(root)) if in_split(i, "even")]
                gold_folder = work / "gold"
                even_folder(root, gold_folder, pages)
                folder = gold_folder / "html"
            else:
                raise SystemExit(f"unknown set {name}")
            extracted = [in_process(page) for page in pages]
            records, info = user_path(folder, work)
            result = compare(pages, records, extracted)
            result["run"] = info
            # The same pages as JSONL records that carry their URL, as the bench's pages do: a
            # folder of saved pages knows only the address a page states for itself.
            feed = work / "jsonl"
            feed.mkdir()
            with open(feed / "pages.jsonl", "w", encoding="utf-8") as out:
                for page in pages:
                    out.write(json.dumps({"id": page.id, "url": page.url, "html": page.html}, ensure_ascii=False) + "\n")
            (work / "e2e.db").unlink()
            records, info = user_path(feed / "pages.jsonl", work)
            with_urls = compare(pages, records, extracted)
            with_urls["run"] = info
            result["jsonl_with_urls"] = with_urls
            if not args.no_cli_eval:
                split = "even" if name == "wcxb_even" else None
                reference = evaluate_extraction(str(root), split=split)
                result["cli_eval"] = cli_eval(gold_folder, reference)
            results["sets"][name] = result
            print(f"{name}: {result['pages']} pages, identical {result['pages_identical']}, differ {result['differ']}",
                  file=sys.stderr)
            print(f"  in process {result['in_process']}\n  user path  {result['user_path']}", file=sys.stderr)
            print(f"  JSONL with URLs: identical {with_urls['pages_identical']}, differ {with_urls['differ']}\n"
                  f"  user path  {with_urls['user_path']}", file=sys.stderr)
            if "cli_eval" in result:
                print(f"  eval extraction CLI agrees with the bench: {result['cli_eval'].get('agree')}", file=sys.stderr)
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    examples = {}
    for name, result in results["sets"].items():
        examples[name] = result.pop("_examples")
        examples[f"{name}_jsonl_with_urls"] = result["jsonl_with_urls"].pop("_examples")
    if args.examples:
        args.examples.write_text(json.dumps(examples, indent=2, ensure_ascii=False) + "\n", "utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
