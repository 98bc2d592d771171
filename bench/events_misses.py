"""Why the event coder misses PLOVER gold events: one reason per false negative, counted.

    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/events_misses.py [tune|heldout-open] [--no-classifier] [--show]

For error analysis on the tuning half (even first-record index) and, since session 24, the
opened quarter of the held-out half (``heldout-open``); never on ``heldout-blind``.
Reasons, checked in this order for a gold triple (type, source, target) that was not predicted:
- ``actor unresolved``: a gold country/IGO appears among no resolved actor of the sentence;
- ``actor other country``: gold actor text resolved, but to a different country;
- ``swapped``: the same type with source and target exchanged was predicted;
- ``wrong type``: a prediction with the gold source and target but another type;
- ``filtered``: a candidate with the gold type existed but gave no event with these actors
  (vague participant, same-actor rule, one-sided, wrong arguments);
- ``no lexicon code``: the gold trigger verb was found as a predicate but had no PLOVER code;
- ``no predicate``: otherwise (the trigger is not a verb the finder uses, or a noun).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from eventwire.actors import get_resolver
from eventwire.eval.events import (
    PLOVER_DATE,
    actor_key,
    clean_text,
    gold_events,
    gold_key,
    predicted_triples,
    read_plover,
    split_groups,
)
from eventwire.events import codes
from eventwire.events.code import code_doc, get_event_classifier
from eventwire.events.lexicon import get_lexicon
from eventwire.nlp import parse_many
from eventwire.records import Article, content_hash

ROOT = Path(__file__).resolve().parents[1]
PLOVER = ROOT / ".." / "shared" / "data" / "events" / "plover_gsr" / "plover_gsr_dev.json"


def main(argv: list[str]) -> int:
    split = next((a for a in argv if not a.startswith("-")), "tune")
    use_classifier = "--no-classifier" not in argv
    records = read_plover(PLOVER)
    groups = split_groups(records, split)
    by_text: dict[str, list[dict]] = {}
    for r in records:
        by_text.setdefault(clean_text(r.get("text", "")), []).append(r)
    resolver = get_resolver()
    classifier = get_event_classifier() if use_classifier else None
    lexicon = get_lexicon()
    texts = list(groups)
    reasons: Counter[str] = Counter()
    fp_total = tp_total = 0
    out = []
    for text, doc in zip(texts, parse_many(texts), strict=True):
        article = Article(id=content_hash(text), doc_id=content_hash(text), text=text, published=PLOVER_DATE)
        actors = resolver.resolve_doc(doc, date=PLOVER_DATE.date())
        events = code_doc(doc, actors, article, lexicon=lexicon, classifier=classifier)
        pred = predicted_triples(events)
        gold = groups[text]
        keys = {actor_key(a) for a in actors.values()}
        tp_total += len(pred & gold)
        fp_total += len(pred - gold)
        for triple in sorted(gold - pred, key=str):
            kind, src, tgt = triple
            recs = [r for r in by_text[text] if (kind, src, tgt) in gold_events(r)]
            rec = recs[0] if recs else {}
            ev_text = rec.get("eventText", "")
            gold_actor_texts = {
                gold_key(a.get("code")): a.get("actorText", "")
                for part in ("source", "target") for a in (rec.get(part) or []) if isinstance(a, dict)
            }  # fmt: skip
            missing = [k for k in (src, tgt) if k and k not in keys]
            if missing:
                # resolved to another country? look for an actor over the gold actor's text
                other = []
                for k in missing:
                    at = gold_actor_texts.get(k, "")
                    for (s, e), a in actors.items():
                        if at and (text[s:e] in at or at in text[s:e]) and actor_key(a):
                            other.append(f"{at}->{actor_key(a)}")
                reason = "actor other country" if other else "actor unresolved"
                detail = ",".join(other) or ",".join(f"{k}:{gold_actor_texts.get(k, '?')}" for k in missing)
            elif (kind, tgt, src) in pred and tgt:
                reason, detail = "swapped", ""
            elif any(p[1] == src and p[2] == tgt for p in pred):
                reason = "wrong type"
                detail = ",".join(p[0] for p in pred if p[1] == src and p[2] == tgt)
            elif any(p[0] == kind for p in pred):
                reason, detail = "filtered", ",".join(f"{p[1]}>{p[2]}" for p in pred if p[0] == kind)
            else:
                words = {w.lower() for w in ev_text.split()}
                verbs = [t for t in doc if t.pos_ == "VERB" and (t.lower_ in words or t.lemma_.lower() in words)]
                typed = [t for t in verbs if any(e.mentions and e.mentions[0].trigger == t.text for e in events)]
                if typed:
                    reason, detail = "filtered", f"trigger {typed[0].text} typed otherwise"
                elif verbs:
                    entries = lexicon.match_verb(verbs[0].lemma_.lower(), {}, set())
                    has = any(codes.to_plover(e.code) for e in entries)
                    reason = "filtered" if has else "no lexicon code"
                    detail = f"verb {verbs[0].lemma_}" + (f" ({entries[0].code})" if entries else " (unknown)")
                else:
                    reason, detail = "no predicate", f"event text {ev_text!r}"
            reasons[reason] += 1
            out.append({"reason": reason, "gold": list(triple), "detail": detail, "eventText": ev_text,
                        "pred": sorted(map(list, pred), key=str), "text": text})  # fmt: skip
    fn = sum(reasons.values())
    summary = {"split": split, "classifier": classifier is not None, "tp": tp_total, "fp": fp_total, "fn": fn,
               "reasons": dict(reasons.most_common())}  # fmt: skip
    if "--show" in argv:
        for row in sorted(out, key=lambda r: r["reason"]):
            print(json.dumps(row))
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
