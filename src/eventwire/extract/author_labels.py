"""Labelled bylines in the page's visible text ("Written by Jane Doe", "Author: Jane Doe",
"(Reporting by Jane Doe; editing by John Roe)") and the names of a byline split over
elements ("By <a>A</a>, <a>B</a> and <a>C</a>"): sources of ``authors.find_authors`` for
bylines without author markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from eventwire.extract.author_names import clean_authors, clean_name, collective_byline
from eventwire.extract.byline import is_person_name, parse_byline
from eventwire.extract.dates import visible_segments

# What stands between co-authors' names when each name is an element of its own.
_NAME_JOINER = re.compile(r"^(?:,|;|&|and|,\s*and|&amp;)$", re.I)


def _by_names_in_elements(texts: list[str], start: int) -> list[str]:
    """The names of the byline that starts at ``texts[start]``, its names maybe elements of
    their own ("Written by <span>A</span>, <span>B</span> and <span>C</span>"): A, B and C
    when each part is a name, else what ``texts[start]`` names alone."""
    joined = texts[start]
    i = start + 1
    while i + 1 < len(texts) and len(joined) < 120 and _NAME_JOINER.match(texts[i]) and len(texts[i + 1]) < 60:
        joined += f"{'' if texts[i][0] in ',;' else ' '}{texts[i]} {texts[i + 1]}"
        i += 2
    for rest in dict.fromkeys((joined, texts[start])):
        byline = parse_byline("By " + rest) if len(rest) < 150 else None
        if byline is not None and byline.authors:
            return byline.authors
    return []


# A labelled byline in the visible text: "Written by Jane Doe", "Author: Jane Doe", "By Jane Doe",
# "All articles by Jane Doe", "Updated May 3, 2025 by Jane Doe"; not any "by" ("Tires by Brand").
_LABELLED = re.compile(
    r"^(?:(?:.{0,40}\b)?(?:written|posted|authored|reported|published|edited|compiled|created|updated|"
    r"articles?|posts?|stories|story|words|reporting|\d{4})\s+by|by|"
    r"authors?(?:\s*\(s\))?\s*:|authors?(?:\s*\(s\))?$|contributors?\s*:|writers?\s*:)\s*:?\s*(?P<rest>.*)$",
    re.I,
)


# An opening quotation mark before the label: a byline quoted in a sentence or a heading ("Why
# do my posts say “Posted by Acme App”"), not the page's own.
_QUOTED = re.compile(r"[“\"‘«]")
# A sentence's end after the names: "... according to the survey by Acme Ratings Review." A
# byline ends with a name, and a name's full stop follows an initial or an abbreviation ("Jr.").
_SENTENCE_END = re.compile(r"(?P<word>[^\s.]{3,})\.$")
_NAME_ABBREVIATIONS = frozenset(("jr", "sr", "esq", "phd"))


def not_a_byline(label: str, rest: str) -> bool:
    """Whether a "by" text is a phrase of running text rather than a byline: the label quoted
    (``label`` opens a quotation), or a lower-case "by" whose words close a sentence."""
    if _QUOTED.search(label):
        return True
    end = _SENTENCE_END.search(rest.strip())
    return label.strip().startswith("by") and end is not None and end.group("word").lower() not in _NAME_ABBREVIATIONS


# A bare "author" after a comma: a person's role ("Jane Doe, author"), not a label.
_ROLE_AFTER_COMMA = re.compile(r"^authors?$", re.I)


# How far into the visible text a labelled byline is looked for: author boxes under the
# article ("Written by" after the last paragraph) sit past the text of a long article.
LABEL_LIMIT = 40000


def _labelled_bylines(tree: HtmlElement) -> Iterator[tuple[str, list[str]]]:
    """The labelled bylines in the page's visible text nodes, in order: each label's text
    and the names it gives (bylines without markup)."""

    segments = visible_segments(tree, LABEL_LIMIT)
    for i, segment in enumerate(segments):
        if len(segment) > 120:
            continue
        m = _LABELLED.match(segment)
        if not m or not_a_byline(segment[: m.start("rest")], m.group("rest")):
            continue
        if i and _ROLE_AFTER_COMMA.match(segment) and segments[i - 1].rstrip().endswith(","):
            continue  # "Jane Doe, author" in a list of signatories: her role, no label for the next name
        # "(Reporting by A and B; editing by C)": the editor's credit after the semicolon is not the writers'
        rest = m.group("rest").split(";")[0].strip(" )")
        if not rest and i + 1 < len(segments):
            names = _listed_names(segments, i + 1) if _LIST_LABEL.match(segment) else []
            names = names or _by_names_in_elements(segments, i + 1)  # "By" and the names in separate elements
            if names:
                yield segment, names
                continue
        byline = parse_byline("By " + rest) if rest and len(rest) < 120 else None
        if byline is not None and byline.authors:
            if sorting_link(segment, byline.authors):
                continue
            yield segment, _with_full_name(byline.authors, segments[max(0, i - 4) : i])


def sorting_link(segment: str, names: list[str]) -> bool:
    """Whether "By WORD" is a menu's way to sort or browse ("By Category", "By Brand"): one
    capitalised word after a bare "By" that is no known given name."""
    from eventwire.extract.given_names import is_given_name

    words = segment.split()
    return len(words) == 2 and words[0].lower() == "by" and names == [words[1]] and words[1][:1].isupper() and not is_given_name(words[1])


# A label over a list of names ("Authors", "Author(s)"), each name an element of its own.
_LIST_LABEL = re.compile(r"^(?:authors|author\s*\(s\))\s*:?$", re.I)


def _listed_names(segments: list[str], start: int) -> list[str]:
    """The full names listed one an element from ``segments[start]`` on (a list under an
    "Authors" label: "<li>A</li><li>B</li>"), when there are two or more; [] otherwise."""
    names: list[str] = []
    for segment in segments[start : start + 12]:
        if segment in (",", ";", "&", "and"):
            continue
        cleaned = clean_authors([segment]) if len(segment) < 60 else []
        if len(cleaned) != 1 or " " not in cleaned[0] or collective_byline(cleaned[0]):
            break
        names.append(cleaned[0])
    return names if len(names) > 1 else []


def _with_full_name(names: list[str], before: list[str]) -> list[str]:
    """``names``, or the full name an author box heads with when the labelled byline gives the
    given name only ("Jane Doe", "Tech Writer", "Articles by Jane": Jane Doe)."""
    if len(names) != 1 or " " in names[0]:
        return names
    for text in reversed(before):
        words = text.split()
        if 2 <= len(words) <= 3 and words[0] == names[0] and is_person_name(text) and clean_name(text) == text:
            return [text]
    return names


def _names_from_labels(tree: HtmlElement) -> list[str]:
    """The first labelled byline in the page's visible text nodes."""
    return next((names for _, names in _labelled_bylines(tree)), [])


# Labels that say who wrote the piece (not who edited, updated or posted it): "Written by",
# "Author:", and a "By NAME" line in the text (asked only when the page credits a team).
_WRITER_LABEL = re.compile(r"^(?:written|authored)\s+by\b|^authors?\s*:|^By\s", re.I)


def _named_writer(tree: HtmlElement) -> list[str]:
    """The persons a "Written by" / "Author:" / "By" label in the page names, or []."""
    return _persons_labelled(tree, _WRITER_LABEL)


def _persons_labelled(tree: HtmlElement, labels: re.Pattern[str]) -> list[str]:
    """The persons (two words or more, no collective) of the first byline whose label
    ``labels`` matches and that names any, or []."""
    for label, names in _labelled_bylines(tree):
        if labels.match(label):
            persons = [n for n in clean_authors(names) if " " in n and collective_byline(n) is None]
            if persons:
                return persons
    return []


# A writer's label that opens a byline line: "By" with its capital (a sentence's "by" before a
# linked name, "a library by <a>Jane Doe</a>", is lower case), "Written by", "Author:".
_BYLINE_LABEL = re.compile(r"^(?:By|BY)\b|^(?i:(?:written|authored)\s+by\b|authors?\s*:)")


def byline_label_persons(tree: HtmlElement) -> list[str]:
    """The persons the first byline line with a writer's label names ("By Jane Doe"), or []."""
    return _persons_labelled(tree, _BYLINE_LABEL)
