"""The two seed reports (../shared/seeds): the summit's dates and Washington, D.C.

Reads the seeds only when present; nothing from them is copied here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from eventwire.geo import find_location
from eventwire.when import find_dates, resolve_span_dates

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
PUBLISHED = datetime(2024, 7, 11, 15, 39, tzinfo=UTC)

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def seed_docs():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    from eventwire.nlp import load_nlp

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if len(texts) < 2:
        pytest.skip("seed reports missing")
    return list(load_nlp().pipe(texts))


def test_summit_range(seed_docs) -> None:
    ranges = [m for sent in seed_docs[0].sents for m in find_dates(sent.text, PUBLISHED.date())
              if m.precision == "range"]
    assert ranges, "the clean report states the summit's dates as a range"
    assert {(m.first, m.last) for m in ranges} == {(date(2024, 7, 6), date(2024, 7, 11))}
    # where the range is the sentence's first date, it is the sentence's date
    first_is_range = [s.text for s in seed_docs[0].sents
                      if (found := find_dates(s.text, PUBLISHED.date())) and found[0].precision == "range"]
    assert first_is_range
    for sentence in first_is_range:
        assert resolve_span_dates(sentence, PUBLISHED) == (date(2024, 7, 6), date(2024, 7, 11))


def test_washington_is_the_capital(seed_docs) -> None:
    for doc in seed_docs:
        places = [find_location(sent) for sent in doc.sents]
        washington = [p for p in places if p is not None and p.name == "Washington"]
        assert washington, "each report places something in Washington"
        assert all((p.country, p.admin1) == ("USA", "District of Columbia") for p in washington)
