"""HTML page -> Article: trafilatura for the body, then fixes measured on dev data.

The body comes from trafilatura (comments off, its readability/jusText comparison on);
lines that are page furniture rather than article (ads, share and newsletter prompts,
photo credits, "Related" teasers at the end) are dropped afterwards. Metadata (title,
authors, date, outlet) comes from our own readers in ``metadata`` and ``authors``;
what the document already carries (JSONL or feed fields) fills what the page leaves empty.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from eventwire.errors import Errors, InputError
from eventwire.extract import metadata as md
from eventwire.extract.authors import find_authors
from eventwire.records import Article, Document, content_hash

log = logging.getLogger(__name__)

# Fewer words than this is no article (a listing stub, an empty shell, a cookie wall).
MIN_WORDS = 25
# An article has at least one line this long (in words); without one the page is a listing.
LISTING_MIN_PARAGRAPH = 20


@dataclass(frozen=True)
class BodyOptions:
    """How trafilatura is asked for the body (the choices measured in bench/extraction.py).

    ``combine``: run trafilatura in precision mode and in recall mode and keep the precise
    text unless it is shorter than ``min_ratio`` of the recall text (then the precise run
    has lost part of the article). Otherwise one run with the two ``favor_*`` flags.
    """

    combine: bool = True
    min_ratio: float = 0.8
    favor_precision: bool = False
    favor_recall: bool = True
    fast: bool = False
    include_tables: bool = True
    clean_lines: bool = True
    drop_head: bool = True
    listing: bool = True


DEFAULT_BODY = BodyOptions()

# Whole lines that are page furniture, never article text.
_FURNITURE = re.compile(
    r"^(?:[-–—*•\s]*advertisement[-–—*•\s]*|ad|sponsored( content)?|story continues below( advertisement)?|"
    r"continue reading( below)?|read more|read next|see also|related( articles| stories| posts| content| coverage)?:?|"
    r"more (?:stories|from|on this)\b.*|share( this( article| story| post)?)?( on \w+)?|"
    r"(?:tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|pinterest|reddit)|"
    r"(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox|updates|email)\b.*|"
    r".{0,40}\bnewsletter\b.{0,40}(?:sign up|subscribe)\b.*|"
    r"(?:photo|image|picture|video|graphic|illustration)s?( credit)?\s*:\s*.{0,80}|"
    r"(?:\S+\s+){0,6}/\s*(?:getty images|afp|reuters|ap|shutterstock|epa|alamy)(?: via getty images)?|"
    r"(?:credit|source)\s*:\s*(?:getty images|afp|reuters|ap|shutterstock|epa).{0,40}|"
    r"click here to .{0,80}|listen to (?:this )?article.{0,40}|\d+\s*min(?:ute)?s?\s+read|"
    r"(?:published|updated|posted|last updated)\s*:?|this article (?:is|was) (?:more than|over) .{0,40} old\.?|"
    r"we use cookies.{0,200}|accept( all)?( cookies)?|skip to (?:main )?content)$",
    re.IGNORECASE,
)
# A run of lines at the end that open with these is a teaser block, not the article.
_TAIL_HEADERS = re.compile(
    r"^(?:related|more (?:stories|news|from|to read|like this)|you (?:may|might) also like|recommended|"
    r"read (?:more|next|also)|trending|most (?:read|popular)|popular (?:stories|posts)|latest (?:news|stories)|"
    r"further reading|also read|what to read next)\b.{0,60}$",
    re.IGNORECASE,
)


def clean_lines(text: str) -> str:
    """``text`` without furniture lines and without a trailing teaser block."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    # Cut at a teaser header in the last part of the text, when what follows is short lines.
    cut_from = max(1, int(len(lines) * 0.6))
    for i in range(cut_from, len(lines)):
        if _TAIL_HEADERS.match(lines[i]):
            rest = lines[i + 1 :]
            if all(len(r.split()) <= 25 for r in rest):
                lines = lines[:i]
                break
    return "\n".join(line for line in lines if not _FURNITURE.match(line))


def _trafilatura_text(tree: HtmlElement, url: str | None, options: BodyOptions, precision: bool, recall: bool) -> str:
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=options.fast,
        favor_precision=precision,
        favor_recall=recall,
        include_comments=False,
        include_tables=options.include_tables,
        with_metadata=False,
    )
    return (result.text if result is not None else "") or ""


def extract_body(tree: HtmlElement, url: str | None, options: BodyOptions = DEFAULT_BODY) -> str:
    """The article text of a parsed page ("" when trafilatura finds none)."""
    if options.combine:
        precise = _trafilatura_text(tree, url, options, True, False)
        recalled = _trafilatura_text(tree, url, options, False, True)
        text = precise if len(precise) >= options.min_ratio * len(recalled) else recalled
    else:
        text = _trafilatura_text(tree, url, options, options.favor_precision, options.favor_recall)
    return clean_lines(text) if options.clean_lines else text


def drop_head_lines(text: str, title: str | None) -> str:
    """``text`` without leading copies of the headline and byline lines ("By A and B")."""
    lines = text.split("\n")
    squash = re.compile(r"[^\w]")
    key = squash.sub("", (title or "").casefold())
    kept_from = 0
    for i, line in enumerate(lines[:4]):
        bare = squash.sub("", line.casefold())
        if (key and bare == key) or (len(line) < 120 and _BYLINE_LINE.match(line)):
            kept_from = i + 1
    return "\n".join(lines[kept_from:])


_BYLINE_LINE = re.compile(r"^\s*(?:written |posted |reported )?by\s+[A-Z][\w.'’-]+(?:\s+[\w.'’-]+){0,6}\s*$", re.I)


def looks_like_listing(text: str) -> bool:
    """No line long enough to be a paragraph: a list of teasers, not an article."""
    return not any(_length(line) >= LISTING_MIN_PARAGRAPH for line in text.split("\n")) and len(text) < 2000


def _length(text: str) -> int:
    """Words, counting each CJK character as one (those scripts put no spaces between words)."""
    return len(text.split()) + sum(1 for ch in text if ord(ch) >= 0x2E80)


def _error(document: Document) -> InputError:
    return InputError(Errors.E005.format(input=document.input or document.doc_id))


def extract_html(html: str, document: Document, options: BodyOptions = DEFAULT_BODY) -> Article | None:
    """The clean article of a web page; InputError (E005) when it holds no article text."""
    if not html or not html.strip():
        raise _error(document)
    tree = load_html(html)
    if tree is None or tree.find(".//body") is None:
        raise _error(document)
    meta = md.meta_values(tree)
    articles = md.jsonld_articles(md.jsonld_objects(tree))
    url = document.url or (meta.get("og:url") or [None])[0]

    text = extract_body(tree, url, options)
    outlet = md.find_outlet(meta, articles) or document.outlet or md.domain_of(url)
    site_names = [n for n in (outlet, md.domain_of(url), *(meta.get("og:site_name") or [])) if n]
    title = md.find_title(tree, meta, articles, site_names)
    if options.drop_head:
        text = drop_head_lines(text, title)
    if _length(text) < MIN_WORDS or (options.listing and looks_like_listing(text)):
        raise _error(document)
    authors = find_authors(tree, meta, articles)
    published = md.find_published(tree, url)

    return Article(
        id=content_hash(text),
        doc_id=document.doc_id,
        text=text,
        url=document.url or url,
        outlet=outlet,
        title=title or document.title,
        authors=authors or list(document.authors),
        published=published or document.published,
        fetched_at=document.fetched_at,
        origin=document.origin,
        dateline=md.find_dateline(text),
    )
