"""Plots and attempts foiled or survived, and arrests with no arrester (session 24): the foiler
is no doer of the attack and the plotters are unnamed, so the attack is the country's where it
was foiled, as for any attack with no doer named (events/unnamed_doers.py); an agentless arrest
is by the authorities of its place. Sentences written for these tests."""

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


def test_an_arrest_with_no_arrester_is_by_the_authorities_where_it_happened():
    assert ("COERCE", "GHA", "NGA") in countries(real_codes("Two Nigerian students were detained in Accra."))
    assert ("COERCE", "GBR", "NGA") in countries(real_codes("A Nigerian senator has been arrested in London on fraud charges."))
    # no place, no arrester: no event
    assert not countries(real_codes("Two Nigerian students were detained."))
    # a captive of no stated country: the place says who arrested, not whose the captive is
    assert not countries(real_codes("The premier has been detained in Miami on drug charges."))


def test_hurt_when_coming_under_fire_is_an_attack_by_someone_unknown():
    assert ("ASSAULT", "LBN", "ISR") in countries(real_codes("Two Israeli soldiers were wounded when their patrol came under fire in southern Lebanon."))


def test_insurgents_attacking_a_thing_attack_their_own_country():
    assert ("ASSAULT", "SLV", "SLV") in countries(real_codes("Salvadoran guerrillas attacked a power station."))
    assert ("ASSAULT", "IRQ", "IRQ") in countries(real_codes("Iraqi insurgents ambushed a convoy."))
    # a state's forces may act abroad: no target guessed
    assert not countries(real_codes("Israeli troops attacked a convoy."))
