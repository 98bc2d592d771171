"""Resolve a place name to one gazetteer entry, or to nothing when the name is not safe.

Order of preference: a country named outright; then cities (a place's own name before its
alternate names), weighted by population with national capitals counted thrice, or first-level
divisions (US states, provinces) when a division of that name outranks the city
(``city_beats_divisions``). A country context narrows the candidates; a soft hint only
weights them. Names that are ordinary English words ("Reading", "Nice", "Mobile") and names
whose two best candidates are close in weight ("Springfield", "Valencia") resolve only with
context: a wrong place is worse than none.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from eventwire.geo.gazetteer import Entry, Gazetteer, Place, get_gazetteer, name_key
from eventwire.records import Location

log = logging.getLogger(__name__)

CAPITAL_WEIGHT = 3.0  # a national capital is the likelier reading of a shared name
HINT_WEIGHT = 10.0  # a soft country hint (the dateline's country) still loses to a big capital
AMBIGUITY_RATIO = 2.0  # the best candidate must weigh this many times the runner-up
BIG_CITY = 1_000_000  # a city this big outranks a division of the same name anywhere
DIVISION_SEAT = 100_000  # ... and this big, a division of its own country named after it

# City names that are ordinary English words, titles, acronyms or famous people's names in
# news text. Chosen by hand from GeoNames names that are also English words.
STOP_NAMES = frozenset(
    """
    reading nice mobile of along as ask ant apt bar bath battle bay bear bed bell bend bent best
    bow bra brick bride bright brush buy cave center central chamber champion clay commerce cot
    cove crane crest date deal defiance delta dent dome economy egg engineer enter enterprise fate
    federal fleet flint forest fountain fully gap gay glad globe golden got grabs grave green grove
    hard harvest hazard heath hem hook hope horn hub humble hurricane imperial independence isle jam
    justice kin kissing lame landing leader legacy lend lens lent liberal liberty lively long lure
    made male man manage manor marks media mentor mill mine mission mold mole monster most moth
    mound much nine noble none normal oasis officer or oral orange ore pace page pains pale par
    parole pearl pen plaque plunge police poll pop post price progress prospect rail rain real
    republic reserve reservoir retreat rich ridge rifle rot rum ruse rustic rye sale sales salon
    salt same satan sauce savage say semi send shaft shaping side silly ski spa sparks spring
    springs stains star stone strand street success summit sunrise sunset sunshine superior
    surprise tactic talent tame tank tapes tapping temperance temple terrace time tire tours trail
    triangle trim trooper tune tunes turbo twist union university valley vice vista wake ware
    warden wedding welcome wells wilderness worms worth young van split opportunity paradise
    celebration friendly universal un eu nato ngo obama
    mandela napoleon kennedy lincoln capital airport downtown uptown
    midtown centre city town village county state province region district harbor harbour port
    north south east west northeast northwest southeast southwest central centre coast
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    """.split()
) | {"white house"}


def _country_of(gazetteer: Gazetteer, context: str | None) -> tuple[str | None, str | None]:
    """(ISO3, US state name or None) of a context string naming a country or a first-level
    division ("Texas", "Ontario", "Crimea"); (None, None) otherwise."""
    if not context:
        return None, None
    iso3 = gazetteer.country_code(context)
    if iso3:
        return iso3, None
    state = gazetteer.admin1_keys.get(name_key(context))
    if state:
        return state
    return None, None


def _weight(place: Place, hint: str | None) -> float:
    weight = float(max(place.population, 1))
    if place.capital:
        weight *= CAPITAL_WEIGHT
    if hint and place.country == hint:
        weight *= HINT_WEIGHT
    return weight


def _pick(entries: Iterable[Entry], hint: str | None) -> Place | None:
    """The clear winner among same-tier entries, or None when two are too close to call."""
    ranked = sorted(((_weight(e.place, hint), e.place) for e in entries), key=lambda pair: -pair[0])
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0][0] < AMBIGUITY_RATIO * ranked[1][0]:
        return None
    return ranked[0][1]


def choose(
    entries: list[Entry], *, country: str | None = None, admin1: str | None = None,
    hint: str | None = None, allow_stop: bool = False, key: str = "",
) -> Place | None:
    """Pick one entry for a name. ``country``/``admin1`` filter; ``hint`` weights."""
    if country:
        entries = [e for e in entries if e.place.country == country]
    if admin1:
        entries = [e for e in entries if e.place.admin1 == admin1 or e.place.kind == "country"]
    if not entries:
        return None
    countries = [e for e in entries if e.place.kind == "country"]
    if countries:
        # A country name is never ambiguous among countries; take the one named outright.
        return countries[0].place
    if key in STOP_NAMES and not allow_stop:
        return None
    cities = [e for e in entries if e.place.kind == "city"]
    divisions = [e.place for e in entries if e.place.kind == "admin1"]
    if divisions and not any(city_beats_divisions(e.place, divisions) for e in cities):
        return _pick([e for e in entries if e.place.kind == "admin1"], hint)
    primary = [e for e in cities if e.primary]
    return _pick(primary or cities, hint)


def city_beats_divisions(city: Place, divisions: list[Place]) -> bool:
    """Whether a city outranks the first-level divisions of the same name.

    "Washington" and "New York" are the cities, "Gaza" and "Kyiv" the cities in divisions named
    after them, "Portland" the city in Oregon rather than a Jamaican parish; "Virginia" and
    "Arizona" are the US states, not towns in Minnesota or Honduras.
    """
    if city.capital or city.population >= BIG_CITY:
        return True
    if city.population >= DIVISION_SEAT and any(d.country == city.country for d in divisions):
        return True
    # A division's population is a proxy (its country's share per division, see build_data).
    return city.population >= max(d.population for d in divisions)


def resolve_place(
    name: str, *, country: str | None = None, hint: str | None = None
) -> Location | None:
    """The Location ``name`` refers to, or None when unknown, stop-word-like or ambiguous.

    ``country`` (ISO2, ISO3, a country name or a US state name) is context the text states,
    as in "Paris, Texas": candidates there are preferred; when there are none the name is
    resolved without it. ``hint`` (a country) only weights candidates, e.g. the dateline's.
    """
    gazetteer = get_gazetteer()
    entries = gazetteer.lookup(name)
    if not entries:
        return None
    key = name_key(name)
    iso3, state = _country_of(gazetteer, country)
    hint3 = gazetteer.country_code(hint) if hint else None
    if iso3:
        place = choose(entries, country=iso3, admin1=state, hint=hint3, allow_stop=True, key=key)
        if place is not None:
            return place.to_location()
    place = choose(entries, hint=hint3, allow_stop=hint3 is not None and _has_country(entries, hint3),
                   key=key)
    return place.to_location() if place else None


def resolve_strict(name: str, context: str) -> Location | None:
    """Resolve ``name`` only inside the stated ``context`` ("Kyiv, Ukraine"): no fallback."""
    gazetteer = get_gazetteer()
    iso3, state = _country_of(gazetteer, context)
    if not iso3:
        return None
    place = choose(gazetteer.lookup(name), country=iso3, admin1=state, allow_stop=True,
                   key=name_key(name))
    return place.to_location() if place else None


def _has_country(entries: list[Entry], iso3: str) -> bool:
    return any(e.place.country == iso3 for e in entries)


def is_country_or_state(name: str) -> bool:
    """Whether ``name`` names a country or a first-level division (context after a comma)."""
    gazetteer = get_gazetteer()
    return _country_of(gazetteer, name)[0] is not None
