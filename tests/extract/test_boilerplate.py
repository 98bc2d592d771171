"""Line rules for sections that are never article text (texts written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.extract import boilerplate as bp

STORY = [
    "The harbour authority reopened the northern pier on Tuesday after three weeks of repairs to its deck.",
    "Engineers replaced forty wooden beams and checked the mooring posts, the authority said in a statement.",
    "Fishing boats that had used the southern pier will move back from Monday, according to the port office.",
    "The repairs cost about two million euros, paid from the regional budget for coastal works this year.",
]


@pytest.mark.parametrize(
    "line",
    ["Related stories", "Leia também", "Você pode gostar", "Lea también:", "Te puede interesar", "Lesen Sie auch",
     "À lire aussi", "Potrebbe interessarti", "Most read in world news", "More from The Harbour Gazette", "Deals",
     "関連記事", "Mais lidas em Economia"],
)
def test_related_headings_in_several_languages(line: str) -> None:
    assert bp.is_related_heading(line)


@pytest.mark.parametrize(
    "line",
    ["Related: How the pier was built", "Deals struck in Brussels", "Recommended posting frequency",
     "Mais de 100 barcos voltaram ao porto", "More than forty beams were replaced", STORY[0]],
)
def test_sub_headings_and_sentences_are_no_related_heading(line: str) -> None:
    assert not bp.is_related_heading(line)


def test_a_related_box_inside_the_article_goes_with_its_headlines() -> None:
    lines = [*STORY[:2], "Leia também", "Ferry timetable changes in March", "Port workers vote on new contract",
             *STORY[2:]]
    assert bp.drop_teaser_boxes(lines) == STORY


def test_a_related_heading_before_sentences_stays() -> None:
    # one headline-like line is no box: it may be a sub-heading that starts a section
    lines = [*STORY[:2], "Don't miss", *STORY[2:]]
    assert bp.drop_teaser_boxes(lines) == lines


def test_a_trailing_teaser_section_of_summaries_is_cut() -> None:
    teasers = [
        "Deals",
        "A supermarket chain cut the price of its own-brand coffee by a fifth for the holiday weekend only.",
        "Three airlines announced cheaper winter fares to the islands, with seats from forty euros each way.",
    ]
    assert bp.cut_tail(STORY + teasers) == STORY


def test_the_article_going_on_after_a_stray_box_heading_is_kept() -> None:
    more = [
        "Don't miss",
        "The port office said the repairs to the northern pier deck would be checked again in the spring.",
        "Fishing boats will pay the usual mooring fees at the northern pier after the repairs, the authority said.",
    ]
    assert bp.cut_tail(STORY + more) == STORY + more


def test_a_comment_section_and_its_policy_are_cut_however_long() -> None:
    comments = [
        "Comentários",
        "I have fished from that pier for thirty years and " + "it was about time they fixed it. " * 8,
    ]
    assert bp.cut_tail(STORY + comments) == STORY
    policy = [
        "Users are asked to keep to the topic. A comment will be deleted if it insults other readers or the staff.",
        "Posted by a reader who liked the pier.",
    ]
    assert bp.cut_tail(STORY + policy) == STORY


def test_a_table_of_contents_goes_and_its_headings_stay() -> None:
    toc = ["Table of contents", "Why the pier closed", "What the engineers found", "When the boats come back"]
    body = [toc[1], STORY[0], toc[2], STORY[1], toc[3], STORY[2]]
    assert bp.drop_contents_list(toc + body) == body
    # the same run without a heading, deeper in the text: a list the article makes, kept
    lines = [STORY[3], STORY[3].replace("two", "three"), STORY[3].replace("two", "four"), *toc[1:], *body]
    assert bp.drop_contents_list(lines) == lines


def test_repeated_table_cells_are_no_table_of_contents() -> None:
    rows = ["Northern pier", "12 boats", "Southern pier", "9 boats"]
    lines = ["Contents", *rows, STORY[0], *rows, STORY[1], *rows]
    assert bp.drop_contents_list(lines) == lines


def test_a_site_footer_at_the_end_goes() -> None:
    footer = ["Harbour Gazette Ltd", "12 Quay Street, Portown", "Tel: +44 20 7946 0000",
              "Registered in England, company number 01234567"]
    assert bp.drop_footer(STORY + footer) == STORY


def test_a_phone_number_in_a_sentence_stays() -> None:
    lines = [*STORY, "Anyone who saw the collision is asked to phone the harbour police on 0800 555 0199."]
    assert bp.drop_footer(lines) == lines


def test_a_paragraph_after_an_inline_links_box_is_no_teaser() -> None:
    # half headline, half the article's own topic: the article goes on
    more = ["Related links", "Harbour authority website",
            "The authority said the repairs to the northern pier would be checked again in the spring."]
    assert bp.cut_tail(STORY + more) == STORY + more


def test_one_line_after_a_box_heading_is_the_article_going_on() -> None:
    more = ["Related links", "Fishing crews are to be paid for the lost weeks from a fund the council set up."]
    assert bp.cut_tail(STORY + more) == STORY + more


def test_a_numbered_table_of_contents_matches_headings_numbered_otherwise() -> None:
    toc = ["Contents", "2.1 1. Why the pier closed", "2.2 2. What the engineers found", "2.3 3. When the boats come back"]
    body = ["1. Why the pier closed", STORY[0], "2. What the engineers found", STORY[1], "3. When the boats come back",
            STORY[2]]
    assert bp.drop_contents_list(toc + body) == body


def test_a_sentence_that_opens_with_comments_is_no_comment_heading() -> None:
    assert bp.is_comment_start("12 Comments") and bp.is_comment_start("Comments are closed.")
    assert not bp.is_comment_start("Comments from the mayor followed")


def test_a_comment_heading_after_a_related_box_is_no_teaser() -> None:
    # a short story: an inline "Related links" box (its links dropped) before the last paragraph,
    # then a comment section's heading, which is furniture of its own and no teaser line
    story = [
        "The port authority says the new crane will double how many ships can unload each day.",
        "Officials said on Monday that the crane would arrive by sea from its builder next spring.",
        "Related links",
        "Dock workers will need a month of training on a simulator before any of it begins.",
        "Join the conversation...",
    ]
    assert bp.cut_tail(story) == story[:4]
