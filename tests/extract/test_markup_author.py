"""eventwire's copy of trafilatura's byline search gives trafilatura's answers."""

from __future__ import annotations

import pytest
from trafilatura.metadata import extract_author

from eventwire.extract.body import parse
from eventwire.extract.markup_author import markup_author

PAGES = {
    "rel_author": '<div><a rel="author" href="/a/ines">Ines Valdez</a></div>',
    "author_name_class": '<p class="post-author-name">By Tomas Berger</p>',
    "byline_class": '<div class="byline">Nora Quist and Ada Lind</div>',
    "pruned_time_inside": '<span class="author">Lena Park <time datetime="2024-01-02">Jan 2, 2024</time> in Kyiv</span>',
    "pruned_date_first": '<div class="author"><span class="date">May 3</span>Omar Velez</div>',
    "comments_skipped": (
        '<div id="comments"><span class="comment-author">Troll Person</span></div>'
        '<div class="entry-author">Rosa Lindqvist</div>'
    ),
    "sidebar_skipped": '<aside><div class="sidebar-widget"><span class="author">Side Name</span></div></aside>',
    "id_author_last_resort": '<section id="postAuthor"><b>Mara Quint</b></section>',
    "itemprop": '<span itemprop="author"><span itemprop="name">Elif Demir</span></span>',
    "too_long": f'<div class="byline">{"word " * 40}</div>',
    "nothing": "<p>No byline on this page at all.</p>",
    "tails_joined": '<p class="author-name">Jo<time>x</time>nas Berg</p>',
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_same_answer_as_trafilatura(name: str) -> None:
    html = f"<html><head><title>T</title></head><body><h1>Headline</h1>{PAGES[name]}<p>Body text here.</p></body></html>"
    tree = parse(html)
    assert tree is not None
    assert markup_author(tree) == extract_author(tree)


def test_answers_are_the_expected_names() -> None:
    def author(fragment: str) -> str | None:
        tree = parse(f"<html><body><h1>Headline</h1>{fragment}<p>Text.</p></body></html>")
        assert tree is not None
        return markup_author(tree)

    assert author(PAGES["rel_author"]) == "Ines Valdez"
    assert author(PAGES["pruned_time_inside"]) == "Lena Park"  # the date pruned, the place trimmed
    assert author(PAGES["comments_skipped"]) == "Rosa Lindqvist"
    assert author(PAGES["nothing"]) is None


def test_skip_noise_and_raw() -> None:
    tree = parse(
        '<html><head><style id="co-authors-plugin-css">.a{display:inline}</style></head>'
        '<body><div class="metaAuthor">Dec 3, 2025 Lena Park</div></body></html>'
    )
    assert markup_author(tree) == extract_author(tree) != "Dec 3, 2025 Lena Park"  # trafilatura reads the style
    assert markup_author(tree, skip_noise=True, raw=True) == "Dec 3, 2025 Lena Park"


def test_skip_noise_leaves_out_the_names_of_commenters() -> None:
    # a "recent comments" widget outside any comments section: its names wrote comments, not the article
    tree = parse(
        '<html><body><h1>Headline</h1><p class="meta">Posted by Konrad</p><p>Text.</p>'
        '<ul class="widget"><li><span class="comment-author-link"><a href="/u/1">Pixel Parrot</a></span> on Notes</li></ul>'
        '<div class="entry-byline">Rosa Lindqvist</div></body></html>'
    )
    assert markup_author(tree) == extract_author(tree) == "Pixel Parrot"  # trafilatura reads the widget
    assert markup_author(tree, skip_noise=True) == "Rosa Lindqvist"
