"""A small stand-in for ``eventwire.actors.get_resolver()``, for the event tests only.

It knows a few dozen countries, demonyms, capitals and IGOs written here by hand, adds a sector
from the head noun of the mention's noun phrase ("Chinese embassy" -> CHNGOV), and can read the
simplest lines of PETRARCH actor/agent dictionaries (``NAME [CODE]``, ``+ALIAS``, ``NOUN [~SEC]``).
The real resolver (branch ``actors``) replaces it everywhere it is available.
"""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.records import Actor

COUNTRIES = {
    "USA": "United States|United States of America|U.S.|US|USA|America|American|Americans|Washington|White House|Pentagon",
    "CHN": "China|People's Republic of China|PRC|Chinese|Beijing",
    "RUS": "Russia|Russian|Russians|Moscow|Kremlin|Soviet",
    "UKR": "Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev",
    "GBR": "Britain|Great Britain|United Kingdom|UK|U.K.|British|London|England",
    "FRA": "France|French|Paris",
    "DEU": "Germany|German|Berlin|West German",
    "ISR": "Israel|Israeli|Israelis",
    "PSE": "Palestine|Palestinian|Palestinians|Gaza|West Bank|Hamas",
    "IRN": "Iran|Iranian|Tehran",
    "IRQ": "Iraq|Iraqi|Iraqis|Baghdad|Basra",
    "SYR": "Syria|Syrian",
    "LBN": "Lebanon|Lebanese|Beirut|Hezbollah",
    "JOR": "Jordan|Jordanian",
    "EGY": "Egypt|Egyptian",
    "LBY": "Libya|Libyan",
    "TUR": "Turkey|Turkish|Ankara|Turks",
    "SRB": "Serbia|Serbian|Serb|Serbs",
    "BIH": "Bosnia|Bosnian",
    "HRV": "Croatia|Croatian",
    "ALB": "Albania|Albanian|Albanians",
    "MKD": "Macedonia|Macedonian",
    "MNE": "Montenegro",
    "AFG": "Afghanistan|Afghan|Taliban",
    "PAK": "Pakistan|Pakistani",
    "IND": "India|Indian",
    "JPN": "Japan|Japanese",
    "PRK": "North Korea|North Korean",
    "KOR": "South Korea|Republic of Korea",
    "AUS": "Australia|Australian",
    "NZL": "New Zealand",
    "SDN": "Sudan|Sudanese|Khartoum",
    "NGA": "Nigeria|Nigerian|Nigerians",
    "LBR": "Liberia|Liberian",
    "CIV": "Ivory Coast",
    "RWA": "Rwanda|Rwandan",
    "UGA": "Uganda|Ugandan",
    "DZA": "Algeria|Algerian|Algerians|Algiers",
    "SAU": "Saudi Arabia|Saudi|Riyadh",
    "AZE": "Azerbaijan|Azerbaijani",
    "POL": "Poland|Polish",
    "HUN": "Hungary|Hungarian",
    "GRC": "Greece|Greek",
    "PER": "Peru|Peruvian",
    "ECU": "Ecuador",
    "VNM": "Vietnam|Vietnamese",
    "KHM": "Cambodia|Cambodian|Kampuchean",
    "SWE": "Sweden|Swedish",
    "FIN": "Finland",
    "DNK": "Denmark|Danish",
    "CZE": "Czechia|Czech",
    "IDN": "Indonesia|Indonesian|Jakarta",
}
IGOS = "NATO|North Atlantic Treaty Organization|United Nations|UN|U.N.|Security Council|European Union|EU|OSCE|IAEA|International Atomic Energy Agency|Red Cross|Arab League|European Community|UNHCR|World Food Program|ILO|International Labor Office"
SECTORS = {
    "GOV": "government|ministry|embassy|president|minister|official|officials|authorities|administration|cabinet|leader|leaders|parliament|regime|diplomat|diplomats",
    "MIL": "army|troops|soldiers|forces|military|navy|warships|aircraft|helicopters|militiamen",
    "COP": "police|policemen",
    "REB": "rebels|rebel|guerrillas|militants|insurgents",
}


def country_info(path: Path) -> dict[str, str]:
    """Names, adjectives and capitals per ISO code from a CountryInfo file (when present)."""
    names: dict[str, str] = {}
    code, block = None, None
    for raw in path.read_text("latin-1").splitlines():
        line = raw.strip()
        m = re.match(r"<CountryCode>(\w+)</CountryCode>", line)
        if m:
            code = m.group(1)
            continue
        m = re.match(r"<CountryName>(.+)</CountryName>", line)
        if m and code:
            names[m.group(1).replace("_", " ").strip().lower()] = code
            continue
        if line in {"<Nationality>", "<Capital>"}:
            block = line
        elif line.startswith("</"):
            block = None
        elif block and code and line and not line.startswith("<"):
            name = line.split("#")[0].replace("_", " ").strip().lower()
            if len(name) > 3:
                names[name] = code
    return names


class ToyResolver:
    def __init__(self, extra: list[str | Path] = (), country_file: Path | None = None):  # type: ignore[assignment]
        self.names: dict[str, str] = country_info(country_file) if country_file else {}
        for code, names in COUNTRIES.items():
            for name in names.split("|"):
                self.names[name.lower()] = code
        for name in IGOS.split("|"):
            self.names[name.lower()] = "IGO"
        self.sectors = {w: s for s, words in SECTORS.items() for w in words.split("|")}
        for path in extra:
            self._read_petrarch(Path(path))
        pattern = "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
        self._re = re.compile(rf"(?<![\w.])({pattern})(?![\w])", re.IGNORECASE)

    def _read_petrarch(self, path: Path) -> None:
        current: list[str] = []
        for raw in path.read_text("utf-8", errors="replace").splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip() or line.startswith("<!--") or line.startswith("!"):
                current = [] if not line.strip() else current
                continue
            m = re.search(r"\[\s*([^\]\s]+)", line)
            name = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).strip()
            if name.startswith("+"):
                current.append(name[1:].replace("_", " ").strip().lower())
            elif name:
                current = [name.replace("_", " ").strip().lower()]
            if m and current:
                code = m.group(1)
                if code.startswith("~"):
                    for n in current:
                        self.sectors[n] = code[1:4].upper()
                elif code[0].isalpha() and code not in {"---", "+++"}:
                    for n in current:
                        self.names[n] = code.upper()

    def resolve_doc(self, doc, *, date=None) -> dict[tuple[int, int], Actor]:  # noqa: ANN001
        found: dict[tuple[int, int], Actor] = {}
        for m in self._re.finditer(doc.text):
            code = self.names[m.group(1).lower()]
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            sector = None
            if span is not None:
                head = span.root
                while head.dep_ in {"compound", "amod", "poss", "nmod"} and head.head is not head:
                    head = head.head
                sector = self.sectors.get(head.lower_) or self.sectors.get(head.lemma_.lower())
            country = code[:3] if len(code) >= 3 and code != "IGO" else None
            full = code if sector is None or code == "IGO" or len(code) > 3 else code + sector
            found[(m.start(1), m.end(1))] = Actor(
                text=m.group(1), name=m.group(1), code=full, country=country,
                sector="IGO" if code == "IGO" else sector,
            )  # fmt: skip
        return found
