"""Full wire datelines (place, country, date, agency) are no actors: sentences written here."""

from datetime import date

import pytest

from eventwire.actors.dateline import dateline_end


def test_dateline_end_covers_country_date_and_agency():
    text = "LIMA, Peru, May 2, 2025 (Test Wire) - Farmers blocked a highway."
    assert text[: dateline_end(text, 0)] == "LIMA, Peru, May 2, 2025 (Test Wire) - "
    assert dateline_end("SAN JOSE, Costa Rica (AP) -- Police said.", 0) == len("SAN JOSE, Costa Rica (AP) -- ")


def test_no_dateline_without_a_capitalised_place_and_dash():
    assert dateline_end("NATO - the alliance met.", 0) is None
    assert dateline_end("The minister said - quietly - no.", 0) is None
    assert dateline_end("US-CHINA talks - a preview", 0) is None


@pytest.mark.slow
def test_country_of_a_dateline_is_no_actor(resolver):
    from eventwire.nlp import parse

    text = "LIMA, Peru, May 2, 2025 (Test Wire) - Masked gunmen abducted a mayor near the border."
    found = {text[s:e] for (s, e) in resolver.resolve_doc(parse(text), date=date(2025, 5, 2))}
    assert not any(t in {"Peru", "LIMA"} for t in found)
