"""How well event typing generalises beyond the PLOVER tune half -> bench/results/events_generalise.json.

    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/events_generalise.py [../shared/data/events] [--no-classifier] [--show]

Data never used to tune the lexicon or the rules (the classifier trained on synthetic headlines,
so its figures on them are flattering; the story lead sentences it never saw):
- ``headlines``: NGEC's 375 templated synthetic headlines (``synthetic/NGEC_synthetic_headlines.csv``),
  placeholders filled with real country and city names (fixed per row), turned to sentence case
  with a full stop (title case makes the tagger call every word a proper noun);
- ``leads``: the first sentence of every 10th NGEC synthetic story (450), labelled with its
  story's type (noisy: a lead may tell another event first).
Per sentence: ``typed`` when some predicate gets a PLOVER type (candidate level, actors not
required), ``right`` when the label is among the candidate types, ``event_right`` when a coded
event (actors resolved) has it. Figures per source and per type.
- ``petr2_gsr``: PETRARCH2's 78 English wire sentences with their CAMEO codings (weak gold: PETRARCH2
  output, checked): codings reproduced at CAMEO root level, and PLOVER triples (type of the CAMEO
  code, source and target country) scored like the PLOVER gold.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.actors import get_resolver
from eventwire.events import codes
from eventwire.events.candidates import find_candidates
from eventwire.events.code import code_doc, get_event_classifier
from eventwire.events.lexicon import get_lexicon
from eventwire.nlp import parse_many
from eventwire.records import Article, content_hash

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["France", "Kenya", "Brazil", "Japan", "Egypt", "Poland", "India", "Mexico", "Turkey", "Nigeria", "Peru", "Vietnam"]
CITIES = ["Nairobi", "Lima", "Warsaw", "Cairo", "Manila", "Lagos"]
KEEP_UPPER = re.compile(r"^[A-Z]{2,}$")


def fill(title: str, i: int) -> str:
    c1, c2, c3 = (COUNTRIES[(i + k * 5) % len(COUNTRIES)] for k in range(3))
    city = CITIES[i % len(CITIES)]
    filled = title.strip().replace("{country_1}", "\x01").replace("{country_2}", "\x02").replace("{country_3}", "\x03").replace("{city}", "\x04")
    words = filled.split()
    out = []
    for k, w in enumerate(words):
        if k and not KEEP_UPPER.match(w.strip("(),:'\"")) and "\x01" not in w and "\x02" not in w and "\x03" not in w and "\x04" not in w:
            w = w.lower()
        out.append(w)
    text = " ".join(out).replace("\x01", c1).replace("\x02", c2).replace("\x03", c3).replace("\x04", city)
    return text.rstrip(".") + "."


def headlines(shared: Path) -> list[tuple[str, str]]:
    rows = list(csv.DictReader((shared / "synthetic" / "NGEC_synthetic_headlines.csv").open(encoding="utf-8")))
    return [(fill(r["title"], i), r["event"].strip()) for i, r in enumerate(rows) if r.get("event", "").strip() in codes.PLOVER_TYPES]


def leads(shared: Path, every: int = 10) -> list[tuple[str, str]]:
    zpath = next((shared / "synthetic").glob("*.csv.zip"))
    with zipfile.ZipFile(zpath) as z, z.open(z.namelist()[0]) as fh:
        rows = list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))
    out = []
    for i, r in enumerate(rows):
        if i % every:
            continue
        label = codes.normalise_type(r.get("label", ""))[0]
        text = (r.get("text") or "").strip().split("\n")[0]
        first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)[0].strip()
        if label in codes.PLOVER_TYPES and 30 < len(first) < 400:
            out.append((first, label))
    return out


def score(items: list[tuple[str, str]], classifier: object, show: bool, detail: bool = False) -> dict[str, object]:
    """Rates over ``items`` (sentence, label); ``show`` prints the sentences whose label is not
    among the types found, or with ``detail`` those with no event of the label, with each
    candidate's trigger, code, how it was typed, type and argument counts."""
    resolver = get_resolver()
    lexicon = get_lexicon()
    texts = [t for t, _ in items]
    total: Counter[str] = Counter()
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for (text, label), doc in zip(items, parse_many(texts), strict=True):
        article = Article(id=content_hash(text), doc_id=content_hash(text), text=text)
        actors = resolver.resolve_doc(doc)
        cands, _ = find_candidates(doc, actors, article, lexicon)
        events = code_doc(doc, actors, article, lexicon=lexicon, classifier=classifier)
        ctypes = {c.plover[0] for c in cands if c.plover and not c.negated}
        etypes = {codes.intent_view(e.type, e.cameo, e.modality, e.negated)[0] for e in events if e.type and not e.negated}
        ctypes |= etypes
        row = {"n": 1, "typed": int(bool(ctypes)), "right": int(label in ctypes), "event": int(bool(etypes)),
               "event_right": int(label in etypes), "event_wrong": int(bool(etypes) and label not in etypes)}  # fmt: skip
        total.update(row)
        per[label].update(row)
        if show and detail and not row["event_right"]:
            cands_shown = [f"{c.trigger.text}:{c.code}:{c.how}:{(c.plover or ('-',))[0]}{':NEG' if c.negated else ''}"
                           f":s{len(c.sources)}t{len(c.targets)}" for c in cands]
            print(json.dumps({"label": label, "cand": sorted(ctypes), "ev": sorted(etypes), "c": cands_shown, "text": text}))
        elif show and not detail and not row["right"]:
            print(json.dumps({"label": label, "got": sorted(ctypes), "text": text}))
    def rates(c: Counter[str]) -> dict[str, float | int]:
        n = c["n"] or 1
        return {"n": c["n"], "typed": round(c["typed"] / n, 3), "label_in_types": round(c["right"] / n, 3),
                "event_with_label": round(c["event_right"] / n, 3),
                "event_precision": round(c["event_right"] / c["event"], 3) if c["event"] else 0.0}  # fmt: skip
    return {"overall": rates(total), "per_type": {k: rates(v) for k, v in sorted(per.items())}}


def petr2_gsr(shared: Path, classifier: object) -> dict[str, object]:
    from eventwire.eval.events import evaluate_petrarch, predicted_triples, prf

    path = shared / "petr2_gsr_validation" / "petr2_gsr_validation_en.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    root = evaluate_petrarch(path, actor_dictionaries=[], resolver=get_resolver(), use_classifier=classifier is not None)
    lexicon = get_lexicon()
    resolver = get_resolver()
    tp = fp = fn = 0
    texts = [r["text"] for r in rows]
    for row, doc in zip(rows, parse_many(texts), strict=True):
        article = Article(id=content_hash(row["text"]), doc_id="g", text=row["text"])
        events = code_doc(doc, resolver.resolve_doc(doc), article, lexicon=lexicon, classifier=classifier)
        pred = {(t, s, g) for t, s, g in predicted_triples(events)}
        gold = set()
        for c in row.get("codings") or []:
            info = codes.to_plover(c.get("eventcode") or "")
            if info:
                gold.add((info[0], (c.get("sourcecode") or "")[:3] or None, (c.get("targetcode") or "")[:3] or None))
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return {"root_reproduced": f"{root['reproduced']}/{root['total']}", "plover_triples": prf(tp, fp, fn)}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    shared = Path(args[0] if args else ROOT / ".." / "shared" / "data" / "events").resolve()
    classifier = None if "--no-classifier" in argv else get_event_classifier()
    show = "--show" in argv
    out = {"classifier": classifier is not None,
           "headlines": score(headlines(shared), classifier, show),
           "leads": score(leads(shared), classifier, show),
           "petr2_gsr": petr2_gsr(shared, classifier)}  # fmt: skip
    if "--no-write" not in argv:
        dest = ROOT / "bench" / "results" / "events_generalise.json"
        dest.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    print(json.dumps({k: v.get("overall", v) for k, v in out.items() if isinstance(v, dict)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
