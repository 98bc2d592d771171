"""HTML extraction on pages written for these tests (must / must-not snippets per page)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import html as lxml_html

from eventwire.errors import InputError
from eventwire.extract.authors import _names_from_labels, clean_authors
from eventwire.extract.html import (
    clean_lines,
    drop_author_bio,
    drop_byline_lines,
    extract_html,
    looks_like_listing,
)
from eventwire.extract.metadata import strip_site_name
from eventwire.records import Document, content_hash

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
EXPECT = json.loads((FIXTURES / "expect.json").read_text("utf-8"))


def _extract(name: str, **fields):
    html = (FIXTURES / name).read_text("utf-8")
    return extract_html(html, Document(raw=html, doc_id=name.removesuffix(".html"), content_type="html", **fields))


@pytest.mark.parametrize("name", [n for n, e in EXPECT.items() if "error" not in e])
def test_fixture_page(name: str) -> None:
    expect = EXPECT[name]
    article = _extract(name)
    for snippet in expect["with"]:
        assert snippet in article.text, snippet
    for snippet in expect["without"]:
        assert snippet not in article.text, snippet
    assert article.title == expect["title"]
    assert article.authors == expect["authors"]
    assert article.outlet == expect["outlet"]
    assert article.dateline == expect["dateline"]
    if expect["published"] is None:
        assert article.published is None
    else:
        assert article.published is not None and article.published.tzinfo is not None
        assert article.published.date().isoformat() == expect["published"]
    assert article.id == content_hash(article.text)
    assert article.language is None


@pytest.mark.parametrize("name", [n for n, e in EXPECT.items() if "error" in e])
def test_pages_without_article_are_refused(name: str) -> None:
    with pytest.raises(InputError, match=r"\[E005\] " + name.removesuffix(".html")):
        _extract(name)


def test_refusal_names_the_input() -> None:
    with pytest.raises(InputError, match=r"\[E005\] pages/empty\.html"):
        extract_html("  ", Document(raw="", doc_id="empty", input="pages/empty.html"))


def test_document_metadata_fills_what_the_page_leaves_empty() -> None:
    known = datetime(2021, 5, 4, 9, 0, tzinfo=UTC)
    article = _extract(
        "no_date.html", url="https://valley.example/news/footpath", title="Ignored", published=known,
        outlet="Valley Notes Weekly", authors=["Someone Else"], origin="feed",
    )
    assert article.published == known  # the page states no date
    assert article.outlet == "Valley Notes Weekly"  # nor an outlet (the domain comes last)
    assert article.title == "Volunteers restore river footpath"  # the page's headline wins
    assert article.authors == ["Priya Raman"]
    assert article.url == "https://valley.example/news/footpath"
    assert article.origin == "feed"
    assert article.doc_id == "no_date"


def test_a_jsonl_records_own_fields_win_over_the_pages() -> None:
    known = datetime(2021, 5, 4, 9, 0, tzinfo=UTC)
    article = _extract(
        "wire_nav.html", title="Record title", published=known, outlet="Record Outlet",
        authors=["Record Author"], origin="jsonl",
    )
    assert (article.title, article.published, article.outlet, article.authors) == (
        "Record title", known, "Record Outlet", ["Record Author"])
    page = _extract("wire_nav.html", origin="jsonl")  # a record without them: the page's
    assert page.published == datetime.fromisoformat("2024-07-10T14:32:00-04:00")


def test_outlet_falls_back_to_the_domain() -> None:
    article = _extract("no_date.html", url="https://www.valley.example/news/footpath")
    assert article.outlet == "valley.example"


def test_page_date_wins_over_document_date() -> None:
    article = _extract("wire_nav.html", published=datetime(2000, 1, 1, tzinfo=UTC))
    assert article.published == datetime.fromisoformat("2024-07-10T14:32:00-04:00")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Port workers end strike | The Coastal Courier", "Port workers end strike"),
        ("The Coastal Courier - Port workers end strike", "Port workers end strike"),
        ("Port workers end strike – coastalcourier.com", "Port workers end strike"),
        ("Port workers end strike - and what comes next", "Port workers end strike - and what comes next"),
        ("Port workers end strike", "Port workers end strike"),
    ],
)
def test_strip_site_name(title: str, expected: str) -> None:
    assert strip_site_name(title, ["The Coastal Courier", "coastalcourier.com"]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["By Jane Okafor and Tomas Lindqvist"], ["Jane Okafor", "Tomas Lindqvist"]),
        (["Amira Haddad, Luis Ortega"], ["Amira Haddad", "Luis Ortega"]),
        (["Reuters Staff"], []),
        (["AP"], []),
        (["Email the author"], []),
        (["jane.okafor@example.org"], []),
        (["Dylan Baker, MS, RD"], ["Dylan Baker"]),
        (["Maria Stone, Senior Correspondent"], ["Maria Stone"]),
        (["admin"], []),
        (["Jane Okafor", "jane okafor"], ["Jane Okafor"]),
    ],
)
def test_clean_authors(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


def test_clean_lines_drops_furniture_and_a_trailing_teaser_block() -> None:
    body = "\n".join(
        [
            "First paragraph of the story with enough words to be a real paragraph here.",
            "- Advertisement -",
            "Second paragraph, also part of the article and kept as it is.",
            "Photo: Maria Stone / Getty Images",
            "Third paragraph closes the report.",
            "Related stories",
            "Teaser headline one",
            "Teaser headline two",
        ]
    )
    cleaned = clean_lines(body)
    assert cleaned.splitlines() == [
        "First paragraph of the story with enough words to be a real paragraph here.",
        "Second paragraph, also part of the article and kept as it is.",
        "Third paragraph closes the report.",
    ]


def test_clean_lines_drops_captions_and_teasers_with_summaries() -> None:
    para = "The council voted on Tuesday to reopen the harbour bridge after three weeks of repairs."
    teaser = "Officials in the northern district said the new ferry timetable would start next month, with more boats."
    lines = [
        para,
        "Workers inspect the bridge deck on Monday. (Photo by Ana Silva/Harbour Agency)",
        "In this March 3, 2021, file photo, a ferry leaves the old terminal.",
        para.replace("Tuesday", "Wednesday"),
        "Wallet (credit/debit cards, cash, etc.)",
        para.replace("council", "mayor"),
        "Most read in local news",
        "Ferry timetable changes",
        teaser,
    ]
    assert clean_lines("\n".join(lines)).splitlines() == [
        para,
        para.replace("Tuesday", "Wednesday"),
        "Wallet (credit/debit cards, cash, etc.)",
        para.replace("council", "mayor"),
    ]
    # "Related: a title" inside the text is a link, not the start of a teaser block
    inline = [para, para, "Related: How the bridge was built", para, "Short closing line."]
    assert clean_lines("\n".join(inline)).splitlines() == inline


def test_listing_needs_a_paragraph() -> None:
    assert looks_like_listing("- Teaser one 2 hours ago\n- Teaser two 3 hours ago")
    assert not looks_like_listing("word " * 30)
    # a long list of headlines is a listing too (it used to pass for an article past 2000 characters)
    headlines = "\n".join(f"Minister {i} visits the flooded northern districts" for i in range(60))
    assert len(headlines) > 2000 and looks_like_listing(headlines)
    # long prose in short (hard-wrapped) lines is not
    wrapped = "\n".join(["The council met on Tuesday. It voted to rebuild the old", "bridge by spring, officials said."] * 40)
    assert len(wrapped) > 2000 and not looks_like_listing(wrapped)
    assert not looks_like_listing("先日、不正に改造した携帯電話を販売したとして男性が逮捕されたというニュースを耳にしました。")


def test_a_table_of_figures_is_no_listing() -> None:
    # A results table under a line or two of introduction (standings, election or casualty
    # figures): rows of short cells, few sentence ends, but data rather than teasers.
    rows = [f"{i} Team {chr(65 + i % 26)} {900 - 7 * i} {i % 6} {i % 4} {20 - i % 9}" for i in range(1, 41)]
    table = "\n".join(["Final standings after the last round of the season:", "Pos Team Points Wins Poles Top10", *rows])
    assert len(table) > 800 and not looks_like_listing(table)
    # headlines that carry a date or a count are still teasers
    teasers = "\n".join(f"Storm closes {i} schools on the coast - 10 July 2024" for i in range(60))
    assert looks_like_listing(teasers)


def test_short_report_of_one_sentence_paragraphs_is_an_article() -> None:
    # Wire-style briefs: a handful of one-sentence paragraphs, none of 20 words, under 2000
    # characters. They were refused as listings (E005) while the same text as .txt was kept.
    paragraphs = [
        "Rebels attacked an army post near the town of Goma on Sunday, killing four soldiers.",
        "The army said it repelled the assault after two hours of fighting with the rebel group.",
        "Residents fled toward the lake as shells landed near the main market.",
        "A spokesman for the rebels denied that any civilians had been harmed in the raid.",
        "The United Nations called on both sides to respect the ceasefire agreed in March.",
        "Aid groups said hundreds of families had crossed the border overnight.",
    ]
    text = "\n".join(paragraphs)
    assert len(text) < 2000 and not looks_like_listing(text)
    page = (
        "<html><head><title>Rebels attack army post | Harbor Gazette</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Rebels attack army post</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article><footer>Harbor Gazette</footer></body></html>"
    )
    article = extract_html(page, Document(raw=page, doc_id="brief", content_type="html"))
    assert paragraphs[0] in article.text and paragraphs[-1] in article.text
    # still listings: teasers of a headline and a one-line summary, and a short cookie notice
    teasers = "\n".join(
        f"Minister {i} visits the flooded districts\nThe minister met residents of the northern towns on Monday."
        for i in range(4)
    )
    assert looks_like_listing(teasers)
    assert looks_like_listing("We use cookies to improve this site and to show you relevant ads.\n"
                              "By clicking accept you agree to our use of cookies and similar tools.")


def test_drop_byline_lines_near_the_top_only() -> None:
    text = "Amira Haddad · Email the author\nMarch 14, 2023\nFirst paragraph.\nA\nB\nAmira Haddad said later."
    assert drop_byline_lines(text, ["Amira Haddad"]).split("\n") == ["First paragraph.", "A", "B", "Amira Haddad said later."]


@pytest.mark.parametrize(
    ("raw", "handles", "expected"),
    [
        (["Jordana Cepelewicz December"], False, ["Jordana Cepelewicz"]),
        (["Gary Marcus"], False, ["Gary Marcus"]),  # "Mar" inside a name is no month
        (["Read more about Jane Okafor"], False, ["Jane Okafor"]),
        (["This post was written by Danielle Padula"], False, ["Danielle Padula"]),
        (["David Jackson - FullStack Editorial Team"], False, ["David Jackson"]),
        (["jdoe42"], False, []),
        (["jdoe42"], True, ["jdoe42"]),  # a CMS user name, from author metadata only
        (["admin"], True, []),
        # Collective bylines the page credits are kept; an agency's staff is not.
        (["Harbor Table Staff"], False, ["Harbor Table Staff"]),
        (["Read more about The Pinecone Team"], False, ["The Pinecone Team"]),
        (["The Ledger editors"], False, ["The Ledger editors"]),
        (["Reuters Staff"], False, []),
        (["Staff Writer"], False, []),
        # Roles and credentials after a name are no co-authors, even split at "and".
        (["Nadia Berg RN, BSN, Certified Sleep Consultant"], False, ["Nadia Berg"]),
        (["Omar Velez", " Privacy", " Digital Security Expert"], False, ["Omar Velez"]),
        (["Tess Moreau Head Baker", " Co-Founder"], False, ["Tess Moreau"]),
        (["Lena Park &amp; Jon Ruiz"], True, ["Lena Park", "Jon Ruiz"]),  # an entity left escaped in JSON-LD
        (["Maria &amp; Katerina"], True, ["Maria", "Katerina"]),
        (["Peter K. Lund CPP, PSP"], True, ["Peter K. Lund"]),  # a middle initial is no article "a"
        (["Author", "CP"], False, []),
        (["Harbour Food Tech Private Limited"], False, []),  # a registered company is no person
        (["Nordlicht Media GmbH"], True, []),
    ],
)
def test_clean_authors_more(raw: list[str], handles: bool, expected: list[str]) -> None:
    assert clean_authors(raw, handles=handles) == expected


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        (["Tires by Brand", "Potenza"], []),  # "by" in a menu is no byline
        (["Recycle by City", "Chicago"], []),
        (["Written by", "Rosa Lindqvist"], ["Rosa Lindqvist"]),
        (["All articles by Rosa Lindqvist"], ["Rosa Lindqvist"]),
        (["Last updated March 3, 2025 by", "Rosa Lindqvist"], ["Rosa Lindqvist"]),
        (["Author", "Rosa Lindqvist"], ["Rosa Lindqvist"]),
    ],
)
def test_labelled_bylines(segments: list[str], expected: list[str]) -> None:
    body = "".join(f"<div>{s}</div>" for s in segments)
    tree = lxml_html.fromstring(f"<html><body><p>Some text.</p>{body}</body></html>")
    assert clean_authors(_names_from_labels(tree)) == expected


def test_authors_from_citation_meta_and_author_links() -> None:
    from eventwire.extract import metadata as md
    from eventwire.extract.authors import find_authors

    page = """<html><head><meta name="author" content="Ines Valdez">
    <meta name="citation_author" content="Valdez, Ines"><meta name="citation_author" content="Tomas Berger">
    </head><body><h1>A study</h1><p>Text.</p></body></html>"""
    tree = lxml_html.fromstring(page)
    assert find_authors(tree, md.meta_values(tree), []) == ["Ines Valdez", "Tomas Berger"]
    page = """<html><body><h1>Guide</h1><div><span>by </span><a href="/articles/authors/nora-quist">Nora Quist</a></div>
    <nav><a href="/authors/bluesky">Bluesky</a></nav><p>Text.</p></body></html>"""
    tree = lxml_html.fromstring(page)
    assert find_authors(tree, {}, []) == ["Nora Quist"]


def test_labelled_byline_in_an_author_box_after_a_long_article() -> None:
    paragraphs = "".join(f"<p>{'Paragraph text of a long article. ' * 20}</p>" for _ in range(30))
    page = f"""<html><body><h1>Guide</h1>{paragraphs}<div class="box"><div>Written by</div>
    <div>Rosa Lindqvist</div></div></body></html>"""
    tree = lxml_html.fromstring(page)
    assert len(tree.text_content()) > 15000
    assert clean_authors(_names_from_labels(tree)) == ["Rosa Lindqvist"]


def test_parse_gives_plain_html_elements_and_refuses_non_html() -> None:
    from lxml.html import HtmlElement

    from eventwire.extract.body import parse

    tree = parse('<html><body><form><input name="q"></form><h1>Title</h1><p>Text &amp; more.</p></body></html>')
    assert tree is not None
    form = tree.find(".//form")
    assert type(form) is HtmlElement and form.text_content() == ""  # no FormElement: one C-level class lookup
    assert tree.find(".//p").text_content() == "Text & more."
    assert parse("just some words, no markup") is None
    assert parse("<html><head><title>x</title></head></html>") is None  # no body


def test_a_page_with_a_text_node_over_10_mb_keeps_its_article() -> None:
    # libxml2 stops at a text node over 10,000,000 bytes (an inline script holding a page's data)
    # unless asked for a huge tree: everything after it was lost and the page refused (E005).
    # Files, WARC records and JSONL lines up to 20 MB are read, so such pages do arrive.
    paragraphs = [f"The council met on Monday and voted to approve the budget for district {i}, officials said."
                  for i in range(5)]
    page = ("<html><head><title>Budget | Gazette</title><script>var state = '" + "a" * 11_000_000 + "';</script>"
            "</head><body><article><h1>Council approves budget</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    article = extract_html(page, Document(raw=page, doc_id="big", content_type="html"))
    assert article.text.split("\n") == paragraphs


def test_clean_lines_drops_boxes_tails_and_footers_in_other_languages() -> None:
    story = [
        "A prefeitura reabriu o cais norte na terça-feira depois de três semanas de obras no deck de madeira.",
        "Os engenheiros trocaram quarenta vigas e revisaram os postes de amarração, disse a prefeitura.",
        "Os barcos de pesca voltam ao cais norte na segunda-feira, segundo a capitania do porto local.",
    ]
    lines = [
        story[0],
        "Advert",
        "Mais lidas em Economia",
        "Banco central mantém juros pela terceira vez",
        "Preço do café sobe nos mercados de Santos",
        story[1],
        story[2],
        "Você pode gostar",
        "Festival de cinema anuncia a programação completa para o mês de julho no centro histórico.",
        "Time local vence o clássico no domingo e assume a liderança do campeonato estadual.",
        "Gazeta do Porto Ltda",
        "Tel: +55 11 5555 0000",
    ]
    assert clean_lines("\n".join(lines)).splitlines() == story


def test_clean_lines_drops_a_table_of_contents_heading_even_alone() -> None:
    para = "The council voted on Tuesday to reopen the harbour bridge after three weeks of repairs."
    assert clean_lines("\n".join(["Table of Contents", para, "Sommaire", para])).splitlines() == [para, para]


def test_drop_author_bio_at_the_end() -> None:
    story = ["The harbour authority reopened the northern pier on Tuesday after three weeks of repairs."] * 10
    bio = ["About Maria Stone", "Maria Stone is a reporter covering the coast and its ports.",
           "Stone holds a degree in marine biology.", "Follow her"]
    assert drop_author_bio("\n".join(story + bio), ["Maria Stone"]).splitlines() == story
    # the author's name at the start of an article line is no bio; nor is a bio without known authors
    quote = [*story, "Stone said the repairs were overdue, and the council agreed with her."]
    assert drop_author_bio("\n".join(quote), ["Maria Stone"]).splitlines() == quote
    assert drop_author_bio("\n".join(story + bio), []).splitlines() == story + bio


def test_clean_lines_drops_copyright_tags_and_disclosures() -> None:
    para = "The council voted on Tuesday to reopen the harbour bridge after three weeks of repairs."
    lines = [
        "This post contains affiliate links, and we may earn a commission when you buy.",
        para,
        "The copyright of the bridge's design belongs to the city, the mayor said on Monday.",
        "Tags: bridges, harbour, council",
        "Was this page helpful?",
        "Copyright © 2024 Harbour Gazette. All rights reserved.",
    ]
    assert clean_lines("\n".join(lines)).splitlines() == [lines[1], lines[2]]


def test_clean_lines_drops_pitches_and_buttons_in_other_languages() -> None:
    para = "A prefeitura reabriu o cais norte na terça-feira depois de três semanas de obras no deck."
    lines = [para, "Continua após a publicidade", para, "Compartilhe", "Become a paid subscriber to read every issue."]
    assert clean_lines("\n".join(lines)).splitlines() == [para, para]


_SAVED_PAGE = """<html><head><title>Ferry service resumes after storm repairs - Harbour Herald</title>
{head}</head><body><article><h1>Ferry service resumes after storm repairs</h1>
<p>The island ferry sailed again on Tuesday morning after three weeks of repairs to the north pier,
which the February storm had left with a split deck and two broken mooring posts.</p>
<p>Islanders who had relied on a hired fishing boat for supplies lined the quay to watch the first
crossing, and the operator said the timetable would return to normal by the weekend.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "head",
    [
        '<link rel="canonical" href="https://www.harbourherald.example/2024/03/05/ferry-resumes/">',
        # a relative og:url names no host: the canonical link's absolute address is read instead
        '<meta property="og:url" content="/2024/03/05/ferry-resumes/">'
        '<link rel="canonical" href="https://www.harbourherald.example/2024/03/05/ferry-resumes/">',
        # a CMS that percent-encoded the path into the host
        '<meta property="og:url" content="https://www.harbourherald.example%2F2024%2F03%2F05%2Fferry-resumes%2F">',
    ],
)
def test_a_saved_page_states_its_own_address(head: str) -> None:
    # A page read from a file has no URL but the one it states: its outlet, the site name in its
    # title and the date in its address come from there, as for the same page read from its URL.
    html = _SAVED_PAGE.format(head=head)
    from_file = extract_html(html, Document(raw=html, doc_id="ferry", content_type="html", origin="file"))
    url = "https://www.harbourherald.example/2024/03/05/ferry-resumes/"
    from_url = extract_html(html, Document(raw=html, doc_id="ferry", url=url, content_type="html"))
    assert from_file.outlet == from_url.outlet == "harbourherald.example"
    assert from_file.title == from_url.title == "Ferry service resumes after storm repairs"
    assert from_file.published is not None and from_file.published == from_url.published
    assert from_file.published.date().isoformat() == "2024-03-05"
    assert from_file.url is not None and from_file.url.startswith("https://www.harbourherald.example/2024/03/05/")
