"""Whom a complaint lodged with a third party accuses (session 24): sentences written here."""

from __future__ import annotations

import pytest

from conftest import countries

pytestmark = pytest.mark.slow


def test_a_complaint_to_a_third_party_accuses_whom_it_is_about(real_coder):
    got = countries(real_coder("Cyprus complained to the European Union about Turkish drilling in its waters."))
    assert ("ACCUSE", "CYP", "TUR") in got
    assert ("ACCUSE", "CYP", None) not in got
    got = countries(real_coder("Ghana lodged a complaint with the African Union over Togolese border raids."))
    assert ("ACCUSE", "GHA", "TGO") in got


def test_the_victims_in_a_clause_of_the_grievance_are_not_accused(real_coder):
    text = "Peru complained to the OAS over the shelling of its border posts by Ecuadorean troops, which it said killed two Chilean tourists."
    got = countries(real_coder(text))
    assert ("ACCUSE", "PER", "ECU") in got
    assert ("ACCUSE", "PER", "CHL") not in got


def test_an_accusation_with_its_own_object_keeps_it(real_coder):
    got = countries(real_coder("Iran accused Iraq over the bombing of Kurdish villages."))
    assert ("ACCUSE", "IRN", "IRQ") in got


def test_a_complaint_made_to_a_state_keeps_it_as_the_accused(real_coder):
    # the state complained to may be the one accused: only a body of no country is a third party
    got = countries(real_coder("The United States complained to China about North Korean missile tests."))
    assert ("ACCUSE", "USA", "CHN") in got
    assert ("ACCUSE", "USA", "PRK") not in got
