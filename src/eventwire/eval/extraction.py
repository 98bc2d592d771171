"""Scoring article extraction against gold pages (ScrapingHub and WCXB layouts).

Body text is scored with the ScrapingHub article-extraction-benchmark method: word
4-shingles (lowercased here), true/false positives and negatives per page normalised
to sum 1, precision and recall averaged over pages, F1 from the two averages. Title,
date and author are scored where the gold states them.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import statistics
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"\w+")


# --- body: shingle matching --------------------------------------------------------------


def shingles(text: str, n: int = 4, *, lowercase: bool = True) -> Counter[tuple[str, ...]]:
    """Word ``n``-shingles of ``text`` with their counts (one shingle for a short text)."""
    tokens = _TOKEN.findall(text.lower() if lowercase else text)
    grams = [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def shingle_match(true: str, pred: str, n: int = 4, *, lowercase: bool = True) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles of one page, normalised to sum 1 (so long pages weigh no more)."""
    true_sh = shingles(true or "", n, lowercase=lowercase)
    pred_sh = shingles(pred or "", n, lowercase=lowercase)
    tp = fp = fn = 0.0
    for key in true_sh.keys() | pred_sh.keys():
        t, p = true_sh.get(key, 0), pred_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def page_scores(tp_fp_fn: tuple[float, float, float]) -> tuple[float, float, float]:
    """Precision, recall and F1 of one page."""
    p, r = _precision(*tp_fp_fn), _recall(*tp_fp_fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def body_metrics(tp_fp_fns: list[tuple[float, float, float]]) -> dict[str, float]:
    """The benchmark's aggregate: mean precision, mean recall, F1 of the two means.

    Pages with nothing predicted are left out of precision (as upstream); ``f1_mean``
    is the plain average of per-page F1 for comparison.
    """
    if not tp_fp_fns:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "f1_mean": 0.0}
    precisions = [_precision(*x) for x in tp_fp_fns if x[0] + x[1] > 0]
    recalls = [_recall(*x) for x in tp_fp_fns if x[0] + x[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
        "f1_mean": round(statistics.mean(page_scores(x)[2] for x in tp_fp_fns), 4),
    }


# --- metadata matching -------------------------------------------------------------------


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d'\"`]", "", text)
    return " ".join(re.findall(r"\w+", text))


def title_match(gold: str, pred: str | None) -> bool:
    """Same words in the same order, ignoring case, quotes and punctuation."""
    return bool(pred) and _norm(gold) == _norm(pred or "")


# Degrees and honorifics that trail names in bylines ("Dylan Bailey, MS, RD").
_CREDENTIALS = {
    "md", "ms", "msc", "rd", "rdn", "ld", "phd", "mba", "mph", "jd", "dr", "prof", "mr", "mrs", "cpa", "cfp", "rn", "np", "pa", "do", "dds", "dvm", "ba", "bs", "bsc", "ma", "fand", "lcsw",
    "cscs", "acsm", "cpt", "esq", "jr", "sr", "ii", "iii", "facs", "faap", "cfa", "pmp",
}


def author_names(authors: str | list[str] | None) -> frozenset[str]:
    """A normalised set of names from a byline string or a list of names."""
    if not authors:
        return frozenset()
    raw = [authors] if isinstance(authors, str) else list(authors)
    names: set[str] = set()
    for chunk in raw:
        for part in re.split(r",|;|\band\b|&|\|", chunk, flags=re.IGNORECASE):
            words = [w for w in _norm(part).split() if w not in _CREDENTIALS]
            if words:
                names.add(" ".join(words))
    return frozenset(names)


def author_match(gold: str, pred: list[str] | None) -> bool:
    return author_names(gold) == author_names(pred)


def date_match(gold: str, pred: datetime | None) -> bool:
    """Same calendar day (gold is YYYY-MM-DD, possibly with a time)."""
    return pred is not None and pred.date().isoformat() == gold[:10]


# --- data sets ---------------------------------------------------------------------------


@dataclass
class GoldPage:
    id: str
    html: str
    url: str | None
    body: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    has_meta: bool = False  # WCXB pages carry title/author/date gold; ScrapingHub pages do not


@dataclass
class Prediction:
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None


def detect_layout(path: str | Path) -> str:
    """"scrapinghub" (ground-truth.json + html/) or "wcxb" (ground-truth/ + html/)."""
    root = Path(path)
    if (root / "ground-truth.json").is_file() and (root / "html").is_dir():
        return "scrapinghub"
    if (root / "ground-truth").is_dir() and (root / "html").is_dir():
        return "wcxb"
    raise ValueError(f"{path}: neither a ScrapingHub nor a WCXB extraction data set")


def _read_html(path: Path) -> str:
    """The page as `eventwire run` reads the file: its encoding found from its bytes (a cp1252
    or GBK page is scored on the text a user's run stores, not on UTF-8 replacement marks)."""
    from eventwire.errors import InputError
    from eventwire.extract.decode import decode

    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    try:
        return decode(data, "html", name=str(path))
    except InputError:
        return ""  # empty or binary: the run refuses the file, and the page scores as empty


def _page_file(root: Path, page_id: str) -> Path:
    """html/ID.html.gz, else html/ID.html (either layout may be kept uncompressed)."""
    packed = root / "html" / f"{page_id}.html.gz"
    return packed if packed.exists() else root / "html" / f"{page_id}.html"


def load_pages(path: str | Path) -> Iterator[GoldPage]:
    """The gold pages of a data set, sorted by id."""
    root = Path(path)
    if detect_layout(root) == "scrapinghub":
        gold = json.loads((root / "ground-truth.json").read_text("utf-8"))
        if not isinstance(gold, dict):
            raise ValueError("ground-truth.json is not an object of page id: {articleBody, url}")
        for page_id in sorted(gold):
            item = gold[page_id]
            html = _read_html(_page_file(root, page_id))
            yield GoldPage(page_id, html, item.get("url"), item.get("articleBody", ""))
        return
    for gt_path in sorted((root / "ground-truth").glob("*.json")):
        record = json.loads(gt_path.read_text("utf-8"))
        gt = record.get("ground_truth", {})
        yield GoldPage(
            gt_path.stem,
            _read_html(_page_file(root, gt_path.stem)),
            record.get("url"),
            gt.get("main_content") or "",
            title=gt.get("title") or None,
            author=gt.get("author") or None,
            date=gt.get("publish_date") or None,
            has_meta=True,
        )


def in_split(index: int, split: str | None) -> bool:
    """Pages are split by their position in id order: "even" (tuning) and "odd" (held out).
    The odd half is split again by position modulo 4 (session 24): "odd-open" (1) is opened
    for error analysis, "odd-blind" (3) stays scored for totals only."""
    if split in (None, "all"):
        return True
    if split in ("odd-open", "odd-blind"):
        return index % 4 == (1 if split == "odd-open" else 3)
    return index % 2 == (0 if split == "even" else 1)


# --- extractors --------------------------------------------------------------------------

Extractor = Callable[[GoldPage], Prediction]


def eventwire_article(page: GoldPage, model: Any = None) -> Any:
    """eventwire's own HTML extraction of ``page`` (an ``Article``), None when it refuses the page.
    ``model``: a block model (``eventwire.extract.classifier.BlockModel``) instead of the packaged one."""
    from eventwire.errors import InputError
    from eventwire.extract.html import extract_html
    from eventwire.records import Document

    document = Document(raw=page.html, doc_id=page.id, url=page.url, content_type="html")
    try:
        return extract_html(page.html, document, model)
    except InputError:
        return None


def eventwire_extractor(page: GoldPage, model: Any = None) -> Prediction:
    """eventwire's own HTML extraction; a page it refuses counts as empty."""
    article = eventwire_article(page, model)
    if article is None:
        return Prediction()
    return Prediction(article.text, article.title, list(article.authors), article.published)


def trafilatura_extractor(page: GoldPage) -> Prediction:
    """trafilatura 2.x with its default settings (the baseline)."""
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if doc is None:
        return Prediction()
    published = None
    if doc.date:
        try:
            published = datetime.fromisoformat(doc.date)
        except ValueError:
            published = None
    authors = [a.strip() for a in re.split(r";", doc.author or "") if a.strip()]
    return Prediction(doc.text or "", doc.title, authors, published)


EXTRACTORS: dict[str, Extractor] = {"eventwire": eventwire_extractor, "trafilatura": trafilatura_extractor}


# --- the evaluation ----------------------------------------------------------------------


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def score_pages(pages: list[GoldPage], predictions: list[Prediction]) -> dict[str, Any]:
    """Metrics over pages and their predictions (no timing)."""
    result: dict[str, Any] = {"pages": len(pages)}
    result["body"] = body_metrics([shingle_match(p.body, x.text) for p, x in zip(pages, predictions, strict=True)])
    result["body_case_sensitive"] = body_metrics(
        [shingle_match(p.body, x.text, lowercase=False) for p, x in zip(pages, predictions, strict=True)]
    )
    meta = [(p, x) for p, x in zip(pages, predictions, strict=True) if p.has_meta]
    if not meta:
        return result
    with_title = [(p, x) for p, x in meta if p.title]
    with_date = [(p, x) for p, x in meta if p.date]
    no_date = [(p, x) for p, x in meta if not p.date]
    with_author = [(p, x) for p, x in meta if p.author]
    no_author = [(p, x) for p, x in meta if not p.author]
    result["title"] = {
        "accuracy": _ratio(sum(title_match(p.title or "", x.title) for p, x in with_title), len(with_title)),
        "pages": len(with_title),
    }
    result["date"] = {
        "accuracy": _ratio(sum(date_match(p.date or "", x.published) for p, x in with_date), len(with_date)),
        "pages": len(with_date),
        "missing": _ratio(sum(x.published is None for _, x in with_date), len(with_date)),
        "invented": _ratio(sum(x.published is not None for _, x in no_date), len(no_date)),
        "pages_without_gold": len(no_date),
    }
    result["author"] = {
        "accuracy": _ratio(sum(author_match(p.author or "", x.authors) for p, x in with_author), len(with_author)),
        "pages": len(with_author),
        "invented": _ratio(sum(bool(x.authors) for _, x in no_author), len(no_author)),
        "pages_without_gold": len(no_author),
    }
    return result


def run_extractor(pages: list[GoldPage], extractor: Extractor) -> tuple[list[Prediction], float]:
    """Predictions for ``pages`` and the seconds spent extracting (reading and scoring excluded)."""
    predictions, _, seconds = _timed(pages, extractor)
    return predictions, seconds


def _timed(pages: list[GoldPage], extractor: Extractor) -> tuple[list[Prediction], float, float]:
    """Predictions, CPU seconds of this process and wall seconds spent extracting."""
    predictions, cpu, wall = [], 0.0, 0.0
    for page in pages:
        start, start_cpu = time.perf_counter(), time.process_time()
        predictions.append(extractor(page))
        cpu += time.process_time() - start_cpu
        wall += time.perf_counter() - start
    return predictions, cpu, wall


def fold_extractor(folds: list[str | Path]) -> Callable[[int, GoldPage], Prediction]:
    """eventwire with the block model of fold ``i % K`` for the page at position ``i``:
    cross-validation, where fold k's model was trained without the pages at positions k mod K
    (bench/train_extract.py --cv K --folds DIR writes them)."""
    from eventwire.extract.classifier import load_model

    models = [load_model(str(f)) for f in folds]
    return lambda i, page: eventwire_extractor(page, models[i % len(models)])


def evaluate_extraction(
    path: str,
    *,
    extractor: str = "eventwire",
    split: str | None = None,
    by_split: bool = False,
    folds: list[str | Path] | None = None,
) -> dict[str, Any]:
    """JSON-able metrics of an extractor on a ScrapingHub or WCXB directory.

    ``split`` keeps "even" or "odd" pages (by position in id order) or all (None).
    ``by_split`` adds the even (tuning) and odd (held-out) halves' scores from the same run.
    ``folds`` (eventwire only): one block model per fold, each page read by the model that
    did not see it, so every figure is out-of-fold.
    """
    layout = detect_layout(path)
    chosen = [(i, p) for i, p in enumerate(load_pages(path)) if in_split(i, split)]
    pages = [p for _, p in chosen]
    if not pages:
        raise ValueError("no gold records")
    if folds and extractor == "eventwire":
        by_fold = fold_extractor(folds)
        positions = {id(p): i for i, p in chosen}
        predictions, cpu, seconds = _timed(pages, lambda page: by_fold(positions[id(page)], page))
    else:
        predictions, cpu, seconds = _timed(pages, EXTRACTORS[extractor])
    result = {"dataset": layout, "path": str(path), "extractor": extractor, "split": split or "all"}
    result.update(score_pages(pages, predictions))
    result["seconds"] = round(seconds, 2)
    result["pages_per_second"] = round(len(pages) / seconds, 1) if seconds else None
    # CPU time of the one process: pages per second per core, unlike wall time not slowed
    # by other work sharing the machine's cores.
    result["cpu_seconds"] = round(cpu, 2)
    result["pages_per_cpu_second"] = round(len(pages) / cpu, 1) if cpu else None
    if folds and extractor == "eventwire":
        result["folds"] = len(folds)
    if by_split and split in (None, "all"):
        for half in ("even", "odd"):
            chosen = [i for i in range(len(pages)) if in_split(i, half)]
            result[half] = score_pages([pages[i] for i in chosen], [predictions[i] for i in chosen])
    return result
