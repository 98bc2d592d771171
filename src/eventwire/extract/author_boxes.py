"""Bylines without author markup: the name beside the date line under the headline, and
the name heading an author box. ``authors.find_authors`` asks these last, when no other
source names anyone. Also where a byline sits that is not the page's: the teaser cards of
a list of other articles (``only_in_teasers``).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from eventwire.extract.byline import is_date_only, is_person_name

_SEPARATOR = re.compile(r"^[\W_]{1,3}$")
# How many texts after the headline a date line with a name beside it is looked for in.
_DATE_LINE_REACH = 12


def names_beside_date(tree: HtmlElement) -> list[str]:
    """A name without "By" beside the date under the headline, next to its avatar picture
    ("Dec 17, 2025 · [photo] Jane Doe", "Dec 17, 2025 • [photo] Jane Doe in Category"): the
    meta line of many blog templates. The picture tells a person from a category or a
    "Reading time" label, which are capitalised words beside the date too; a list of full names
    there ("Ann Lee, Bo Ng and Cy Roe", a paper's authors) needs none."""
    h1s = tree.xpath("//h1")
    if not h1s:
        return []
    nodes = [x for x in h1s[0].xpath("following::text()[position() <= 40]") if str(x).strip()]
    nodes = [x for x in nodes if not _SEPARATOR.match(str(x).strip())][:_DATE_LINE_REACH]
    for i, node in enumerate(nodes):
        text = str(node).strip()
        if len(text) > 60 or not is_date_only(text):
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(nodes):
                continue
            listed = _listed_persons(str(nodes[j]))
            if listed:
                return listed
            candidate = re.sub(r"\s+(?:in|on|at|under)$", "", str(nodes[j]).strip(" ·•|-–—"))
            if not (1 < len(candidate.split()) <= 4 and "," not in candidate and is_person_name(candidate)):
                continue
            holder = nodes[j].getparent()
            if holder is None:
                continue
            if nodes[j].is_tail and holder.tag == "img":
                return [candidate]
            region = holder.getparent()  # the element around the name's, or the tail's container
            region = holder if region is None else region
            if region.find(".//img") is not None:
                return [candidate]
        return []  # the first date line only
    return []


# A list of names in one text: "A, B and C", "A & B".
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def _listed_persons(text: str) -> list[str]:
    """The names of a list of two or more persons in ``text`` ("Ann Lee, Bo Ng and Cy Roe"),
    most of them opening with a known given name; [] otherwise. Beside the date no avatar is
    needed for them: a category or a "Reading time" label is no list of full names."""
    from eventwire.extract.given_names import starts_with_given_name

    text = " ".join(text.split())
    if len(text) > 150:
        return []
    parts = [p for p in _LIST_JOINER.split(text) if p]
    if len(parts) < 2 or not all(1 < len(p.split()) <= 4 and is_person_name(p) for p in parts):
        return []
    return parts if 2 * sum(starts_with_given_name(p) for p in parts) > len(parts) else []


_AUTHOR_BOX_XPATH = (
    "//body//*[contains(translate(@class, 'AUTHOR', 'author'), 'author')]"
    "[not(contains(translate(@class, 'AUTHORIZT', 'authorizt'), 'authorit'))]"  # "authority", not an author
    "[not(ancestor-or-self::*[contains(translate(@class, 'COMMENT', 'comment'), 'comment')])]"
)


def names_from_author_box(tree: HtmlElement) -> list[str]:
    """The name heading an author box ("About the author" with a photo, the name and a
    biography): the first short text in an element whose class says "author" that is a
    person's full name. trafilatura's byline search skips such boxes, their text being
    longer than a byline."""
    from eventwire.extract.author_names import clean_authors, collective_byline

    for box in tree.xpath(_AUTHOR_BOX_XPATH)[:10]:
        for text in box.xpath(".//text()[not(ancestor::script) and not(ancestor::style)][position() <= 12]"):
            text = str(text).strip(" :\n\t")
            if 4 < len(text) < 50:
                names = clean_authors([text])
                if len(names) == 1 and " " in names[0] and not collective_byline(names[0]):
                    return names
    return []


# A teaser card: an item of a list of like items (three or more <li> or <article> siblings)
# that links to another article by a headline ("Related", "Most read", "More from").
_CARD_REACH = 10
_TEASER_LINK = 25  # characters of link text that make a headline, not a "More" or a name


def _in_teaser_card(element: HtmlElement) -> bool:
    for _, card in zip(range(_CARD_REACH), element.iterancestors(), strict=False):
        if card.tag not in ("li", "article"):
            continue
        parent = card.getparent()
        if parent is None or sum(1 for c in parent if c.tag == card.tag) < 3:
            continue
        if any(len(" ".join(a.text_content().split())) >= _TEASER_LINK for a in card.iter("a")):
            return True
    return False


def only_in_teasers(tree: HtmlElement, names: list[str]) -> bool:
    """Whether every place the page writes each of ``names`` is a teaser card's byline: the
    bylines of other articles listed on a page whose own article names no writer."""
    for name in names:
        nodes = tree.xpath("//body//text()[contains(., $name)]", name=name)
        if not nodes:
            return False  # written otherwise (case, spacing): nothing to judge by
        if not all(_in_teaser_card(node.getparent()) for node in nodes):
            return False
    return bool(names)
