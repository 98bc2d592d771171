"""Plots and attempts foiled or survived (session 24): the foiler is no doer of the attack; the
plotters are unnamed, so the attack is the country's where it was foiled (as for any attack
with no doer named, events/unnamed_doers.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_code import countries, real_codes

pytestmark = pytest.mark.slow


def test_the_police_who_foil_a_bombing_plot_are_not_the_bombers():
    found = countries(real_codes("Police foiled a plot to bomb the Israeli embassy in Ankara."))
    assert ("ASSAULT", "TUR", "ISR") in found
    assert not any(kind == "ASSAULT" and src == "TUR" for kind, src, _ in
                   countries(real_codes("Turkish police foiled a plot to bomb the Israeli embassy.")))


def test_an_attempt_thwarted_or_survived_is_an_attack_by_someone_unknown():
    assert ("ASSAULT", "RUS", "RUS") in countries(real_codes("An attempt to assassinate the mayor of Omsk was foiled in Novosibirsk, police said."))
    assert ("ASSAULT", "RUS", "RUS") in countries(real_codes("The mayor of Omsk survived an attempt to kill him in Novosibirsk."))
