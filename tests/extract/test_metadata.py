"""Page metadata sources: JSON-LD as hand-written pages really ship it."""

from __future__ import annotations

from datetime import date

import pytest
from lxml import html as lxml_html

from eventwire.extract import metadata as md
from eventwire.extract.dates import find_published


@pytest.mark.parametrize(
    "text",
    [
        '{"@type": "NewsArticle", "datePublished": "2024-07-10"}',
        '{"@type": "NewsArticle", "datePublished": "2024-07-10"}\n    }',  # a stray closing brace
        '{"@type": "NewsArticle", "headline": "Two\nlines", "datePublished": "2024-07-10"}',  # raw line break
        '{"@type": "NewsArticle", // the type\n "datePublished": "2024-07-10", /* old: "2019-01-01" */}',
        "{\"@type\": \"NewsArticle\", \"headline\": 'Talks end', \"datePublished\": \"2024-07-10\",}",
    ],
)
def test_broken_jsonld_is_read_as_its_writer_meant(text: str) -> None:
    data = md.read_jsonld(text)
    assert data["@type"] == "NewsArticle" and data["datePublished"] == "2024-07-10"


def test_repairs_leave_strings_alone() -> None:
    # A URL's "//", an apostrophe and a comma before "}" inside double-quoted strings are text.
    text = """{"url": "https://example.org/a", "headline": "Kyiv's night, }", 'alt': 'It\\'s "late"',}"""
    assert md.read_jsonld(text) == {"url": "https://example.org/a", "headline": "Kyiv's night, }", "alt": 'It\'s "late"'}


def test_what_is_not_json_is_none() -> None:
    assert md.read_jsonld("") is None and md.read_jsonld("Sport und Musik") is None


def test_a_page_whose_jsonld_has_a_stray_brace_gets_its_date() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Port reopens",
     "datePublished": "2024-03-05T08:10:00+01:00"}
    }</script></head><body><article><h1>Port reopens</h1><p>The port reopened.</p></article></body></html>"""
    tree = lxml_html.fromstring(page)
    objects = md.jsonld_objects(tree)
    published = find_published(tree, md.meta_values(tree), objects, md.jsonld_articles(objects), None)
    assert published is not None and published.date() == date(2024, 3, 5)
