"""Reading the classifier's training and check data from ``../shared`` (never copied into the repo).

Used by ``bench/train_classifier.py``: the PLOVER codebook's modes and definitions, the PLOVER
gold records (split by their sentence's first record), the NGEC synthetic stories and templated
headlines, and the CAMEO -> PLOVER table.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.eval.events import clean_text
from eventwire.events.classifier import normalise_label

SYNTHETIC = "data/events/synthetic/NGEC_gpt_synthetic_events_2023-10-19_19.csv.zip"
HEADLINES = "data/events/synthetic/NGEC_synthetic_headlines.csv"
GOLD = "data/events/plover_gsr/plover_gsr_dev.json"
CODEBOOK = "data/events/codebooks/NGEC_PLOVER_structured_codebook_updated.csv"
CAMEO2PLOVER = "data/events/codebooks/CAMEO2PLOVER-2021.txt"
PETR_GSR = "data/events/petr2_gsr_validation/petr2_gsr_validation_en.jsonl"
PETR_UNIT = "data/events/petrarch2_unittest/petr2_unittest.jsonl"

# Placeholder fillers for the templated headlines (names of countries and capitals: facts).
COUNTRIES = ["Kenya", "Peru", "Ukraine", "Indonesia", "Egypt", "France", "Pakistan", "Brazil",
             "Nigeria", "Japan", "Turkey", "Colombia", "Iran", "Germany", "Sudan", "India"]  # fmt: skip
CITIES = ["Nairobi", "Lima", "Kyiv", "Jakarta", "Cairo", "Paris", "Karachi", "Bogota"]


def load_codebook_modes(shared: Path) -> dict[str, set[str]]:
    modes: dict[str, set[str]] = defaultdict(set)
    with open(shared / CODEBOOK, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            event_type, mode = normalise_label(row["event"], row["mode"])
            modes[event_type]
            if mode:
                modes[event_type].add(mode)
    return dict(modes)


def load_codebook_definitions(shared: Path, modes: dict[str, set[str]]) -> list[dict]:
    """The codebook's definitions as labelled rows: each type's definition and each mode's."""
    rows, seen = [], set()
    with open(shared / CODEBOOK, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            event_type, mode = normalise_label(row["event"], row["mode"])
            for text, label_mode in ((row["event_def"], None), (row["mode_def"], mode)):
                text = " ".join(text.split())
                if text and text not in seen:
                    seen.add(text)
                    rows.append({"text": text, "type": event_type, "mode": label_mode})
    return rows


def checked_mode(
    event_type: str, mode: str | None, modes: dict[str, set[str]], dropped: Counter
) -> str | None:
    """The mode if the codebook lists it for this type, else None (and counted)."""
    if mode and mode not in modes.get(event_type, set()):
        dropped[f"{event_type}/{mode}"] += 1
        return None
    return mode


def load_gold(shared: Path, modes: dict[str, set[str]], dropped: Counter) -> list[dict]:
    records = json.loads((shared / GOLD).read_text(encoding="utf-8"))
    # A sentence with several records belongs to the half of its first record, as in the
    # event coder's scorer (eventwire.eval.events.split_groups): splitting by each record's own
    # index put two held-out sentences' even records into training.
    first: dict[str, int] = {}
    for index, record in enumerate(records):
        first.setdefault(clean_text(record.get("text", "")), index)
    gold = []
    for index, record in enumerate(records):
        event_type, mode = normalise_label(record["event"], record.get("mode"))
        gold.append(
            {
                "index": first.get(clean_text(record.get("text", "")), index),
                "record": index,
                "text": record["text"].strip(),
                "type": event_type,
                "mode": checked_mode(event_type, mode, modes, dropped),
            }
        )
    return gold


def sentence_splitter():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def load_synthetic(shared: Path, modes: dict[str, set[str]], dropped: Counter) -> list[dict]:
    """One record per story: headline, first three sentences, type, mode, template."""
    nlp = sentence_splitter()
    with zipfile.ZipFile(shared / SYNTHETIC) as archive:
        name = archive.namelist()[0]
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
    texts = [" ".join(row["text"].split()) for row in rows]
    stories = []
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=256), strict=True):
        event_type, mode = normalise_label(row["label"], row["mode"])
        sentences = [s.text.strip() for s in doc.sents if len(s.text.strip()) > 20][:3]
        stories.append(
            {
                "headline": row["prompt"].split("\n", 1)[0].strip(),
                "sentences": sentences,
                "type": event_type,
                "mode": checked_mode(event_type, mode, modes, dropped),
                "template": row["title"].strip(),
            }
        )
    return stories


def load_headlines(shared: Path, modes: dict[str, set[str]], dropped: Counter, used: set[str]) -> list[dict]:
    """Templated headlines whose template no story uses, placeholders filled deterministically."""
    rng = random.Random(13)
    out = []
    with open(shared / HEADLINES, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            template = row["title"].strip()
            if template in used:
                continue
            c1, c2, c3 = rng.sample(COUNTRIES, 3)
            text = template.format(country_1=c1, country_2=c2, country_3=c3, city=rng.choice(CITIES))
            event_type, mode = normalise_label(row["event"], row["mode"])
            out.append(
                {
                    "text": text,
                    "type": event_type,
                    "mode": checked_mode(event_type, mode, modes, dropped),
                    "template": template,
                }
            )
    return out


def is_synthetic_test(template: str) -> bool:
    return int(hashlib.sha1(template.encode("utf-8")).hexdigest(), 16) % 5 == 0


def cameo_to_plover(shared: Path) -> dict[str, str]:
    table = {}
    for line in (shared / CAMEO2PLOVER).read_text(encoding="utf-8").splitlines():
        code, _, rest = line.partition(":")
        if code.strip().isdigit() and rest.strip():
            table[code.strip()] = rest.split("#", 1)[0].split(",", 1)[0].strip()
    return table
