"""CAMEO-style actor codes and PLOVER sectors: splitting, mapping and dates.

A code is a country (ISO3, or a pseudo-country such as ``IGO``) followed by 3-letter segments:
``CHNGOV``, ``RUSMIL``, ``IGONAT`` (NATO), ``IGOUNOMIL`` (UN peacekeepers). Phoenix and PETRARCH
dictionaries use CAMEO sector names, which differ from PLOVER's in two places (CAMEO ``MED`` is
media, PLOVER's is health), so CAMEO segments are mapped on the way in.
"""

from __future__ import annotations

import re
from datetime import date

# PLOVER sectors (codebooks/plover_sectors.csv) plus IGO and NGO, which the design also uses.
PLOVER_SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC"
    " IGO NGO".split()
)

# CAMEO segment -> PLOVER sector. Religious and issue segments collapse to their PLOVER home.
CAMEO_TO_PLOVER = {
    **{s: s for s in PLOVER_SECTORS if s not in {"MED"}},
    "MED": "JRN",
    "HLH": "MED",
    "HRI": "SOC",
    "ENV": "SOC",
    "DEV": "SOC",
    "MUS": "REL",
    "CHR": "REL",
    "JEW": "REL",
    "BUD": "REL",
    "HIN": "REL",
    "CIV": "CVL",
}

# Pseudo-countries that lead a code but are not states.
NON_STATE_PREFIXES = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS"}


def split_code(code: str, *, cameo: bool = False) -> tuple[str | None, str | None]:
    """(country, sector) of a code. ``cameo`` maps CAMEO sector names to PLOVER ones."""
    code = code.strip().upper()
    if not code:
        return None, None
    table = CAMEO_TO_PLOVER if cameo else {s: s for s in PLOVER_SECTORS}
    if len(code) == 3 and code in table and code != "CIV":  # a bare sector: [ELI], [~GOV]
        return None, table[code]
    prefix, rest = code[:3], code[3:]
    segments = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    if prefix in NON_STATE_PREFIXES:
        sector = NON_STATE_PREFIXES[prefix]
        if prefix == "MNC":  # MNCUSA: a US-based multinational
            country = segments[0] if segments and segments[0] not in table else None
            return country, sector
        # IGOUNOMIL: UN peacekeepers; an armed segment after the organisation wins.
        for seg in segments[1:]:
            if table.get(seg) in {"MIL", "COP", "REB"}:
                return None, table[seg]
        return None, sector
    sector = table.get(segments[0]) if segments else None
    return prefix, sector


def join_code(base: str | None, sector: str | None) -> str | None:
    """The code of ``base`` (a country, or an organisation's code) acting through ``sector``.

    ``CHN`` + GOV -> ``CHNGOV``; ``IGONAT`` + MIL -> ``IGONATMIL``; ``RUSGOV`` + MIL -> ``RUSMIL``.
    """
    if base is None:
        return sector
    if sector is None or base.endswith(sector) or NON_STATE_PREFIXES.get(base[:3]) == sector:
        return base
    if len(base) == 3 or base[:3] in NON_STATE_PREFIXES:
        return base + sector
    return base[:3] + sector


_DATE8 = re.compile(r"^\d{8}$")
_DATE6 = re.compile(r"^\d{6}$")


def parse_tabari_date(text: str) -> date | None:
    """A TABARI/PETRARCH date: YYYYMMDD, or YYMMDD (years up to 30 are 20YY, as PETRARCH reads them)."""
    text = text.strip()
    try:
        if _DATE8.match(text):
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        if _DATE6.match(text):
            year = int(text[:2])
            year += 2000 if year <= 30 else 1900
            return date(year, int(text[2:4]), int(text[4:6]))
    except ValueError:
        return None
    return None


def parse_iso_date(text: str | None) -> date | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``, taken as the first day), else ``None``."""
    if not text:
        return None
    text = text.strip()
    try:
        if len(text) == 4:
            return date(int(text), 1, 1)
        if len(text) == 7:
            return date(int(text[:4]), int(text[5:7]), 1)
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
