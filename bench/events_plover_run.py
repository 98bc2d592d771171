"""The PLOVER bar as issue 4 states it: the gold sentences run as a JSONL input through
``eventwire run``, and the events ``eventwire export`` writes scored against the gold
-> bench/results/events_plover_run.json.

    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/events_plover_run.py [PLOVER_JSON] [--split tune|heldout|all]

bench/events_eval.py codes the sentences in process (``eval.events.evaluate_plover``); this
bench goes through the command line, the store and the export as a user does, so it also
measures what those do to the events (story merges, the JSONL reader, the stored type). The
gold records of the split are the input, each as it is, one a line (``id``, ``text``, the
placeholder ``date`` 2000-01-01, the gold's own fields, which the reader leaves alone; a
sentence with two events is two records, the second an exact copy). An event counts as right
when its type and the countries (or IGO) of its source and target match a gold record of its
sentence; negated events are not predictions.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

from eventwire.eval.events import clean_text, predicted_triples, prf, read_plover, split_groups  # noqa: E402
from eventwire.records import Event  # noqa: E402


def run_split(plover: Path, split: str, work: Path) -> dict[str, Any]:
    records = read_plover(plover)
    groups = split_groups(records, split)
    texts = list(groups)
    source = work / f"plover_{split}.jsonl"
    by_doc: dict[str, str] = {}
    with source.open("w", encoding="utf-8") as out:
        for i, record in enumerate(records):
            text = clean_text(record.get("text", ""))
            if text in groups:
                record = {**record, "id": record.get("id") or f"plover-{i}"}
                by_doc[str(record["id"])] = text
                out.write(json.dumps(record) + "\n")
    db, exported = work / f"{split}.db", work / f"{split}_events.jsonl"
    cli = [sys.executable, "-m", "eventwire"]
    t0 = time.perf_counter()
    ran = subprocess.run([*cli, "run", "--quiet", "--db", str(db), str(source)], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if ran.returncode != 0:
        raise SystemExit(f"eventwire run failed on {source}: {ran.stderr.strip()[:500]}")
    subprocess.run([*cli, "export", "--db", str(db), "--what", "events", "--out", str(exported)],
                   check=True, capture_output=True)  # fmt: skip
    predicted: dict[str, set] = defaultdict(set)
    for line in exported.read_text(encoding="utf-8").splitlines():
        event = Event.from_dict(json.loads(line))
        for mention in event.mentions:
            predicted[by_doc[mention.doc_id]] |= predicted_triples([event])
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for text in texts:
        gold, pred = groups[text], predicted[text]
        for triple in gold | pred:
            outcome = "tp" if triple in gold and triple in pred else ("fp" if triple in pred else "fn")
            counts[triple[0]][outcome] += 1
            total[outcome] += 1
    return {
        "split": split,
        "sentences": len(texts),
        "gold_events": sum(len(g) for g in groups.values()),
        "run_seconds": round(seconds, 1),
        "overall": prf(total["tp"], total["fp"], total["fn"]),
        "per_type": {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in sorted(counts.items())},
    }


def main(argv: list[str]) -> int:
    split = argv[argv.index("--split") + 1] if "--split" in argv else None
    args = [a for i, a in enumerate(argv) if a != "--split" and (i == 0 or argv[i - 1] != "--split")]
    plover = Path(args[0] if args else ROOT / ".." / "shared" / "data" / "events" / "plover_gsr" / "plover_gsr_dev.json")
    dest = ROOT / "bench" / "results" / "events_plover_run.json"
    out: dict[str, Any] = json.loads(dest.read_text("utf-8")) if dest.exists() else {}
    out["how"] = "PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/events_plover_run.py [--split S]: " + __doc__.split("\n\n")[2]
    with tempfile.TemporaryDirectory() as work:
        for name in [split] if split else ["tune", "heldout"]:
            out[name] = run_split(plover.resolve(), name, Path(work))
            print(name, json.dumps(out[name]["overall"]))
    dest.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
