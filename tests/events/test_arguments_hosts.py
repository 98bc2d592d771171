"""Whom an act is aimed at when the text names the host by its capital or an agency by its UN
family (texts written here): envoys withdrawn "from <capital>"."""

from __future__ import annotations

import datetime

import pytest

from conftest import countries_coder

pytestmark = pytest.mark.slow

code = countries_coder(datetime.date(2012, 6, 29))


def test_envoys_withdrawn_from_a_capital_are_withdrawn_from_its_government(code):
    # the parse hangs "from Asuncion" on the verb, not on "ambassadors"
    text = ("LIMA, June 29, 2012 (Wire) - Paraguay's Congress removed the president. "
            "Argentina and Brazil had earlier withdrawn their ambassadors from Asuncion for consultations.")
    got = code(text)
    assert ("SANCTION", "ARG", "PRY") in got and ("SANCTION", "BRA", "PRY") in got
    assert ("SANCTION", "ARG", "BRA") not in got
    # troops taken out of a capital are no envoys: the capital is a place there
    assert not any(tg == "AFG" for _, _, tg in code("LIMA, June 29, 2012 (Wire) - Peru withdrew its troops from Kabul."))
