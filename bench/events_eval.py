"""Dev figures of the event coder -> bench/results/events.json.

    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/events_eval.py [../shared/data/events]

PLOVER gold (179 records): split by the parity of each sentence's first record index in the file
(even: tuning half, odd: held-out half), both reported, with and without the classifier when it
is installed. PETRARCH2 validation suite: with eventwire's lexicon alone and with the suite's
own verb dictionary loaded as a user dictionary (its codes are not CAMEO's). Actors: the real
resolver (``eventwire.actors.get_resolver``) when importable, else the test stand-in
(tests/events/toy_resolver.py, with CountryInfo names) - the JSON says which.
Speed: the events stage alone on 600-word articles written here, one process.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "events"))

from eventwire.eval.events import evaluate_petrarch, evaluate_plover  # noqa: E402

SENTENCES = [
    "NATO leaders urged China to cease all support for Russia's war effort on Wednesday.",
    "The Chinese embassy in Washington rejected the accusations and said Beijing acts responsibly.",
    "Russian troops shelled several villages in eastern Ukraine, local officials said.",
    "France will provide military aid to Ukraine, the defence minister announced.",
    "Officials in Berlin described the talks with Poland as constructive and long overdue.",
    "The weather in the capital stayed mild for most of the week, forecasters said.",
    "Israel and Egypt signed an agreement on border security after months of negotiations.",
    "Protesters marched through the centre of the city to demand lower prices for bread.",
    "Iran threatened to close the strait if new sanctions were imposed on its oil exports.",
    "The United Nations condemned the attack on the convoy and called for an inquiry.",
]


def resolver_for(extra: list[Path], country_file: Path) -> tuple[object, str]:
    try:
        from eventwire.actors import get_resolver

        return (get_resolver(extra=[str(p) for p in extra]) if extra else get_resolver()), "eventwire.actors"
    except ImportError:
        from toy_resolver import ToyResolver

        return ToyResolver(extra=extra, country_file=country_file), "tests/events/toy_resolver.py (stand-in)"


def speed(resolver: object, n_articles: int = 40) -> dict[str, float]:
    from eventwire.events.code import code_doc, get_event_classifier
    from eventwire.nlp import parse_many
    from eventwire.records import Article

    words = 0
    text = ""
    while words < 600:
        for s in SENTENCES:
            text += s + (" " if words % 3 else "\n\n")
            words += len(s.split())
    texts = [f"Report {i}.\n\n" + text for i in range(n_articles)]
    t0 = time.perf_counter()
    docs = parse_many(texts)
    t1 = time.perf_counter()
    actors = [resolver.resolve_doc(d) for d in docs]  # type: ignore[attr-defined]
    t2 = time.perf_counter()
    classifier = get_event_classifier()
    n_events = 0
    for i, (doc, acts) in enumerate(zip(docs, actors, strict=True)):
        article = Article(id=str(i), doc_id=str(i), text=texts[i])
        n_events += len(code_doc(doc, acts, article, classifier=classifier))
    t3 = time.perf_counter()
    return {
        "articles": n_articles,
        "words_per_article": len(texts[0].split()),
        "parse_s_per_article": round((t1 - t0) / n_articles, 4),
        "resolve_s_per_article": round((t2 - t1) / n_articles, 4),
        "events_stage_s_per_article": round((t3 - t2) / n_articles, 4),
        "events_stage_articles_per_s": round(n_articles / (t3 - t2), 1),
        "events": n_events,
        "classifier": classifier is not None,
    }


def main(argv: list[str]) -> int:
    shared = Path(argv[0] if argv else ROOT / ".." / "shared" / "data" / "events").resolve()
    country_file = shared / "dictionaries" / "CountryInfo.120116.txt"
    plover = shared / "plover_gsr" / "plover_gsr_dev.json"
    suite = shared / "petrarch2_unittest"
    resolver, resolver_name = resolver_for([], country_file)
    out: dict[str, object] = {"resolver": resolver_name, "machine": "shared 2-core dev box (other engineers' jobs running)"}
    for split in ("tune", "heldout", "all"):
        for use in (False, True):
            result = evaluate_plover(plover, split=split, resolver=resolver, use_classifier=use)
            key = f"plover_{split}" + ("_with_classifier" if result["classifier"] else "_lexicon_only")
            out[key] = result
    petr_actors = [suite / "PETR.Validate.actors.txt", suite / "PETR.Validate.agents.txt"]
    petr_resolver, _ = resolver_for(petr_actors, country_file)
    out["petrarch_lexicon_only"] = evaluate_petrarch(suite / "petr2_unittest.jsonl", resolver=petr_resolver)
    out["petrarch_with_suite_verbs"] = evaluate_petrarch(
        suite / "petr2_unittest.jsonl", resolver=petr_resolver, verb_dictionaries=[suite / "PETR.Validate.verbs.txt"]
    )
    out["speed"] = speed(resolver)
    dest = ROOT / "bench" / "results" / "events.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    summary = {k: v["overall"] for k, v in out.items() if isinstance(v, dict) and "overall" in v}
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
