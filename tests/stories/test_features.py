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
