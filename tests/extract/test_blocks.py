"""Cutting a page into blocks, their features, and the tree-ensemble evaluator."""

from __future__ import annotations

import numpy as np
import pytest
from lxml import html as lxml_html

from eventwire.extract.blocks import (
    BASE_FEATURES,
    CONTEXT_FEATURES,
    base_features,
    context_features,
    labels,
    overlap_scores,
    page_blocks,
)
from eventwire.extract.classifier import TreeEnsemble

PAGE = """<html><body>
<nav class="main-menu"><a href="/">Home</a> <a href="/world">World</a></nav>
<article class="story-body">
  <h1>River levels fall after week of floods</h1>
  <p>Water levels on the lower river fell on Tuesday for the <b>first time</b> in a week.</p>
  <div>Engineers said the embankments held.<br>Residents began returning home.</div>
  <p class="share-tools"><a href="#">Share</a></p>
  <script>var x = "never text";</script>
</article>
<footer>All rights reserved</footer>
</body></html>"""


def _blocks():
    return page_blocks(lxml_html.fromstring(PAGE))


def test_blocks_follow_the_document_and_split_at_block_tags_and_br() -> None:
    texts = [b.text for b in _blocks()]
    assert texts == [
        "Home World",
        "River levels fall after week of floods",
        "Water levels on the lower river fell on Tuesday for the first time in a week.",
        "Engineers said the embankments held.",
        "Residents began returning home.",
        "Share",
        "All rights reserved",
    ]


def test_block_markup_context() -> None:
    blocks = _blocks()
    assert blocks[0].link_chars == len("Home") + len("World")
    assert blocks[2].owner_tag == "p" and blocks[1].owner_tag == "h1"
    # the paragraph sits inside the article element: same path prefix, one level deeper
    assert blocks[2].path[: len(blocks[1].path) - 1] == blocks[1].path[:-1]
    assert blocks[3].path == blocks[4].path  # both halves of the <br> split belong to the div


def test_features_have_one_row_per_block() -> None:
    blocks = _blocks()
    x = base_features(blocks, "River levels fall after week of floods")
    assert x.shape == (len(blocks), len(BASE_FEATURES))
    assert x[1, BASE_FEATURES.index("is_title")] == 1.0
    assert x[0, BASE_FEATURES.index("link_density")] == pytest.approx(9 / 10)  # all but the space is link text
    assert x[6, BASE_FEATURES.index("copyright")] == 1.0
    share = BASE_FEATURES.index("near_5")  # the "share" class group on the block's own element
    assert x[5, share] == 1.0 and x[2, share] == 0.0


def test_context_features_from_a_score() -> None:
    blocks = _blocks()
    score = np.array([0, 0, 1, 1, 1, 0, 0], dtype=np.float32)
    c = context_features(blocks, score)
    assert c.shape == (len(blocks), len(CONTEXT_FEATURES))
    assert c[2, CONTEXT_FEATURES.index("self")] == 1.0
    assert c[2, CONTEXT_FEATURES.index("prev1")] == 0.0 and c[2, CONTEXT_FEATURES.index("next1")] == 1.0
    in_main = c[:, CONTEXT_FEATURES.index("in_main")]
    assert in_main[2] == 1.0 and in_main[0] == 0.0 and in_main[6] == 0.0


def test_overlap_and_labels_use_word_shingles() -> None:
    blocks = _blocks()
    gold = "Water levels on the lower river fell on Tuesday for the first time in a week. Residents began returning home."
    y = labels(blocks, gold)
    assert y[2] == 1.0 and y[4] == 1.0 and y[0] == 0.0
    assert overlap_scores(blocks, "")[2] == 0.0


def test_tree_ensemble_matches_hand_computation() -> None:
    # one stump: x0 <= 0.5 -> -1, else +2; a second tree that is a single leaf of 0.5
    spec = {
        "features": ["a", "b"], "init": 0.25, "learning_rate": 0.5, "max_depth": 1,
        "trees": [
            {"feature": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1], "value": [0, -1.0, 2.0]},
            {"feature": [-1], "threshold": [0], "left": [-1], "right": [-1], "value": [0.5]},
        ],
    }
    model = TreeEnsemble(spec)
    x = np.array([[0.0, 9.0], [1.0, 9.0]], dtype=np.float32)
    assert model.decision(x) == pytest.approx([0.25 + 0.5 * (-1.0 + 0.5), 0.25 + 0.5 * (2.0 + 0.5)])
    assert model.probability(np.zeros((0, 2))).shape == (0,)


def test_main_container_is_the_deepest_element_with_most_words() -> None:
    from eventwire.extract.blocks import _main_container

    # body(0) > article(1) > [section(2) > p(3), p(4)], aside(5) > p(6)
    paths = [(0, 1, 2, 3), (0, 1, 4), (0, 5, 6)]
    words = np.array([70.0, 20.0, 10.0])
    assert _main_container(paths, np.ones(3), words) == (0, 1)  # the article holds 90%, the section only 70%
    assert _main_container(paths, np.array([1.0, 0.0, 0.0]), words) == (0, 1, 2, 3)
    assert _main_container(paths, np.zeros(3), words) is None


def test_class_words_are_matched_one_by_one() -> None:
    from eventwire.extract.blocks import _CLASS_GROUPS, class_bits

    element = lxml_html.fromstring('<div class="ad tag">x</div>')
    bits = class_bits(element)
    ad = next(i for i, g in enumerate(_CLASS_GROUPS) if "advert" in g)
    tag = next(i for i, g in enumerate(_CLASS_GROUPS) if "categor" in g)
    assert bits >> ad & 1 and bits >> tag & 1


def test_a_question_on_a_button_is_text_of_its_own_and_other_buttons_are_not() -> None:
    """An accordion (a FAQ) puts each question on a button that opens its answer: the page
    shows the question as a heading. Other buttons ("Subscribe", "Close") are controls."""
    page = """<html><body><h2>Questions</h2>
    <div class="faq"><button aria-expanded="false">How long does the permit take?</button>
    <div class="answer"><p>About three weeks from the day the form arrives.</p></div>
    <button>Show more</button><button class="close">Close this dialog window</button></div></body></html>"""
    texts = [b.text for b in page_blocks(lxml_html.fromstring(page))]
    assert texts == ["Questions", "How long does the permit take?", "About three weeks from the day the form arrives."]
