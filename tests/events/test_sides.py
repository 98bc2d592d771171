"""Whom "both sides" names (events/sides.py): sentences written here."""

import pytest


@pytest.mark.slow
def test_both_sides_are_a_pair_whose_vague_side_has_its_country_from_its_sentence(code_real):
    # the protesters are Armenia's only once the sentence lends them its country: the pair
    # they form with parliament must count all the same
    text = ("YEREVAN, March 2, 2008 (Test Wire) - Thousands of opposition supporters blockaded parliament "
            "in Yerevan on Saturday, demanding the resignation of President Robert Kocharyan.\n\n"
            "Kocharyan declared a state of emergency and sent police to clear the square.\n\n"
            "Russia's foreign minister Sergei Lavrov flew to Yerevan and met opposition leaders.\n\n"
            "The European Union urged both sides to show restraint.")
    events = code_real(text)
    assert any(e.type == "REQUEST" and e.source and e.source.code.startswith("IGO") and e.target
               and e.target.country == "ARM" for e in events)
    # the protesters against parliament and the president are one conflict (the state's bodies
    # one side), which outweighs the visitor's one meeting
    assert not any(e.type == "REQUEST" and e.target and e.target.country == "RUS" for e in events)
