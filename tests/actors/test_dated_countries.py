"""Former states and territories that became states: the article's date picks the country."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.build_countries import read_dated_countries


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


def test_a_countryinfo_block_filed_under_another_code_takes_the_code_its_name_has():
    from eventwire.actors.build_countries import _named_iso

    assert _named_iso(["Myanmar", "Burma"], "MOZ") == "MMR"
    assert _named_iso(["Mozambique"], "MOZ") == "MOZ"
    assert _named_iso(["Nowhereland"], "NWL") == "NWL"  # unknown to pycountry: kept


def test_former_capitals_of_misfiled_countries(resolver):
    assert resolver.resolve_text("Rangoon", date=date(1995, 1, 1)).country == "MMR"
    assert resolver.resolve_text("Guatemala City", date=date(1995, 1, 1)).country == "GTM"


def test_a_group_filed_under_a_region_is_of_the_country_its_name_names():
    from eventwire.actors.kb import Entry, Role
    from eventwire.actors.resolver import ActorResolver

    local = ActorResolver.load(user=None)  # its own: entries are added below
    local.kb.add(Entry(id="group:test-front", kind="group", name="Kosovo Freedom Front Test",
                       roles=[Role(code="EEUREB", country="EEU", sector="REB")], source="user"))  # fmt: skip
    assert local.resolve_text("Kosovo Freedom Front Test", date=date(1999, 1, 1)).code == "SRBREB"
    assert local.resolve_text("Kosovo Freedom Front Test", date=date(2012, 1, 1)).code == "XKXREB"
    local.kb.add(Entry(id="group:test-two", kind="group", name="Serbian Croatian Test Front",
                       roles=[Role(code="EEUREB", country="EEU", sector="REB")], source="user"))  # fmt: skip
    assert local.resolve_text("Serbian Croatian Test Front", date=date(1999, 1, 1)).country == "EEU"  # two: kept


def test_cold_war_bodies_are_igos_not_their_host_city(resolver):
    assert resolver.resolve_text("the Warsaw Pact", date=date(2000, 1, 1)).code.startswith("IGO")


@pytest.mark.parametrize(
    ("text", "when", "code"),
    [
        ("Slobodan Milosevic", date(1999, 5, 1), "SRBGOV"),  # Yugoslav president: Serbia's code
        ("Slobodan Milosevic", date(2001, 5, 1), "SRBELI"),
        ("Mobutu Sese Seko", date(1995, 1, 1), "CODGOV"),
        ("Hafez al-Assad", date(1995, 1, 1), "SYRGOV"),  # not his son's entry
        ("Hashim Thaci", date(1999, 1, 1), "SRBREB"),  # a Kosovo role before 2008 is Serbia's
        ("Javier Solana", date(1997, 1, 1), "IGONAT"),
        ("Javier Solana", date(2003, 1, 1), "IGOEEC"),
        ("Bosnian Serb leader Radovan Karadzic", date(1994, 1, 1), "BIHGOV"),  # a Serb of Bosnia
    ],
)
def test_leaders_of_the_1990s(resolver, text, when, code):
    assert resolver.resolve_text(text, date=when).code == code


def test_a_role_of_a_country_that_became_a_state_later(resolver):
    thaci = resolver.resolve_text("Hashim Thaci", date=date(2010, 1, 1))
    assert thaci.country == "XKX"
