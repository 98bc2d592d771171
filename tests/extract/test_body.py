"""The block model applied to a page's blocks."""

from __future__ import annotations

import numpy as np
from lxml import html as lxml_html

from eventwire.extract.blocks import BASE_FEATURES, base_features, page_blocks
from eventwire.extract.body import block_probabilities, lost_paragraphs
from eventwire.extract.classifier import BlockModel


def test_a_model_reads_its_features_by_name() -> None:
    """A model file written for another feature list (here one feature) reads its own columns."""
    page = """<html><body><p>A paragraph of the story with no link in it at all, long enough.</p>
    <p><a href="/x">A link only</a></p></body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    tree = {"feature": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, 0, 0], "right": [2, 0, 0],
            "value": [0, 2.0, -2.0]}
    stage = {"features": ["link_density"], "init": 0.0, "learning_rate": 1.0, "max_depth": 1, "trees": [tree]}
    model = BlockModel({"uses_trafilatura": False, "threshold": 0.5, "stages": [stage]})
    proba = block_probabilities(blocks, base_features(blocks, None), None, model)
    assert "link_density" in BASE_FEATURES and BASE_FEATURES.index("link_density") != 0
    np.testing.assert_allclose(proba, 1 / (1 + np.exp([-2.0, 2.0])), rtol=1e-5)


def test_a_dropped_paragraph_beside_article_paragraphs_comes_back() -> None:
    para = "The harbour authority reopened the northern pier on Tuesday after three weeks of repairs to its deck."
    page = f"""<html><body><div class="story"><p>{para}</p><p>{para}</p>
    <div class="inline-box"><h2>Related links</h2><ul><li><a href="/x">Port office website</a></li></ul></div>
    <p>Fishing boats that had used the southern pier will move back from Monday, the port office said.</p>
    <p>Short line.</p><p><a href="/y">A link</a> and a paragraph that is mostly words outside the link, long enough.</p>
    </div><div class="other"><p>A paragraph in another element of the page, long enough to count as prose here.</p></div>
    </body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    texts = [b.text for b in blocks]
    keep = np.asarray([t == para for t in texts])
    back = lost_paragraphs(blocks, keep)
    assert [t for t, k in zip(texts, back, strict=True) if k] == [
        "Fishing boats that had used the southern pier will move back from Monday, the port office said."
    ]


def test_a_dropped_paragraph_of_a_list_of_paragraphs_comes_back() -> None:
    """A list whose items are a paragraph each (a list of tips): the paragraphs of the list count
    together, as those of one element do."""
    tips = [
        "Water the seedlings early in the morning so the leaves dry before the midday sun reaches them.",
        "Cover the beds with a thin layer of straw to keep the soil moist through the hottest weeks.",
        "Pick the beans every other day, because the plants stop flowering once the pods grow old.",
    ]
    items = "".join(f"<li><p>{t}</p></li>" for t in tips)
    page = f"""<html><body><div class="post"><ul>{items}</ul></div>
    <ul class="menu"><li><p>One line of a menu that is long enough to be prose, with an end.</p></li></ul></body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    texts = [b.text for b in blocks]
    keep = np.asarray([t in tips[:2] for t in texts])
    back = lost_paragraphs(blocks, keep)
    assert [t for t, k in zip(texts, back, strict=True) if k] == [tips[2]]


def test_markup_after_the_closing_html_tag_belongs_to_the_body() -> None:
    """A page whose template closes </body></html> early and goes on (HTML5 parsers put such
    content in the body; libxml2 makes a second root element of it, which the blocks never read)."""
    from eventwire.extract.body import parse

    story = "The ferry to the outer islands will run twice a day from June, the harbour office said on Monday."
    page = f"""<html><head><title>Ferry</title></head><body><header><a href="/">Home</a></header></body></html>
    <div class="post"><h1>Ferry timetable</h1><p>{story}</p><p>{story}</p></div></body></html>"""
    tree = parse(page)
    assert tree is not None
    texts = [b.text for b in page_blocks(tree)]
    assert texts.count(story) == 2
    assert texts[0] == "Home"


def test_blocks_in_a_comment_element_are_no_article_text() -> None:
    """Readers' comments (an element whose class or id names comments, or its parent's) are
    dropped even when the model keeps them; prose in the article element is not."""
    from eventwire.extract.furniture import in_furniture

    para = "The council approved the new cycle lanes on Tuesday after a year of consultation with residents."
    page = f"""<html><body><article class="post has-comments"><p>{para}</p>
    <div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">
    <div class="comment-content"><p>Great news, about time the lanes were built along the river.</p></div>
    </li></ol></div></article>
    <div class="disqus_thread"><p>Another reader wrote a long reply about the lanes here.</p></div></body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    marked = [b.text for b, m in zip(blocks, in_furniture(blocks), strict=True) if m]
    assert para not in marked
    assert marked == ["Great news, about time the lanes were built along the river.",
                      "Another reader wrote a long reply about the lanes here."]


def test_a_quote_deep_in_a_comment_thread_is_no_article_text() -> None:
    """Replies nest and quote each other, so a comment's paragraph can sit several elements below
    the element named "comment": a whole class or id word "comment(s)" (or one going on after a
    hyphen or underscore) anywhere above marks it. A class that only names a page feature
    ("commentOnSelection", around the article) does not."""
    from eventwire.extract.furniture import in_furniture

    para = "The council approved the new cycle lanes on Tuesday after a year of consultation with residents."
    quote = "The lanes will be finished before the winter, the council said in its statement."
    page = f"""<html><body><div class="commentOnSelection"><article><p>{para}</p></article></div>
    <ul id="commentlisting"><li class="comment oneline"><div class="commentBody"><div id="comment_body_7">
    <div class="quote"><div class="quote"><p>{quote}</p></div></div><p>I doubt it.</p></div></div></li></ul>
    </body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    marked = [b.text for b, m in zip(blocks, in_furniture(blocks), strict=True) if m]
    assert marked == [quote, "I doubt it."]


def test_testimonials_and_promotions_are_no_article_text_but_a_heading_id_is_no_class() -> None:
    from eventwire.extract.furniture import in_furniture

    page = """<html><body><div class="entry"><h2 id="h-promo-codes-for-members">Promo codes for members</h2>
    <p>Members get a code by e-mail each month, the club's secretary said at the meeting.</p></div>
    <div class="testimonials"><div class="testimonial__quote"><p>"The best club in town," one member wrote.</p></div></div>
    <div class="promo-bar"><span class="promo-bar__text">Free shipping on orders over 40 euros</span></div></body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    marked = [b.text for b, m in zip(blocks, in_furniture(blocks), strict=True) if m]
    assert marked == ['"The best club in town," one member wrote.', "Free shipping on orders over 40 euros"]


def test_a_footer_element_by_class_is_no_article_text() -> None:
    from eventwire.extract.furniture import in_furniture

    page = """<html><body><div class="entry-content"><p>The library extends its opening hours from next week.</p></div>
    <div class="entry-footer"><p>Filed under local news, libraries and opening hours in the city.</p></div>
    <div class="site-footer__inner"><p>Our newsroom is open to visitors on weekdays only.</p></div></body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    assert [m for m in in_furniture(blocks)] == [False, True, True]


def test_related_recommended_and_popup_elements_are_no_article_text() -> None:
    from eventwire.extract.furniture import in_furniture

    page = """<html><body><div class="post-body"><p>The marathon moves to a spring date from next year.</p></div>
    <div class="related-posts"><p>Runners prepare for the autumn half marathon in the park.</p></div>
    <div class="recommended-for-you"><p>Ten shoes our testers liked this year, from trail to track.</p></div>
    <div class="newsletter-modal"><p>Get the week's running news in your inbox every Friday.</p></div>
    </body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    assert [m for m in in_furniture(blocks)] == [False, True, True, True]


def test_content_streamed_by_react_takes_the_place_of_its_placeholder() -> None:
    """React's streaming server rendering sends a suspended part of the page later, in a
    ``<div hidden id="S:n">`` at the end of the body, and a script moves it into the place of
    ``<template id="B:n">`` (or ``P:n``): a browser shows it there, so it is visible text."""
    from eventwire.extract.body import parse

    first = "The council approved the new cycle lanes on Tuesday after a two-hour debate in the town hall."
    second = "Work on the first lane will begin in March and should take about six weeks, officials said."
    page = f"""<html><head><title>Lanes</title></head><body><header><a href="/">Home</a></header>
    <main><h1>Cycle lanes approved</h1><template id="B:0"></template><p>Loading</p></main>
    <footer>Contact us</footer>
    <div hidden id="S:0"><p>{first}</p><p>{second}</p></div>
    <script>$RC("B:0","S:0")</script></body></html>"""
    tree = parse(page)
    assert tree is not None
    texts = [b.text for b in page_blocks(tree)]
    assert texts.index(first) == texts.index("Cycle lanes approved") + 1
    assert texts.index(second) < texts.index("Contact us")
    # A hidden element that is no streamed part stays hidden.
    hidden = parse(f"<html><body><p>{first}</p><div hidden id='menu'><p>{second}</p></div></body></html>")
    assert [b.text for b in page_blocks(hidden)] == [first]


def test_a_button_the_parser_left_open_does_not_hide_the_page() -> None:
    """libxml2 ignores a ``</button>`` while an element opened inside the button is still open
    (an HTML5 parser closes them all), so the rest of the page lands inside the button, whose
    label is skipped: a button holding paragraphs is read like any other element."""
    from eventwire.extract.body import parse

    story = "The library will open on Sundays from next month, the city said, after a petition by readers."
    page = f"""<html><body><div class="top"><button class="menu"><span>Menu</span><div class="inner"><div></button></div>
    <a href="/">Home</a></div><article><h1>Library hours</h1><p>{story}</p></article></body></html>"""
    tree = parse(page)
    assert tree is not None
    assert story in [b.text for b in page_blocks(tree)]
    # an ordinary button stays out of the text
    plain = parse(f"<html><body><p>{story}</p><button>Subscribe now</button></body></html>")
    assert [b.text for b in page_blocks(plain)] == [story]


def test_a_headline_copy_after_opening_paragraphs_leaves_them_in_place() -> None:
    """Leading copies of the headline (and bylines) go, with the short lines before them (a kicker,
    a date); paragraphs of prose before a copy of the headline are article text, and the text goes
    on unchanged (a sub-heading that repeats the headline is the author's)."""
    from eventwire.extract.body import drop_head_lines

    title = "The best bicycle locks of the year"
    assert drop_head_lines(f"Reviews\n{title}\nBy Ann Lee\nA good lock is the cheapest insurance.", title) == (
        "A good lock is the cheapest insurance."
    )
    intro = "Choosing a lock need not be hard: we tested forty of them on the streets of three cities this spring."
    text = f"{intro}\nWhat makes a lock good? Weight, price and the time a thief needs to cut it.\n{title}\nKryptonite"
    assert drop_head_lines(text, title) == text


def test_disclaimers_testimonials_and_author_boxes_are_no_article_text_a_few_levels_down() -> None:
    """A section named by class or id as a disclaimer or disclosure, testimonials or a box about
    the author is no article text, though its paragraphs sit a few wrappers below the element
    that names it (a rich-text widget inside a disclaimer block)."""
    from eventwire.extract.furniture import in_furniture

    para = "The city council voted on Tuesday to extend the tram line to the airport by 2030."
    legal = "Past performance is no guarantee of future results. All investing is subject to risk."
    quote = "Working with this team changed how we plan every season, our manager said."
    bio = "Jane Roe covers transport and city politics and has reported from the council since 2015."
    page = f"""<html><body><article><div class="story-body"><p>{para}</p></div></article>
    <div class="grid"><div class="richtext cmp-richtext--Disclaimer"><div class="cmp-richtext"><div><p>{legal}</p>
    </div></div></div></div>
    <section class="home-testimonials"><div class="slider"><div class="slide"><blockquote><p>{quote}</p>
    </blockquote></div></div></section>
    <div class="about-the-author"><div class="inner"><div class="text"><p>{bio}</p></div></div></div>
    </body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    marked = [b.text for b, m in zip(blocks, in_furniture(blocks), strict=True) if m]
    assert marked == [legal, quote, bio]


def test_a_section_word_on_the_element_that_holds_the_article_marks_nothing() -> None:
    """A page-wide wrapper whose class happens to hold such a word ("has-disclaimer") is no
    section: it holds most of the page's text."""
    from eventwire.extract.furniture import in_furniture

    paras = "".join(
        f"<p>Paragraph {i} of the report on the harbour works says the quay reopens in May.</p>" for i in range(4)
    )
    page = f"""<html><body><div class="page has-disclaimer"><div class="content"><div class="body">{paras}
    </div></div><div class="note"><p>Rates may change.</p></div></div></body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    assert not in_furniture(blocks).any()


def test_teasers_in_articles_beside_the_article_go_but_nested_ones_stay() -> None:
    """Kept blocks in an <article> apart from the one holding most kept text are teasers of other
    stories; an <article> nested in it (a reader's comment) and the one around it stay."""
    from eventwire.extract.furniture import in_other_articles

    story = "".join(f"<p>Paragraph {i} of the report says the harbour quay reopens to ferries in May.</p>" for i in range(3))
    page = f"""<html><body><article class="outer"><h1>Harbour quay reopens</h1><article class="story">{story}
    <article class="comment"><p>Good news for the island, a reader wrote below the story.</p></article></article></article>
    <div class="more"><article class="teaser"><p>Ferry fares rise by a tenth from next month, the operator says.</p></article>
    <article class="teaser"><p>The island school gets a new roof after the winter storms.</p></article></div>
    </body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    gone = in_other_articles(blocks, np.ones(len(blocks), dtype=bool))
    assert [b.text for b, g in zip(blocks, gone, strict=True) if g] == [
        "Ferry fares rise by a tenth from next month, the operator says.",
        "The island school gets a new roof after the winter storms.",
    ]


def test_one_article_element_drops_nothing() -> None:
    from eventwire.extract.furniture import in_other_articles

    page = """<html><body><article><p>The bridge closes for repairs on Monday, the council said.</p></article>
    <div class="teasers"><p>Other news from the valley this week, in brief.</p></div></body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    assert not in_other_articles(blocks, np.ones(len(blocks), dtype=bool)).any()


def test_a_sub_heading_over_a_list_of_links_is_no_article_text() -> None:
    """A sub-heading with two or more lines of links under it is a box of links; a heading over a
    paragraph, or over one link, is the article's."""
    from eventwire.extract.furniture import in_furniture

    page = """<html><body><div class="post"><h2>How the vote went</h2>
    <p>Nine councillors voted for the plan and four against it, with <a href="/a">two abstentions</a>.</p>
    <h3>Sources</h3><p><a href="/r">The council's minutes of the meeting</a></p>
    <h3>More from the valley</h3><p><a href="/x">Bridge closes for repairs on Monday</a></p>
    <p><a href="/y">School roof mended after the storms</a></p>
    <h2>What happens next</h2><p>Work begins in the spring.</p></div></body></html>"""
    blocks = page_blocks(lxml_html.fromstring(page))
    marked = [b.text for b, m in zip(blocks, in_furniture(blocks), strict=True) if m]
    assert marked == ["More from the valley", "Bridge closes for repairs on Monday", "School roof mended after the storms"]


def test_reference_list_entries_are_no_article_text() -> None:
    from eventwire.extract.body import clean_lines

    text = "\n".join([
        "The trial followed two hundred students for eight weeks.",
        "Stress fell most among those who meditated daily, the authors wrote.",
        "Marsh PT, Okafor BN, Lindqvist E. Sleep and stress in first-year students. J Campus Health 2019;12(3):44-51.",
        "Ferreira DA, et al. (2021). Short daily practice and wellbeing: a cohort study.",
        "Hollis, R., & Tanaka, M. (2018). Coping strategies among commuting students. Student Life, 7, 10-19.",
        "Dr Ana Ruiz, who led the study, said the results were encouraging.",
        "Ruiz JA, the lead author, said more work was needed in 2025.",
    ])
    assert clean_lines(text).split("\n") == [
        "The trial followed two hundred students for eight weeks.",
        "Stress fell most among those who meditated daily, the authors wrote.",
        "Dr Ana Ruiz, who led the study, said the results were encouraging.",
        "Ruiz JA, the lead author, said more work was needed in 2025.",
    ]


def test_a_list_of_companies_is_no_reference_list() -> None:
    from eventwire.extract.body import clean_lines

    text = "Shares of Bayer AG, Linde AG. and Allianz SE rose after the 2024 results."
    assert clean_lines(text) == text


def test_one_line_shaped_like_a_reference_entry_stays() -> None:
    from eventwire.extract.body import clean_lines

    text = "\n".join([
        "The committee met on Monday to discuss the plan.",
        "Weber MK, Brandt JS. Both names appear in the 2023 minutes.",
        "The vote is expected next month.",
    ])
    assert clean_lines(text) == text
