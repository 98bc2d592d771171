"""extract.line_kinds: the kind of a scraped line from its own features, before its neighbours count."""

from __future__ import annotations

import pytest

from eventwire.extract import line_kinds as lk
from eventwire.extract.line_kinds import Unit, norm_line, own_kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Advertisement -", lk.AD),
        ("* * *", lk.DECORATION),
        ("Related stories", lk.LABEL),
        ("Leave a comment", lk.TRAILER),
        ("21.5 C", lk.WIDGET),
        ("4 min read", lk.META),
        ("Home > World > Harbour workers strike", lk.BREADCRUMB),
        ("HomeWorldHarbour workers strike", lk.BREADCRUMB),
        ("Subscribe to our morning newsletter", lk.PITCH),
        ("Share Tweet Email", lk.SHARE),
        ("© 2025 The Valley Courier. All rights reserved.", lk.COPYRIGHT),
        ("Read more: Ferry fares rise again", lk.TEASER),
        ("Ministers said on Tuesday that the talks would go on until...", lk.TEASER),
        ("The port reopened on Tuesday after a week of talks between the union and owners.", lk.BODY),
        ("Harbour workers walk out", lk.SHORT),
        # a sentence a corpus wrapped in braces ends at its full stop all the same
        ("{The port reopened on Tuesday after a week of talks between the union and owners.}", lk.BODY),
    ],
)
def test_own_kind(line: str, kind: str) -> None:
    assert own_kind(Unit(line, 0)) == kind


def test_a_paragraph_that_mentions_a_newsletter_is_text() -> None:
    # Lexicon phrases only mark short lines: a reporter may write about a subscription.
    line = (
        "The council said the newsletter it sends to residents each month had cost more than the "
        "budget allowed, and that it would look at cheaper ways of reaching them next year."
    )
    assert own_kind(Unit(line, 0)) == lk.BODY


def test_unit_counts_cjk_characters_as_words() -> None:
    assert Unit("東京で会議", 0).words == 5 + 1
    assert Unit("Talks resume on Monday.", 0).sentence_like
    assert not Unit("Talks resume on Monday…", 0).sentence_like


def test_norm_line_ignores_cut_marks_case_and_punctuation() -> None:
    assert norm_line("Talks resume, on MONDAY […]") == norm_line("talks resume on monday")
