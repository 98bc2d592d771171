import pytest

from eventwire.nlp import parse
from eventwire.nlp.dateline import after_dateline, is_dateline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "BRUSSELS (Harbour Wire) — Beijing on Friday rejected the alliance's accusations.",
        "MAPUTO — Police fired tear gas at crowds protesting against fuel prices.",
        "GOMA, Congo (AP) -- Rebels seized the airport on Sunday.",
    ],
)
def test_a_wire_dateline_is_found(text):
    doc = parse(text)
    assert is_dateline(doc[0])
    assert not any(is_dateline(t) for t in doc[1:])


def test_capitals_elsewhere_are_no_dateline():
    doc = parse("NATO — the alliance of 32 states — met in Washington.\nThe UN said EU talks - long delayed - resume.")
    assert not any(is_dateline(t) for t in doc)


def test_the_subject_hung_on_a_dateline():
    doc = parse("BRUSSELS (Harbour Wire) — Beijing on Friday rejected the alliance's accusations.")
    real = after_dateline(doc[0])
    assert real is None or real.text == "Beijing"  # the parse may also make it the subject itself
