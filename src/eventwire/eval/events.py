"""Scorers for the event coder: PLOVER gold standard records and PETRARCH2's validation suite.

Each gold sentence runs through the per-article stages in-process as a one-sentence article
(spaCy parse, actor resolution, event coding). PLOVER: an event is right when its type and the
countries (or IGO) of its source and target match a gold event of the same sentence; a gold
record with several sources and no target means each source acted with the others (the
"United States and Jordan have agreed" reading), which is also what the coder emits.
PETRARCH2: a coding is reproduced when an event of its sentence has its CAMEO root and the
country part (first three letters) of its source and target codes.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.events import codes
from eventwire.events.code import code_doc, get_event_classifier
from eventwire.events.lexicon import Lexicon, get_lexicon
from eventwire.records import Actor, Article, Event, content_hash

log = logging.getLogger(__name__)

# Country codes in the PLOVER gold that are not ISO 3166 alpha-3.
GOLD_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NON_STATE = ("IGO", "NGO", "IMG")
PLOVER_DATE = datetime(2000, 1, 1, tzinfo=UTC)

Triple = tuple[str, str | None, str | None]


def actor_key(actor: Actor | None) -> str | None:
    """The country of an actor, or IGO/NGO/IMG for international ones."""
    if actor is None:
        return None
    code = (actor.code or "").upper()
    if code.startswith(NON_STATE) or (actor.sector or "").upper() in NON_STATE and not actor.country:
        return code[:3] if code.startswith(NON_STATE) else (actor.sector or "").upper()
    if actor.country:
        return actor.country.upper()
    return code[:3] or None


def gold_key(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()[:3]
    return GOLD_CODE_FIXES.get(code, code)


# --- running the coder ----------------------------------------------------------------------


def _default_resolver(extra: Iterable[str | Path] = ()) -> Any:
    try:
        from eventwire.actors import get_resolver
    except ImportError as e:
        raise EventwireError(
            "[events-eval] no actor resolver: eventwire.actors.get_resolver is not available"
        ) from e
    extra = [str(p) for p in extra]
    return get_resolver(extra=extra) if extra else get_resolver()


def code_sentences(
    texts: list[str],
    *,
    published: list[datetime | None],
    resolver: Any,
    lexicon: Lexicon,
    classifier: Any,
    keep_unmapped: bool = False,
) -> list[list[Event]]:
    """Events of each text, coded as a one-sentence article."""
    from eventwire.nlp import parse_many

    out = []
    for text, date, doc in zip(texts, published, parse_many(texts), strict=True):
        article = Article(id=content_hash(text), doc_id=content_hash(text), text=text, published=date)
        actors = resolver.resolve_doc(doc, date=date.date() if date else None)
        out.append(
            code_doc(doc, actors, article, lexicon=lexicon, classifier=classifier, keep_unmapped=keep_unmapped)
        )
    return out


def _classifier(use: bool | str) -> Any:
    if use is False:
        return None
    return get_event_classifier()


# --- PLOVER ---------------------------------------------------------------------------------


def read_plover(path: str | Path) -> list[dict[str, Any]]:
    """PLOVER gold records from a JSON array or a JSONL file."""
    text = Path(path).read_text("utf-8")
    if text.lstrip().startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def clean_text(text: str) -> str:
    text = text.strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1].strip()
    return text


def gold_events(record: dict[str, Any]) -> set[Triple]:
    """(type, source key, target key) triples of one gold record (old type names mapped)."""
    kind, _ = codes.normalise_type(record.get("event", ""))
    sources = [gold_key(a.get("code")) for a in record.get("source") or [] if isinstance(a, dict)]
    targets = [gold_key(a.get("code")) for a in record.get("target") or [] if isinstance(a, dict)]
    sources = [s for s in sources if s] or [None]
    targets = [t for t in targets if t]
    if targets:
        return {(kind, s, t) for s in sources for t in targets}
    if len(sources) > 1:
        return {(kind, s, t) for s in sources for t in sources if s != t}
    return {(kind, sources[0], None)}


PLOVER_LAYOUT = '{"text", "event": PLOVER type, "source": [{"code"}], "target": [{"code"}] or ""}'


def _check_record(record: Any, number: int) -> None:
    """A ValueError naming what a record in another layout lacks: it would be scored as a gold
    event of type '' or without actors, an F1 of 0 with no word why."""
    if not isinstance(record, dict):
        raise ValueError(f"record {number} is not a JSON object; a record is {PLOVER_LAYOUT}")
    if not record.get("event"):
        raise ValueError(f"record {number} has no 'event' (its PLOVER type); a record is {PLOVER_LAYOUT}")
    for side in ("source", "target"):
        if record.get(side) and not isinstance(record[side], list):
            raise ValueError(f"record {number}: '{side}' is not a list of actors; a record is {PLOVER_LAYOUT}")


def split_groups(records: list[dict[str, Any]], split: str) -> dict[str, set[Triple]]:
    """Gold triples per sentence; ``split`` "tune" keeps sentences whose first record has an
    even index in the file, "heldout" odd ones, "all" every sentence. The held-out half is
    split again by that index modulo 4 (session 24): "heldout-open" (1) is opened for error
    analysis, "heldout-blind" (3) stays scored for totals only."""
    groups: dict[str, set[Triple]] = {}
    first: dict[str, int] = {}
    for i, record in enumerate(records):
        _check_record(record, i + 1)
        text = clean_text(record.get("text", ""))
        if not text:
            continue
        first.setdefault(text, i)
        groups.setdefault(text, set()).update(gold_events(record))
    if split == "all":
        return groups
    if split in ("heldout-open", "heldout-blind"):
        rest = 1 if split == "heldout-open" else 3
        return {t: g for t, g in groups.items() if first[t] % 4 == rest}
    parity = 0 if split == "tune" else 1
    return {t: g for t, g in groups.items() if first[t] % 2 == parity}


def predicted_triples(events: list[Event]) -> set[Triple]:
    """Events as the gold codes them: an intended action is PLOVER's AGREE or THREATEN (the
    coder stores them so; the view is kept for events coded before it did)."""
    return {
        (codes.intent_view(e.type, e.cameo, e.modality, e.negated)[0], actor_key(e.source), actor_key(e.target))
        for e in events
        if not e.negated and e.type
    }


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def evaluate_plover(
    path: str | Path,
    *,
    split: str = "all",
    resolver: Any = None,
    lexicon: Lexicon | None = None,
    use_classifier: bool = True,
    details: bool = False,
) -> dict[str, Any]:
    """P/R/F1 overall and per PLOVER type over the PLOVER gold records at ``path``."""
    groups = split_groups(read_plover(path), split)
    texts = list(groups)
    if not texts:
        raise ValueError(f"no gold records (split {split})" if split != "all" else "no gold records")
    resolver = resolver or _default_resolver()
    classifier = _classifier(use_classifier)
    coded = code_sentences(
        texts, published=[PLOVER_DATE] * len(texts), resolver=resolver, lexicon=lexicon or get_lexicon(),
        classifier=classifier,
    )  # fmt: skip
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    rows = []
    for text, events in zip(texts, coded, strict=True):
        gold, pred = groups[text], predicted_triples(events)
        for triple in pred | gold:
            outcome = "tp" if triple in gold and triple in pred else ("fp" if triple in pred else "fn")
            counts[triple[0]][outcome] += 1
            total[outcome] += 1
        if details:
            rows.append({"text": text, "gold": sorted(map(list, gold), key=str), "pred": sorted(map(list, pred), key=str)})
    result: dict[str, Any] = {
        "data": str(path),
        "split": split,
        "sentences": len(texts),
        "gold_events": sum(len(g) for g in groups.values()),
        "classifier": classifier is not None,
        "overall": prf(total["tp"], total["fp"], total["fn"]),
        "per_type": {k: prf(v["tp"], v["fp"], v["fn"]) for k, v in sorted(counts.items())},
    }
    if details:
        result["sentences_detail"] = rows
    return result


# --- PETRARCH2 validation suite -------------------------------------------------------------


def read_petrarch(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def _parse_date(text: str | None) -> datetime | None:
    try:
        return datetime.strptime(text or "", "%Y%m%d").replace(tzinfo=UTC)
    except ValueError:
        return None


def _codings(events: list[Event]) -> set[tuple[str, str, str]]:
    found = set()
    for e in events:
        if e.negated or not e.cameo:
            continue
        src = (e.source.code or "")[:3].upper() if e.source else ""
        tgt = (e.target.code or "")[:3].upper() if e.target else ""
        cameo = codes.intent_view(e.type or "", e.cameo, e.modality, e.negated)[1] if e.type else e.cameo
        found.add((src, tgt, codes.root(cameo or e.cameo)))
    return found


def evaluate_petrarch(
    path: str | Path,
    *,
    actor_dictionaries: Iterable[str | Path] | None = None,
    verb_dictionaries: Iterable[str | Path] = (),
    resolver: Any = None,
    use_classifier: bool = False,
    details: bool = False,
) -> dict[str, Any]:
    """How many of the suite's codings are reproduced at CAMEO root level, per category.

    ``actor_dictionaries`` default to the ``PETR.Validate.actors.txt``/``.agents.txt`` next to
    ``path``, loaded into the resolver as a user dictionary. ``verb_dictionaries`` may add the
    suite's own verb file: its codes are not CAMEO's, so figures are reported both ways.
    """
    path = Path(path)
    if actor_dictionaries is None:
        actor_dictionaries = [p for p in (path.parent / "PETR.Validate.actors.txt", path.parent / "PETR.Validate.agents.txt") if p.exists()]
    records = read_petrarch(path)
    if not records:
        raise ValueError("no gold records")
    resolver = resolver or _default_resolver(actor_dictionaries)
    lexicon = Lexicon.load(extra=verb_dictionaries) if verb_dictionaries else get_lexicon()
    coded = code_sentences(
        [r["text"] for r in records], published=[_parse_date(r.get("date")) for r in records],
        resolver=resolver, lexicon=lexicon, classifier=_classifier(use_classifier),
        keep_unmapped=bool(verb_dictionaries),
    )  # fmt: skip
    per_cat: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    for record, events in zip(records, coded, strict=True):
        cat = record.get("category", "?")
        got = _codings(events)
        expected = record.get("codings") or []
        if not expected:
            per_cat[cat]["no_event_total"] += 1
            per_cat[cat]["no_event_correct"] += int(not got)
        for coding in expected:
            want = ((coding.get("sourcecode") or "")[:3].upper(), (coding.get("targetcode") or "")[:3].upper(), codes.root(coding.get("eventcode") or "00"))
            per_cat[cat]["total"] += 1
            per_cat[cat]["reproduced"] += int(want in got)
        per_cat[cat]["extra"] += len(got - {((c.get("sourcecode") or "")[:3].upper(), (c.get("targetcode") or "")[:3].upper(), codes.root(c.get("eventcode") or "00")) for c in expected})
        if details:
            rows.append({"id": record.get("id"), "text": record["text"], "expected": expected, "got": sorted(got)})
    total = Counter()
    for c in per_cat.values():
        total.update(c)
    result: dict[str, Any] = {
        "data": str(path),
        "verb_dictionaries": [str(p) for p in verb_dictionaries],
        "records": len(records),
        "reproduced": total["reproduced"],
        "total": total["total"],
        "rate": round(total["reproduced"] / total["total"], 4) if total["total"] else 0.0,
        "no_event": f"{total['no_event_correct']}/{total['no_event_total']}",
        "extra_codings": total["extra"],
        "per_category": {
            k: {"reproduced": f"{v['reproduced']}/{v['total']}", "no_event": f"{v['no_event_correct']}/{v['no_event_total']}", "extra": v["extra"]}
            for k, v in sorted(per_cat.items())
        },
    }
    if details:
        result["records_detail"] = rows
    return result
