"""Furniture rules of ``eventwire.extract.furniture`` (pages written for these tests)."""

from __future__ import annotations

from lxml import html as lxml_html

from eventwire.extract.blocks import page_blocks
from eventwire.extract.furniture import in_furniture


def _marked(page: str) -> list[str]:
    blocks = page_blocks(lxml_html.fromstring(page))
    return [b.text for b, m in zip(blocks, in_furniture(blocks), strict=True) if m]


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
