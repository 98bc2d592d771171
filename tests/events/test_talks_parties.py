"""Coming back for talks, and the two sides of "U.S. and Russian negotiators" (session 24):
sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import countries

pytestmark = pytest.mark.slow


def test_returning_for_talks_is_a_meeting(real_coder):
    got = countries(real_coder("The Iranian foreign minister returned to Moscow for talks with Putin."))
    assert ("CONSULT", "IRN", "RUS") in got
    # coming back alone, or giving something back, is no meeting
    assert not any(t[0] == "CONSULT" for t in countries(real_coder("The Cuban exiles returned to Havana.")))
    assert not any(t[0] == "CONSULT" for t in countries(real_coder("Iraq returned the stolen artworks to Kuwait.")))


def test_an_abbreviated_country_coordinated_before_representatives_is_a_side(real_coder):
    got = countries(real_coder("U.S. and Chinese officials signed a trade deal in Beijing."))
    assert {("SUPPORT", "USA", "CHN"), ("SUPPORT", "CHN", "USA")} <= got
    got = countries(real_coder("U.S. and Iranian negotiators met in Oman on Sunday."))
    assert ("CONSULT", "USA", "IRN") in got
    assert ("CONSULT", "USA", "OMN") not in got
