"""A "by" that belongs to running text, a quotation or a menu is no byline (pages written for these tests)."""

from __future__ import annotations

from lxml import html as lxml_html

from eventwire.extract import metadata as md
from eventwire.extract.author_labels import not_a_byline
from eventwire.extract.authors import find_authors


def _authors(page: str) -> list[str]:
    tree = lxml_html.fromstring(page)
    return find_authors(tree, md.meta_values(tree), md.jsonld_articles(md.jsonld_objects(tree)))


def test_a_sentence_that_credits_a_source_after_by_names_no_author() -> None:
    page = """<html><body><h1>Harbour rates rise</h1><p>Rates rose by a tenth,
    <a href="/data">according to the port survey</a> by Valley Freight Review.</p><p>More text.</p></body></html>"""
    assert _authors(page) == []
    # the same words as a byline line, ending with the name, are one
    assert _authors(page.replace("by Valley Freight Review.", "by Nora Quist")) == ["Nora Quist"]


def test_a_quoted_label_in_a_heading_is_no_byline() -> None:
    page = """<html><body><h1>Scheduling posts</h1><p>Text of the guide.</p>
    <h5>Why do my posts say &ldquo;Posted by Relay Planner&rdquo;</h5><p>Because the app posts them.</p></body></html>"""
    assert _authors(page) == []
    assert _authors(page.replace("&ldquo;", "").replace("&rdquo;", "")) == ["Relay Planner"]


def test_a_menu_that_sorts_by_a_word_names_no_author() -> None:
    menu = '<ul class="menu"><li><a href="/kinds/">By Category</a></li><li><a href="/makers/">By Maker</a></li></ul>'
    page = f"<html><body><div>{menu}</div><h1>Best lamps</h1><p>Text of the review.</p></body></html>"
    assert _authors(page) == []
    assert _authors(page.replace("By Category", "By Maria")) == ["Maria"]  # a given name is a byline's


def test_not_a_byline_keeps_names_ending_with_an_abbreviation() -> None:
    assert not not_a_byline("by ", "Omar Velez Jr.")
    assert not not_a_byline("By ", "the Harbour Review.")  # a capital "By" opens a byline line
    assert not_a_byline("by ", "the Harbour Review.")
    assert not_a_byline("they said “Posted by ", "Relay”")


def test_a_lower_case_by_opening_its_own_line_under_the_headline_is_a_byline() -> None:
    page = """<html><head><meta name="author" content="deskuser"></head><body><h1>Car hire in 2025</h1>
    <p>by <a href="/authors/nora-quist/" class="author-link"><span>Nora Quist</span></a></p>
    <span class="date">Oct 22, 2025</span><p>Text of the article.</p></body></html>"""
    assert _authors(page) == ["Nora Quist"]  # the visible byline, not the account that posted it


def test_a_by_after_a_link_in_a_sentence_under_the_headline_is_no_byline() -> None:
    page = """<html><head><meta name="author" content="deskuser"></head><body><h1>Skin care</h1>
    <p><a href="/review">Medically reviewed</a> by <a href="/experts/omar">Omar Velez</a></p><p>Text.</p></body></html>"""
    assert _authors(page) == ["deskuser"]


def test_a_sponsored_badge_after_the_name_is_no_part_of_it() -> None:
    page = """<html><head><meta name="author" content="Valley Ledger"><meta property="og:site_name" content="Valley Ledger">
    </head><body><h1>Rain due</h1><div class="author-byline"><a href="/author/ledger/">Valley Ledger</a>
    <span class="mark">Sponsored</span></div><p>Text.</p></body></html>"""
    assert _authors(page) == ["Valley Ledger"]


def test_the_outlet_as_author_is_kept_whole_where_a_word_of_it_reads_as_a_role() -> None:
    page = """<html><head><meta name="author" content="Your Garden Teacher">
    <meta property="og:site_name" content="Your Garden Teacher"></head><body><h1>Pruning roses</h1><p>Text.</p></body></html>"""
    assert _authors(page) == ["Your Garden Teacher"]
    # a person's name before a role is still cut at the role
    assert _authors(page.replace('name="author" content="Your Garden Teacher"', 'name="author" content="Nora Quist Teacher"')) == ["Nora Quist"]


def test_co_authors_each_with_a_bio_under_one_written_by_label() -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the review.</p>" for i in range(70))
    page = f"""<html><body><h1>Best laptops</h1>{paragraphs}
    <div class="credits"><strong>Written by</strong><br><strong><a href="/authors/nora-quist">Nora Quist</a></strong>,
    six years testing laptops<br><strong><a href="/authors/omar-velez">Omar Velez</a></strong>, senior editor and
    keyboard fan.</div><p>Text.</p></body></html>"""
    assert _authors(page) == ["Nora Quist", "Omar Velez"]
    # a link to another writer's page elsewhere is no co-author
    assert _authors(page.replace("<strong><a href=\"/authors/omar-velez\">Omar Velez</a></strong>", "Omar Velez")) == ["Nora Quist"]


def test_names_listed_under_an_authors_heading() -> None:
    page = """<html><body><h1>Lessons from rail policy</h1><div class="meta"><h6>Author(s)</h6><ul>
    <li><a href="/library/?who=Nora%20Quist">Nora A. Quist</a></li><li><a href="/library/?who=Omar%20Velez">Omar Velez</a></li>
    <li><a href="/library/?who=Elif%20Demir">Elif Demir</a></li></ul><h6>Topics</h6><ul><li>Rail</li></ul></div>
    <p>Text of the report.</p></body></html>"""
    assert _authors(page) == ["Nora A. Quist", "Omar Velez", "Elif Demir"]


def _release_notes(head: str) -> str:
    return f"""<html><head>{head}</head><body><h1>Toolkit wrap-up</h1>
    <div class="meta"><a href="/blog/author/nora-quist/"><img alt="Nora Quist" src="n.jpg"><span>Nora Quist</span></a>
    <span>Dec 19, 2025</span></div><p>This week the toolkit gained two modules.</p><h3>Gateway scanner</h3>
    <p>Authors: Omar Velez and Elif Demir</p><p>Type: Auxiliary</p></body></html>"""


def test_the_linked_writer_under_the_headline_beats_a_credit_label_in_the_text() -> None:
    assert _authors(_release_notes("")) == ["Nora Quist"]


def test_the_linked_writer_under_the_headline_beats_a_credit_label_where_the_metadata_names_the_outlet() -> None:
    outlet = '<meta name="author" content="Gateway Labs"><meta property="og:site_name" content="Gateway Labs">'
    assert _authors(_release_notes(outlet)) == ["Nora Quist"]


def test_a_credit_label_is_the_byline_where_no_writer_is_linked_under_the_headline() -> None:
    # with no writer under the headline, the label in the text is the byline
    assert _authors(_release_notes("").replace('<a href="/blog/author/nora-quist/">', "<a>")) == ["Omar Velez", "Elif Demir"]


def _bracketed(head: str) -> str:
    return f"""<html><head>{head}</head><body><h1>Data teams</h1><div class="post-meta">
    <span class="entry-author">Nora (Lind) Quist</span><span class="entry-date">Published: January 3, 2025</span></div>
    <p>Text of the article.</p></body></html>"""


def test_the_twitter_card_s_written_by_is_read_in_either_place_and_keeps_a_bracketed_maiden_name() -> None:
    card = """<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="7 minutes">
    <meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Nora (Lind) Quist">"""
    assert _authors(_bracketed(card)) == ["Nora (Lind) Quist"]
    # a card's other data is no author ("Category": "Gardening")
    assert "Gardening" not in _authors(_bracketed(card.replace("Written by", "Category").replace("Nora (Lind) Quist", "Gardening")))


def test_initials_after_by_are_no_author() -> None:
    page = """<html><body><h1>A long walk</h1><p>31 Oct 2019</p><p><span>Posted</span> <span>by</span> <a href="/u/">DT</a>
    in <a href="/cat/">Diary</a></p><p>Text of the post.</p></body></html>"""
    assert _authors(page) == []


def test_a_team_in_the_metadata_gives_way_to_the_given_name_beside_the_date() -> None:
    page = """<html><head><meta name="author" content="Podkit Team"></head><body><h1>Podcast gear checklist</h1>
    <div class="meta"><span>Maria</span><time datetime="2026-03-05">March 5, 2026</time><span>9 min read</span></div>
    <p>Text of the guide.</p></body></html>"""
    assert _authors(page) == ["Maria"]
    assert _authors(page.replace("<span>Maria</span>", "<span>Gear</span>")) == ["Podkit Team"]  # no given name
