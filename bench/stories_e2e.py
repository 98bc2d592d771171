"""Story clustering as a user meets it: the in-process bench against the two command-line paths.

    PYTHONPATH=src HF_HUB_OFFLINE=1 OMP_NUM_THREADS=1 python bench/stories_e2e.py [--cache DIR]
        [--sets neus0 neus1 allsides ecbplus ecbplus_first allsides_sparse3]
        [--variants plain workers2 halves shuffled outlets] [--no-cli-eval]

On the dev data only: NeuS train streams (921 articles each in file order, as
bench/train_stories.py cuts them; NeuS val is never read), and the tune halves of the AllSides
roundups and ECB+ (stories halved by a hash of their id, as eval.clustering does), and two
BASIL-like stand-ins from bench/stories_basil_like.py, their tune halves too: ``ecbplus_first``
(full texts, each topic's first event, three documents) and ``allsides_sparse3`` (each article
dated by its URL, else its roundup; a story kept only 3 days or more after the last kept one).
Each set is scored three ways, pairwise and BCubed against the gold ``story``:

- ``bench``: ``eval.clustering.score`` on the records with MiniLM title + lead embeddings
  computed once (what bench/stories.py --quality and bench/stories_basil_like.py report);
- ``cli_eval``: ``eventwire eval clustering FILE`` on the same records written as JSONL;
- ``run_export``: ``eventwire run FILE --db DB`` then ``eventwire export --what stories`` (and
  ``--what articles`` to map article ids back to the records' ids): each record's story as a
  user gets it. A record the run did not store (failed) counts as a story of its own; a copy
  (``duplicate_of``) counts with the story it was put in.

The records go to both command-line paths as the gold file has them (``id``, ``title``,
``text``, ``date``, ``url``, ``source``...), in stream order (by date when every record has
one, as eval.clustering orders them; the AllSides file is in date order already). Variants of
the run path: ``workers2`` (two worker processes, the result must equal one worker's) and
``halves`` (the records in two runs into one database, the first half then the second: the
stories must be those of one run), ``shuffled`` (dated sets: the lines in a seeded random order
through both command-line paths; both read them by date, records of one date in the shuffled
file's order, so the stories may differ from those of the file in order by the ties alone;
before session 23 a run took the lines as they came: AllSides tune 0.8675 against 0.9006),
``outlets`` (sets with a ``source``: the records as a directory of one file per outlet; a run
reads a directory's JSONL files as one stream by date, before session 23 file after file).

Writes bench/results/stories_e2e.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire.eval.clustering import (  # noqa: E402
    bcubed_scores,
    cluster_records,
    pairwise_scores,
    read_records,
    stream_order,
)
from eventwire.records import stable_id  # noqa: E402
from eventwire.sources.jsonl import record_date  # noqa: E402
from stories_basil_like import article_date, first_events, thinned  # noqa: E402  (bench/, the script's own folder)
from train_stories import NEUS, STREAM, embeddings  # noqa: E402

CLUSTERING = ROOT.parent / "shared" / "data" / "clustering"
FILES = {"allsides": CLUSTERING / "allsides" / "allsides_roundups_2021.jsonl",
         "ecbplus": CLUSTERING / "ecbplus" / "ecbplus_docs.jsonl"}
OUT = ROOT / "bench" / "results" / "stories_e2e.json"


def dev_sets(names: list[str], cache: Path | None) -> dict[str, tuple[list[dict], np.ndarray]]:
    """``name -> (records in stream order, their embeddings)`` for the dev sets asked for."""
    out = {}
    neus = [r for r in read_records(NEUS) if r.get("split") == "train"] if any(
        n.startswith("neus") for n in names) else []
    neus_vectors = embeddings(neus, cache) if neus else None
    for name in names:
        if name.startswith("neus"):
            k = int(name[4:])
            idx = list(range(k * STREAM, min((k + 1) * STREAM, len(neus))))
            out[f"neus_train_stream{k}"] = ([neus[i] for i in idx], neus_vectors[idx])
        else:
            base = name.split("_")[0]
            records = read_records(FILES[base])
            vectors = embeddings(records, cache, base)
            keep = list(range(len(records)))
            if name == "ecbplus_first":  # BASIL-like: each topic's first event only, three documents
                keep = first_events(records)
            elif name == "allsides_sparse3":  # BASIL-like: article dates, a story every 3 days or more
                keep = thinned(records, 3)
                records = [dict(r, date=article_date(r)) for r in records]
            records, vectors = [records[i] for i in keep], vectors[keep]
            tune = [i for i in stream_order(records) if not int(stable_id(records[i]["story"]), 16) % 2]
            out[f"{name}_tune"] = ([records[i] for i in tune], vectors[tune])
    return out


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}


def eventwire(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True, env=_env(),
                          check=False)


def write_jsonl(records: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def scores(gold: list[str], predicted: list[str]) -> dict:
    return {"pairwise": pairwise_scores(gold, predicted), "bcubed_f1": bcubed_scores(gold, predicted)["f1"],
            "stories": len(set(predicted)), **pair_errors(gold, predicted)}


def pair_errors(gold: list[str], predicted: list[str]) -> dict:
    """False-merge pairs (together, not in gold) and missed pairs (in gold, not together), the
    missed ones split by whether one of the two articles was left in a story of its own."""
    together = Counter(zip(gold, predicted, strict=True))
    sizes, gold_sizes = Counter(predicted), Counter(gold)
    merged = sum(n * (n - 1) // 2 for n in sizes.values()) - sum(n * (n - 1) // 2 for n in together.values())
    missed = sum(n * (n - 1) // 2 for n in gold_sizes.values()) - sum(n * (n - 1) // 2 for n in together.values())
    lone = Counter(g for (g, p) in together if sizes[p] == 1)  # per gold story, members left alone
    alone = sum(gold_sizes[g] * (gold_sizes[g] - 1) // 2 - (gold_sizes[g] - k) * (gold_sizes[g] - k - 1) // 2
                for g, k in lone.items())
    return {"false_merge_pairs": merged, "missed_pairs": missed, "missed_pairs_of_an_article_alone": alone}


def cli_eval(records: list[dict], folder: Path) -> dict:
    path = folder / "gold.jsonl"
    write_jsonl(records, path)
    done = eventwire("eval", "clustering", str(path))
    if done.returncode:
        return {"error": done.stderr.strip()[-500:]}
    result = json.loads(done.stdout)
    return {"pairwise": result["pairwise"], "bcubed_f1": result["bcubed"]["f1"], "stories": result["stories"]}


def run_export(records: list[dict], folder: Path, workers: int = 1, parts: int = 1,
               name: str = "run", per_outlet: bool = False) -> tuple[dict, list[str]]:
    """Scores of ``eventwire run`` + ``export --what stories`` on ``records`` (in ``parts`` runs;
    ``per_outlet``: each run's input a directory of one file per outlet)."""
    db = folder / f"{name}_w{workers}_p{parts}.db"
    failed: list[str] = []
    cut = [len(records) * k // parts for k in range(parts + 1)]
    for k in range(parts):
        path = folder / f"{name}_input_{k}.jsonl"
        if per_outlet:  # a directory of one file per outlet
            path = folder / f"{name}_outlets_{k}"
            path.mkdir()
            by_outlet: dict[str, list[dict]] = {}
            for r in records[cut[k]:cut[k + 1]]:
                by_outlet.setdefault(str(r.get("source")), []).append(r)
            for n, outlet in enumerate(sorted(by_outlet)):
                write_jsonl(by_outlet[outlet], path / f"outlet{n:04d}.jsonl")
        else:
            write_jsonl(records[cut[k]:cut[k + 1]], path)
        done = eventwire("run", str(path), "--db", str(db), "--workers", str(workers), "--quiet")
        failed += [line for line in done.stderr.splitlines() if line.strip()]
    stories = eventwire("export", "--db", str(db), "--what", "stories")
    articles = eventwire("export", "--db", str(db), "--what", "articles")
    story_of_article = {a: s["id"] for s in map(json.loads, stories.stdout.splitlines()) for a in s["article_ids"]}
    rows = [json.loads(line) for line in articles.stdout.splitlines()]
    story_of = {r["doc_id"]: story_of_article.get(r["id"]) for r in rows}
    copies = [r for r in rows if r["duplicate_of"]]
    by_id = {r["id"]: r for r in rows}
    gold_of = {str(r["id"]): str(r["story"]) for r in records}
    predicted = [story_of.get(str(r["id"])) or f"missing-{r['id']}" for r in records]
    out = scores([str(r["story"]) for r in records], predicted)
    out.update({
        "stored": len(rows), "failed": len(failed),
        "copies": len(copies),
        "copies_of_same_gold_story": sum(gold_of.get(c["doc_id"]) == gold_of.get(by_id.get(c["duplicate_of"], {})
                                                                                   .get("doc_id")) for c in copies),
        "dated": sum(bool(r["published"]) for r in rows),
        "failed_lines": failed[:10],
    })
    return out, predicted


def same_partition(a: list[str], b: list[str]) -> bool:
    """Whether two story assignments group the records alike (story ids may differ)."""
    return len(set(a)) == len(set(zip(a, b, strict=True))) == len(set(b))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="folder for the embeddings")
    ap.add_argument("--sets", nargs="*",
                    default=["neus0", "neus1", "allsides", "ecbplus", "ecbplus_first", "allsides_sparse3"])
    ap.add_argument("--variants", nargs="*", default=["plain", "workers2", "halves", "shuffled", "outlets"])
    ap.add_argument("--no-cli-eval", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    result: dict = {"how": __doc__.split("\n\n")[1].strip(), "sets": {}}
    for name, (records, vectors) in dev_sets(args.sets, args.cache).items():
        gold = [str(r["story"]) for r in records]
        bench, _ = cluster_records(records, vectors)
        entry: dict = {"articles": len(records), "gold_stories": len(set(gold)), "bench": scores(gold, bench)}
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            if not args.no_cli_eval:
                entry["cli_eval"] = cli_eval(records, folder)
            plain = None
            if "plain" in args.variants:
                entry["run_export"], plain = run_export(records, folder)
            if "workers2" in args.variants:
                entry["run_export_workers2"], two = run_export(records, folder, workers=2)
                entry["run_export_workers2"]["same_as_one_worker"] = plain is not None and same_partition(plain, two)
            if "halves" in args.variants:
                entry["run_export_two_runs"], halves = run_export(records, folder, parts=2)
                entry["run_export_two_runs"]["same_as_one_run"] = plain is not None and same_partition(plain, halves)
            if "shuffled" in args.variants and all(record_date(r) for r in records):
                # The same file, its lines shuffled: both paths read them by date.
                order = np.random.default_rng(0).permutation(len(records)).tolist()
                shuffled = [records[i] for i in order]
                entry["cli_eval_shuffled"] = cli_eval(shuffled, folder)
                entry["run_export_shuffled"], mixed = run_export(shuffled, folder, parts=1, name="shuffled")
                back = dict(zip(order, mixed, strict=True))
                entry["run_export_shuffled"]["same_as_in_order"] = plain is not None and same_partition(
                    plain, [back[i] for i in range(len(records))])
            if "outlets" in args.variants and all(r.get("source") for r in records):
                entry["run_export_outlet_files"], split = run_export(records, folder, name="outlets", per_outlet=True)
                entry["run_export_outlet_files"]["same_as_one_file"] = plain is not None and same_partition(
                    plain, split)
        result["sets"][name] = entry
        print(name, json.dumps({k: v.get("pairwise", {}).get("f1") if isinstance(v, dict) else v
                                for k, v in entry.items()}), flush=True)
    result["when"] = datetime.now(UTC).isoformat(timespec="seconds")
    args.out.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
