"""Former states and territories that became states: the article's date picks the country."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.build import read_dated_countries


@pytest.mark.parametrize(
    ("text", "when", "code"),
    [
        ("Kosovo", date(2000, 3, 1), "SRB"),  # a province of Serbia until February 2008
        ("Kosovo", date(2015, 3, 1), "XKX"),
        ("Kosovo", None, "XKX"),  # no date: today's
        ("the Yugoslav army", date(1999, 4, 1), "SRBMIL"),  # FRY, continued by Serbia
        ("Yugoslavia", date(1985, 1, 1), "YUG"),  # the socialist federation
        ("East German leaders", date(1989, 11, 1), "DDRGOV"),
        ("West German police", date(1980, 1, 1), "DEUCOP"),
        ("the Czechoslovak government", date(1990, 1, 1), "CSKGOV"),
        ("Soviet troops", date(1985, 1, 1), "RUSMIL"),
        ("Zairean soldiers", date(1996, 1, 1), "CODMIL"),
        ("South Sudanese officials", date(2005, 1, 1), "SDNGOV"),
        ("South Sudanese officials", date(2015, 1, 1), "SSDGOV"),
    ],
)
def test_dated_country_names(resolver, text, when, code):
    actor = resolver.resolve_text(text, date=when)
    assert actor is not None and actor.code == code


def test_a_capital_follows_its_country(resolver):
    # "Juba said ..." : the government of Sudan's south before 2011, of South Sudan after
    assert resolver.resolve_text("Juba", date=date(2000, 1, 1)).country == "SDN"
    assert resolver.resolve_text("Juba", date=date(2020, 1, 1)).country == "SSD"


def test_read_dated_countries(tmp_path):
    path = tmp_path / "dated.tsv"
    path.write_text("# comment\nAAA\tAland Federation\tAlandish\tBBB ..1990-05-01;CCC 1990-05-01..\tAlandia\nDDD\tDee\tDeeish\n")
    rows = read_dated_countries(path)
    name, names, roles, capitals = rows["AAA"]
    assert (name, names, capitals) == ("Aland Federation", ["Alandish"], ["Alandia"])
    assert [(r.country, r.start, r.end) for r in roles] == [("BBB", None, date(1990, 5, 1)), ("CCC", date(1990, 5, 1), None)]
    assert roles[0].title == "Aland Federation"  # the code is another state's: the title says which
    assert [(r.country, r.dated) for r in rows["DDD"][2]] == [("DDD", False)]
    path.write_text("EEE\tE\tEish\tEEE 1990\n")
    with pytest.raises(ValueError):
        read_dated_countries(path)
