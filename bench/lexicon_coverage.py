"""Trigger-lexicon coverage on real, unlabelled news -> bench/results/lexicon_coverage.json.

    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/lexicon_coverage.py [--no-classifier] [--top N]
        [--examples] [--coded-examples] [--no-write | --out FILE]

Gold event sets are small and the lexicon was tuned on them; this bench asks instead how much
of ordinary news the lexicon can type at all. It codes, as the pipeline does (the actor
resolver, the event finder, the classifier where the lexicon is silent or tied):

- the article bodies of news pages under ../shared/data/extraction: the ScrapingHub gold bodies
  (all news), and the English pages of the htmldate MediaCloud 2020 news set and of the
  trafilatura evaluation set whose address has a news path (``/news/``, ``/world/``, a date
  ``/2019/07/``...), as read by eventwire's own extractor; a fixed sample (sorted by file
  name, at most ``MAX_PAGES``);
- the 78 PETRARCH2 GSR wire sentences (``petr2_gsr_validation``).

No gold labels are read: the bench counts the predicates (verbs and event nouns) whose source
AND target are actors, and reports the share the lexicon leaves with no code, the most frequent
such lemmas, the lemmas typed only by the classifier's fallback (with its probability), and the
most frequent coded lemmas with their codes (to look for everyday senses typed as events).
Extracted texts are cached under /tmp (``CACHE``) so reruns parse only.

s15 figures (with the classifier; main eaec6e1 -> branch s15-typing), news sample (300 pages:
ScrapingHub 88, MediaCloud 140, trafilatura 72; English, 120+ words): actor-to-actor predicates 698
-> 653 (plus 31 -> 86 that sense rules read as no act: sports "beat", "is going to", "needs
X", "directed", "recalled that" ...), no code 243 -> 241 (share 34.8% -> 36.9%: the
denominator lost the wrongly coded predicates), lexicon-typed 304 -> 259, classifier-typed 20
-> 21. The commonest uncoded lemmas are no events ("have", "take", "find", "make", "lose",
"win"); PETR2 GSR: 82 predicates, 7 uncoded, unchanged.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
EXTRACTION = DATA / "extraction"
GSR = DATA / "events" / "petr2_gsr_validation" / "petr2_gsr_validation_en.jsonl"
OUT = ROOT / "bench" / "results" / "lexicon_coverage.json"
CACHE = Path("/tmp/eventwire_lexicon_coverage_corpus.json")
MAX_PAGES = 300
MIN_WORDS = 120
# Address paths news sites use for their stories (a general convention of news URLs).
NEWS_PATH = re.compile(r"/(news|world|politics|nation|national|international|us-news|uk-news|business|"
                       r"economy|article|articles|story|stories)/|/(19|20)\d\d/\d\d?/", re.I)

log = logging.getLogger("lexicon_coverage")


def _scrapinghub() -> list[tuple[str, str]]:
    path = EXTRACTION / "scrapinghub" / "ground-truth.json"
    if not path.exists():
        return []
    data = json.loads(path.read_text("utf-8"))
    return [(f"scrapinghub/{k}", v.get("articleBody") or "") for k, v in sorted(data.items())]


def _extracted(name: str, index: Path, html_dir: Path, *, news_url: bool) -> list[tuple[str, str]]:
    """English article bodies of ``index``'s pages, read by eventwire's extractor."""
    from eventwire.extract import extract_article
    from eventwire.records import Document

    if not index.exists():
        return []
    files = {p.name.removesuffix(".gz"): p for p in html_dir.rglob("*.gz")}
    out = []
    for url, meta in sorted(json.loads(index.read_text("utf-8")).items(), key=lambda kv: kv[1]["file"]):
        if news_url and not NEWS_PATH.search(url):
            continue
        path = files.get(meta["file"]) or files.get(meta["file"] + ".html")
        if path is None:
            continue
        try:
            doc = Document(raw=gzip.decompress(path.read_bytes()), doc_id=meta["file"], url=url, content_type="html")
            article = extract_article(doc)
        except Exception:  # a page the extractor cannot read is no news text to count
            continue
        if article is None or (article.language or "en") != "en" or len(article.text.split()) < MIN_WORDS:
            continue
        out.append((f"{name}/{meta['file']}", article.text))
    return out


def corpus() -> list[tuple[str, str]]:
    """(key, text) of the fixed news sample (cached under /tmp)."""
    if CACHE.exists():
        return [tuple(x) for x in json.loads(CACHE.read_text("utf-8"))]  # type: ignore[misc]
    pages = [p for p in _scrapinghub() if len(p[1].split()) >= MIN_WORDS]
    pages += _extracted("mediacloud", EXTRACTION / "htmldate-eval" / "eval_mediacloud_2020.json",
                        EXTRACTION / "htmldate-eval" / "html", news_url=False)
    pages += _extracted("trafilatura", EXTRACTION / "trafilatura-eval" / "evaldata.json",
                        EXTRACTION / "trafilatura-eval" / "html", news_url=True)
    pages = pages[:MAX_PAGES]
    CACHE.write_text(json.dumps(pages), "utf-8")
    return pages


def gsr_sentences() -> list[tuple[str, str]]:
    if not GSR.exists():
        return []
    rows = [json.loads(line) for line in GSR.read_text("utf-8").splitlines() if line.strip()]
    return [(f"gsr/{r.get('id')}", r["text"]) for r in rows]


def lemma_of(cand: Any) -> str:
    t = cand.trigger
    prt = "".join(f"_{c.lower_}" for c in t.children if c.dep_ == "prt")
    return f"{t.lemma_.lower()}{prt}" + ("" if t.pos_ == "VERB" else "/n")


# Prepositions that name the other party of a nominal event ("Russia's invasion of Ukraine").
FRAME_PREPS = frozenset({"of", "against", "on", "with", "to", "toward", "towards", "into"})


def nominal_frames(doc: Any, index: Any, lexicon: Any) -> list[Any]:
    """Nouns with an actor as possessor (or modifier) and another actor after a preposition,
    that the lexicon gives no code: the nominal events it may be missing ("Japan's rebuke of
    China"), or relations and roles that are no event ("France's ambassador to Mali")."""
    from eventwire.events.trigger import noun_code

    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun_code(noun, lexicon):
            continue
        doers = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod"} and index.at(c) is not None]
        others = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in FRAME_PREPS
                  for o in p.children if o.dep_ == "pobj" and index.at(o) is not None]
        if doers and others:
            found.append(noun)
    return found


def survey(texts: list[tuple[str, str]], *, classifier: Any) -> dict[str, Any]:
    """Count the actor-to-actor predicates of ``texts`` by how they were typed."""
    from eventwire.actors import get_resolver
    from eventwire.events import codes
    from eventwire.events.antecedents import resolve_answers
    from eventwire.events.candidates import find_candidates
    from eventwire.events.code import ask, questions
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.senses import NO_ACT
    from eventwire.nlp import parse_many
    from eventwire.records import Article, content_hash

    resolver, lexicon = get_resolver(), get_lexicon()
    counts: Counter[str] = Counter()
    uncoded: Counter[str] = Counter()
    uncoded_nouns: Counter[str] = Counter()  # "X's <noun> of/against Y" with no code
    unmapped: Counter[str] = Counter()  # a CAMEO code with no PLOVER type (statements, 01x)
    fallback: dict[str, list[float]] = defaultdict(list)
    coded: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for (key, text), doc in zip(texts, parse_many([t for _, t in texts]), strict=True):
        article = Article(id=content_hash(text), doc_id=key, text=text, published=None)
        actors = resolver.resolve_doc(doc, date=None)
        cands, index = find_candidates(doc, actors, article, lexicon)
        for noun in nominal_frames(doc, index, lexicon):
            counts["noun_frames"] += 1
            uncoded_nouns[noun.lemma_.lower()] += 1
        if classifier is not None:
            ask(classifier, questions(cands))
        resolve_answers(cands)
        for cand in cands:
            if not (cand.sources and cand.targets):
                continue
            if cand.how == NO_ACT:  # a sense rule's "no act here" ("according to", "is going to")
                counts["no_act"] += 1
                continue
            lemma = lemma_of(cand)
            counts["predicates"] += 1
            if cand.code is None:
                counts["no_code"] += 1
                uncoded[lemma] += 1
                if len(examples[lemma]) < 2:
                    examples[lemma].append(cand.sent.text.strip()[:200])
            elif cand.how == "classifier":
                counts["classifier"] += 1
                fallback[lemma].append(float(cand.extra.get("p", 0.0)))
                coded[lemma][f"{cand.code} (classifier)"] += 1
            elif codes.to_plover(cand.code) is None:
                counts["no_plover_type"] += 1
                unmapped[lemma] += 1
            else:
                counts["lexicon"] += 1
                coded[lemma][cand.code] += 1
                if len(examples["+" + lemma]) < 6:
                    examples["+" + lemma].append(f"{cand.code} {cand.how}: " + cand.sent.text.strip()[:200])
    n = counts["predicates"] or 1
    return {
        "texts": len(texts),
        "actor_to_actor_predicates": counts["predicates"],
        "no_act_sense_left_out": counts["no_act"],
        "no_code": counts["no_code"],
        "no_code_share": round(counts["no_code"] / n, 4),
        "classifier_typed": counts["classifier"],
        "statement_codes_no_plover": counts["no_plover_type"],
        "lexicon_typed": counts["lexicon"],
        "untyped_share": round((counts["no_code"] + counts["classifier"]) / n, 4),
        "top_no_code": uncoded.most_common(),
        "uncoded_noun_frames": counts["noun_frames"],
        "top_uncoded_noun_frames": uncoded_nouns.most_common(40),
        "top_no_plover_type": unmapped.most_common(40),
        "fallback": sorted(((k, len(v), round(sum(v) / len(v), 3)) for k, v in fallback.items()),
                           key=lambda x: -x[1]),
        "top_coded": [(k, sum(v.values()), v.most_common(4)) for k, v in
                      sorted(coded.items(), key=lambda kv: -sum(kv[1].values()))],
        "_examples": examples,
    }


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING)
    from eventwire.events.code import get_event_classifier

    classifier = None if "--no-classifier" in argv else get_event_classifier()
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 40
    news = corpus()
    result: dict[str, Any] = {"classifier": classifier is not None, "max_pages": MAX_PAGES,
                              "sources": dict(Counter(k.split("/")[0] for k, _ in news))}
    result["news"] = survey(news, classifier=classifier)
    result["petr2_gsr"] = survey(gsr_sentences(), classifier=classifier)
    examples = {name: result[name].pop("_examples") for name in ("news", "petr2_gsr")}
    for name in ("news", "petr2_gsr"):
        part = result[name]
        print(f"{name}: {part['texts']} texts, {part['actor_to_actor_predicates']} actor-to-actor predicates, "
              f"no code {part['no_code']} ({part['no_code_share']:.1%}), classifier {part['classifier_typed']}, "
              f"statements {part['statement_codes_no_plover']}, lexicon {part['lexicon_typed']}, "
              f"no act (sense rules) {part['no_act_sense_left_out']}")
        print("  no code:", part["top_no_code"][:top])
        print("  fallback:", part["fallback"][:top])
        print("  uncoded noun frames:", part["uncoded_noun_frames"], part["top_uncoded_noun_frames"][:top])
        print("  coded:", [(k, n, c) for k, n, c in part["top_coded"][:top]])
        if "--examples" in argv:
            for lemma, _ in part["top_no_code"][:top]:
                for sentence in examples[name][lemma]:
                    print(f"    [{lemma}] {sentence}")
        if "--coded-examples" in argv:
            for lemma, *_ in part["top_coded"][:top]:
                for sentence in examples[name]["+" + lemma]:
                    print(f"    [+{lemma}] {sentence}")
    if "--out" in argv:
        Path(argv[argv.index("--out") + 1]).write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    elif "--no-write" not in argv:
        OUT.write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
