"""trafilatura's byline search (``trafilatura.metadata.extract_author``) without its cost.

trafilatura looks for the author in elements whose class, id, rel or itemprop says so,
after pruning comments, sidebars, dates and figures from a deep copy of the page. Its
XPaths test class and id with EXSLT regular expressions, which libxml2 answers by calling
back into Python for every element, five expressions over the whole page: on the WCXB dev
pages that search was the costliest part of finding authors (about 11 ms a page, on the
45% of pages that get that far). Here the same tests (the same regular expressions, in
Python's ``re`` as lxml's EXSLT uses) run in one pass over the elements, and the pruning
skips the pruned elements instead of copying the tree: the answer is trafilatura's, string
for string, on all 803 dev pages, in about a quarter of the time
(``bench/extraction_misses.py --check-author`` compares them).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# trafilatura.xpaths.AUTHOR_DISCARD_XPATHS: what is pruned before the search
_DISCARD_TAGS = frozenset(("a", "div", "section", "span"))
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)|"
    r"print|category|meta-date|meta-reviewer"
)
# trafilatura.xpaths.AUTHOR_XPATHS, in its order (the first expression with a usable result wins)
_TAGS_1 = frozenset(("a", "address", "div", "link", "p", "span", "strong"))
_CLASS_1 = re.compile(r"author-?name|AuthorName|authorName")
_TAGS_2 = frozenset(("a", "div", "h3", "h4", "p", "span"))
_ID_2 = re.compile(r"author|zuozhe|bianji|xiaobian")
_CLASS_2 = re.compile(r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_ID_3 = re.compile(r"[Aa]uthor")
_CLASS_3 = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")


def _scan(tree: HtmlElement) -> tuple[set[HtmlElement], list[list[HtmlElement]]]:
    """One pass over the page: the elements trafilatura prunes, and the matches of each of
    its three author expressions in document order. (Its first expression also tests a
    child element named ``rel``, which HTML does not have; that test is left out.)"""
    pruned: set[HtmlElement] = set()
    found: list[list[HtmlElement]] = [[], [], []]
    root_seen = False
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        get = element.get
        cls, ident, prop, comp = get("class"), get("id"), get("itemprop"), get("data-component")
        if tag in ("time", "figure"):
            pruned.add(element)
        elif root_seen and tag in _DISCARD_TAGS and (
            ident == "comments" or cls in ("comments", "title", "date")
            or (ident is not None and _DISCARD_ID.search(ident))
            or (cls is not None and _DISCARD_CLASS.search(cls))
            or (comp is not None and "Figure" in comp)
        ):  # fmt: skip
            pruned.add(element)  # (".//*": never the root itself)
        root_seen = True
        if cls is None and ident is None and prop is None and comp is None and tag != "author" and get("rel") is None:
            continue
        if tag == "author" or (
            tag in _TAGS_1
            and (
                get("rel") == "author" or ident == "author" or cls == "author" or prop == "author name"
                or get("data-testid") in ("AuthorCard", "AuthorURL")
                or (cls is not None and _CLASS_1.search(cls))
            )
        ):  # fmt: skip
            found[0].append(element)
        if tag in _TAGS_2 and (
            cls in ("byline", "username", "byl", "BBL")
            or (prop is not None and "author" in prop)
            or (ident is not None and _ID_2.search(ident))
            or (cls is not None and _CLASS_2.search(cls))
        ):
            found[1].append(element)
        if (
            (comp is not None and "Byline" in comp)
            or (prop is not None and "author" in prop)
            or (ident is not None and _ID_3.search(ident))
            or (cls is not None and _CLASS_3.search(cls))
        ):
            found[2].append(element)
    return pruned, found


def _pruned_text(element: HtmlElement, pruned: set[HtmlElement], out: list[str]) -> None:
    """The text pieces ``element.itertext()`` would give once ``pruned`` elements were
    deleted the way trafilatura deletes them (each one's tail joined to the text before it)."""
    text = element.text
    tails: dict[int, str | None] = {}
    kept: list[HtmlElement] = []
    for child in element:
        if child in pruned:
            if child.tail:
                if kept:
                    last = kept[-1]
                    tails[id(last)] = (tails.get(id(last), last.tail) or "") + child.tail
                else:
                    text = (text or "") + child.tail
        else:
            kept.append(child)
    if text:
        out.append(text)
    for child in kept:
        if isinstance(child.tag, str):
            _pruned_text(child, pruned, out)
        tail = tails.get(id(child), child.tail)
        if tail:
            out.append(tail)


# Elements whose text is never a byline: trafilatura's third expression (class or id
# containing "author", any tag) also takes a plugin's <style id="co-authors-...-css"> and
# a menu's "local-authorities" item.
_CODE_TAGS = frozenset(("style", "script", "noscript", "template"))
# A commenter's name ("comment-author", "comment-author-link" in a "recent comments" widget
# outside the comments section trafilatura prunes) is no byline of the article either.
_NOT_AUTHOR = re.compile(r"authorit|authoriz|comment", re.I)


def markup_author(tree: HtmlElement, len_limit: int = 120, skip_noise: bool = False, raw: bool = False) -> str | None:
    """What ``trafilatura.metadata.extract_author(tree)`` returns, without copying the tree;
    with ``skip_noise``, leaving out style and script elements, "authority" classes and
    commenters' names that trafilatura would read;
    with ``raw``, the element's text before trafilatura's normalisation (which keeps only
    "Dec" of "Dec 17, 2025 Jane Doe": the caller cleans it)."""
    from trafilatura.metadata import normalize_authors

    pruned, found = _scan(tree)
    for matches in found:
        for element in matches:
            if element in pruned or any(a in pruned for a in element.iterancestors()):
                continue
            if skip_noise and (
                element.tag in _CODE_TAGS or _NOT_AUTHOR.search((element.get("class") or "") + (element.get("id") or ""))
            ):
                continue
            pieces: list[str] = []
            _pruned_text(element, pruned, pieces)
            content = " ".join(" ".join(pieces).split())
            if content and 2 < len(content) < len_limit:
                return content if raw else normalize_authors(None, content)
    return None
