"""Authors of a web page as a list of person names.

Sources in order of trust: JSON-LD article authors, author meta tags, byline elements
(rel/itemprop/class "author" or "byline"), then trafilatura's own guess. Each candidate
is cleaned the same way (``author_names.clean_authors``): no "By", no e-mail addresses or
"Email the author", no news agencies, no roles or credentials after a name, names split
at commas, "and", "&". One exception to "persons only": a collective byline the page itself credits ("Resy
Staff", "The Upwork Team") is kept as written. On the even WCXB dev pages the gold keeps
such bylines (9 of 265 pages with an author; it has no author on just 1 page where we now
give one), and dropping them left those articles with no author at all; an agency's
staff ("Reuters Staff") is still dropped. An organisation is no author (the issue): a web
address, the site crediting itself, an organisation after "By" or a name with "News" in it
give none, though WCXB's gold keeps some of them (on its even pages 2 such answers were
right). Where only the metadata names an outlet, it is still believed: WCXB's gold keeps such
brands, and a list of given names (``given_names``) tells too few personal sites' owners from
brands to drop them (see ``site_names``). That list does find the owner of a personal site
that shows no byline ("siteowner", the last source).

The first source with names wins.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from lxml.html import HtmlElement

from eventwire.extract.author_boxes import names_beside_date, names_from_author_box, only_in_teasers
from eventwire.extract.author_labels import (
    _NAME_JOINER,
    _by_names_in_elements,
    _named_writer,
    _names_from_labels,
)
from eventwire.extract.author_names import (
    BY_PREFIX,
    NOT_NAMES,
    clean_authors,
    collective_byline,
)
from eventwire.extract.byline import is_date_only, is_person_name, parse_byline
from eventwire.extract.dates import page_cache
from eventwire.extract.metadata import data_layer_author
from eventwire.extract.site_names import person_site_owner

log = logging.getLogger(__name__)

# The same label as an element of its own, its name in the next ("By <a>Jane Doe</a>"). It
# starts with a capital, as a label does: a lowercase "by" goes on from the text before it
# ("<a>Medically reviewed</a> by <a>NAME</a>": the reviewer).
_BY_ALONE = re.compile(r"^(?:(?:Written|Posted|Reported|Authored|Words|Story|Text)\s+[Bb]y|WRITTEN BY|POSTED BY|B[yY])\s*:?$")


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
        elif container not in element.iterancestors() or BY_PREFIX.match(text):
            # a later element with a "By" of its own is another article's byline (a teaser
            # card's in the same column), not a co-author: co-authors share the first's "By"
            continue
        raw.append(text)
    return raw


def _one_word_rel_author(tree: HtmlElement) -> list[str]:
    """The first name of one word on a link the page marks as its author's (rel="author",
    HTML's own author link: "Posted by <a rel="author">Kiersten</a>"). One-word texts in
    other author markup are mostly categories ("Lifestyle"); this link is the author's."""
    for link in tree.xpath("//body//a[@rel='author']")[:3]:
        text = " ".join(link.text_content().split())
        if text and " " not in text and text[0].isupper() and is_person_name(text) and not NOT_NAMES.match(text):
            return [text]
    return []


# (think tanks and institutes link a writer to their page as an expert's: "/experts/444")
_AUTHOR_HREF = re.compile(r"/(?:authors?|writers?|contributors?|experts?|profiles)/[^/?#]+/?(?:[?#]|$)", re.I)


def _names_from_author_links(tree: HtmlElement) -> list[str]:
    """The names on the first group of links to author pages ("/author/jane-doe/") that names a
    person: the links that share a parent element. A group that names none (the outlet's own
    author page, "/author/valley-news/") gives way to the next, up to three groups."""
    links = [a for a in tree.iterfind(".//body//a[@href]") if _AUTHOR_HREF.search(a.get("href", ""))]
    for _ in range(3):
        if not links:
            return []
        group = _link_group(links)
        names = [n for n in (re.sub(r"\s+", " ", a.text_content()).strip() for a in group[:8]) if 2 < len(n) < 60]
        if clean_authors(names):
            return names
        links = [a for a in links if a not in group]
    return []


def _link_group(links: list[HtmlElement]) -> list[HtmlElement]:
    """The first link and the others that share its parent element (or its grandparent)."""
    parent = links[0].getparent()
    group = [a for a in links if a.getparent() is parent] if parent is not None else links[:1]
    if len(group) == 1 and parent is not None and parent.getparent() is not None:
        # each link in an element of its own: "<span><a>A</a></span>, <span><a>B</a></span>"
        grand = parent.getparent()
        group = [a for a in links if a.getparent() is not None and a.getparent().getparent() is grand]
    return group


def _headline_texts(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """The non-empty texts after the first h1 (60 nodes) and the 15 visible ones before it, in
    page order; read once a page (the headline byline and the co-author check both use them)."""
    cache = page_cache(tree)
    if "headline_texts" not in cache:
        after: list[str] = []
        before: list[str] = []
        h1s = tree.xpath("//h1")
        if h1s:
            # position() in the XPath: libxml2 then stops early instead of listing the whole page
            after = [t for t in (str(x).strip() for x in h1s[0].xpath("following::text()[position() <= 60]")) if t]
            # the 15 nearest visible texts before it, among the nearest 200 (see dates.segments_around_headline)
            near = "preceding::text()[position() <= 200][not(ancestor::script) and not(ancestor::style) and not(ancestor::head)]"
            before = [t for t in (str(x).strip() for x in h1s[0].xpath(f"{near}[position() <= 15]")) if t]
        cache["headline_texts"] = (after, before)
    return cache["headline_texts"]


# A short label and a bar before the byline in one text ("yas! | By Jane Doe | April 13, 2020").
_BARRED_BY = re.compile(r"^[^|]{1,30}\|\s*(?P<byline>By\s.+)$")


def _names_near_headline(tree: HtmlElement) -> list[str]:
    """A "By NAME" text just before or after the first h1 (bylines without markup)."""
    after, before = _headline_texts(tree)
    texts = after + before
    for i, text in enumerate(texts):
        if len(text) > 150:
            continue
        barred = _BARRED_BY.match(text)
        text = barred.group("byline") if barred else text  # "yas! | By Jane Doe | April 13, 2020"
        text = text.lstrip("|•·–—/ ")  # "| By" in an element of its own after the label
        if BY_PREFIX.match(text) or _BY_ALONE.match(text):
            rest = BY_PREFIX.sub("", text) if BY_PREFIX.match(text) else ""
            if not rest.strip() and i + 1 < len(texts):
                names = _by_names_in_elements(texts, i + 1)  # "By" and the names in separate elements
                if names:
                    return names
            byline = parse_byline("By " + rest)
            if byline is not None and byline.authors:
                return byline.authors
            if _USER_NAME.match(rest) and not NOT_NAMES.match(rest) and i and _is_date(texts[i - 1]):
                return [rest]  # "12/19 — 2025 / by jdoe": a user name in the date line's byline
    return []


# A user name as a CMS writes it in a byline ("by jdoe"): one lowercase token, letters first.
_USER_NAME = re.compile(r"^[a-z][a-z0-9._-]{2,30}$")
# A date in figures only, as some templates write it ("12/19 — 2025", "2025-12-19").
_NUMERIC_DATE = re.compile(r"^[\d/.\s,–—-]*\b(?:19|20)\d{2}\b[\d/.\s,–—-]*$")


def _is_date(text: str) -> bool:
    return bool(_NUMERIC_DATE.match(text)) and sum(c.isdigit() for c in text) >= 6 or is_date_only(text)


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


# The sources in order of trust (see ``find_authors``). The ones after "markup" came later and
# speak only when none of the others names anyone. A version with them earlier in the order, the
# outlet-as-author overridden by author elements and co-authors added from author links
# gained 9 of the 265 tuning pages but lost 5 net of the 288 held-out ones (commit 408c1e7,
# bench/results/extraction.json "author_runs"), so main's order and ranking stay. Session 13
# kept that order and added narrower checks (``_checked_against_the_page``: co-authors only
# from a byline that lists the metadata's one name first, the outlet only overridden by the
# author markup), JSON-LD author references, bylines split over elements, a one-word
# rel=author name, a user name or an organisation in the date line's byline: tuning pages
# 229 -> 239 of 265, held-out 230 -> 230 of 288 (those rules change 3 held-out answers),
# invented 21 of 158 before and after. Session 14 developed on 161 hand-labelled news pages
# that are not WCXB (bench/authors_extra.py; 54 more held out): month-named given names, bios
# run into a name, placeholders, desks' beats, outlets after the names, site credits, web
# addresses, teaser cards, "(Reporting by ...)": WCXB tuning pages 239 -> 239 of 265 (invented
# 15 -> 13 of 91), held-out 230 -> 231 of 288. Refusing organisations by their kind and names
# with function words was dropped: WCXB's gold keeps organisations as authors, and with those
# rules the held-out half had scored 229. Session 15 developed on 72 more hand-labelled pages
# (extra5, odd lines) and extra2-4: agencies kept as user names, title-case bylines ("A And B
# For The Daily Post"), commenters' names, surnames in capitals taken for credentials, a lead
# author completed from the byline markup, /experts/ links, "By Staff Writer", a team's
# account giving way to a By line: WCXB tuning pages 239 -> 239 of 265, held-out 231 -> 232 of
# 288. The outlet or staff as author is left as it is: WCXB's gold keeps it (see above).
# Session 17 followed the issue where that gold contradicts it (no web address, site credit or
# "By <organisation>" as author: 2 of 265 tuning pages lost, 1 held-out answer changed) and
# fixed what 144 fresh hand-labelled pages (news, blogs) showed: teaser cards' bylines read as
# co-authors, institutions split at their "and", the outlet's staff label run into a name.
# Session 18 added lists of given names and surnames (``given_names``): the owner of a personal
# site as the last source, and author links past a first group that names no person (the
# outlet's own author page) and the post author of a WordPress analytics data layer as a last
# resort: WCXB tuning pages 237 -> 241 of 265, invented 13 -> 14 of 91.
ORDER = (
    "headline", "jsonld", "meta", "trafilatura", "bylines", "labels", "links", "markup", "datelines", "authorbox", "relauthor",
    "datalayer", "siteowner",
)  # fmt: skip


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
        "datalayer": lambda: data_layer_author(tree),
        "siteowner": lambda: person_site_owner(tree, meta, articles),
    }
    answers: dict[str, list[str]] = {}
    outlet: list[str] = []

    def answer(name: str) -> list[str]:
        if name not in answers:
            names = clean_authors(sources[name](), handles=name in ("jsonld", "meta", "headline"))
            if any(_STAFF_TAIL.search(n) for n in names):
                if not outlet:
                    from eventwire.extract.metadata import find_outlet

                    outlet.append(_key(find_outlet(meta, articles) or ""))
                names = [_before_outlet_staff(n, outlet[0]) for n in names]
            if name in ("links", "bylines", "markup"):
                # one word in a byline element or an author link is mostly a category or a menu
                # item ("Lifestyle", "Bluesky"); one-word authors are believed from markup only
                names = [n for n in names if " " in n]
            answers[name] = names
        return answers[name]

    deferred: list[str] = []
    site = _site_credits(meta) if len(order) > 1 else set()
    for name in order:
        names = answer(name)
        if names and len(order) > 1 and all(_WEB_NAME.match(n) for n in names):
            # a web address credited ("CNN.com") names no person (the issue: no organisations
            # as authors): a writer named further down is the answer, or none
            names = []
        if site and name in _METADATA and names and all(_key(n) in site for n in names):
            # the site credits itself ("Valley Ledger (www.valleyledger.example)"): no person;
            # a writer named further down the page is the answer, or none
            names = []
        if name == "headline" and names and all(" " not in n for n in names) and len(order) > 1:
            # a user name in the byline ("TurboTaxLisa"): the metadata's full name, where it
            # gives one, is the better answer; the user name is kept for pages without one
            deferred, names = names, []
        if name == "headline" and names and len(order) > 1:
            names = _completed_from_metadata(tree, names, answer)
        if names and len(order) > 1 and all(collective_byline(n) for n in names):
            # a team or staff credited ("By Team Valley Ledger") while the article names its
            # writer ("Written by Jane Doe" under the text): the writer is the author
            names = _named_writer(tree) or names
        if names and name not in ("jsonld", "meta") and len(order) > 1 and only_in_teasers(tree, names):
            names = []  # bylines of the related articles listed further down the page
        if names:
            if name in _METADATA and len(order) > 1:
                return _checked_against_the_page(tree, names, answer, meta, articles, name)
            return names
    return deferred


# A collective word closing a byline ("... PhillyVoice Staff").
_STAFF_TAIL = re.compile(r"\s(?:staff|team|editors|newsroom)$", re.I)


def _before_outlet_staff(name: str, outlet: str) -> str:
    """The writer's name where the outlet's staff label runs into it ("Jane Doe Valley Ledger
    Staff": the writer and the desk's label, read by collective_byline as the staff of "Jane
    Doe Valley Ledger"); ``name`` as it is otherwise ("Valley Ledger Staff" stays)."""
    tokens = name.split()
    if outlet:
        for k in range(2, len(tokens) - 1):
            if _key(" ".join(tokens[k:-1])) == outlet and is_person_name(" ".join(tokens[:k])):
                return " ".join(tokens[:k])
    return name


# Sources that read what the page says about itself (metadata, or trafilatura's chain, which
# starts with it) rather than the byline a reader sees.
_METADATA = ("jsonld", "meta", "trafilatura")


def _checked_against_the_page(
    tree: HtmlElement,
    names: list[str],
    answer: Callable[[str], list[str]],
    meta: dict[str, list[str]],
    articles: list[dict[str, Any]],
    source: str = "jsonld",
) -> list[str]:
    """The metadata's ``names`` (from ``source``), or what the page's visible byline says where it says more.

    - Metadata often holds the lead author only: when the byline near the headline shows
      that name followed by others, each an element of its own ("<a>A</a>, <a>B</a> &
      <a>C</a>"), it names the co-authors too.
    - A template that fills the author field with the outlet ("USA Today") names no
      writer: a person named in the page's author markup (rel/class/itemprop "author") is.
    """
    if len(names) == 1:
        group = _byline_led_by(tree, names[0])
        if not group and source == "trafilatura":  # its byline search reads the first author element only
            group = _author_markup_led_by(names[0], answer)
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


# A web address as the author's name ("CNN.com", "www.valleyledger.example").
# The top-level domain names it: generic ones, or a country's two letters ("sara.r.peter",
# a user name with dots, is no address).
_WEB_NAME = re.compile(r"^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|info|news|biz|io|tv|[a-z]{2})$")
# An author value written with a web address: the site crediting itself ("Deutsche Welle
# (www.dw.com)"), not a writer. A bare address ("AccountingDepartment.com") is left alone.
_SITE_CREDIT = re.compile(r"^(?P<name>[^()\[\]]+?)\s*[(\[]\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\s*[)\]]$")


def _site_credits(meta: dict[str, list[str]]) -> set[str]:
    """The names (as ``_key``) that the page's author meta tags give with a web address."""
    values = [v for key in ("author", "dc.creator", "article:author") for v in meta.get(key, [])]
    return {_key(m.group("name")) for m in map(_SITE_CREDIT.match, (v.strip() for v in values)) if m}


def _completed_from_metadata(tree: HtmlElement, names: list[str], answer: Callable[[str], list[str]]) -> list[str]:
    """The headline byline's ``names``, or the metadata's list of authors where that list
    starts with them and names more, each of the others in an element of its own near the
    headline: a byline may read as the lead author only (the others cut off by a social
    handle), while the page's metadata lists them all. Names the metadata adds that the page
    shows only in a sentence ("Jane Roe contributed") are contributors, not bylined authors."""
    keys = [_key(n) for n in names]
    after, before = _headline_texts(tree)
    shown = {_key(t) for t in after + before if len(t) < 60}
    for source in ("jsonld", "meta"):
        listed = answer(source)
        if len(listed) > len(names) and [_key(n) for n in listed[: len(keys)]] == keys:
            if all(_key(n) in shown for n in listed[len(keys) :]):
                return listed
    return names


def _byline_led_by(tree: HtmlElement, lead: str) -> list[str]:
    """The names of a byline near the headline that starts with ``lead`` and names others
    after it, each in an element of its own; [] when there is none. Only a list that starts
    with the lead counts: a name inside a list (of contributors, say) is no lead author."""
    key = _key(lead)
    after, before = _headline_texts(tree)
    texts = before + after  # page order
    for i, text in enumerate(texts):
        if len(text) > 80 or _key(BY_PREFIX.sub("", text)) != key or (i and _NAME_JOINER.match(texts[i - 1])):
            continue
        group = clean_authors(_by_names_in_elements([BY_PREFIX.sub("", text), *texts[i + 1 : i + 13]], 0))
        if len(group) > 1 and _key(group[0]) == key and all(" " in n and collective_byline(n) is None for n in group[1:]):
            return group
    return []


def _author_markup_led_by(lead: str, answer: Callable[[str], list[str]]) -> list[str]:
    """The names of the page's byline markup (the "bylines" source: rel/itemprop/class
    "author" or "byline" elements around the first that names anyone) when they start with
    ``lead`` and name more: a byline of several author links that trafilatura's search
    (which takes the first element) reads as its lead author only, and that stands too far
    below the headline for ``_byline_led_by``. Asked for trafilatura's answer only: the
    byline search costs about 1 ms a page, too much to run after every metadata answer."""
    group = answer("bylines")
    if len(group) > 1 and _key(group[0]) == _key(lead) and all(" " in n and collective_byline(n) is None for n in group[1:]):
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
