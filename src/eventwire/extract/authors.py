"""Authors of a web page as a list of person names.

Sources in order of trust: JSON-LD article authors, author meta tags, byline elements
(rel/itemprop/class "author" or "byline"), then trafilatura's own guess. Each candidate
is cleaned the same way: no "By", no e-mail addresses or "Email the author", no news
agencies, no roles or credentials after a name, names split at commas, "and", "&".
One exception to "persons only": a collective byline the page itself credits ("Resy
Staff", "The Upwork Team") is kept as written. On the even WCXB dev pages the gold keeps
such bylines (9 of 265 pages with an author; it has no author on just 1 page where we now
give one), and dropping them left those articles with no author at all; an agency's
staff ("Reuters Staff") is still dropped.

The first source with names wins.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

from lxml.html import HtmlElement

from eventwire.extract.author_boxes import names_beside_date, names_from_author_box
from eventwire.extract.byline import _DATE_FORMS, is_person_name, parse_byline, parse_names

log = logging.getLogger(__name__)

_EMAIL = re.compile(r"\S+@\S+\.\w+")
_BY_PREFIX = re.compile(r"^\s*(?:(?:written|posted|reported|authored|words|story|text|photos?)\s+)?by\s*:?\s+", re.I)
# The same label as an element of its own, its name in the next ("By <a>Jane Doe</a>"). It
# starts with a capital, as a label does: a lowercase "by" goes on from the text before it
# ("<a>Medically reviewed</a> by <a>NAME</a>": the reviewer).
_BY_ALONE = re.compile(r"^(?:(?:Written|Posted|Reported|Authored|Words|Story|Text)\s+[Bb]y|WRITTEN BY|POSTED BY|B[yY])\s*:?$")
_AUTHOR_LABEL = re.compile(r"^\s*(?:authors?|writers?|reporters?|posted by|written by)\s*:?\s+", re.I)
_NOISE = re.compile(
    r"\b(?:email|e-mail|follow|view (?:all )?(?:posts|articles)|more (?:from|by)|contact|twitter|"
    r"facebook|linkedin|instagram)\b.*$",
    re.I,
)
# Trailing parts that are a role or a time, not a name: "Jane Doe, Senior Editor", "Jane Doe Updated May 2".
_ROLE_TAIL = re.compile(
    r"(?:^|,|\s[-–—|]\s?|\s)\s*(?:(?:senior|chief|deputy|managing|contributing|staff|special|political|"
    r"foreign|trending|executive|associate|assistant|news|health|science|tech|business)\s+)*"
    r"(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|producer|analyst|"
    r"last updated|updated|published|posted|reviewed|fact checked)\b.*$",
    re.I,
)
# A date run into the name by the page's markup: "Jane Doe December 3, 2025", "Jane Doe Nov".
_DATE_TAIL = re.compile(
    r"\s+(?:on\s+|last\s+updated\s+|updated\s+|published\s+)?(?:(?:january|february|march|april|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|may(?=\s+\d))"
    r"(?:\s+\d.*)?$",
    re.I,
)
_LEAD = re.compile(
    r"^\s*(?:read more (?:about|from)|more (?:from|by)|posts by|articles by|about|.{0,30}\bwritten by)\s+", re.I
)
# A user name as CMSs write it in author metadata ("jdoe", "kirstin boatto"): kept from meta/JSON-LD only.
_HANDLE = re.compile(r"^[A-Za-z][\w.-]{2,30}(?: [a-z][\w.-]{1,30})?$")
_NOT_NAMES = re.compile(
    r"^(?:admin|administrator|editor|editorial( team| staff)?|staff|guest( author)?|team|anonymous|"
    r"unknown|author|author name|your name|name|webmaster|newsroom|press release|wp ?admin|written by|by|"
    r"undefined|null|none|n/?a|learn more|read more|see more|view more|view profile|more posts|all posts)$",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:;|\||,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*")
# Degrees and post-nominals dropped from a name ("Jane Doe, MS, RD").
_CREDENTIAL = re.compile(
    r"^(?:m\.?d\.?|ph\.?d\.?|m\.?s\.?c?|r\.?d\.?n?|mba|mph|jd|rn|np|cpa|cfa|cfp|esq|d\.?o\.?|dds|dvm|"
    r"fand|ld|lcsw|cscs|cpt|facs|faap|pmp|ma|ba|bsc?|e-ryt \d+|ryt|jr\.?|sr\.?|ii|iii)$",
    re.I,
)


def _names_from_jsonld(articles: list[dict[str, Any]]) -> list[str]:
    raw: list[str] = []
    for obj in articles:
        authors = obj.get("author") or obj.get("creator")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict):
                name = author.get("name")
                kind = str(author.get("@type", "Person"))
                if isinstance(name, str) and "Organization" not in kind:
                    raw.append(name)
            elif isinstance(author, str):
                raw.append(author)
        if raw:
            break
    return raw


def _names_from_meta(meta: dict[str, list[str]]) -> list[str]:
    # Scholarly pages name every author in a meta tag of its own (citation_author); the
    # generic "author" tag there holds only the first.
    keys = ("citation_author", "citation_authors", "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:data1")
    for key in keys:
        values = [v for v in meta.get(key, []) if not v.startswith("http")]
        if key.startswith("citation_"):
            values = [_given_first(v) for v in values]
        if key == "twitter:data1" and not meta.get("twitter:label1", [""])[0].lower().startswith(("written", "author")):
            continue
        if values:
            return values
    return []


def _given_first(name: str) -> str:
    """"Roy, Aniruddha" (the citation form) -> "Aniruddha Roy"."""
    parts = [p.strip() for p in name.split(",")]
    return f"{parts[1]} {parts[0]}" if len(parts) == 2 and all(parts) else name


_BYLINE_XPATH = (
    "//*[@rel='author' or @itemprop='author' or "
    "contains(concat(' ', normalize-space(@class), ' '), ' byline ') or "
    "contains(@class, 'author-name') or contains(@class, 'byline__name') or "
    "contains(@class, 'author_name') or contains(@class, 'byline-name')]"
)


# How far above the first byline element co-authors' elements may hang: bylines further
# away are those of teasers and related articles elsewhere on the page.
_BYLINE_REACH = 3


def _names_from_bylines(tree: HtmlElement) -> list[str]:
    raw: list[str] = []
    container = None
    for element in tree.xpath(_BYLINE_XPATH)[:8]:
        named = element.xpath(".//*[@itemprop='name']")
        # text nodes joined by a space: "<b>Jane Doe</b><i>Editor</i>" is no "Jane DoeEditor"
        text = " ".join((named[0] if named else element).itertext())
        text = re.sub(r"\s+", " ", text).strip()
        if not 2 < len(text) < 120:
            continue  # a <meta itemprop="author">, an empty link, the whole page
        if container is None:
            if not clean_authors([text]):
                continue
            # the first byline that names someone: co-authors' elements hang near it
            container = element
            for _ in range(_BYLINE_REACH):
                parent = container.getparent()
                if parent is None or parent.tag in ("body", "html"):
                    break
                container = parent
        elif container not in element.iterancestors():
            continue
        raw.append(text)
    return raw


def _one_word_rel_author(tree: HtmlElement) -> list[str]:
    """The first name of one word on a link the page marks as its author's (rel="author",
    HTML's own author link: "Posted by <a rel="author">Kiersten</a>"). One-word texts in
    other author markup are mostly categories ("Lifestyle"); this link is the author's."""
    for link in tree.xpath("//body//a[@rel='author']")[:3]:
        text = " ".join(link.text_content().split())
        if text and " " not in text and text[0].isupper() and is_person_name(text) and not _NOT_NAMES.match(text):
            return [text]
    return []


_AUTHOR_HREF = re.compile(r"/(?:authors?|writers?|contributors?)/[^/?#]+/?(?:[?#]|$)", re.I)


def _names_from_author_links(tree: HtmlElement) -> list[str]:
    """The names on the first group of links to author pages ("/author/jane-doe/"): the
    links that share the first one's parent element."""
    links = [a for a in tree.iterfind(".//body//a[@href]") if _AUTHOR_HREF.search(a.get("href", ""))]
    if not links:
        return []
    parent = links[0].getparent()
    group = [a for a in links if a.getparent() is parent] if parent is not None else links[:1]
    if len(group) == 1 and parent is not None and parent.getparent() is not None:
        # each link in an element of its own: "<span><a>A</a></span>, <span><a>B</a></span>"
        grand = parent.getparent()
        group = [a for a in links if a.getparent() is not None and a.getparent().getparent() is grand]
    names = [re.sub(r"\s+", " ", a.text_content()).strip() for a in group[:8]]
    return [n for n in names if 2 < len(n) < 60]


_HEADLINE_TEXTS: dict[str, Any] = {"tree": None, "texts": ([], [])}


def _headline_texts(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """The non-empty texts after the first h1 (60 nodes) and the 15 visible ones before it, in
    page order; read once a page (the headline byline and the co-author check both use them)."""
    if _HEADLINE_TEXTS["tree"] is not tree:
        after: list[str] = []
        before: list[str] = []
        h1s = tree.xpath("//h1")
        if h1s:
            # position() in the XPath: libxml2 then stops early instead of listing the whole page
            after = [t for t in (str(x).strip() for x in h1s[0].xpath("following::text()[position() <= 60]")) if t]
            # the 15 nearest visible texts before it, among the nearest 200 (see dates.segments_around_headline)
            near = "preceding::text()[position() <= 200][not(ancestor::script) and not(ancestor::style) and not(ancestor::head)]"
            before = [t for t in (str(x).strip() for x in h1s[0].xpath(f"{near}[position() <= 15]")) if t]
        _HEADLINE_TEXTS.update(tree=tree, texts=(after, before))
    return _HEADLINE_TEXTS["texts"]


def _names_near_headline(tree: HtmlElement) -> list[str]:
    """A "By NAME" text just before or after the first h1 (bylines without markup)."""
    after, before = _headline_texts(tree)
    texts = after + before
    for i, text in enumerate(texts):
        if len(text) > 150:
            continue
        if _BY_PREFIX.match(text) or _BY_ALONE.match(text):
            rest = _BY_PREFIX.sub("", text) if _BY_PREFIX.match(text) else ""
            if not rest.strip() and i + 1 < len(texts):
                names = _by_names_in_elements(texts, i + 1)  # "By" and the names in separate elements
                if names:
                    return names
            byline = parse_byline("By " + rest)
            if byline is not None and byline.authors:
                return byline.authors
    return []


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
    r"articles?|posts?|stories|story|words|\d{4})\s+by|by|"
    r"authors?\s*:|authors?$|contributors?\s*:|writers?\s*:)\s*:?\s*(?P<rest>.*)$",
    re.I,
)


# How far into the visible text a labelled byline is looked for: author boxes under the
# article ("Written by" after the last paragraph) sit past the text of a long article.
LABEL_LIMIT = 40000


def _labelled_bylines(tree: HtmlElement) -> Iterator[tuple[str, list[str]]]:
    """The labelled bylines in the page's visible text nodes, in order: each label's text
    and the names it gives (bylines without markup)."""
    from eventwire.extract.dates import visible_segments

    segments = visible_segments(tree, LABEL_LIMIT)
    for i, segment in enumerate(segments):
        if len(segment) > 120:
            continue
        m = _LABELLED.match(segment)
        if not m:
            continue
        rest = m.group("rest").strip()
        if not rest and i + 1 < len(segments):
            names = _by_names_in_elements(segments, i + 1)  # "By" and the names in separate elements
            if names:
                yield segment, names
                continue
        byline = parse_byline("By " + rest) if rest and len(rest) < 120 else None
        if byline is not None and byline.authors:
            yield segment, _with_full_name(byline.authors, segments[max(0, i - 4) : i])


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


# Labels that say who wrote the piece (not who edited, updated or posted it).
_WRITER_LABEL = re.compile(r"^(?:written|authored)\s+by\b|^authors?\s*:", re.I)


def _named_writer(tree: HtmlElement) -> list[str]:
    """The persons a "Written by" / "Author:" label in the page names, or []."""
    for label, names in _labelled_bylines(tree):
        if _WRITER_LABEL.match(label):
            persons = [n for n in clean_authors(names) if " " in n and collective_byline(n) is None]
            if persons:
                return persons
    return []


def _names_from_trafilatura(tree: HtmlElement) -> list[str]:
    """trafilatura's author chain (meta tags, JSON-LD, its byline XPaths), as its
    ``extract_metadata`` runs it but without the date search, and with its byline search
    in ``markup_author`` (same answers, a quarter of the time)."""
    from trafilatura.metadata import examine_meta, extract_meta_json

    from eventwire.extract.markup_author import markup_author

    try:
        found = examine_meta(tree)
        if found.author and " " not in found.author:
            found.author = None  # single words are mostly user names ("admin")
        found = extract_meta_json(tree, found)
        author = found.author or markup_author(tree, skip_noise=True)
    except Exception as e:  # trafilatura's metadata code raises on odd JSON-LD; authors are optional
        log.debug("trafilatura author lookup failed: %s", e)
        return []
    # one chunk: trafilatura's "; " may have cut a role after the name in parts (see clean_authors)
    return [author] if author and author.strip() else []


# A collective byline the page credits as its author ("Resy Staff", "The Upwork Team", "The
# Currency editors"): no person, but what the page says wrote it, and what WCXB's gold keeps.
_COLLECTIVE = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3}\s+)?"
    r"(?:staff|team|editors|editorial(?: team| staff| board)?|newsroom)$",
    re.I,
)
# Credentials written after a name without a comma ("Jeffrey Slotnick CPP"), and parts of a
# byline that say what the author does ("Head Winemaker", "Privacy and Digital Security Expert").
_CAPS_CREDENTIAL = re.compile(r"^[A-Z]{2,5}$")
_ROLE_PART = re.compile(
    r"\b(?:expert|head|founder|co-founder|cofounder|director|manager|consultant|specialist|officer|"
    r"ceo|cto|cfo|coo|president|vice|certified|licensed|registered|lead|strategist|coach|instructor|"
    r"professor|lecturer|researcher|scientist|engineer|developer|designer|marketer|owner|partner|"
    r"advisor|adviser|counsel|attorney|nurse|dietitian|therapist|physician|winemaker|chef|host|"
    r"member|fellow|intern|student|blogger|creator|coordinator|reviewer|supervisor|administrator|"
    r"representative|associate|assistant|executive|principal|architect|educator|teacher|author|"
    r"editor|writer|reporter|columnist|contributor|correspondent|journalist|producer|analyst)s?\b",
    re.I,
)


# The same, the team named after the word ("Team Valley Ledger").
_TEAM_OF = re.compile(r"^(?:Team|TEAM)\s+(?P<who>[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3})$")


def collective_byline(text: str) -> str | None:
    """``text`` when it is a collective byline that names no news agency, else None."""
    text = re.sub(r"\s+", " ", text).strip(" .,:;")
    m = _COLLECTIVE.match(text) or _TEAM_OF.match(text)
    if not m:
        return None
    who = (m.group("who") or "").strip()
    if who and (_AGENCY_WORD.search(who) or _ROLE_PART.search(who)):
        return None
    return text


_AGENCY_WORD = re.compile(
    r"\b(?:reuters|afp|ap|associated press|bloomberg|xinhua|tass|anadolu|efe|dpa|ani|pti|ians|upi|"
    r"agence france-presse|writer|reporter|contributing|senior|special)\b",
    re.I,
)


def _is_role(part: str) -> bool:
    part = part.strip(" .")
    return bool(_CAPS_CREDENTIAL.match(part) or _CREDENTIAL.match(part) or _ROLE_PART.search(part))


def _without_role_tail(name: str) -> str:
    """"Matt Check Head Winemaker" -> "Matt Check"; "Jeffrey A. Slotnick CPP" -> "Jeffrey A. Slotnick";
    "Jane Doe Content Marketing Coordinator" -> "Jane Doe" (a role's own modifiers go with it)."""
    tokens = name.split()
    while len(tokens) > 2 and _CAPS_CREDENTIAL.match(tokens[-1].strip(".,")):
        tokens.pop()
    for k in range(2, len(tokens)):
        if _ROLE_PART.search(tokens[k]):
            # a name is a given name and a surname, longer by its initials and particles
            # ("Jeffrey A. Slotnick", "Marna van der Merwe"); the capitalised words after
            # it, up to the role word, are the role's ("Content Marketing Coordinator")
            size = 2 + sum(1 for t in tokens[1:k] if _is_initial_or_particle(t))
            tokens = tokens[: min(size, k)]
            while len(tokens) > 2 and _CAPS_CREDENTIAL.match(tokens[-1].strip(".,")):
                tokens.pop()
            return " ".join(tokens)
    return " ".join(tokens)


def _is_initial_or_particle(token: str) -> bool:
    from eventwire.extract.byline import _PARTICLES

    bare = token.strip(".,")
    return len(bare) == 1 or bare.lower() in _PARTICLES


# A registered company's name ("Kouzina Food Tech Private Limited", "Acme Inc."): no person.
_COMPANY = re.compile(r"\b(?:inc|llc|llp|ltd|limited|gmbh|corp|corporation|plc|pvt|pty)\.?$", re.I)


def clean_name(text: str) -> str | None:
    """One person's name from a byline fragment, or None when it is not one."""
    text = _EMAIL.sub("", text)
    text = _LEAD.sub("", text)
    text = _NOISE.sub("", text)
    text = _DATE_TAIL.sub("", text)
    text = _BY_PREFIX.sub("", text)
    text = _AUTHOR_LABEL.sub("", text)
    text = _ROLE_TAIL.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" .,:;-–—|")
    if not text or _NOT_NAMES.match(text) or _COMPANY.search(text) or _ACCOUNT.search(text):
        return None
    names = parse_names(text)  # drops agencies ("Reuters", "AP", "Staff") and roles
    if len(names) != 1 or not is_person_name(names[0]):
        return None
    if all(_ROLE_PART.search(t) or _ROLE_MODIFIER.match(t) for t in names[0].split()):
        return None  # "Lead Reviewer", "Senior Editor": a role on its own
    return names[0]


# A site's account rather than a person: "NOC Admin", "Site Webmaster".
_ACCOUNT = re.compile(r"\b(?:admin|administrator|webmaster|moderator|sysop)\b", re.I)


# Words that qualify a role ("Senior Editor", "Content Marketing Coordinator").
_ROLE_MODIFIER = re.compile(
    r"^(?:senior|junior|chief|deputy|managing|contributing|staff|special|guest|content|marketing|digital|"
    r"technical|medical|legal|general|regional|national|sales|product|creative|and|&|of)$",
    re.I,
)


# A date (with its label and separator) that opens a byline element's text.
_LEADING_DATE = re.compile(
    r"^\s*(?:(?:published|posted|updated|last updated|on)\s*:?\s*)?(?:"
    + "|".join(re.sub(r"\(\?P<\w+>", "(?:", form.pattern) for form in _DATE_FORMS)  # byline's date forms
    + r")\s*[|·•,–—-]?\s*",
    re.I,
)


def _cut_at_date(text: str) -> str:
    """``text`` up to the first date in it, when a date follows some words."""
    starts = [m.start() for m in (form.search(text) for form in _DATE_FORMS) if m and m.start() > 0]
    return text[: min(starts)] if starts else text


def clean_authors(raw: list[str], handles: bool = False) -> list[str]:
    """Person names from raw author strings, split, cleaned and de-duplicated in order.
    With ``handles``, a user name that is not a person's name is kept too ("jdoe")."""
    names: list[str] = []
    seen_part = False
    for chunk in raw:
        chunk = _LEADING_DATE.sub("", html.unescape(chunk))  # "Dec 17, 2025 Jane Doe": a meta line
        chunk = _cut_at_date(chunk)  # "Jane Doe 30 Sep 2022, 11:07am"
        chunk = _BY_PREFIX.sub("", _EMAIL.sub("", chunk)).strip(" \"'")
        chunk = re.split(r"\s+[-–—]\s+", chunk)[0]  # "Jane Doe - Editorial Team"
        collective = collective_byline(_LEAD.sub("", chunk))
        if collective is not None:
            if collective.casefold() not in {n.casefold() for n in names}:
                names.append(collective)
            continue
        # After a name, the parts that are credentials or roles ("Cara Doe RN, BSN, Certified
        # Sleep Consultant", "Brett Cruz, Privacy and Digital Security Expert") are no names;
        # roles are cut at commas first, as their own words may hold an "and".
        pieces = [p for p in re.split(r"\s*[,;|]\s*", chunk) if p.strip(" .")]
        # A role after a name is dropped ("Jane Doe, Senior Editor, John Roe"); a role cut
        # mid-phrase leaves a bare role word whose next piece is the rest of it ("Head; Community
        # Development" of "Head of Community Development"): that piece goes too.
        start = 0 if seen_part else 1
        kept_pieces = pieces[:start]
        after_bare_role = False
        for piece in pieces[start:]:
            if _is_role(piece):
                after_bare_role = len(piece.split()) == 1 and not _CAPS_CREDENTIAL.match(piece.strip(" ."))
                continue
            if not after_bare_role:
                kept_pieces.append(piece)
            after_bare_role = False
        pieces = kept_pieces
        seen_part = seen_part or bool(pieces)
        # a collective credited beside a person ("Jane Doe; The Valley Newsroom") is kept whole
        parts = [
            p
            for piece in pieces
            for p in ([piece] if collective_byline(piece) else _SPLIT.split(piece))
            if p and not _CREDENTIAL.match(p.strip(" ."))
        ]
        if parts and len(parts[0].split()) > 4 and clean_name(_without_role_tail(parts[0].strip())) is None:
            # a menu or a sentence caught by the markup, not a byline: its one-word scraps are no names
            parts = [p for p in parts[1:] if len(p.split()) > 1]
        for part in parts:
            name = collective_byline(part) or clean_name(_without_role_tail(part.strip()))
            bare = part.strip()
            if name is None and handles and _HANDLE.match(bare) and not _NOT_NAMES.match(bare) and not _ROLE_TAIL.search(bare):
                name = bare
            if name and len(name) < 3 and not handles:
                name = None  # avatar initials ("CP"), not a name
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    # After a full name, a lone word is the remnant of a role split at "and" ("Brett Cruz,
    # Privacy and Digital Security Expert"), not a co-author: co-authors named by one word
    # come in bylines of single words ("Maria & Katerina").
    if names and len(names[0].split()) > 1:
        names = names[:1] + [n for n in names[1:] if len(n.split()) > 1]
    return names


# The sources in order of trust (see ``find_authors``). The last three came later and speak
# only when none of the others names anyone. A version with them earlier in the order, the
# outlet-as-author overridden by author elements and co-authors added from author links
# gained 9 of the 265 tuning pages but lost 5 net of the 288 held-out ones (commit 408c1e7,
# bench/results/extraction.json "author_runs"), so main's order and ranking stay.
ORDER = ("headline", "jsonld", "meta", "trafilatura", "bylines", "labels", "links", "markup", "datelines", "authorbox", "relauthor")


def find_authors(
    tree: HtmlElement,
    meta: dict[str, list[str]],
    articles: list[dict[str, Any]],
    order: tuple[str, ...] = ORDER,
) -> list[str]:
    """The page's authors: the first source (in ``order``) that yields names."""
    sources = {
        "jsonld": lambda: _names_from_jsonld(articles),
        "meta": lambda: _names_from_meta(meta),
        "trafilatura": lambda: _names_from_trafilatura(tree),
        "markup": lambda: _markup_names(tree),
        "bylines": lambda: _names_from_bylines(tree),
        "headline": lambda: _names_near_headline(tree),
        "labels": lambda: _names_from_labels(tree),
        "links": lambda: _names_from_author_links(tree),
        "datelines": lambda: names_beside_date(tree),
        "authorbox": lambda: names_from_author_box(tree),
        "relauthor": lambda: _one_word_rel_author(tree),
    }
    answers: dict[str, list[str]] = {}

    def answer(name: str) -> list[str]:
        if name not in answers:
            names = clean_authors(sources[name](), handles=name in ("jsonld", "meta"))
            if name in ("links", "bylines", "markup"):
                # one word in a byline element or an author link is mostly a category or a menu
                # item ("Lifestyle", "Bluesky"); one-word authors are believed from markup only
                names = [n for n in names if " " in n]
            answers[name] = names
        return answers[name]

    deferred: list[str] = []
    for name in order:
        names = answer(name)
        if name == "headline" and names and all(" " not in n for n in names) and len(order) > 1:
            # a user name in the byline ("TurboTaxLisa"): the metadata's full name, where it
            # gives one, is the better answer; the user name is kept for pages without one
            deferred, names = names, []
        if names and len(order) > 1 and all(collective_byline(n) for n in names):
            # a team or staff credited ("By Team Valley Ledger") while the article names its
            # writer ("Written by Jane Doe" under the text): the writer is the author
            names = _named_writer(tree) or names
        if names:
            if name in _METADATA and len(order) > 1:
                return _checked_against_the_page(tree, names, answer, meta, articles)
            return names
    return deferred


# Sources that read what the page says about itself (metadata, or trafilatura's chain, which
# starts with it) rather than the byline a reader sees.
_METADATA = ("jsonld", "meta", "trafilatura")


def _checked_against_the_page(
    tree: HtmlElement,
    names: list[str],
    answer: Callable[[str], list[str]],
    meta: dict[str, list[str]],
    articles: list[dict[str, Any]],
) -> list[str]:
    """The metadata's ``names``, or what the page's visible byline says where it says more.

    - Metadata often holds the lead author only: when the byline near the headline shows
      that name followed by others, each an element of its own ("<a>A</a>, <a>B</a> &
      <a>C</a>"), it names the co-authors too.
    - A template that fills the author field with the outlet ("USA Today") names no
      writer: a person named in the page's author markup (rel/class/itemprop "author") is.
    """
    if len(names) == 1:
        group = _byline_led_by(tree, names[0])
        if group:
            return group
    from eventwire.extract.metadata import find_outlet

    outlet = _key(find_outlet(meta, articles) or "")
    if outlet and all(_key(n) == outlet for n in names):
        for source in ("markup", "bylines"):
            persons = [n for n in answer(source) if _key(n) != outlet and collective_byline(n) is None]
            if persons:
                return persons
    return names


def _byline_led_by(tree: HtmlElement, lead: str) -> list[str]:
    """The names of a byline near the headline that starts with ``lead`` and names others
    after it, each in an element of its own; [] when there is none. Only a list that starts
    with the lead counts: a name inside a list (of contributors, say) is no lead author."""
    key = _key(lead)
    after, before = _headline_texts(tree)
    texts = before + after  # page order
    for i, text in enumerate(texts):
        if len(text) > 80 or _key(_BY_PREFIX.sub("", text)) != key or (i and _NAME_JOINER.match(texts[i - 1])):
            continue
        group = clean_authors(_by_names_in_elements([_BY_PREFIX.sub("", text), *texts[i + 1 : i + 13]], 0))
        if len(group) > 1 and _key(group[0]) == key and all(" " in n and collective_byline(n) is None for n in group[1:]):
            return group
    return []


def _key(name: str) -> str:
    """A name compared without case, spaces, punctuation or a title ("Dr Ada Lind" = "Ada Lind")."""
    name = re.sub(r"^(?:dr|prof|mr|mrs|ms)\.?\s+", "", name.strip(), flags=re.I)
    return re.sub(r"\W", "", name.casefold())


def _markup_names(tree: HtmlElement) -> list[str]:
    """The author element's own text, cleaned here; trafilatura's normalised reading of it
    when that gives no name (it title-cases "jane doe" and drops brackets)."""
    from eventwire.extract.markup_author import markup_author

    raw = markup_author(tree, skip_noise=True, raw=True)
    if not raw or not raw.strip():
        return []
    if clean_authors([raw]):
        return [raw]
    normalised = markup_author(tree, skip_noise=True)
    return [normalised] if normalised else []
