"""Predicate-level examples for the event classifier from texts we wrote (the audit fixtures).

    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/classifier_audit.py OUT.jsonl [--tune]

``tests/fixtures/news_events3..14`` are wire copy written for this project with the events a
PLOVER coder would code (``expected.tsv``: article, type(s), source, target, must/may, the words).
Each article runs through the parser, the actor resolver and the candidate finder (as in the
events stage); every candidate with a source becomes one row:
- its sentence holds a 'must' line whose words contain the trigger: the line's type(s);
- its sentence holds no expected line at all: ``NONE`` (a predicate with actors and no event);
- otherwise (only 'may' lines, or lines about another predicate of the sentence): skipped.
A line's sentence is the one holding most of its words (at least 60%).

``--tune`` does the same for the PLOVER gold tune half (even first-record index, read from
``../shared``, never copied), with each record's eventText as the words and every record a
'must': a development set, never trained on by the shipped model unless its results say so.
Each row keeps the sentence, the trigger's subtree and the text from the first to the last of
trigger, sources and targets, the lexicon's code and how it was reached.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.actors import get_resolver  # noqa: E402
from eventwire.eval.events import PLOVER_DATE, clean_text, read_plover, split_groups  # noqa: E402
from eventwire.events import attributes, codes  # noqa: E402
from eventwire.events.candidates import find_candidates  # noqa: E402
from eventwire.events.classifier import normalise_label  # noqa: E402
from eventwire.events.lexicon import get_lexicon  # noqa: E402
from eventwire.events.senses import NO_ACT, event_subject  # noqa: E402
from eventwire.nlp import parse_many  # noqa: E402
from eventwire.records import Article, content_hash  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
AUDIT_SETS = tuple(range(3, 15))
PLOVER = ROOT / ".." / "shared" / "data" / "events" / "plover_gsr" / "plover_gsr_dev.json"
NONE = "NONE"
WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
STOP = frozenset(
    "the a an of to in on and or with for by at as its his her their from that was were is".split()
)


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)} - STOP


def read_expected(folder: Path) -> dict[str, list[dict]]:
    lines: dict[str, list[dict]] = {}
    for raw in (folder / "expected.tsv").read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) < 6:
            continue
        types = [normalise_label(t, None)[0] for t in cols[1].split("|") if t.strip()]
        # the words, without a note in brackets ("(added after the first scoring)")
        text = re.sub(r"\([^)]*\)", " ", cols[5])
        lines.setdefault(cols[0], []).append({"types": types, "need": cols[4].strip(), "words": text})
    return lines


def read_articles(folder: Path) -> dict[str, tuple[str, str | None]]:
    """Article id -> (text, published) for a folder of .txt articles or a sentences.jsonl."""
    jsonl = folder / "sentences.jsonl"
    if jsonl.exists():
        out = {}
        for line in jsonl.read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out[r["id"]] = (r["text"], r.get("published"))
        return out
    # the headline is left out: the coder codes nothing from it and the audits expect nothing there
    return {
        p.stem: (p.read_text("utf-8").split("\n", 1)[-1].strip(), None) for p in sorted(folder.glob("*.txt"))
    }


def locate(sentences: list[Any], line: dict, share_min: float = 0.6) -> set[int]:
    """The sentences holding at least ``share_min`` of the words of a fragment of the line
    (fragments are ';'-separated; each fragment's best sentence)."""
    found = set()
    for fragment in line["words"].split(";"):
        want = words(fragment)
        if not want:
            continue
        best, best_share = None, 0.0
        for i, sent in enumerate(sentences):
            have = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
            share = len(want & have) / len(want)
            if share > best_share:
                best, best_share = i, share
        if best is not None and best_share >= share_min:
            found.add(best)
    return found


def trigger_in(token: Any, line: dict) -> bool:
    want = words(line["words"])
    return token.lower_ in want or token.lemma_.lower() in want


def predicate_span(cand: Any) -> str:
    """From the first to the last of the trigger, its sources and its targets within the
    sentence, the arguments' noun phrases whole: the text of one predicate's question."""
    trigger, sent = cand.trigger, cand.sent
    doc = trigger.doc
    marks = [trigger.i] + [
        r.token for r in (*cand.sources, *cand.targets) if sent.start <= r.token < sent.end
    ]
    lo, hi = min(marks), max(marks)
    if lo != trigger.i:
        lo = max(sent.start, min(lo, doc[lo].left_edge.i))
    if hi != trigger.i:
        hi = min(sent.end - 1, max(hi, doc[hi].right_edge.i))
    return str(doc[lo : hi + 1].text)


def clause_texts(cand: Any) -> dict[str, str]:
    """The texts a question about the candidate may be asked on: its sentence, the trigger's
    subtree, and the span from the first to the last of trigger and arguments."""
    trigger = cand.trigger
    subtree = list(trigger.subtree)
    return {
        "sentence": cand.sent.text,
        "subtree": trigger.doc[subtree[0].i : subtree[-1].i + 1].text,
        "span": predicate_span(cand),
    }


def rows_of(
    group: str,
    article: str,
    text: str,
    published: Any,
    lines: list[dict],
    doc: Any,
    resolver: Any,
    none_ok: bool = True,
) -> list[dict]:
    art = Article(id=content_hash(text), doc_id=content_hash(text), text=text, published=published)
    actors = resolver.resolve_doc(doc, date=published.date() if published else None)
    candidates, _ = find_candidates(doc, actors, art)
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    at: dict[int, list[dict]] = {}
    touched: set[int] = set()  # sentences a line may be about: never "no event"
    for line in lines:
        for i in locate(sentences, line):
            at.setdefault(i, []).append(line)
        touched |= locate(sentences, line, 0.4)
    out = []
    for cand in candidates:
        if not cand.sources:
            continue
        si = starts.index(cand.sent.start)
        here = at.get(si, [])
        if not here:
            if not none_ok or si in touched:
                continue
            labels = [NONE]
        else:
            must = [ln for ln in here if ln["need"] == "must" and trigger_in(cand.trigger, ln)]
            if not must and (not none_ok or any(trigger_in(cand.trigger, ln) for ln in here)):
                continue
            # a predicate of an event's sentence that no line's words name: no event of its own
            # (weaker than a sentence with no line: the words may leave the trigger out)
            labels = sorted({t for ln in must for t in ln["types"]}) or [NONE]
        plover = cand.plover
        out.append({
            "group": group, "article": article, "sent": si, "trigger": cand.trigger.text,
            "lemma": cand.trigger.lemma_.lower(), "pos": cand.trigger.pos_, "labels": labels,
            "first_label": labels[0] if labels == [NONE] else next(t for ln in must for t in ln["types"]),
            "weak_none": bool(here) and labels == [NONE], "question": _silent(cand),
            "lexicon": plover[0] if plover else None, "code": cand.code, "how": cand.how,
            "ambiguous": sorted({p[0] for p in map(codes.to_plover, cand.ambiguous) if p and p[0]}),
            "has_target": bool(cand.targets), **clause_texts(cand),
        })  # fmt: skip
    return out


def _silent(cand: Any) -> bool:
    """A predicate the events stage would ask the classifier about (``code.questions``, without
    its one-per-sentence choice)."""
    return bool(
        cand.plover is None
        and cand.trigger.pos_ == "VERB"
        and cand.sources
        and cand.targets
        and cand.trigger.lemma_.lower() not in attributes.SPEECH
        and cand.how != NO_ACT
        and not event_subject(cand.trigger, get_lexicon())
    )


def audit_rows(resolver: Any) -> list[dict]:
    rows = []
    for n in AUDIT_SETS:
        folder = FIXTURES / f"news_events{n}"
        expected = read_expected(folder)
        articles = read_articles(folder)
        ids = list(articles)
        docs = parse_many([articles[i][0] for i in ids])
        for aid, doc in zip(ids, docs, strict=True):
            rows += rows_of(f"ne{n}", aid, articles[aid][0], None, expected.get(aid, []), doc, resolver)
    return rows


def tune_rows(resolver: Any) -> list[dict]:
    records = read_plover(PLOVER)
    groups = split_groups(records, "tune")
    lines: dict[str, list[dict]] = {}
    for r in records:
        text = clean_text(r.get("text", ""))
        if text in groups:
            kind, _ = codes.normalise_type(r.get("event", ""))
            lines.setdefault(text, []).append(
                {"types": [kind], "need": "must", "words": r.get("eventText", "")}
            )
    texts = list(groups)
    rows = []
    for text, doc in zip(texts, parse_many(texts), strict=True):
        # every gold sentence has an event: a predicate matching no record's words is unknown
        rows += rows_of(
            "tune", content_hash(text), text, PLOVER_DATE, lines.get(text, []), doc, resolver, none_ok=False
        )
    return rows


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    resolver = get_resolver()
    rows = tune_rows(resolver) if "--tune" in argv else audit_rows(resolver)
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} rows -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
