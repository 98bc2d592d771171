"""The event coder on REAL news text, labelled blind -> bench/results/events_realnews.json.

    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/events_realnews.py LABELS [--half A|B] [--show]
        [--no-write | --key NAME]
    PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/events_realnews.py --select DRAFT [--fresh | --pool NAME]

Every other event set the project scores on was written by us, or is single wire sentences;
this one is ordinary news pages (the English news bodies bench/lexicon_coverage.py selects:
ScrapingHub, htmldate MediaCloud 2020, trafilatura-eval), labelled by hand before the coder
was run on them. The labels live OUTSIDE the repository (the page texts are not ours to copy):
a TSV whose lines are

- ``=  PAGE  INDEX  SHA``: a labelled sentence (its index among the parsed article's sentences,
  the first 12 hex digits of the sha1 of its text, to notice a changed extraction or parse);
- ``PAGE  INDEX  TYPES  SOURCE  TARGET  NEED  WORDS``: an event, as tests/fixtures/news_events11's
  expected.tsv (types joined by '|', countries ISO alpha-3 or IGO:NAME, target '-' when none,
  need 'must' or 'may').

``--select DRAFT`` writes the draft to label: the articles whose body the actor resolver finds
two or more countries/IGOs in (the event coder is not run), their first ``SENTENCES`` sentences
of ``MIN_TOKENS`` words or more, each article's half (A or B: the parity of its id's sha1).
``--fresh`` drafts from the English pages of trafilatura-eval that the 300-page sample leaves out,
naming one country or more (sets A-C used the sample's political pages up; set D is drawn from
these). ``--pool allsides`` or ``--pool ecbplus`` drafts from a JSON-lines corpus of real news
instead (the clustering data: AllSides' political leads of 2021, ECB+'s news documents), read
as the pipeline reads JSONL records (text, title and date fields; the page is "POOL/ID"), one
country or more named (set E and F are drawn from these).

Scoring codes each article whole, as the pipeline does (page -> article -> parse -> actors at
the publication date -> events), and counts the events whose evidence sentence is labelled:
an event is (page, sentence, PLOVER type as the gold codes intentions, source, target), negated
ones left out; one matching a 'must' or 'may' line is right, one matching only 'may' lines is
neither, any other a false positive; recall counts the 'must' lines found. ``--show`` prints
misses and false positives with their sentence: only on half A (B is scored once, blind).
Without the label file the bench says so and exits 0.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_audit import IGOS  # noqa: E402  (bench/, the script's own folder)
from lexicon_coverage import DATA, EXTRACTION, corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results" / "events_realnews.json"
SENTENCES = 8  # the first sentences of each article: the lead, where its events are told
MIN_TOKENS = 5  # shorter lines are headings, bylines and captions
SOURCES = {
    "mediacloud": (EXTRACTION / "htmldate-eval" / "eval_mediacloud_2020.json", EXTRACTION / "htmldate-eval" / "html"),
    "trafilatura": (EXTRACTION / "trafilatura-eval" / "evaldata.json", EXTRACTION / "trafilatura-eval" / "html"),
}
# JSON-lines corpora of real news (their records go through the pipeline as any JSONL input's do)
POOLS = {
    "allsides": DATA / "clustering" / "allsides" / "allsides_roundups_2021.jsonl",
    "ecbplus": DATA / "clustering" / "ecbplus" / "ecbplus_docs.jsonl",
}


def half(page: str) -> str:
    return "A" if int(hashlib.sha1(page.encode()).hexdigest(), 16) % 2 == 0 else "B"


def sha(text: str) -> str:
    return hashlib.sha1(text.strip().encode()).hexdigest()[:12]


def load_page(page: str) -> Any:
    """The Article of ``page`` ("mediacloud/FILE", "trafilatura/FILE", "scrapinghub/KEY"),
    extracted as the pipeline does (ScrapingHub: its gold body, as lexicon_coverage reads it)."""
    from eventwire.extract import extract_article
    from eventwire.records import Article, Document, content_hash

    name, key = page.split("/", 1)
    if name in POOLS:
        doc = pool_documents(POOLS[name])[key]
        article = extract_article(doc)
        article.doc_id = page
        return article
    if name == "scrapinghub":
        data = json.loads((EXTRACTION / "scrapinghub" / "ground-truth.json").read_text("utf-8"))
        text = data[key].get("articleBody") or ""
        return Article(id=content_hash(text), doc_id=page, text=text, published=None)
    index, html = SOURCES[name]
    url = next(u for u, meta in json.loads(index.read_text("utf-8")).items() if meta["file"] == key)
    path = next(html.rglob(key + ".gz"), None) or next(html.rglob(key + ".html.gz"))
    doc = Document(raw=gzip.decompress(path.read_bytes()), doc_id=key, url=url, content_type="html")
    article = extract_article(doc)
    article.doc_id = page
    return article


@lru_cache(maxsize=4)
def pool_documents(path: Path) -> dict[str, Any]:
    """The Documents of a JSON-lines corpus by record id, as ``eventwire.sources`` reads them."""
    from eventwire.records import Document
    from eventwire.settings import Settings
    from eventwire.sources.jsonl import jsonl_documents

    docs = jsonl_documents([(path, path.name)], Settings().max_file_bytes)
    return {d.doc_id: d for d in docs if isinstance(d, Document)}


def pool_pages(name: str) -> list[tuple[str, str]]:
    """(key, text) of every record of the pool ``name`` (its text, or its title where it has none)."""
    return [(f"{name}/{i}", d.raw.decode("utf-8")) for i, d in pool_documents(POOLS[name]).items()
            if d.content_type == "text" and d.raw.strip()]


def lead(doc: Any) -> list[tuple[int, Any]]:
    """(index among the doc's sentences, sentence) of the article's first SENTENCES sentences."""
    out = []
    for i, sent in enumerate(doc.sents):
        if sum(1 for t in sent if t.is_alpha) >= MIN_TOKENS:
            out.append((i, sent))
        if len(out) == SENTENCES:
            break
    return out


def key(actor: Any) -> str:
    """An actor as the labels name it: its country, or IGO:NAME."""
    if actor is None:
        return "-"
    code = (actor.code or "").upper()
    if actor.country:
        return actor.country.upper()
    if code.startswith("IGO"):
        return IGOS.get(code[3:6], "IGO:" + code[3:6])
    return code[:3] or "-"


def fresh_pages() -> list[tuple[str, str]]:
    """(key, text) of trafilatura-eval's English news pages that ``corpus()`` does not hold."""
    from lexicon_coverage import _extracted

    used = {page for page, _ in corpus()}
    pages = _extracted("trafilatura", *SOURCES["trafilatura"], news_url=False)
    return [p for p in pages if p[0] not in used]


def readable(page: str) -> Any:
    """``load_page(page)``, or None for a page with no article text (a teaser-only record)."""
    from eventwire.errors import InputError

    try:
        return load_page(page)
    except InputError:
        return None


def select(draft: Path, fresh: bool = False, pool: str | None = None) -> int:
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse_many

    resolver = get_resolver()
    pages = pool_pages(pool) if pool else fresh_pages() if fresh else corpus()
    fresh = fresh or pool is not None
    chosen = []
    for (page, _), doc in zip(pages, parse_many([t for _, t in pages]), strict=True):
        actors = resolver.resolve_doc(doc, date=None).values()
        parties = {a.country for a in actors if a.country} | {key(a) for a in actors if key(a).startswith("IGO:")}
        # the fresh pool is smaller: a domestic story (one country) may hold events too
        if len(parties) >= (1 if fresh else 2):
            chosen.append((page, parties))
    lines = [f"# draft of {__file__}: label each sentence's events below its '=' line\n"]
    # the sentences as scoring will see them: the page extracted again, parsed alone
    articles = [readable(page) for page, _ in chosen]
    english = [i for i, a in enumerate(articles) if a is not None and (a.language or "en") == "en"]
    chosen, articles = [chosen[i] for i in english], [articles[i] for i in english]
    for (page, parties), article, doc in zip(chosen, articles, parse_many([a.text for a in articles]), strict=True):
        title = f" title {' '.join(article.title.split())}" if pool and article.title else ""
        lines.append(f"## {page} half {half(page)} published {article.published} parties {' '.join(sorted(parties))}"
                     f"{title}\n")
        for i, sent in lead(doc):
            lines.append(f"=\t{page}\t{i}\t{sha(sent.text)}\n#\t{' '.join(sent.text.split())}\n")
    draft.write_text("".join(lines), "utf-8")
    print(f"{len(chosen)} of {len(pages)} pages name {'one' if fresh else 'two'} or more countries/IGOs -> {draft}")
    return 0


def read_labels(path: Path) -> tuple[dict[tuple[str, int], str], list[tuple]]:
    sentences: dict[tuple[str, int], str] = {}
    events = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "=":
            sentences[(parts[1], int(parts[2]))] = parts[3]
        else:
            page, idx, types, src, tgt, need = parts[:6]
            events.append((page, int(idx), tuple(types.split("|")), src, tgt, need, parts[6] if len(parts) > 6 else ""))
    return sentences, events


def code_pages(pages: list[str]) -> tuple[dict, dict, list[str]]:
    """Coded events per (page, sentence index), the sentence texts, and the pages that failed."""
    from eventwire.actors import get_resolver
    from eventwire.errors import InputError
    from eventwire.eval.events import predicted_triples
    from eventwire.events.code import code_doc, get_event_classifier
    from eventwire.events.lexicon import get_lexicon
    from eventwire.nlp import parse_many

    resolver, lexicon, classifier = get_resolver(), get_lexicon(), get_event_classifier()
    articles, failed = [], []
    for page in pages:
        try:
            articles.append(load_page(page))
        except (StopIteration, OSError, KeyError, AttributeError, InputError):
            failed.append(page)
    got: dict[tuple[str, int], set] = {}
    texts: dict[tuple[str, int], tuple[str, str]] = {}
    for article, doc in zip(articles, parse_many([a.text for a in articles]), strict=True):
        published = article.published
        actors = resolver.resolve_doc(doc, date=published.date() if published else None)
        events = code_doc(doc, actors, article, lexicon=lexicon, classifier=classifier)
        sents = list(doc.sents)
        for i, sent in enumerate(sents):
            texts[(article.doc_id, i)] = (sha(sent.text), " ".join(sent.text.split()))
        for event in events:
            if event.negated or not event.type or not event.mentions:
                continue
            start = event.mentions[0].start
            i = next((j for j, s in enumerate(sents) if s.start_char <= start < s.end_char), -1)
            kind = next(iter(predicted_triples([event])))[0]
            got.setdefault((article.doc_id, i), set()).add((kind, key(event.source), key(event.target)))
    return got, texts, failed


def score(labels: Path, which: str, show: bool) -> dict[str, Any]:
    sentences, gold = read_labels(labels)
    sentences = {k: v for k, v in sentences.items() if which == "all" or half(k[0]) == which}
    gold = [g for g in gold if (g[0], g[1]) in sentences]
    pages = sorted({p for p, _ in sentences})
    got, texts, failed = code_pages(pages)
    moved = [k for k, h in sentences.items() if k[0] not in failed and texts.get(k, ("",))[0] != h]
    tp = fp = neutral = 0
    fp_types: Counter[str] = Counter()
    shown = []
    for k in sorted(sentences):
        for kind, src, tgt in sorted(got.get(k, ())):
            rows = [g for g in gold if (g[0], g[1]) == k and kind in g[2] and g[3] == src and g[4] == tgt]
            if any(g[5] == "must" for g in rows):
                tp += 1
            elif rows:
                neutral += 1
            else:
                fp += 1
                fp_types[kind] += 1
                shown.append(f"FP   {k[0]} {k[1]} {kind} {src} {tgt} | {texts.get(k, ('', ''))[1]}")
    musts = [g for g in gold if g[5] == "must"]
    by_type: dict[str, list[int]] = {}
    found = 0
    for g in musts:
        row = by_type.setdefault(g[2][0], [0, 0, 0])
        have = got.get((g[0], g[1]), set())
        if any(kind in g[2] and src == g[3] and tgt == g[4] for kind, src, tgt in have):
            found += 1
            row[0] += 1
            continue
        wrong = [kind for kind, src, tgt in have if src == g[3] and tgt == g[4]]
        row[1 if wrong else 2] += 1
        coded = ", ".join(f"{t} {s} {o}" for t, s, o in sorted(have)) or "nothing"
        shown.append(f"MISS {g[0]} {g[1]} {'|'.join(g[2])} {g[3]} {g[4]} ({g[6]}) coded: {coded} | "
                     f"{texts.get((g[0], g[1]), ('', ''))[1]}")
    if show:
        if which != "A":
            print("--show is for half A only (B is scored blind)")
        else:
            print("\n".join(shown))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = found / len(musts) if musts else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"half": which, "pages": len(pages), "pages_failed": failed, "sentences": len(sentences),
            "sentences_changed": len(moved), "must": len(musts), "coded_right": tp, "false_positives": fp,
            "may_only": neutral, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "by_type_right_wrongtype_missed": by_type, "false_positives_by_type": dict(fp_types)}


def main(argv: list[str]) -> int:
    if "--select" in argv:
        pool = argv[argv.index("--pool") + 1] if "--pool" in argv[:-1] else None
        if pool is not None and pool not in POOLS:
            print(f"--pool {pool}: not a pool (give one of {', '.join(POOLS)})")
            return 2
        if pool is not None and not POOLS[pool].exists():
            print(f"no pool file ({POOLS[pool]}): nothing to draft")
            return 0
        return select(Path(argv[argv.index("--select") + 1]), fresh="--fresh" in argv, pool=pool)
    values = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in {"--half", "--key"}}
    paths = [a for a in argv if not a.startswith("-") and a not in values]
    if not paths or not Path(paths[0]).exists():
        print(f"no label file ({paths[0] if paths else 'none given'}): nothing to score")
        return 0
    if not EXTRACTION.is_dir():
        print(f"no news pages ({EXTRACTION}): nothing to score")
        return 0
    which = argv[argv.index("--half") + 1] if "--half" in argv else "A"
    result = score(Path(paths[0]), which, "--show" in argv)
    print(f"half {which}: {result['pages']} pages, {result['sentences']} sentences "
          f"({result['sentences_changed']} changed since labelled), {result['must']} must events; "
          f"right {result['coded_right']}, false positives {result['false_positives']}, may-only "
          f"{result['may_only']}; P {result['precision']:.3f} R {result['recall']:.3f} F1 {result['f1']:.3f}")
    if result["pages_failed"]:
        print(f"  {len(result['pages_failed'])} pages could not be read again (their sentences count as coded "
              f"nothing): {', '.join(result['pages_failed'][:5])}")
    print("  by type (right, wrong type, missed):", result["by_type_right_wrongtype_missed"])
    print("  false positives by type:", result["false_positives_by_type"])
    if "--no-write" not in argv:
        old = json.loads(OUT.read_text("utf-8")) if OUT.exists() else {}
        # ``--key NAME`` stores the figures under another name (the first blind score of a half,
        # kept beside its later ones)
        old[argv[argv.index("--key") + 1] if "--key" in argv else which] = result
        OUT.write_text(json.dumps(old, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
