"""Story features: the shipped stop-word list."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eventwire.stories import features


def test_the_shipped_stop_words_are_scikit_learns() -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    stop = features._stopwords()
    extra = {"said", "says", "told", "would", "could", "also", "new", "year"}
    assert stop == set(text.ENGLISH_STOP_WORDS) | extra


def test_term_counts_drop_stop_words_without_importing_scikit_learn() -> None:
    # Each pool worker pays for every import: scikit-learn alone cost ~1.5 CPU-seconds.
    code = (
        "import sys\n"
        "from eventwire.stories.features import term_counts\n"
        "counts = term_counts('The ministers said they would meet in Geneva', '')\n"
        "print(len(counts) > 0, 'sklearn' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]


def test_a_text_that_only_repeats_the_title_adds_nothing() -> None:
    # A headline-only record is stored with its title as its text: embedded as "T. T", with
    # every word counted three times, it was not the article eval clustering scores (title alone).
    from eventwire.stories.features import article_features, embedding_text

    title = "Armed robbers steal 85 million euros of gems from Paris jeweller"
    assert embedding_text(title, title) == embedding_text(title, "") == title
    assert article_features(title, f" {title} ") == article_features(title, "")
    assert embedding_text(title, "Police said.") == f"{title}. Police said."
