"""What reading a JSONL file in date order costs: generated records, read in order and shuffled.

    PYTHONPATH=src python bench/jsonl_order.py [--records 20000] [--src DIR] [--run]

Writes ``--records`` generated articles (about 1.2 kB of text each, dates over a year) as JSONL
four ways: in date order, shuffled, shuffled and gzip'd, and as a directory of seven files (one
per outlet), each in date order. For each, a fresh process reads
every record with ``eventwire.sources.iter_documents`` (what ``eventwire run`` reads its input
with) and reports wall and CPU seconds, peak memory (VmHWM) and whether the documents came in
date order. ``--run`` also times ``eventwire.pipeline.run`` on them with the extraction stage
alone and no corpus stages, one worker: the reading's share of a run whose stages are the
cheapest there are (the default stages take far longer an article). ``--src`` reads with another
source tree (the code before a change, for a before/after). Writes bench/results/jsonl_order.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "results" / "jsonl_order.json"

CITIES = ["Lisbon", "Nairobi", "Quito", "Hanoi", "Tbilisi", "Accra", "Oslo", "Lima", "Manila", "Tunis"]
ACTORS = ["the interior ministry", "the port authority", "the teachers' union", "the central bank",
          "the opposition party", "the city council", "the health ministry", "farmers' groups"]
ACTS = ["announced new measures on", "criticised the plan for", "called for talks about", "rejected the report on",
        "agreed to review", "protested against changes to", "welcomed the decision on", "warned about delays in"]
TOPICS = ["fuel prices", "school funding", "water supply", "the rail line", "hospital staffing", "harbour dredging",
          "the new budget", "flood defences", "bus fares", "grain exports"]

PROBE = """
import json, sys, time
start, cpu = time.perf_counter(), time.process_time()
mode, path = sys.argv[1], sys.argv[2]
if mode == "read":
    from eventwire.settings import load_settings
    from eventwire.sources import iter_documents
    days, n, errors = [], 0, 0
    for item in iter_documents([path], load_settings()):
        if hasattr(item, "published"):
            n += 1
            days.append(item.published.timestamp() if item.published else None)
        else:
            errors += 1
    ordered = all(a <= b for a, b in zip(days, days[1:]))
else:
    from eventwire.pipeline import run
    from eventwire.settings import load_settings
    settings = load_settings(db=sys.argv[3], workers=1, article_stages=["extract"], corpus_stages=[])
    summary = run([path], settings)
    n, errors, ordered = summary.new_articles, len(summary.failed), None
print(json.dumps({"documents": n, "errors": errors, "in_date_order": ordered,
                  "wall_s": round(time.perf_counter() - start, 2), "cpu_s": round(time.process_time() - cpu, 2),
                  # VmHWM, not ru_maxrss: Linux carries a parent's ru_maxrss across fork and exec
                  "peak_rss_mb": round(int(next(line.split()[1] for line in open("/proc/self/status")
                                                if line.startswith("VmHWM"))) / 1024, 1)}))
"""


def records(n: int, seed: int = 0) -> list[dict]:
    """``n`` generated articles in date order (texts written from the lists above)."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        when = start + timedelta(seconds=int(366 * 86400 * i / n))
        city = rng.choice(CITIES)
        sentences = [f"{city.upper()} — {rng.choice(ACTORS).capitalize()} {rng.choice(ACTS)} {rng.choice(TOPICS)} "
                     f"on {when:%A}, officials in {city} said."]
        sentences += [f"{rng.choice(ACTORS).capitalize()} {rng.choice(ACTS)} {rng.choice(TOPICS)}, "
                      f"according to a statement seen by reporters in {rng.choice(CITIES)}." for _ in range(9)]
        out.append({"id": f"gen-{i}", "title": f"{city}: {rng.choice(TOPICS)} in question",
                    "text": " ".join(sentences), "date": when.isoformat(), "source": f"Outlet {i % 7}"})
    return out


def probe(src: Path, mode: str, path: Path, db: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src), "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, "-c", PROBE, mode, str(path), str(db)], capture_output=True, text=True,
                          env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = records(args.records)
    shuffled = rows[:]
    random.Random(1).shuffle(shuffled)
    result: dict = {"how": __doc__.split("\n\n")[1].strip(), "records": args.records, "src": str(args.src),
                    "load": os.getloadavg()[0], "files": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {"in_order.jsonl": rows, "shuffled.jsonl": shuffled, "shuffled.jsonl.gz": shuffled,
                 "outlets": rows}
        for name, recs in files.items():
            path = folder / name
            if name == "outlets":  # a directory of one file per outlet, each in date order
                path.mkdir()
                for k in range(7):
                    mine = [r for r in recs if r["source"] == f"Outlet {k}"]
                    (path / f"outlet{k}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in mine))
            else:
                text = "".join(json.dumps(r) + "\n" for r in recs).encode()
                path.write_bytes(gzip.compress(text) if name.endswith(".gz") else text)
            size = sum(p.stat().st_size for p in path.iterdir()) if path.is_dir() else path.stat().st_size
            entry = {"bytes": size, "read": probe(args.src, "read", path, folder / "x.db")}
            if args.run:
                entry["run_extract_only"] = probe(args.src, "run", path, folder / f"{name}.db")
            result["files"][name] = entry
            print(name, json.dumps(entry), flush=True)
    result["when"] = datetime.now(UTC).isoformat(timespec="seconds")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
