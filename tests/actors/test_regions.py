"""Groups the knowledge base files under a CAMEO region take the country a report places them
in, when it lies in the region: sentences written here."""

from datetime import date

import pytest

from eventwire.actors.regions import REGION_MEMBERS, in_region, is_region


def test_region_membership():
    assert in_region("SLE", "WAF") and in_region("SLE", "AFR")
    assert not in_region("KEN", "WAF") and not in_region(None, "WAF")
    assert is_region("WAF") and not is_region("SLE") and not is_region(None)
    # every member is a country code, no region inside a region
    assert all(len(c) == 3 and c not in REGION_MEMBERS for members in REGION_MEMBERS.values() for c in members)


def _countries(resolver, text, when=date(2000, 5, 8)):
    from eventwire.nlp import parse

    return {text[s:e]: a.code for (s, e), a in resolver.resolve_doc(parse(text), date=when).items()}


@pytest.mark.slow
def test_regional_group_takes_the_datelines_country_in_its_region(resolver):
    text = ("KENEMA, Sierra Leone, May 8, 2000 (Test Wire) - Fighters of the Revolutionary United Front "
            "burned a village on Sunday, residents said.")
    found = _countries(resolver, text)
    assert any(code == "SLEREB" for code in found.values()), found


@pytest.mark.slow
def test_regional_group_keeps_its_region_outside_it(resolver):
    # filed from Nairobi: Kenya is not in West Africa, so the dateline does not place the group
    text = ("NAIROBI, May 8, 2000 (Test Wire) - Diplomats said the Revolutionary United Front "
            "had broken its word.")
    found = _countries(resolver, text)
    assert not any((code or "").startswith("KEN") and "REB" in (code or "") for code in found.values()), found
