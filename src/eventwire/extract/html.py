"""HTML page -> Article: the page is parsed once and every reader works on that tree.

The body comes from ``body`` (DOM blocks kept by a learned classifier, then line
filters for furniture; byline and date lines at the top are dropped here, once the
authors are known). Metadata (title, authors, date, outlet) comes from our own
readers in ``metadata``, ``authors`` and ``dates``; what the document already carries
(JSONL or feed fields) fills what the page leaves empty.
"""

from __future__ import annotations

import logging
import re

from eventwire.errors import Errors, InputError
from eventwire.extract import metadata as md
from eventwire.extract.authors import find_authors
from eventwire.extract.body import (
    clean_lines,
    drop_head_lines,
    extract_body,
    finish_text,
    parse,
    trafilatura_text,
)
from eventwire.extract.byline import is_date_only
from eventwire.extract.classifier import BlockModel
from eventwire.extract.dateline import dateline_agency, find_dateline
from eventwire.extract.dates import find_published
from eventwire.records import Article, Document, content_hash

log = logging.getLogger(__name__)

# Fewer words than this is no article (a listing stub, an empty shell, a cookie wall).
MIN_WORDS = 25
# An article has at least one line this long (in words); without one the page is a listing.
LISTING_MIN_PARAGRAPH = 20


def looks_like_listing(text: str) -> bool:
    """No line long enough to be a paragraph: a list of teasers, not an article.

    A long text of short lines is still an article when its lines hold sentences (hard-wrapped
    prose, short paragraphs); a long list of headlines has almost no sentence ends. A short
    text of short lines is an article when most of its lines are sentences of some length
    (a wire brief of one-sentence paragraphs): teasers alternate headline and summary, and a
    cookie or consent notice is a sentence or two.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if any(_length(line) >= LISTING_MIN_PARAGRAPH for line in lines):
        return False
    if sum(map(_tabular, lines)) * 2 >= len(lines):
        return False  # rows of figures (standings, results, casualty tables): data, not teasers
    if len(_SENTENCE_END.findall(text)) * 4 < len(lines):
        return True
    if len(text) >= 2000:
        return False
    prose = sum(1 for line in lines if _length(line) >= PROSE_MIN_WORDS and _ENDS_SENTENCE.search(line))
    return prose < MIN_PROSE_LINES or prose * 2 <= len(lines)


_SENTENCE_END = re.compile(r"[.!?…。！？](?=[\s\"'”’)\]]|$)")
_ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’)\]]*\s*$")
# A line of this many words that ends a sentence is prose, not a headline (extract.text uses
# the same length for plain text); a short article has at least a few such lines.
PROSE_MIN_WORDS = 10
MIN_PROSE_LINES = 3


_CJK = re.compile("[\u2e80-\U0010ffff]")
_FIGURE = re.compile(r"^[-+(]?\d[\d.,:%)]*$")


def _tabular(line: str) -> bool:
    """A table row: three figures or more, a third of its cells or more (a headline has a date
    or a count at most)."""
    cells = line.split()
    figures = sum(1 for c in cells if _FIGURE.match(c))
    return figures >= 3 and figures * 3 >= len(cells)


def _length(text: str) -> int:
    """Words, counting each CJK character as one (those scripts put no spaces between words)."""
    return len(text.split()) + len(_CJK.findall(text))


def drop_byline_lines(text: str, authors: list[str], head: int = 5) -> str:
    """``text`` without short lines near the top that are the byline (they name an author)
    or only a date: the gold bodies leave both out."""
    lines = text.split("\n")
    names = [a.casefold() for a in authors if len(a) > 3]
    kept = []
    for i, line in enumerate(lines):
        short = len(line) < 120 and i < head
        if short and (is_date_only(line) or any(n in line.casefold() for n in names)):
            continue
        kept.append(line)
    return "\n".join(kept)


# An author's bio at the end of the text: "About Jane Doe", "Jane Doe is a reporter ...", "Doe
# holds a degree ...", in the last BIO_TAIL share of the lines.
BIO_TAIL = 0.3
_BIO_VERB = re.compile(
    r"^(?:(?:is|was) (?:a|an|the)|has (?:been|written|worked|covered|reported)|holds|writes|covers|joined|lives|"
    r"works|leads|serves as|reports|graduated|earned|began|spent|focuses|specializes|specialises|loves|enjoys)\b",
    re.IGNORECASE,
)


def drop_author_bio(text: str, authors: list[str]) -> str:
    """``text`` without an author's bio near its end: from the first line in the last part that
    is "About NAME" or opens with the author's name (full, first or last) and a bio verb, the
    lines that do the same or are short."""
    lines = text.split("\n")
    names = set()
    for author in authors:
        parts = author.split()
        if len(parts) >= 2:
            names.update({author.casefold(), parts[0].casefold(), parts[-1].casefold()})
    if not names:
        return text
    start = max(1, int(len(lines) * (1 - BIO_TAIL)))
    for i in range(start, len(lines)):
        if _is_bio(lines[i], names):
            rest = lines[i + 1 :]
            if all(_is_bio(line, names) or len(line.split()) <= 12 for line in rest):
                return "\n".join(lines[:i])
    return text


def _is_bio(line: str, names: set[str]) -> bool:
    bare = line.strip().lstrip("(")
    low = bare.casefold()
    if low.startswith("about ") and low[6:].rstrip(" :") in names:
        return True
    for name in names:
        if low.startswith(name + " ") and _BIO_VERB.match(bare[len(name) + 1 :]):
            return True
    return False


def _refused(text: str) -> bool:
    return _length(text) < MIN_WORDS or looks_like_listing(text)


def _error(document: Document) -> InputError:
    return InputError(Errors.E005.format(input=document.input or document.doc_id))


def extract_html(html: str, document: Document, model: BlockModel | None = None) -> Article | None:
    """The clean article of a web page; InputError (E005) when it holds no article text.
    ``model`` replaces the packaged block model (cross-validation scores each page with a
    model that never saw it)."""
    if not html or not html.strip():
        raise _error(document)
    tree = parse(html)
    if tree is None:
        raise _error(document)
    meta = md.meta_values(tree)
    objects = md.jsonld_objects(tree)
    articles = md.jsonld_articles(objects)
    url = document.url or md.page_url(tree, meta)

    outlet = md.find_outlet(meta, articles) or document.outlet or md.domain_of(url)
    site_names = [n for n in (outlet, md.domain_of(url), *(meta.get("og:site_name") or [])) if n]
    title = md.find_title(tree, meta, articles, site_names)
    text = extract_body(tree, url, title, model)
    authors = find_authors(tree, meta, articles)
    text = drop_author_bio(drop_byline_lines(text, authors), authors)
    if _refused(text):
        # A refusal drops the input from the run, so before refusing, trafilatura's own
        # reading (with its fallbacks) gets a turn: the classifier occasionally keeps
        # nothing of an article with unusual markup.
        text = drop_byline_lines(finish_text(trafilatura_text(tree, url), title), authors)
        if _refused(text):
            raise _error(document)
    published = find_published(tree, meta, objects, articles, url, title=title)
    if document.origin == "jsonl":
        # A JSONL record's own fields are its producer's deliberate metadata (an API's or a
        # crawler's): they win, and the page fills in only what the record leaves out. A feed
        # entry's are weaker (the feed's title as outlet, a re-published date): the page wins.
        outlet, title = document.outlet or outlet, document.title or title
        published, authors = document.published or published, list(document.authors) or authors

    return Article(
        id=content_hash(text),
        doc_id=document.doc_id,
        text=text,
        url=document.url or url,
        outlet=outlet or dateline_agency(text),  # a saved page naming no site: its wire agency, as for text
        title=title or document.title,
        authors=authors or list(document.authors),
        published=published or document.published,
        fetched_at=document.fetched_at,
        origin=document.origin,
        dateline=find_dateline(text),
    )


__all__ = ["clean_lines", "drop_author_bio", "drop_byline_lines", "drop_head_lines", "extract_html", "looks_like_listing"]
