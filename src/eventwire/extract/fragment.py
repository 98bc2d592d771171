"""HTML fragments (an article body without its page: feed entries, API fields, saved bodies) to
text, a line per paragraph. The page extractor is made for whole pages and refuses HTML without
a <body>; a fragment is the body already."""

from __future__ import annotations

import re

_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
               "article", "figcaption", "pre")


def fragment_text(html: str) -> str:
    """The text of an HTML fragment: a paragraph per block element or line break (a blank line
    between them); scripts and styles dropped, entities decoded."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    etree.strip_elements(root, "script", "style", "noscript", with_tail=False)
    for element in root.iter(*_BLOCK_TAGS):
        # A blank line around a block keeps paragraphs apart: the text reader joins the lines of
        # one block when they look like a hard-wrapped paragraph.
        element.tail = "\n\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n\n" + (element.text or "")
    paragraphs = (" ".join(block.split()) for block in _BLANK_LINE.split(root.text_content()))
    return "\n\n".join(p for p in paragraphs if p)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


# A whole page names one of these; a fragment names none.
_PAGE_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)


def is_fragment(html: str) -> bool:
    """Whether ``html`` is markup without a page around it (no doctype, html, head or body)."""
    return _PAGE_TAG.search(html) is None


__all__ = ["fragment_text", "is_fragment"]
