"""Furniture rules of ``eventwire.extract.furniture`` (pages written for these tests)."""

from __future__ import annotations

from lxml import html as lxml_html

from eventwire.extract.blocks import page_blocks
from eventwire.extract.furniture import in_furniture


def _marked(page: str) -> list[str]:
    blocks = page_blocks(lxml_html.fromstring(page))
    return [b.text for b, m in zip(blocks, in_furniture(blocks), strict=True) if m]


def test_a_figure_caption_is_no_article_text() -> None:
    page = """<html><body><article><p>The council approved the new bridge over the river on Tuesday evening.</p>
    <figure><img src="bridge.jpg"><figcaption>The old bridge, closed to traffic since the spring floods.</figcaption></figure>
    <figure><img src="map.png"><figcaption><p>A map of the planned route.</p><p>Drawing by the city planners.</p></figcaption>
    </figure><p>Work on the crossing is due to begin next year and last about eighteen months.</p></article></body></html>"""
    assert _marked(page) == [
        "The old bridge, closed to traffic since the spring floods.",
        "A map of the planned route.",
        "Drawing by the city planners.",
    ]


def test_a_figure_without_a_caption_keeps_its_text() -> None:
    # a <figure> may hold a quote or a chart's notes: only its caption is furniture
    page = """<html><body><p>The minister spoke to reporters after the vote in parliament.</p>
    <figure><blockquote><p>We will not raise taxes on working families this year.</p></blockquote></figure>
    </body></html>"""
    assert _marked(page) == []


def test_a_list_of_links_to_the_page_own_sections_is_a_table_of_contents() -> None:
    page = """<html><body><article><p>The city publishes its budget for the coming year this week.</p>
    <ul><li><a href="#taxes">Taxes</a></li><li><a href="#schools">Schools</a>
    <ul><li><a href="#new-schools">New schools</a></li></ul></li></ul>
    <h2 id="taxes">Taxes</h2><p>Property tax rises by two per cent for most households in the city.</p>
    <ul><li><a href="/budget/2024">Last year's budget</a></li><li><a href="#schools">Schools</a></li>
    <li><a href="/budget/2023">The budget two years ago</a></li></ul>
    <ol><li><a href="#a">One</a></li><li><a href="#b">Two</a></li></ol></article></body></html>"""
    # the first list (three links to its own sections, one in a nested list) goes; a list that
    # also links elsewhere stays, and so does a list of two (a pair of footnote links, say)
    assert _marked(page) == ["Taxes", "Schools", "New schools"]
