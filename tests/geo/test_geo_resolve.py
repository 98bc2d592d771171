"""Place-name resolution: alternate names, country context, population tie-break, and the
names that must not resolve without context (English words, close calls)."""

from __future__ import annotations

import pytest

from eventwire.geo import get_gazetteer, resolve_place
from eventwire.geo.gazetteer import name_key


@pytest.mark.parametrize(
    ("name", "country", "expected_name", "expected_country", "expected_admin1"),
    [
        # capitals and big cities by their own names
        ("Washington", None, "Washington", "USA", "District of Columbia"),
        ("Beijing", None, "Beijing", "CHN", None),
        ("Moscow", None, "Moscow", "RUS", None),
        ("Kyiv", None, "Kyiv", "UKR", None),
        ("Paris", None, "Paris", "FRA", None),
        ("Tripoli", None, "Tripoli", "LBY", None),
        ("Birmingham", None, "Birmingham", "GBR", None),
        ("Aleppo", None, "Aleppo", "SYR", None),
        ("Gaza", None, "Gaza", "PSE", None),
        ("Bakhmut", None, "Bakhmut", "UKR", None),
        # alternate names, spellings and case
        ("Kiev", None, "Kyiv", "UKR", None),
        ("Bombay", None, "Mumbai", "IND", None),
        ("Washington D.C.", None, "Washington", "USA", "District of Columbia"),
        ("WASHINGTON", None, "Washington", "USA", "District of Columbia"),
        ("St Louis", None, "St. Louis", "USA", "Missouri"),
        ("Port au Prince", None, "Port-au-Prince", "HTI", None),
        ("Avdiivka", None, "Avdiyivka", "UKR", None),
        # countries and their everyday names
        ("U.S.", None, "United States", "USA", None),
        ("Britain", None, "United Kingdom", "GBR", None),
        ("the Netherlands", None, "The Netherlands", "NLD", None),
        ("Ivory Coast", None, "Ivory Coast", "CIV", None),
        ("Burma", None, "Myanmar", "MMR", None),
        ("Georgia", None, "Georgia", "GEO", None),
        # first-level divisions and named regions
        ("Texas", None, "Texas", "USA", "Texas"),
        ("Crimea", None, "Crimea", "UKR", "Crimea"),
        ("West Bank", None, "West Bank", "PSE", "West Bank"),
        ("Xinjiang", None, "Xinjiang", "CHN", "Xinjiang"),
        ("Scotland", None, "Scotland", "GBR", "Scotland"),
        ("Essex", None, "Essex", "GBR", "Essex"),
        ("Kent", None, "Kent", "GBR", "Kent"),
        # a US state outranks small towns abroad and a same-named division elsewhere...
        ("Arizona", None, "Arizona", "USA", "Arizona"),
        ("Virginia", None, "Virginia", "USA", "Virginia"),
        ("Maryland", None, "Maryland", "USA", "Maryland"),
        # ...but not a big city, a capital, or a city its own division is named after
        ("New York", None, "New York City", "USA", "New York"),
        # country context picks the candidate in that country
        ("Georgia", "USA", "Georgia", "USA", "Georgia"),
        ("Washington", "GB", "Washington", "GBR", None),
        ("Paris", "Texas", "Paris", "USA", "Texas"),
        ("Springfield", "Illinois", "Springfield", "USA", "Illinois"),
        ("Valencia", "Spain", "Valencia", "ESP", None),
        ("Valencia", "VEN", "Valencia", "VEN", None),
        ("Reading", "UK", "Reading", "GBR", None),
        ("Nice", "France", "Nice", "FRA", None),
        ("Mobile", "Alabama", "Mobile", "USA", "Alabama"),
        ("San Jose", "California", "San Jose", "USA", "California"),
        # a first-level division outside the US gives the country
        ("Kingston", "Ontario", "Kingston", "CAN", None),
        ("Perth", "Western Australia", "Perth", "AUS", None),
        ("Perth", "Scotland", "Perth", "GBR", None),
        # context that matches nothing falls back to the name alone
        ("Moscow", "Brazil", "Moscow", "RUS", None),
    ],
)
def test_resolve_place(name, country, expected_name, expected_country, expected_admin1) -> None:
    location = resolve_place(name, country=country)
    assert location is not None
    assert (location.name, location.country) == (expected_name, expected_country)
    if expected_admin1:
        assert location.admin1 == expected_admin1


@pytest.mark.parametrize(
    "name",
    [
        "Reading", "Nice", "Mobile", "Split", "Of", "Van", "Police", "Normal", "Hope", "Deal",  # words
        "Springfield", "Valencia", "Cambridge", "Punjab",  # close calls between places
        "Narnia", "Nowhereville", "", "the",  # not places
        "NATO", "UN",  # towns share the acronym
        "White House", "West", "Central",  # a building, directions
        "San Jose",  # San Jose, California, or Costa Rica's capital
    ],
)
def test_unsafe_names_do_not_resolve(name: str) -> None:
    assert resolve_place(name) is None


def test_city_details() -> None:
    location = resolve_place("Washington")
    assert location.geonames_id == 4140963
    assert location.lat == pytest.approx(38.895, abs=0.01)
    assert location.lon == pytest.approx(-77.036, abs=0.01)


def test_hint_weights_but_a_capital_still_wins() -> None:
    # A London dateline does not move "Washington" to Tyne and Wear...
    assert resolve_place("Washington", hint="GBR").country == "USA"
    # ...nor "Paris" to Texas on a US dateline...
    assert resolve_place("Paris", hint="USA").country == "FRA"
    # ...but it tips a shared name between two big cities.
    assert resolve_place("Hyderabad").country == "IND"
    assert resolve_place("Hyderabad", hint="PAK").country == "PAK"
    # and lets an English-word name resolve where it is in the hinted country
    assert resolve_place("Reading", hint="GBR").country == "GBR"


def test_name_key() -> None:
    assert name_key("Kýiv") == name_key("KYIV") == "kyiv"
    assert name_key("St. Louis") == "st louis"
    assert name_key("The Hague") == "hague"
    assert name_key("Port-au-Prince") == "port au prince"


def test_country_code() -> None:
    gazetteer = get_gazetteer()
    assert gazetteer.country_code("US") == "USA"
    assert gazetteer.country_code("U.S.") == "USA"
    assert gazetteer.country_code("ukr") == "UKR"
    assert gazetteer.country_code("Ukraine") == "UKR"
    assert gazetteer.country_code("Narnia") is None


def test_populations_read_what_the_parsed_places_hold() -> None:
    # populations() reads three fields of the row instead of parsing a Place: the same places,
    # in the same order, with the same values.
    gazetteer = get_gazetteer()
    parsed = [(p.name, p.country, p.population) for p in gazetteer.places_of_kind("city") if p.population >= 15000]
    assert len(parsed) > 1000
    assert list(gazetteer.populations("city", at_least=15000)) == parsed
    countries = list(gazetteer.populations("country"))
    assert ("Kenya", "KEN") in {(name, iso3) for name, iso3, _ in countries}
    assert len(countries) == sum(1 for _ in gazetteer.places_of_kind("country"))
