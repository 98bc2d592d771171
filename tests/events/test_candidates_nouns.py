"""Event nouns as the news (eventwire.events.candidates, context): sentences written for these
tests, coded with the real parser, resolver and lexicon (slow)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def assaults(events) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.type == "ASSAULT"}


def test_an_attack_that_killed_is_asserted(code_real):
    assert ("ISR", "PSE") in assaults(code_real("Israeli air strikes on Gaza killed 30 people."))


def test_victims_of_strikes_on_a_place_are_not_the_attackers_compatriots(code_real):
    # "Kharkiv" is a place, not an actor: the sentence names two countries, so the civilians'
    # is not guessed as the attackers' own
    got = assaults(code_real("Russian missile strikes on Kharkiv killed five civilians on Monday."))
    assert ("RUS", "UKR") in got and ("RUS", "RUS") not in got


def test_domestic_killings_keep_their_country(code_real):
    assert ("NGA", "NGA") in assaults(code_real("Nigerian troops killed 20 civilians on Monday."))
