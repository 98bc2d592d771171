"""The country entries of the actor knowledge base (``eventwire.actors.build``): names,
adjectives and capitals from eventwire's additions (``countries.tsv``, dated states in
``dated_countries.tsv``), pycountry, NGEC and CountryInfo, in that order of trust; a name two
countries share at the same trust goes to neither."""

from __future__ import annotations

import csv
import logging
import re
from collections import defaultdict
from pathlib import Path

from eventwire.actors.additions import ADDITIONS, split_cell, tsv_rows
from eventwire.actors.codes import parse_iso_date
from eventwire.actors.kb import Entry, Role, norm_key
from eventwire.actors.petrarch import display_name

log = logging.getLogger(__name__)


def read_countryinfo(path: Path) -> dict[str, dict[str, list[str]]]:
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8", errors="replace"), flags=re.DOTALL)
    out: dict[str, dict[str, list[str]]] = {}
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.DOTALL):
        iso = re.search(r"<ISO3166-alpha3>\s*(\S+)\s*</ISO3166-alpha3>", block)
        if not iso or not re.fullmatch(r"[A-Z]{3}", iso.group(1)):
            continue
        fields = {}
        for tag in ("CountryName", "Nationality", "Capital"):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.DOTALL)
            lines = [ln.split("#", 1)[0].strip() for ln in (m.group(1).splitlines() if m else [])]
            fields[tag] = [display_name(ln) for ln in lines if ln and re.search(r"[A-Za-z]", ln)]
        out[iso.group(1)] = fields
    return out


def build_countries(dictionaries: Path) -> tuple[list[Entry], set[str]]:
    """Country entries, and the keys of every country name and capital (to keep them out of others)."""
    import pycountry

    names: dict[str, dict[str, int]] = defaultdict(dict)  # key -> iso -> best priority
    shown: dict[str, str] = {}
    canonical: dict[str, str] = {}
    capitals: dict[str, dict[str, int]] = defaultdict(dict)

    def add(iso: str, name: str, prio: int, table: dict[str, dict[str, int]] = names) -> None:
        key = norm_key(name)
        if not key or key.isdigit():
            return
        table[key][iso] = min(prio, table[key].get(iso, 99))
        shown.setdefault(f"{iso}|{key}", name)

    for row in tsv_rows(ADDITIONS / "countries.tsv"):
        iso, name = row[0], row[1]
        canonical[iso] = name
        add(iso, name, 0)
        for alias in split_cell(row[2] if len(row) > 2 else ""):
            add(iso, alias, 0)
        for cap in split_cell(row[3] if len(row) > 3 else ""):
            add(iso, cap, 0, capitals)
    dated = read_dated_countries(ADDITIONS / "dated_countries.tsv")
    for iso, (name, aliases, _, caps) in dated.items():
        canonical[iso] = name
        for alias in [name, *aliases]:
            add(iso, alias, 0)
        for cap in caps:
            add(iso, cap, 0, capitals)
    for c in pycountry.countries:
        canonical.setdefault(c.alpha_3, getattr(c, "common_name", None) or c.name)
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None):
                add(c.alpha_3, getattr(c, attr), 1)
    ngec = dictionaries / "NGEC_countries.csv"
    if ngec.exists():
        with ngec.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                iso = row["CCA3"]
                if iso == "EUR":  # the EU is an IGO here
                    continue
                add(iso, row["Name"], 2)
                for alias in row["Nationality"].split(","):
                    add(iso, alias.strip(), 2)
    info = dictionaries / "CountryInfo.120116.txt"
    if info.exists():
        for iso, fields in read_countryinfo(info).items():
            iso = NON_ISO.get(iso, iso)
            iso = _named_iso(fields["CountryName"], iso)
            for name in fields["CountryName"] + fields["Nationality"]:
                add(iso, name, 3)
            for cap in fields["Capital"]:
                add(iso, cap, 3, capitals)

    def best(table: dict[str, int]) -> str | None:
        top = min(table.values())
        isos = [i for i, p in table.items() if p == top]
        return isos[0] if len(isos) == 1 else None  # an ambiguous name resolves to nothing

    per_iso: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"aliases": [], "capitals": []})
    for key, table in names.items():
        iso = best(table)
        if iso:
            per_iso[iso]["aliases"].append(shown[f"{iso}|{key}"])
    for key, table in capitals.items():
        iso = best(table)
        if iso and key not in names:
            per_iso[iso]["capitals"].append(shown[f"{iso}|{key}"])
    entries = []
    for iso, fields in per_iso.items():
        name = canonical.get(iso) or fields["aliases"][0]
        aliases = sorted({a for a in fields["aliases"] if norm_key(a) != norm_key(name)}, key=str.lower)
        entries.append(
            Entry(
                id=f"country:{iso}",
                kind="country",
                name=name,
                aliases=aliases,
                capitals=sorted(set(fields["capitals"]), key=str.lower),
                roles=dated[iso][2] if iso in dated else [Role(code=iso, country=iso, sector=None)],
            )
        )
    return entries, set(names) | set(capitals)


# CountryInfo's codes that are not ISO 3166: Kosovo's World Bank code (ISO's user-assigned XKX
# is what pycountry and NGEC use).
NON_ISO = {"KSV": "XKX"}


def _named_iso(names: list[str], iso: str) -> str:
    """The ISO code of the country a CountryInfo block names, where the block's own code is
    another country's: the 2012 file files Guatemala under GLP (Guadeloupe), Myanmar under MOZ
    (Mozambique) and Japan under JON, which made "Rangoon" Mozambique's capital."""
    import pycountry

    try:
        found = pycountry.countries.lookup(names[0]) if names else None
    except LookupError:
        return iso
    if found is not None and found.alpha_3 != iso:
        log.info("CountryInfo: %s filed under %s; using %s", names[0], iso, found.alpha_3)
        return found.alpha_3
    return iso


def read_dated_countries(path: Path) -> dict[str, tuple[str, list[str], list[Role], list[str]]]:
    """Rows of ``dated_countries.tsv``: key -> (name, names, dated roles, capitals).

    A role is ``CODE`` or ``CODE from..to`` (ISO dates, either side may be empty, ``to``
    exclusive); its title is the canonical name, so a resolved actor says which state it was."""
    out: dict[str, tuple[str, list[str], list[Role], list[str]]] = {}
    if not path.exists():
        return out
    for row in tsv_rows(path):
        row += [""] * (5 - len(row))
        key, name = row[0], row[1]
        roles = []
        for cell in split_cell(row[3]) or [key]:
            code, _, span = cell.partition(" ")
            start, _, end = span.strip().partition("..")
            if span and ".." not in span:
                raise ValueError(f"{path.name}: role {cell!r} is not CODE from..to")
            roles.append(Role(code=code, country=code, sector=None, start=parse_iso_date(start or None),
                              end=parse_iso_date(end or None), title=name if code != key else None))
        out[key] = (name, split_cell(row[2]), roles, split_cell(row[4]))
    return out
