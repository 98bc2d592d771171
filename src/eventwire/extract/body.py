"""The article body of a parsed page: DOM blocks kept by a learned classifier.

The page is cut into blocks (``blocks``: the text of each block-level element), each
described by its text and markup (length, link density, tag, ancestors' tags and class
words, position, similarity to the title). Two stages of small tree ensembles
(``classifier``, trained by bench/train_extract.py on the even dev pages) score them: the
second stage also reads the first stage's scores around each block and which element
holds most of the article, because article text comes in runs. A dropped paragraph of
prose beside kept paragraphs comes back (``lost_paragraphs``); kept blocks then go through
line filters for furniture and the sections of ``boilerplate`` (related-links boxes, a teaser
or comment tail, a table of contents, a site footer). Blocks that are furniture by their
markup (comments, testimonials, promotions, footers, related links, pop-ups, disclaimers, author
boxes, lists of links under a sub-heading, teasers in <article>s beside the article's) are
dropped whatever the model says (``furniture``). Measured on the even pages
(cross-validated), this beat a classifier that also read trafilatura's text, and it needs
no trafilatura run; trafilatura is only asked before a page would be refused.
"""

from __future__ import annotations

import logging
import re

import numpy as np
import trafilatura
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from eventwire.extract import boilerplate as bp
from eventwire.extract import metadata as md
from eventwire.extract.blocks import (
    BASE_FEATURES,
    CONTEXT_FEATURES,
    Block,
    base_features,
    context_features,
    overlap_scores,
    page_blocks,
)
from eventwire.extract.classifier import BlockModel, load_model
from eventwire.extract.furniture import in_furniture, in_other_articles

log = logging.getLogger(__name__)

# trafilatura's settings when its text is read: by a model trained with --trafilatura (the
# cross-validation figures in bench/train_extract.py used fast=True), or as the last try
# before a page is refused in ``html``.
TRAFILATURA_OPTIONS = {"fast": False, "favor_recall": True, "favor_precision": False}

# Whole lines that are page furniture, never article text.
_FURNITURE = re.compile(
    r"^(?:[-–—*•\s]*(?:advertisement|advert|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|reklama|"
    r"advertentie|реклама)[-–—*•\s]*|ad|sponsored( content)?|story continues below( advertisement)?|"
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
    r"we use cookies.{0,200}|accept( all)?( cookies)?|skip to (?:main )?content|"
    # a copyright line, tags, a rating prompt, a sign-up consent
    r"copyright\s*(?:©|\(c\)|\d{4}).{0,200}|tags?\s*:.{0,300}|"
    r"(?:was|is) this (?:page|article) (?:helpful|useful)\??|"
    r"by (?:signing up|subscribing|clicking|submitting|registering)\b.{0,300}|"
    # a subscription pitch; share and follow buttons and an ad break in other languages
    r"become a (?:paid )?(?:subscriber|member|supporter)\b.{0,200}|"
    r"(?:subscribe|sign up|register|log in) (?:now |today )?to (?:read|continue|unlock|access|keep reading)\b.{0,200}|"
    r"(?:compartilhe|compartilhar|compartir|comparte|teilen|partager|condividi|delen)(?: (?:this|esta|este|isto))?|"
    r"(?:siga-nos|síguenos|suivez-nous|folgen sie uns|seguici)\b.{0,60}|"
    r"continua (?:depois|após) (?:da|a) publicidade|continúa después de la publicidad|"
    # an affiliate disclosure (a line that is one, not a sentence that mentions affiliate links)
    r"(?:disclosure\s*:\s*)?(?:this (?:post|article|page|story) (?:may )?contains? affiliate links?|"
    r"as an amazon associate|(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)|"
    r"we may be compensated)\b.{0,300})$",
    re.IGNORECASE,
)
# Photo captions: "... (Photo by Jane Doe/Getty Images)", "In this Dec. 12, 2006, file photo, ...".
_CAPTION = re.compile(
    r"^(?:.{0,400}\((?:(?:ap |afp |reuters )?(?:photo|image|picture|foto)s?\b|credits?:)[^()]{0,100}\)\.?|"
    r"in this (?:\w+\.? )?\d{1,2}, \d{4},? (?:file )?photo\b.*|in this (?:file )?photo (?:taken|released|provided|made).*)$",
    re.IGNORECASE,
)
# An entry of a reference list (a bibliography, not article text) with its year: authors as
# "Surname AB" in the Vancouver style of medical and science journals ("Marsh PT, Okafor BN. Title...
# 2019" or "Marsh PT, et al."), or as "Surname, A. B." with the year in brackets in the APA style
# ("Hollis, R., & Tanaka, M. (2018)."). Case-sensitive: the initials are capitals. Not a company's
# legal form after its name ("Siemens AG, Bayer AG."): a list of companies reads the same way.
_LEGAL_FORM = r"(?:AG|SE|SA|NV|AB|AS|KG|OY|BV|LP|LLC|PLC|CO|INC|LTD|SPA|SRL|SL)\b"
_INITIALS = rf"(?:[A-Z][\w'’-]+ )+(?!{_LEGAL_FORM})[A-Z]{{1,3}}"
_REFERENCE = re.compile(
    rf"^(?:{_INITIALS}, )+(?:{_INITIALS}\.|et al\.?)(?=.*\b(?:19|20)\d\d\b)|"
    r"^(?:[A-Z][\w'’-]+, (?:[A-Z]\. ?){1,3},? (?:& )?)+\((?:19|20)\d\d"
)
_BYLINE_LINE = re.compile(r"^\s*(?:written |posted |reported )?by\s+[A-Z][\w.'’-]+(?:\s+[\w.'’-]+){0,6}\s*$", re.I)
_SQUASH = re.compile(r"[^\w]")


def _copyright_line(line: str) -> bool:
    """A short line with a copyright sign or "All rights reserved" (a substring test: a regex
    that looks for them anywhere in every line is slow)."""
    return len(line) <= 320 and ("©" in line or "rights reserved" in line.casefold())


def clean_lines(text: str) -> str:
    """``text`` without furniture lines, a reference list, a table of contents, related-links boxes,
    a trailing teaser or comment section and a site footer (``boilerplate``)."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    lines = drop_reference_lists(bp.drop_footer(bp.cut_tail(bp.drop_teaser_boxes(bp.drop_contents_list(lines)))))
    return "\n".join(
        line
        for line in lines
        if not _FURNITURE.match(line)
        and not _copyright_line(line)
        and not _CAPTION.match(line)
        and not bp.is_related_heading(line)
        and not bp.CONTENTS_HEADING.match(line)
    )


# A reference list is a run of entries: one line shaped like an entry alone is more often a
# sentence that happens to start so (names with party or company abbreviations after them).
# Session s15 (main's fold models, even positions): every entry-shaped line dropped, WCXB even
# 0.9564 -> 0.9568 (P 0.9469 -> 0.9477), but trafilatura's snippet pages 0.9205 -> 0.9203; runs of
# two or more: WCXB even 0.9566 -> 0.9564 against single lines, snippet pages back to 0.9205.
REFERENCE_RUN = 2


def drop_reference_lists(lines: list[str]) -> list[str]:
    """``lines`` without runs of REFERENCE_RUN or more reference-list entries (``_REFERENCE``)."""
    entry = [bool(_REFERENCE.match(line)) for line in lines]
    if not any(entry):
        return lines
    drop = [False] * len(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and entry[end]:
            end += 1
        if end - start >= REFERENCE_RUN:
            drop[start:end] = [True] * (end - start)
        start = end + 1 if end == start else end
    return [line for line, d in zip(lines, drop, strict=True) if not d]


def drop_head_lines(text: str, title: str | None) -> str:
    """``text`` without leading copies of the headline and byline lines ("By A and B")."""
    lines = text.split("\n")
    key = _SQUASH.sub("", (title or "").casefold())
    kept_from = 0
    for i, line in enumerate(lines[:4]):
        bare = _SQUASH.sub("", line.casefold())
        if (key and bare == key) or (len(line) < 120 and _BYLINE_LINE.match(line)):
            kept_from = i + 1
        elif len(line.split()) >= LOST_MIN_WORDS:
            break  # a paragraph: the article has begun, and a headline copy after it is the author's
    return "\n".join(lines[kept_from:])


def finish_text(text: str, title: str | None) -> str:
    """The line filters that run on the kept text."""
    return drop_head_lines(clean_lines(text), title)


def trafilatura_text(tree: HtmlElement, url: str | None) -> str:
    """trafilatura's body text of a parsed page (it copies the tree, so ``tree`` is untouched)."""
    result = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, with_metadata=False, **TRAFILATURA_OPTIONS
    )
    return (result.text if result is not None else "") or ""


def page_title(tree: HtmlElement, url: str | None) -> str | None:
    meta = md.meta_values(tree)
    articles = md.jsonld_articles(md.jsonld_objects(tree))
    outlet = md.find_outlet(meta, articles)
    names = [n for n in (outlet, md.domain_of(url), *(meta.get("og:site_name") or [])) if n]
    return md.find_title(tree, meta, articles, names)


def stage_input(base: np.ndarray, tra_context: np.ndarray | None, previous: np.ndarray | None) -> np.ndarray:
    """The columns a stage reads: block features, trafilatura context, previous-stage context."""
    parts = [base] + [c for c in (tra_context, previous) if c is not None]
    return np.hstack(parts) if len(parts) > 1 else base


def stage_features(uses_trafilatura: bool, stage: int) -> list[str]:
    names = list(BASE_FEATURES)
    if uses_trafilatura:
        names += [f"tra_{k}" for k in CONTEXT_FEATURES]
    if stage > 0:
        names += [f"prev_{k}" for k in CONTEXT_FEATURES]
    return names


def block_probabilities(blocks: list[Block], base: np.ndarray, tra_text: str | None, model: BlockModel) -> np.ndarray:
    """The last stage's probability that each block is article text."""
    tra = context_features(blocks, overlap_scores(blocks, tra_text or "")) if model.uses_trafilatura else None
    previous = None
    proba = np.zeros(len(blocks), dtype=np.float32)
    for k, ensemble in enumerate(model.stages):
        x = stage_input(base, tra, previous)
        names = stage_features(model.uses_trafilatura, k)
        if ensemble.features != names:
            # a model trained on another feature list (an older model file): its columns by name
            x = x[:, [names.index(f) for f in ensemble.features]]
        proba = ensemble.probability(x)
        previous = context_features(blocks, proba)
    return proba


def _parser() -> lxml_html.HTMLParser:
    """trafilatura's HTML parser settings, with two changes: a huge tree is allowed (see below),
    and every element is a plain ``HtmlElement``. lxml.html's parser picks each element's class by calling back into
    Python (form and input elements get classes of their own), once for every element
    Python touches; that callback was about 4% of extraction time, and nothing here or in
    trafilatura needs the special classes."""
    parser = lxml_html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True,
        huge_tree=True,  # a text node over 10 MB (inline data) would end the parse; inputs are capped at 20 MB
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser


_PARSER = _parser()


def _from_bytes(html: str) -> HtmlElement | None:
    try:
        return lxml_html.fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception as e:  # lxml raises assorted errors on broken markup; the caller refuses the page
        log.debug("lxml could not parse the page as bytes: %s", e)
        return None


def parse(html: str) -> HtmlElement | None:
    """The page's tree, parsed once for everything that reads it; None when it has no body.
    As ``trafilatura.utils.load_html`` parses a string (same repairs, same fallbacks and
    the same refusal of a text that is no HTML), with the parser above."""
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree, tried_bytes = None, False
    try:
        tree = lxml_html.fromstring(html, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported"
        tree, tried_bytes = _from_bytes(html), True
    except Exception as e:  # as above
        log.debug("lxml could not parse the page: %s", e)
    if (tree is None or len(tree) < 1) and not tried_bytes:
        tree = _from_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        return None
    if tree is None or tree.find(".//body") is None:
        return None
    _adopt_trailing_roots(tree)
    if _STREAMED in html:
        _place_streamed(tree)
    return tree


# React's streaming server rendering (React 18 and later) writes a part of the page that was not
# ready in time later in the response, as <div hidden id="S:n"> near the end of the body, and a
# script ($RC / $RS) moves it to the place of <template id="B:n"> (a suspended boundary) or
# <template id="P:n"> (a placeholder segment) and shows it. React writes that opening tag exactly so.
_STREAMED = '<div hidden id="S:'


def _place_streamed(tree: HtmlElement) -> None:
    """Put each streamed part where the browser shows it (see _STREAMED), visible."""
    placeholders = {
        t.get("id"): t for t in tree.iter("template") if (t.get("id") or "")[:2] in ("B:", "P:")
    }
    for part in tree.xpath('//div[@hidden][starts-with(@id, "S:")]'):
        del part.attrib["hidden"]
        number = part.get("id")[2:]
        target = placeholders.get(f"B:{number}")
        if target is None:
            target = placeholders.get(f"P:{number}")
        if target is None or target.getparent() is None:
            continue  # no placeholder: shown where it is
        tail, part.tail = part.tail, None
        if tail:  # text after the part stays where it was
            before = part.getprevious()
            if before is not None:
                before.tail = (before.tail or "") + tail
            else:
                part.getparent().text = (part.getparent().text or "") + tail
        target.addnext(part)


def _adopt_trailing_roots(tree: HtmlElement) -> None:
    """Move markup that follows a closing </html> into the body. A page whose template closes
    </body></html> early and goes on puts the rest (often the article) in a second root element
    in libxml2's tree, where nothing reads it; an HTML5 parser, as browsers use, puts it in
    the body."""
    trailing = [s for s in tree.itersiblings() if isinstance(s.tag, str)]
    if not trailing:
        return
    body = tree.find(".//body")
    for root in trailing:
        inner = root.find("body") if root.tag == "html" else None
        holder = inner if inner is not None else root
        if holder is root and root.tag != "html":
            body.append(root)  # a bare element after </html> (moving it detaches it from the document level)
            continue
        for child in list(holder):
            if child.tag != "head":
                body.append(child)


def extract_body(tree: HtmlElement, url: str | None, title: str | None, model: BlockModel | None = None) -> str:
    """The article text of a parsed page ("" when there is none)."""
    model = model or load_model()
    tra_text = trafilatura_text(tree, url) if model.uses_trafilatura else None
    blocks = page_blocks(tree)
    if not blocks:
        return finish_text(tra_text or "", title)
    proba = block_probabilities(blocks, base_features(blocks, title), tra_text, model)
    proba = np.where(lost_paragraphs(blocks, proba >= model.threshold), 1.0, proba)
    proba = np.where(in_furniture(blocks), 0.0, proba)
    proba = np.where(in_other_articles(blocks, proba >= model.threshold), 0.0, proba)
    return finish_text("\n".join(_dedupe(kept_texts([b.text for b in blocks], proba, model.threshold))), title)


# A dropped paragraph is article text when it is a paragraph of prose (this many words or more,
# a sentence end, no links) beside article paragraphs: in an element that holds at least
# SIBLINGS_KEPT kept <p> blocks (a paragraph after an inline "Related links" box, say).
LOST_MIN_WORDS = 15
SIBLINGS_KEPT = 2
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)]*$")


def lost_paragraphs(blocks: list[Block], keep: np.ndarray) -> np.ndarray:
    """Which dropped blocks go back into the text (see LOST_MIN_WORDS)."""
    groups = [_paragraph_group(b) if b.owner_tag == "p" else () for b in blocks]
    kept_in: dict[tuple[int, ...], int] = {}
    for b, k, g in zip(blocks, keep.tolist(), groups, strict=True):
        if k and b.owner_tag == "p":
            kept_in[g] = kept_in.get(g, 0) + 1
    back = np.zeros(len(blocks), dtype=bool)
    for i, (b, k, g) in enumerate(zip(blocks, keep.tolist(), groups, strict=True)):
        if (
            not k
            and b.owner_tag == "p"
            and b.link_chars == 0
            and kept_in.get(g, 0) >= SIBLINGS_KEPT
            and len(b.text.split()) >= LOST_MIN_WORDS
            and _ENDS_SENTENCE.search(b.text)
        ):
            back[i] = True
    return back


def _paragraph_group(block: Block) -> tuple[int, ...]:
    """The element whose paragraphs count together: the paragraph's parent, or the list when the
    paragraph sits in a list item (a list of items of a paragraph each)."""
    parent = block.owner.getparent()
    if parent is not None and parent.tag == "li" and len(block.path) > 2:
        return block.path[:-2]
    return block.path[:-1]


def kept_texts(texts: list[str], proba: np.ndarray, threshold: float) -> list[str]:
    """The texts of the blocks kept, with the related-section headings ("Leia também") in the
    last part of the kept text (before its last kept block) even when the model dropped them:
    ``clean_lines`` cuts a teaser section at them (the teasers after a heading can be kept when
    the heading is not), then drops them."""
    keep = [p >= threshold for p in proba.tolist()]
    if not any(keep):
        return []
    last = len(keep) - 1 - keep[::-1].index(True)
    # only in the last part of the kept text, where cut_tail looks: a heading in the article
    # (a dropped "Related" button) before two sub-headings would read as a box of headlines
    sizes = np.cumsum([len(t) if k else 0 for t, k in zip(texts, keep, strict=True)])
    start = int(np.searchsorted(sizes, bp.TAIL_FROM * sizes[-1]))
    return [
        t
        for i, t in enumerate(texts)
        if keep[i] or (start < i < last and len(t) <= 80 and bp.is_related_heading(t))
    ]


def _dedupe(lines: list[str]) -> list[str]:
    """Kept blocks without exact repeats of a long block (pages that print the article twice)."""
    seen: set[str] = set()
    out = []
    for line in lines:
        if len(line) > 80:
            if line in seen:
                continue
            seen.add(line)
        out.append(line)
    return out
