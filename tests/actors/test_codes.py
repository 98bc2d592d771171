from datetime import date

import pytest

from eventwire.actors.codes import join_code, parse_iso_date, parse_tabari_date, split_code


@pytest.mark.parametrize(
    ("code", "cameo", "expected"),
    [
        ("CHNGOV", False, ("CHN", "GOV")),
        ("IGOWSTNAT", False, (None, "IGO")),
        ("IGOUNOMIL", False, (None, "MIL")),
        ("MNCUSA", False, ("USA", "BUS")),
        ("IMGMUSALQ", False, (None, "REB")),
        ("AFG", False, ("AFG", None)),
        ("USAMED", True, ("USA", "JRN")),  # CAMEO media is PLOVER JRN
        ("USAHLH", True, ("USA", "MED")),  # CAMEO health is PLOVER MED
        ("ELI", True, (None, "ELI")),
        ("CIV", True, ("CIV", None)),  # Côte d'Ivoire, not CAMEO civilians
        ("HOBGOV", True, ("HOB", "GOV")),
    ],
)
def test_split_code(code, cameo, expected):
    assert split_code(code, cameo=cameo) == expected


@pytest.mark.parametrize(
    ("base", "sector", "expected"),
    [("CHN", "GOV", "CHNGOV"), ("IGONAT", "MIL", "IGONATMIL"), ("RUSGOV", "MIL", "RUSMIL"),
     ("IGONAT", "IGO", "IGONAT"), ("RUS", None, "RUS"), (None, "COP", "COP")],
)
def test_join_code(base, sector, expected):
    assert join_code(base, sector) == expected


def test_tabari_dates_follow_petrarch_century_rule():
    assert parse_tabari_date("080508") == date(2008, 5, 8)
    assert parse_tabari_date("480101") == date(1948, 1, 1)
    assert parse_tabari_date("19270101") == date(1927, 1, 1)
    assert parse_tabari_date("2004017") is None
    assert parse_tabari_date("991399") is None


def test_iso_dates():
    assert parse_iso_date("2024-10-01") == date(2024, 10, 1)
    assert parse_iso_date("2024") == date(2024, 1, 1)
    assert parse_iso_date("") is None
    assert parse_iso_date("soon") is None
