"""HTML fragments (a body without its page) read as text, and routed there by extract_article."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.extract import extract_article
from eventwire.extract.fragment import fragment_text, is_fragment
from eventwire.records import Document

PARAGRAPHS = [
    "The city council met on Monday and voted to approve the budget for the coming year, officials said.",
    "Opponents said the money should go to schools, and residents protested outside the town hall.",
    "The mayor said construction of the new bridge would begin next spring and take two years.",
    "A spokesman for the council said the vote had been delayed twice because of legal challenges.",
]


def test_fragment_text_is_a_line_per_paragraph() -> None:
    html = "<div><p>One &amp; two.</p><script>x()</script><p>Three<br>four.</p></div>"
    assert fragment_text(html) == "One & two.\n\nThree\n\nfour."


def test_is_fragment() -> None:
    assert is_fragment("<div><p>Text.</p></div>")
    assert not is_fragment("<!DOCTYPE html><p>Text.</p>")
    assert not is_fragment("<html><head><title>T</title></head></html>")
    assert not is_fragment("<body><p>Text.</p></body>")


@pytest.mark.parametrize("content_type", ["html", "html; charset=utf-8", None])
def test_a_body_fragment_is_an_article(content_type) -> None:
    # A saved or served article body ('<p>...</p><p>...</p>', no <html> or <body>) was refused as
    # 'no article text' (E005): the page extractor's tree had no <body>.
    fragment = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    article = extract_article(Document(raw=fragment.encode(), doc_id="frag", content_type=content_type))
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_page_with_a_head_and_no_body_still_has_no_article() -> None:
    head_only = "<html><head><title>Budget | Gazette</title></head></html>"
    with pytest.raises(InputError, match="E005"):
        extract_article(Document(raw=head_only.encode(), doc_id="head", content_type="html"))


def test_plain_text_labelled_html_keeps_its_lines() -> None:
    # no markup at all: the text reader sees its lines (a widget line, the headline) as they are
    raw = "28.4 C\nSpringfield\nCouncil approves bridge budget\n\n" + "\n\n".join(PARAGRAPHS)
    article = extract_article(Document(raw=raw.encode(), doc_id="plain", content_type="html"))
    assert article.text.split("\n\n") == PARAGRAPHS
