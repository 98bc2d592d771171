"""Development set for event typing: leads of the NGEC synthetic stories with index % 10 == 5.

    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/events_typing_dev.py [../shared/data/events] [--second] [--show] [--classifier]

The bench (``bench/events_generalise.py``) scores the stories with index % 10 == 0; this set is
disjoint from it and is the one the lexicon work looks at (misses printed with ``--show``:
label, candidate types, event types, and each candidate's trigger, code and how it was typed).
``--second`` adds each story's second sentence (same story label, noisier). Lexicon only, no
classifier (it trained on these stories); ``--classifier`` codes with the shipped classifier,
fair only for a model that did not train on the synthetic stories. Labels are story-level: a
lead may tell another event first, so a miss is judged by reading it.

s13 figures (lexicon only; main b891ee0 -> branch s13-typing): leads (430) label_in_types 0.377
-> 0.402, event_with_label 0.167 -> 0.184 at event precision 0.404 -> 0.432; leads + second
sentences (509) 0.340 -> 0.367, 0.147 -> 0.163 at 0.401 -> 0.432. The bench's own leads
(index % 10 == 0, bench/events_generalise.py, lexicon only) did not follow: label_in_types
0.433 -> 0.424, event_with_label 0.205 -> 0.205 at 0.445 -> 0.445; its headlines rose (0.253 ->
0.277 at 0.754 -> 0.782).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from events_generalise import score
from eventwire.events import codes
from eventwire.events.code import get_event_classifier

ROOT = Path(__file__).resolve().parents[1]
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def dev_items(shared: Path, second: bool) -> list[tuple[str, str]]:
    zpath = next((shared / "synthetic").glob("*.csv.zip"))
    with zipfile.ZipFile(zpath) as z, z.open(z.namelist()[0]) as fh:
        rows = list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))
    out = []
    for i, r in enumerate(rows):
        if i % 10 != 5:
            continue
        label = codes.normalise_type(r.get("label", ""))[0]
        sents = SPLIT.split((r.get("text") or "").strip().split("\n")[0])
        for s in sents[: 2 if second else 1]:
            s = s.strip()
            if label in codes.PLOVER_TYPES and 30 < len(s) < 400:
                out.append((s, label))
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    shared = Path(args[0] if args else ROOT / ".." / "shared" / "data" / "events").resolve()
    items = dev_items(shared, "--second" in argv)
    classifier = get_event_classifier() if "--classifier" in argv else None
    print(json.dumps(score(items, classifier, "--show" in argv, detail=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
