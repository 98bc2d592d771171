"""Blocks that are page furniture by their markup, whatever the block model says.

Readers' comments, testimonials, promotions, footers, related links and pop-ups named by a class
or id (``in_furniture``), sections named so a few wrappers up (a disclaimer, an author box:
``in_named_section``), a sub-heading over a list of links (``in_link_lists``), a table of
contents (``in_contents_lists``) and teasers in <article>s beside the article's
(``in_other_articles``). The block model keeps such blocks when
they read as a run of prose beside the article; ``body.extract_body`` drops them after it.

Session s14 (out-of-fold with the fold models of main, 4 folds by position; kinds read on even
WCXB positions only) added the named sections, the link lists and the other <article>s: WCXB
even 0.9538 -> 0.9559 (named sections alone 0.9554), odd 0.9497 -> 0.9501; ScrapingHub even
0.9739 unchanged, odd 0.9644 -> 0.9647; trafilatura's snippet pages 0.9202 -> 0.9205. Tried on
the even pages and left out: "Related: <link>" lines and parenthesised link lines (ScrapingHub
even -0.0006: its gold keeps inline links), a class word "newsletter"/"signup" a few levels up
(WCXB even -0.0022) or with a form in it (no change), tweet and Instagram embeds (ScrapingHub
even -0.0044), <article>s nested in the article's (WCXB even -0.0004: the gold keeps comments
and quoted posts), prose paragraphs with a few links coming back beside kept ones (+0.0001).

Session s15 (same fold models and split) added tables of contents by their links
(``in_contents_lists``): WCXB even 0.9568 -> 0.9572 (P 0.9477 -> 0.9486), measured with a caption
rule in place, ScrapingHub even and the snippet pages unchanged. Tried and left out: figure
captions (<figcaption> and what it holds): WCXB even 0.9559 -> 0.9564, ScrapingHub even 0.9739 ->
0.9740, but trafilatura's snippet pages fell 0.9203 -> 0.9201 with it (their gold keeps captions);
text under aria-hidden="true" or visibility:hidden (WCXB +0.0000, ScrapingHub even -0.0002); a
summary or standfirst named by its class (no change).
"""

from __future__ import annotations

import re

import numpy as np
from lxml.html import HtmlElement

from eventwire.extract.blocks import (
    ARTICLE_TAG,
    COMMENT_GROUP,
    LIST_ITEM_TAG,
    SECTION_GROUP,
    Block,
    class_bits,
)

# A class or id word that opens with "comment" or "disqus" ("comment-content", "commentBody",
# id "comments") names readers' comments; words that only say whether a post has or takes
# comments ("has-comments", "comments-open", "comment-count") do not.
_COMMENT_WORD = re.compile(
    r"(?:^|\s)(?:comments?(?![-_]?(?:open|closed|enabled|disabled|count|link|number|icon|btn|button)s?\b)|disqus)", re.I
)
# A class word that names customer testimonials, a promotion box, a footer, related or
# recommended links or a pop-up ("testimonial__quote", "promo-bar", "entry-footer",
# "related-posts", "newsletter-modal"). Class only: ids are often made from a heading's words
# ("h-promo-codes"). Disclaimers, disclosures and author boxes are looked for further up
# (``in_named_section``): on the owner and its parent alone they moved WCXB even by +0.0002.
# Further up, only a whole class or id word "comment(s)" or one that goes on after a hyphen or
# underscore ("comment", "comments-area", "comment_body_42"): an element that holds a thread of
# comments, whose replies and quotes nest deep. Not "commentOnSelection" (a feature of the page).
_COMMENT_SECTION = re.compile(
    r"(?:^|\s)(?:comments?|disqus\w*)(?:$|\s|[-_](?!(?:open|closed|enabled|disabled|count|link|number|icon|btn|button)s?\b))",
    re.I,
)
_PROMO_CLASS = re.compile(r"(?:^|[\s_-])(?:testimonial|promo|footer|related|recommend|popup|modal)", re.I)


# How far above a block's element the element named as a section (blocks.SECTION_GROUP) may be
# (its paragraphs sit in rich-text and column wrappers), and the most of the page's text it may
# hold: an element holding more is the page's wrapper ("page has-disclaimer"), not a section.
SECTION_DEPTH = 5
SECTION_MAX_SHARE = 0.5


def in_named_section(blocks: list[Block]) -> np.ndarray:
    """Which blocks sit in a disclaimer, testimonials or an author box (blocks.SECTION_GROUP)."""
    out = np.zeros(len(blocks), dtype=bool)
    total = 0
    for i, b in enumerate(blocks):
        if not b.class_mask & SECTION_GROUP:  # no ancestor is named so: the common case, one test
            continue
        total = total or sum(len(x.text) for x in blocks)
        el = b.owner
        for _ in range(SECTION_DEPTH + 1):
            if el is None:
                break
            if class_bits(el) & SECTION_GROUP:
                out[i] = len(el.text_content()) <= SECTION_MAX_SHARE * total
                break
            el = el.getparent()
    return out


def in_furniture(blocks: list[Block]) -> np.ndarray:
    """Which blocks sit in an element of readers' comments, testimonials, a promotion, a
    footer, related links or a pop-up (the block's own element or its parent says so), in
    a named section (``in_named_section``), a list of links under a sub-heading
    (``in_link_lists``) or a table of contents (``in_contents_lists``): never article text, though the model keeps them when they read as a
    run of prose beside the article."""
    out = in_named_section(blocks) | in_link_lists(blocks) | in_contents_lists(blocks)
    for i, b in enumerate(blocks):
        if out[i]:
            continue
        for el in (b.owner, b.owner.getparent()):
            if el is None:
                continue
            cls = el.get("class") or ""
            if _COMMENT_WORD.search(f"{cls} {el.get('id') or ''}") or (cls and _PROMO_CLASS.search(cls)):
                out[i] = True
                break
        else:
            if b.class_mask & COMMENT_GROUP:  # some ancestor's class or id has a comment word
                out[i] = any(
                    _COMMENT_SECTION.search(f"{el.get('class') or ''} {el.get('id') or ''}") for el in b.owner.iterancestors()
                )
    return out


# A table of contents: a list (with its nested lists) of at least this many items, each only
# links to places on the page itself (href="#section"). ``boilerplate.drop_contents_list`` finds the ones
# whose items repeat the page's headings in the text; this one reads the links.
CONTENTS_MIN_ITEMS = 3


def in_contents_lists(blocks: list[Block]) -> np.ndarray:
    """Which blocks are items of a table of contents (CONTENTS_MIN_ITEMS)."""
    out = np.zeros(len(blocks), dtype=bool)
    lists: dict[HtmlElement, list[int]] = {}
    for i, b in enumerate(blocks):
        if not b.tag_mask & LIST_ITEM_TAG or not b.link_chars or b.link_chars < LINK_LIST_SHARE * len(b.text):
            continue  # not in a list item, or not mostly link text: the common case, two tests
        item = b.owner if b.owner_tag == "li" else next(b.owner.iterancestors("li"), None)
        if item is None or not _links_in_page(item):
            continue
        # the outermost list: a nested list's items count with their parent list's
        top = item.getparent()
        while top is not None and top.getparent() is not None and top.getparent().tag == "li":
            top = top.getparent().getparent()
        lists.setdefault(top, []).append(i)
    for items in lists.values():
        if len(items) >= CONTENTS_MIN_ITEMS:
            out[items] = True
    return out


def _links_in_page(item: HtmlElement) -> bool:
    """Whether every link of a list item goes to a place on the page itself (href="#name")."""
    hrefs = [a.get("href") for a in item.iter("a")]
    hrefs = [h for h in hrefs if h is not None]
    return bool(hrefs) and all(len(h) > 1 and h[0] == "#" for h in hrefs)


# The <article> that holds the article must hold this share of the kept text for the others to go.
MAIN_ARTICLE_SHARE = 0.5


def in_other_articles(blocks: list[Block], keep: np.ndarray) -> np.ndarray:
    """Which kept blocks sit in an <article> element apart from the one that holds the article
    text (most of the kept characters): teasers of other stories, each an <article> in a list
    beside it. <article>s nested in it or around it stay: HTML makes a nested <article> content
    related to the outer one (readers' comments, a quoted post), and the gold bodies often keep
    those (dropping them too cost 0.0004 of WCXB even F1); an outer one holds its header."""
    out = np.zeros(len(blocks), dtype=bool)
    if not keep.any() or not any(b.tag_mask & ARTICLE_TAG for b in blocks):
        return out
    nearest: list[HtmlElement | None] = []
    weight: dict[HtmlElement, int] = {}
    for b, k in zip(blocks, keep.tolist(), strict=True):
        el = b.owner if b.tag_mask & ARTICLE_TAG else None
        while el is not None and el.tag != "article":
            el = el.getparent()
        nearest.append(el)
        if k and el is not None:
            weight[el] = weight.get(el, 0) + len(b.text)
    if len(weight) < 2:
        return out  # one <article> holds all the kept text that is in any
    main = max(weight, key=weight.__getitem__)
    if weight[main] < MAIN_ARTICLE_SHARE * sum(len(b.text) for b, k in zip(blocks, keep.tolist(), strict=True) if k):
        return out
    for i, el in enumerate(nearest):
        out[i] = el is not None and el is not main and not _nested(el, main) and not _nested(main, el)
    return out


def _nested(inner: HtmlElement, outer: HtmlElement) -> bool:
    return any(a is outer for a in inner.iterancestors("article"))


# A list of links under a sub-heading: the heading and two or more blocks after it, up to the next
# heading, each mostly link text ("Further reading", "More guides", a list of other posts).
LINK_LIST_MIN = 2
LINK_LIST_SHARE = 0.8
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def in_link_lists(blocks: list[Block]) -> np.ndarray:
    """Which blocks are a sub-heading (h2 to h6) and the list of links under it (LINK_LIST_MIN)."""
    out = np.zeros(len(blocks), dtype=bool)
    i = 0
    while i < len(blocks):
        if blocks[i].owner_tag in _HEADINGS and blocks[i].owner_tag != "h1":
            j = i + 1
            while j < len(blocks) and blocks[j].owner_tag not in _HEADINGS:
                if blocks[j].link_chars < LINK_LIST_SHARE * len(blocks[j].text):
                    break
                j += 1
            # the run under the heading: all links up to the next heading (or the end)
            if (j == len(blocks) or blocks[j].owner_tag in _HEADINGS) and j - i - 1 >= LINK_LIST_MIN:
                out[i:j] = True
                i = j
                continue
        i += 1
    return out
