"""Which author source find_authors believes, on pages written for these tests."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from eventwire.extract import metadata as md
from eventwire.extract.author_sources import names_from_bylines
from eventwire.extract.authors import clean_authors, collective_byline, find_authors


def _authors(page: str) -> list[str]:
    tree = lxml_html.fromstring(page)
    meta = md.meta_values(tree)
    return find_authors(tree, meta, md.jsonld_articles(md.jsonld_objects(tree)))


def _jsonld(author: str, kind: str = "Person") -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rain", '
        f'"author": {{"@type": "{kind}", "name": "{author}"}}, "publisher": {{"name": "Valley Ledger"}}}}</script>'
    )


def test_the_outlet_named_as_author_is_kept() -> None:
    page = f"""<html><head><meta property="og:site_name" content="Valley Ledger">{_jsonld("Valley Ledger")}</head>
    <body><h1>Rain due</h1><p>Text.</p></body></html>"""
    assert _authors(page) == ["Valley Ledger"]


def test_a_personal_site_owner_is_not_overridden_by_a_by_in_the_text() -> None:
    page = f"""<html><head><title>Notes | Tomas Berger</title>{_jsonld("Tomas Berger")}</head>
    <body><header>Tomas Berger</header><h1>Notes</h1><p>Some text.</p><p>A patch by</p><p>Nora Quist</p></body></html>"""
    assert _authors(page) == ["Tomas Berger"]


def test_metadata_is_believed_over_a_by_in_the_text() -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the article.</p>" for i in range(70))
    page = f"""<html><head><meta name="author" content="Paul Okoye"></head><body><h1>Rain due</h1>
    {paragraphs}<p>By Rosa Lindqvist</p></body></html>"""
    assert _authors(page) == ["Paul Okoye"]
    assert _authors(page.replace('<meta name="author" content="Paul Okoye">', "")) == ["Rosa Lindqvist"]


def test_bylines_of_teasers_further_down_are_no_co_authors() -> None:
    teasers = "".join(
        f'<li><div class="card"><div class="card-body"><h3>Teaser {i}</h3><span class="byline">{name}</span></div></div></li>'
        for i, name in enumerate(["Omar Velez", "Elif Demir"])
    )
    page = f"""<html><body><article><h1>Rain due</h1><div class="meta"><span class="byline">Nora Quist</span></div>
    <p>Text.</p></article><aside><ul>{teasers}</ul></aside></body></html>"""
    assert clean_authors(names_from_bylines(lxml_html.fromstring(page))) == ["Nora Quist"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["Written By"], []),  # a label with its name missing
        (["undefined"], []),  # a template's empty value
        (["Name"], []),
        # a role cut at commas or semicolons: all that follows the role is the role
        (["This post was written by Ada Lind; Head; Community Development"], ["Ada Lind"]),
        (["Jane Okafor; Senior Editor; Tomas Berger; Reporter"], ["Jane Okafor", "Tomas Berger"]),
        # a menu caught by an "author" class: its scraps are no names
        (["Boards Governing Actions Open submenu Main Code; Conduct"], []),
        # a collective credited beside a person is kept whole
        (["Ines Valdez; The Valley Newsroom"], ["Ines Valdez", "The Valley Newsroom"]),
    ],
)
def test_clean_authors_junk_and_roles(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


def test_a_name_beside_the_date_and_its_avatar_under_the_headline() -> None:
    page = """<html><body><h1>Rain due</h1><p>Dec 26, 2025 <span>&bull;</span> <img src="/a.png" class="pic"/>
    Nora Quist in <a href="/c/weather">Weather Notes</a></p><p>Text.</p></body></html>"""
    assert _authors(page) == ["Nora Quist"]
    # without the picture, a capitalised label beside the date is no author
    page = """<html><body><h1>Rain due</h1><p><span>Dec 26, 2025</span> <span>Reading Time</span></p>
    <p>Text.</p></body></html>"""
    assert _authors(page) == []


def test_a_list_of_full_names_beside_the_date_under_the_headline() -> None:
    page = """<html><body><h1>Learning to forget</h1><p>Mira Holt, Daniel K. Varga, Susan Pell</p>
    <span>3 Mar 2001</span><p>We study forgetting.</p></body></html>"""
    assert _authors(page) == ["Mira Holt", "Daniel K. Varga", "Susan Pell"]
    # a list of topics there is no byline, nor is one name without its picture
    for line in ("Memory, Sleep and Learning", "Mira Holt"):
        page = f"<html><body><h1>Learning to forget</h1><p>{line}</p><span>3 Mar 2001</span><p>Text.</p></body></html>"
        assert _authors(page) == []


def test_markup_byline_with_its_date_first() -> None:
    page = """<html><body><h1>Rain due</h1><div class="dateAndAuthorBox"><span>Dec 17, 2025</span>
    <span class="x">Julian K. Arni</span></div><p>Text.</p></body></html>"""
    assert _authors(page) == ["Julian K. Arni"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["Updated January 08, 2026 Written by Meghan Doyle Content Marketing Coordinator"], ["Meghan Doyle"]),
        (["Marna van der Mole Head of Research"], ["Marna van der Mole"]),
        (["Peter K. Lund Senior Editor"], ["Peter K. Lund"]),
        (["2024-01-02 | Ada Lind"], ["Ada Lind"]),
        (["Chris Carr 30 Sep 2022, 11:07am"], ["Chris Carr"]),
        (["Rasmus Berg Founder & Lead Reviewer"], ["Rasmus Berg"]),
        (["Lead Reviewer"], []),
        (["Authored by: Dr. Omar Haddad"], ["Dr. Omar Haddad"]),
        (["Jane Okafor, Institute for Water Policy"], ["Jane Okafor"]),  # her affiliation
    ],
)
def test_dates_and_roles_around_names(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


def test_the_name_heading_an_author_box() -> None:
    bio = "Omar writes about rivers, dams and the people who live beside them. " * 3
    page = f"""<html><body><h1>Rain due</h1><p>Text.</p><div class="post-author-box"><img src="/o.png" alt="">
    <div class="bio"><div class="name">Omar Haddad</div><p>{bio}</p></div></div>
    <ul class="menu"><li class="authorities-link">Water Authorities Board</li></ul></body></html>"""
    assert _authors(page) == ["Omar Haddad"]
    # an "authority" is no author; a comment's author box is no byline
    page = """<html><body><h1>Rain due</h1><p>Text.</p><ul><li class="local-authorities">Water Board Members</li></ul>
    <div class="comments"><div class="comment-author">Troll Person</div></div></body></html>"""
    assert _authors(page) == []


@pytest.mark.parametrize("raw", [["NOC Admin"], ["Learn More"], ["Site Webmaster"]])
def test_accounts_and_buttons_are_no_names(raw: list[str]) -> None:
    assert clean_authors(raw) == []


def test_co_authors_named_in_elements_of_their_own_after_the_label() -> None:
    page = """<html><body><h1>Rain due</h1><div class="hero-info">Written by <span>Dr Ines Valdez</span>,
    <span>Tomas Berger</span> and <span>Nora Quist</span></div><p>Text of the article.</p></body></html>"""
    assert _authors(page) == ["Dr Ines Valdez", "Tomas Berger", "Nora Quist"]


def test_metadata_naming_the_lead_author_only_is_completed_from_the_byline_links() -> None:
    links = ", ".join(f'<a href="/author/{n.lower().replace(" ", "-")}/">{n}</a>' for n in ("Ada Lind", "Omar Haddad"))
    page = f"""<html><head><meta name="author" content="Ada Lind"></head><body><h1>Rain due</h1>
    <div class="by">{links} &amp; <a href="/author/nora-quist/">Nora Quist</a></div><p>Text.</p></body></html>"""
    assert _authors(page) == ["Ada Lind", "Omar Haddad", "Nora Quist"]
    # links whose first name is not the metadata's author are another group (a list of contributors)
    page = page.replace('content="Ada Lind"', 'content="Omar Haddad"')
    assert _authors(page) == ["Omar Haddad"]


def test_metadata_naming_the_lead_author_only_is_completed_from_the_labelled_byline() -> None:
    page = f"""<html><head>{_jsonld("Ada Lind")}</head><body><h1>Rain due</h1>
    <p>Written by <span>Ada Lind</span>, <span>Omar Haddad</span></p><p>Text.</p></body></html>"""
    assert _authors(page) == ["Ada Lind", "Omar Haddad"]


def test_the_outlet_named_as_author_gives_way_to_a_person_in_the_author_markup() -> None:
    page = f"""<html><head><meta property="og:site_name" content="Valley Ledger">{_jsonld("Valley Ledger")}</head>
    <body><h1>Rain due</h1><div class="attribution"><span class="author"><a href="/staff/1/">Nora Quist</a></span>
    <span class="credit">VALLEY LEDGER</span></div><p>Text.</p></body></html>"""
    assert _authors(page) == ["Nora Quist"]
    # a person named as the page's author in the metadata is kept
    page = page.replace(_jsonld("Valley Ledger"), _jsonld("Omar Haddad"))
    assert _authors(page) == ["Omar Haddad"]


def test_a_by_in_an_element_of_its_own_under_the_headline() -> None:
    page = """<html><head><meta name="author" content="Paul Okoye"></head><body><h1>Rain due</h1>
    <h3>By <a href="/rosa-lindqvist/">Rosa Lindqvist</a>, <span>Columnist</span></h3><p>Text.</p></body></html>"""
    assert _authors(page) == ["Rosa Lindqvist"]


def test_a_lowercase_by_continues_the_phrase_before_it() -> None:
    page = """<html><head><meta name="author" content="Paul Okoye"></head><body><h1>Rain due</h1>
    <p><a>Medically reviewed</a> by <a>Rosa Lindqvist</a> — Written by <a>Paul Okoye</a></p><p>Text.</p></body></html>"""
    assert _authors(page) == ["Paul Okoye"]


def test_a_user_name_in_the_byline_gives_way_to_the_metadata_full_name() -> None:
    page = f"""<html><head>{_jsonld("Lisa Greene-Okoye")}</head><body><h1>Rain due</h1>
    <ul><li><span>Written by </span><a rel="author" href="/author/lisago/">LisaGO</a></li></ul><p>Text.</p></body></html>"""
    assert _authors(page) == ["Lisa Greene-Okoye"]


def test_a_jsonld_author_given_by_reference_to_a_person_in_the_graph() -> None:
    graph = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "Organization", "@id": "https://ex.org/#org", "name": "Valley Ledger"},
      {"@type": "BlogPosting", "headline": "Rain due", "author": {"@id": "https://ex.org/people/nora/#person"},
       "publisher": {"@id": "https://ex.org/#org"}},
      {"@type": "Person", "@id": "https://ex.org/people/nora/#person", "name": "Nora Quist"}]}</script>"""
    page = f"""<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Paul Okoye">
    {graph}</head><body><h1>Rain due</h1><p>Text.</p></body></html>"""
    assert _authors(page) == ["Nora Quist"]


def test_a_team_credited_under_the_headline_gives_way_to_the_writer_the_article_names() -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the article.</p>" for i in range(5))
    page = f"""<html><body><h1>Rain due</h1><p>By Team Valley Ledger</p><p>8 min read</p>{paragraphs}
    <p>Written by <a href="https://ex.org/u/nq">Nora Quist</a></p></body></html>"""
    assert _authors(page) == ["Nora Quist"]
    # without a named writer the team is the byline
    assert _authors(page.replace("Nora Quist", "")) == ["Team Valley Ledger"]


@pytest.mark.parametrize("text", ["Team Valley Ledger", "The Upwork Team", "Resy Staff"])
def test_collective_bylines(text: str) -> None:
    assert collective_byline(text) == text


def test_a_one_word_name_in_the_link_marked_rel_author() -> None:
    # (a theme's layout class says "sidebar": trafilatura's byline search skips all inside it)
    page = """<html><body><div class="content-sidebar-wrap"><article><h1>Rain due</h1><p>Text.</p>
    <div class="entry-meta"><p><a href="/author/kq/" rel="author"><span>Kiersten</span></a> in
    <a href="/c/sides/" rel="category tag">Sides</a></p></div></article></div></body></html>"""
    assert _authors(page) == ["Kiersten"]
    # one word on another link is mostly a category or a tag
    assert _authors(page.replace('rel="author"', 'rel="tag"')) == []


def test_a_given_name_in_the_author_box_link_is_read_with_the_full_name_above_it() -> None:
    page = """<html><body><h1>Rain due</h1><p>Text of the article.</p><div class="box"><img src="/j.png" alt="">
    <p>Juliette Carreau</p><p>Tech Writer</p><a href="/authors/jc">Articles by Juliette</a></div></body></html>"""
    assert _authors(page) == ["Juliette Carreau"]
    # a given name alone stays as the page writes it
    assert _authors(page.replace("<p>Juliette Carreau</p>", "")) == ["Juliette"]


def test_a_user_name_after_by_beside_the_date_under_the_headline() -> None:
    page = """<html><body><h1>Rain due</h1><p><time datetime="2025-12-19">12/19 — 2025</time></p>
    <p>by   nqvist
    </p><p>Text of the article.</p></body></html>"""
    assert _authors(page) == ["nqvist"]
    # without the date beside it, a lowercase word after "by" is no byline
    assert _authors(page.replace("12/19 — 2025", "")) == []
    # nor an account's name
    assert _authors(page.replace("nqvist", "admin")) == []


def test_an_organisation_credited_in_the_byline_under_the_headline_is_no_author() -> None:
    # the issue: authors are persons, no organisations
    page = """<html><body><h1>How mapping works</h1><div class="meta"><p><time>Feb 6, 2025</time></p>
    <p>By 3v Robotics</p></div><p>By creating area maps, the robot plans its route.</p></body></html>"""
    assert _authors(page) == []
    assert _authors(page.replace("3v Robotics", "Nora Quist")) == ["Nora Quist"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a given name that is a month name ("April") in a metadata list of co-authors
        (["April Lind, Tomas Berger"], ["April Lind", "Tomas Berger"]),
        # an author box's name run into its bio, whose first sentence names her again
        (["Omar Haddad Omar is a full-stack engineer and has written about rivers since 2007."], ["Omar Haddad"]),
        (["Ines Valdez Ines is a staff writer covering water policy"], ["Ines Valdez"]),
    ],
)
def test_names_in_metadata_lists_and_author_bios(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize("raw", [["No Author"], ["no-author"], ["Unknown Author"], ["Not Available"]])
def test_a_template_placeholder_for_a_missing_author_is_no_name(raw: list[str]) -> None:
    assert clean_authors(raw, handles=True) == []


def test_a_placeholder_in_the_author_meta_tag_names_no_author() -> None:
    page = """<html><head><meta name="author" content="No Author"></head>
    <body><h1>Rain due</h1><p>Text.</p></body></html>"""
    assert _authors(page) == []


def test_a_byline_naming_the_lead_author_only_is_completed_from_the_metadata_list() -> None:
    # the byline's second name is cut off by the first one's social handle; the meta tag lists both
    page = """<html><head><meta name="author" content="April Lind, Tomas Berger"></head><body><h1>Rain due</h1>
    <div class="by"><span>By </span><a href="/a/lind">April Lind</a><a href="https://x.example/al">@alind</a>
    <a href="/a/berger">Tomas Berger</a><span>01 October 2020</span></div><p>Text.</p></body></html>"""
    assert _authors(page) == ["April Lind", "Tomas Berger"]
    # a metadata list that does not start with the byline's name completes nothing
    assert _authors(page.replace("April Lind, Tomas Berger", "Tomas Berger, Nora Quist")) == ["April Lind"]
    # nor one whose other names the page shows only as contributors, in a sentence
    page = """<html><head><meta name="author" content="April Lind, Tomas Berger"></head><body><h1>Rain due</h1>
    <div class="by"><span>By </span><a href="/a/lind">April Lind</a></div><p>Text.</p>
    <p>April Lind is a reporter. Tomas Berger contributed.</p></body></html>"""
    assert _authors(page) == ["April Lind"]


def test_a_business_brand_credited_is_kept() -> None:
    # a company blog's brand: what WCXB's gold keeps as the author
    assert clean_authors(["Harbour Media"]) == ["Harbour Media"]


def test_an_author_tag_naming_the_site_with_its_address_gives_way_to_the_labelled_writer() -> None:
    # "Valley Ledger (www.valleyledger.example)": the web site credits itself, no writer
    page = """<html><head><meta name="author" content="Valley Ledger (www.valleyledger.example)"></head>
    <body><h1>Rain due</h1><p>Text.</p><dl><dt>Date</dt><dd>19.01.2020</dd><dt>Author</dt><dd>Nora Quist</dd></dl>
    </body></html>"""
    assert _authors(page) == ["Nora Quist"]
    # without a writer named on the page, none: the site crediting itself names no person
    assert _authors(page.replace("<dt>Author</dt><dd>Nora Quist</dd>", "")) == []


def test_an_outlet_in_capitals_after_the_names_is_no_co_author() -> None:
    assert clean_authors(["Ines Valdez, Omar Haddad, Nora Quist | VALLEY TODAY"]) == ["Ines Valdez", "Omar Haddad", "Nora Quist"]
    # names all in capitals are names
    assert clean_authors(["INES VALDEZ and OMAR HADDAD"]) == ["Ines Valdez", "Omar Haddad"]


def _teaser_list(names: list[str]) -> str:
    return "".join(
        f'<li class="item"><article class="card"><h3><a href="/news/{i}">A longer teaser headline number {i} here</a></h3>'
        f'<span class="byline">By <b>{name}</b></span></article></li>'
        for i, name in enumerate(names)
    )


def test_a_page_without_a_byline_takes_none_from_its_list_of_teasers() -> None:
    teasers = _teaser_list(["Poppy Lind", "Omar Velez", "Elif Demir", "Poppy Lind"])
    page = f"""<html><body><article><h1>Rain due</h1><p>Text of the article.</p></article>
    <section><ul class="list">{teasers}</ul></section></body></html>"""
    assert _authors(page) == []
    # the article's own byline, in a list of its meta data, is kept
    page = page.replace("<p>Text", '<ul class="meta"><li>By <b>Nora Quist</b></li><li>May 2, 2025</li><li>4 min read</li></ul><p>Text')
    assert _authors(page) == ["Nora Quist"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["Court Reporter"], []),  # a desk's byline: the role's own word is no name
        (["Crime Correspondent"], []),
        (["Kristin Editor"], ["Kristin"]),  # a one-word name before a role is a name
        (["Nora Quist, Court Reporter"], ["Nora Quist"]),
        (["Wilmer Lind. Harbour Radio International"], ["Wilmer Lind"]),  # the outlet after the name's full stop
        (["Dr. Omar Haddad"], ["Dr. Omar Haddad"]),
        (["Jane A. Okafor"], ["Jane A. Okafor"]),
    ],
)
def test_desks_sections_and_outlets_around_names(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw, handles=True) == expected


def test_a_byline_after_a_label_and_a_bar_under_the_headline() -> None:
    page = """<html><body><h1>Rain due</h1><p>yas! | By Cara Lind | April 13, 2020</p><p>Text.</p></body></html>"""
    assert _authors(page) == ["Cara Lind"]
    page = """<html><body><h1>Rain due</h1><p><span>yas!</span><span>| By</span> <a href="/a/cl">Cara Lind</a>
    <span>|</span> <span>April 13, 2020</span></p><p>Text.</p></body></html>"""
    assert _authors(page) == ["Cara Lind"]


def test_a_web_address_credited_gives_way_to_the_writer_named_on_the_page() -> None:
    page = f"""<html><head>{_jsonld("ValleyLedger.com")}</head><body><h1>Rain due</h1>
    <p>By ValleyLedger.com</p><div class="byline">By Kate Lind, Harbour News</div><p>Text.</p></body></html>"""
    assert _authors(page) == ["Kate Lind"]
    # alone, the address names no person (the issue: no organisations as authors)
    page = f"""<html><head>{_jsonld("ValleyLedger.com")}</head><body><h1>Rain due</h1><p>Text.</p></body></html>"""
    assert _authors(page) == []


def test_the_reporting_credit_at_the_end_of_a_wire_story() -> None:
    page = """<html><body><h1>Rain due</h1><p>Text of the story, which is long enough.</p>
    <p>(Reporting by Gus Lind, Jean-Paul Roe and Mara Quist; editing by Mike Hale)</p></body></html>"""
    assert _authors(page) == ["Gus Lind", "Jean-Paul Roe", "Mara Quist"]


def test_a_user_name_with_dots_is_no_web_address() -> None:
    from eventwire.extract.authors import _WEB_NAME

    assert _WEB_NAME.match("CNN.com") and _WEB_NAME.match("www.valleyledger.co.uk")
    assert not _WEB_NAME.match("sara.r.lind") and not _WEB_NAME.match("J.R. Lind")


def test_co_authors_in_the_author_markup_of_a_byline_far_below_the_headline() -> None:
    # a gallery between the headline and the byline: the byline is out of the headline's reach
    gallery = "".join(f"<li><span>Photo {i}</span> <em>caption</em></li>" for i in range(40))
    names = ("Ada Lind", "Omar Haddad", "NORA QUIST")
    people = [
        f'<div class="name vcard"><a rel="author" href="/author/{i}/"><span itemprop="author"><span itemprop="name">{n}</span></span></a></div>'
        for i, n in enumerate(names)
    ]
    page = f"""<html><body><h1>Rain due</h1><ul class="gallery">{gallery}</ul>
    <div class="byline"><span>By </span>{people[0]}<span>, </span>{people[1]}<span> and </span>{people[2]}</div>
    <p>Text of the article.</p></body></html>"""
    assert _authors(page) == ["Ada Lind", "Omar Haddad", "Nora Quist"]
    # the lead author alone in the byline stays alone
    assert _authors(page.replace(people[1], "").replace(people[2], "")) == ["Ada Lind"]


def test_a_link_to_the_writer_s_expert_page_under_the_headline() -> None:
    # think tanks and institutes list their writers as experts ("/experts/444")
    page = """<html><body><h1>Rain due</h1><ul class="meta"><li><a href="/programme/experts/444">Nora Quist</a></li></ul>
    <p>Text of the article.</p></body></html>"""
    assert _authors(page) == ["Nora Quist"]
    assert _authors(page.replace("/experts/444", "/topics/444")) == []


def test_a_team_account_gives_way_to_the_writer_the_article_text_names() -> None:
    page = """<html><body><h1>Rain due</h1><div class="post-meta"><span class="vcard author"><span class="label">Published by</span>
    <span class="fn"><a href="/author/vlteam/">VLTEAM</a></span></span></div>
    <p><strong><em>By Nora Quist</em></strong>: The council met on Monday.</p><p>More text.</p></body></html>"""
    assert collective_byline("VLTEAM") == "VLTEAM"
    assert _authors(page) == ["Nora Quist"]
    # without a writer named, the team's account is the byline
    assert _authors(page.replace("By Nora Quist", "Rain")) == ["VLTEAM"]


def test_bylines_of_teaser_cards_in_the_article_column_are_no_co_authors() -> None:
    # the related posts' cards hang in the same column as the article's meta line, each card
    # with a "by" of its own: another article's byline, not a co-author's
    cards = "".join(
        f'<article class="post-card"><div class="card-meta"><span class="posted-on"><span class="author-name">by {n}</span></span></div>'
        f"<h3>Story {i}</h3></article>"
        for i, n in enumerate(("Omar Haddad", "Nora Quist"))
    )
    page = f"""<html><body><h1>Rain due</h1><div class="column"><div class="post-meta">
    <span class="posted-on"><span class="author-name">by Ada Lind</span> on May 2, 2024</span></div>
    <p>Text of the article.</p><section class="related">{cards}</section></div></body></html>"""
    tree = lxml_html.fromstring(page)
    assert [n.removeprefix("by ") for n in names_from_bylines(tree)] == ["Ada Lind"]
    assert _authors(page) == ["Ada Lind"]


def test_the_outlet_s_staff_label_run_into_the_writer_s_name_is_cut() -> None:
    # the name and the desk's label "ValleyLedger Staff" in one author element, read as one text
    page = """<html><head><meta property="og:site_name" content="ValleyLedger"></head><body><h1>Rain due</h1>
    <p class="author"><a href="/staff/ada-lind/"> Ada Lind </a><br/><span class="author-staff"> ValleyLedger Staff </span></p>
    <p>Text of the article.</p></body></html>"""

    def markup(page: str) -> list[str]:
        tree = lxml_html.fromstring(page)
        return find_authors(tree, md.meta_values(tree), [], order=("markup",))

    assert markup(page) == ["Ada Lind"]
    # another outlet's name there is no staff label of this page's: the text is left as read
    assert markup(page.replace("ValleyLedger Staff", "HarbourPost Staff")) == ["Ada Lind HarbourPost Staff"]


def test_author_links_past_the_outlets_own_author_page() -> None:
    # the first author link is the outlet's own page (no person); a republished article's
    # writer is linked to their profile further down
    page = """<html><head></head><body><div class="meta"><a href="/author/valley-news/">Valley News</a></div>
    <h1>Phones and sleep</h1><p><a href="https://example.org/profiles/jane-roe-1234">Jane Roe</a>,
    <em><a href="https://example.org/institutions/valley-university">Valley University</a></em></p>
    <p>Text of the article.</p></body></html>"""
    assert _authors(page) == ["Jane Roe"]


def test_a_quotation_s_author_link_is_no_byline() -> None:
    # an "about us" page quotes its director, whose name links to their author page: the
    # speaker of a quotation, not the page's writer
    quote = """<blockquote><div>Our work is to keep the valley's records open.</div>
    <div class="quote-by"><a href="/author/nora/">Nora Quist, Director</a></div></blockquote>"""
    page = f"""<html><head></head><body><h1>What we do</h1><p>The archive keeps records.</p>{quote}
    <p>Text of the page.</p></body></html>"""
    assert _authors(page) == []
    byline = '<p class="meta"><a href="/author/tomas-berger/">Tomas Berger</a></p>'
    assert _authors(page.replace("<h1>What we do</h1>", f"<h1>What we do</h1>{byline}")) == ["Tomas Berger"]


def test_an_outlet_named_with_an_ampersand_is_one_name_not_two_persons() -> None:
    # the author field holds the outlet ("Harbour & Hill"): split at its "&" it read as two
    # persons, "Harbour" and "Hill"; it is the outlet, kept whole as any outlet is
    page = """<html><head><meta property="og:site_name" content="Harbour &amp; Hill">
    <meta name="author" content="Harbour &amp; Hill"></head>
    <body><h1>Rain due</h1><p>Text of the article.</p></body></html>"""
    assert _authors(page) == ["Harbour & Hill"]


def test_an_outlet_in_the_author_field_gives_way_to_a_by_line_in_the_text() -> None:
    # the template fills the author field with the outlet; the article's own "By" line names the
    # writer, far below the logo's h1 (a long menu between)
    menu = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(70))
    page = f"""<html><head><meta property="og:site_name" content="Harbour &amp; Hill">
    <meta name="author" content="Harbour &amp; Hill"></head>
    <body><h1 id="logo"><a href="/"><img alt="Harbour &amp; Hill" src="logo.gif"></a></h1><ul>{menu}</ul>
    <h1>Rain due</h1><div>By&nbsp;<a href="/reporters/tomas-berger">Tomas Berger</a></div>
    <p>Text of the article.</p></body></html>"""
    assert _authors(page) == ["Tomas Berger"]


def test_a_signatory_s_role_is_no_author_label() -> None:
    # an open letter lists its signatories with their roles ("Nora Quist, author"): the role
    # word before the next signatory's name is no "Author" label naming the page's writer
    signatories = "".join(
        f"<p><span>{name}</span><span>,</span> <em>{role}</em></p>"
        for name, role in (("Ada Lind", "historian"), ("Nora Quist", "author"), ("Tomas Berger", "editor"))
    )
    page = f"""<html><head></head><body><h1>A letter on open debate</h1><p>Text of the letter.</p>
    {signatories}</body></html>"""
    assert _authors(page) == []
