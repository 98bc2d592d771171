"""Actor resolution measured on its own against event gold: are the gold actors resolved?

    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/actors_gold.py [--show]

Writes bench/results/actors_gold.json. Two data sets, both from ../shared (absent: skipped):

- PLOVER gold, tuning half only (even first-record index, as eval/events.py splits it; the
  held-out half is scored only through the event scorer, never here). Each gold source/target
  carries its text (``actorText``) and code. Per gold actor:
  ``span``: the resolved actors over its text (overlapping characters) - ``right`` when one has
  the gold key (country, or IGO/NGO/IMG), ``wrong`` when they have only other such keys,
  ``none`` when no actor there has a country or is international ("rebels" alone); ``sentence``: the gold key is among the keys of all the
  sentence's resolved actors (what the event coder can use at best).
- PETR2 GSR validation (78 wire sentences, CAMEO codes, weak gold, never tuned on): only codes,
  no actor texts, so per gold source/target code (``---`` skipped): the key among the
  sentence's resolved keys (recall); and per resolved key, whether some coding of the sentence
  names it (``unexplained`` keys are not all wrong: a sentence names actors no event codes).
  Actors are resolved at the record's date. Only totals are shown for this set (no misses).

``actor_key`` is the event scorer's: the country, or IGO/NGO/IMG for international actors.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventwire.actors import get_resolver
from eventwire.eval.events import (
    NON_STATE,
    PLOVER_DATE,
    actor_key,
    clean_text,
    gold_key,
    read_plover,
    split_groups,
)
from eventwire.nlp import parse_many

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / ".." / "shared" / "data" / "events"
PLOVER = EVENTS / "plover_gsr" / "plover_gsr_dev.json"
PETR2 = EVENTS / "petr2_gsr_validation" / "petr2_gsr_validation_en.jsonl"
OUT = ROOT / "bench" / "results" / "actors_gold.json"


def placed_key(actor: Any) -> str | None:
    """The scorer's key of an actor that has a country or is international; None for an actor
    known only by its kind ("rebels", "CVL"): no country is not a wrong country."""
    key = actor_key(actor)
    if actor.country or (key or "") in NON_STATE:
        return key
    return None


def _rate(n: int, d: int) -> float:
    return round(n / d, 4) if d else 0.0


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every place ``needle`` occurs in ``text`` (case-insensitive)."""
    out, low, sub = [], text.lower(), needle.lower().strip()
    if not sub:
        return out
    at = low.find(sub)
    while at >= 0:
        out.append((at, at + len(sub)))
        at = low.find(sub, at + 1)
    return out


def plover_tune(resolver: Any, show: bool) -> dict[str, Any]:
    records = read_plover(PLOVER)
    tune = split_groups(records, "tune")
    gold: dict[str, dict[tuple[str, str], None]] = {t: {} for t in tune}
    for r in records:
        text = clean_text(r.get("text", ""))
        if text not in gold:
            continue
        for part in ("source", "target"):
            for a in r.get(part) or []:
                if isinstance(a, dict) and gold_key(a.get("code")) and a.get("actorText"):
                    gold[text][(a["actorText"], gold_key(a["code"]))] = None
    texts = list(gold)
    span_counts: Counter[str] = Counter()
    sentence_hit = total = 0
    misses = []
    for text, doc in zip(texts, parse_many(texts), strict=True):
        actors = resolver.resolve_doc(doc, date=PLOVER_DATE.date())
        keys = {placed_key(a) for a in actors.values()}
        for actor_text, key in gold[text]:
            total += 1
            sentence_hit += key in keys
            over = set()
            for s, e in _spans(text, actor_text):
                over |= {placed_key(a) for (a_s, a_e), a in actors.items() if a_s < e and s < a_e}
            outcome = "right" if key in over else ("wrong" if over - {None} else "none")
            span_counts[outcome] += 1
            if outcome != "right" or key not in keys:
                found = sorted(f"{text[s:e]}={actor_key(a)}" for (s, e), a in actors.items())
                misses.append({"outcome": outcome, "in_sentence": key in keys, "gold": f"{actor_text}={key}",
                               "resolved": found, "text": text})  # fmt: skip
    if show:
        for row in sorted(misses, key=lambda r: (r["outcome"], r["in_sentence"])):
            print(json.dumps(row, ensure_ascii=False))
    return {
        "sentences": len(texts),
        "gold_actors": total,
        "span": {
            **dict(span_counts),
            "right_rate": _rate(span_counts["right"], total),
            "wrong_rate": _rate(span_counts["wrong"], total),
        },  # fmt: skip
        "sentence_recall": _rate(sentence_hit, total),
    }


def _date(text: str | None) -> date:
    """A record's date: YYYYMMDD or YYMMDD; 2008-01-01 (the set's year) when missing."""
    for fmt in ("%Y%m%d", "%y%m%d"):
        try:
            return datetime.strptime(text or "", fmt).date()
        except ValueError:
            continue
    return date(2008, 1, 1)


def petr2(resolver: Any) -> dict[str, Any]:
    rows = [json.loads(line) for line in PETR2.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r["text"] for r in rows]
    found = total = 0
    resolved_keys = explained = 0
    for row, doc in zip(rows, parse_many(texts), strict=True):
        when = _date(row.get("date"))
        actors = resolver.resolve_doc(doc, date=when)
        keys = {placed_key(a) for a in actors.values()} - {None}
        codes = {gold_key(c.get(f)) for c in row["codings"] for f in ("sourcecode", "targetcode") if c.get(f)}
        codes -= {"---", None}
        for coding in row["codings"]:
            for f in ("sourcecode", "targetcode"):
                key = gold_key(coding.get(f))
                if key and key != "---":
                    total += 1
                    found += key in keys
        if codes:  # sentences with codings: every resolved key should be one of them
            resolved_keys += len(keys)
            explained += len(keys & codes)
    return {
        "sentences": len(rows),
        "gold_actors": total,
        "recall": _rate(found, total),
        "resolved_keys": resolved_keys,
        "explained_rate": _rate(explained, resolved_keys),
    }


def main(argv: list[str]) -> int:
    if not PLOVER.exists() or not PETR2.exists():
        print("../shared event gold is absent: nothing to measure", file=sys.stderr)
        return 0
    resolver = get_resolver()
    result = {"plover_tune": plover_tune(resolver, "--show" in argv), "petr2_gsr_validation": petr2(resolver)}
    OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
