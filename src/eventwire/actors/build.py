"""Build the actor knowledge base (``data/actors/*.jsonl``) from the shared dictionaries.

    python -m eventwire.actors.build --dictionaries ../shared/data/events/dictionaries

Reads CountryInfo (countries, adjectives, capitals), NGEC countries and PLOVER agents, the
Phoenix country, international and non-state armed actor dictionaries (dated roles to 2014), and
eventwire's own additions in ``data/actors/additions/*.tsv`` (names, seats of power, IGOs and
armed groups, and persons with dated roles through 2025), which win over the older sources.
Writes sorted JSON lines, so a rebuild diffs cleanly. Attribution: NOTICE.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from eventwire.actors.additions import (
    build_curated_agents,
    build_curated_orgs,
    build_curated_persons,
    slug,
)
from eventwire.actors.build_countries import NON_ISO, build_countries
from eventwire.actors.kb import Entry, Role, norm_key, write_index, write_jsonl
from eventwire.actors.petrarch import parse_actors, parse_agents

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
PHOENIX_AS_OF = date(2014, 1, 30)  # "Generated at: Thu Jan 30 2014" in Phoenix.Countries.actors.txt
ARMED = {"MIL", "COP", "REB"}
# NGEC lists "EMBASSY_IN", "AMBASSADOR_TO": the place after them is not part of the actor here.
_TRAILING_PREPS = {"in", "at", "to", "for", "of", "on", "from"}
_SECTORISH = {"GOV", "MIL", "REB", "BUS", "DEV", "HLH", "JUD", "LEG", "REF", "MED", "EDU", "COP", "AGR", "ENV", "HRI", "KID"}


# -- Phoenix dictionaries -----------------------------------------------------------------
def short_igo_code(code: str) -> str:
    """Phoenix IGO codes carry region and issue segments (IGOWSTNAT, IGOUNOHLHWHO); keep IGO + the body."""
    if not code.startswith("IGO") or len(code) <= 6:
        return code
    segs = [code[i : i + 3] for i in range(3, len(code), 3)]
    armed = [s for s in segs if s in ARMED]
    body = [s for s in segs if s not in _SECTORISH]
    return "IGO" + (body[-1] if body else segs[0]) + (armed[0] if armed else "")


def _clean_aliases(entry: Entry, reserved: set[str], *, coined_ok: bool = False) -> Entry:
    """Drop Phoenix names that are country names, capitals, agent nouns or too short to be safe.

    "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)" gives the name without the brackets and the
    acronym. A one-word organisation name longer than an acronym ("TIGERS") is too often a plain
    word, so it goes. With ``coined_ok`` (the international dictionary) a coined word that is no
    English word or city stays ("Afghanaid", "Saferworld"), and so does a three-letter name in
    capitals ("ILO"), which matches only as written in capitals.
    """
    names = []
    for alias in [entry.name, *entry.aliases]:
        m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", alias)
        if m:
            names += [m.group(1), m.group(2).upper()]
        else:
            names.append(alias)
    keep = []
    for alias in names:
        key = norm_key(alias)
        if key in reserved or key.isdigit() or alias in keep:
            continue
        # three capitals ("ILO", "ICJ") match only as written in capitals (kb: acronym names)
        if len(key) < 4 and not (
            coined_ok and len(key) == 3 and alias.isupper() and alias.isalpha() and entry.kind != "person"
        ):
            continue
        if (
            entry.kind != "person"
            and " " not in key
            and len(key) > 5
            and not (coined_ok and not _is_word(key))
        ):
            continue
        keep.append(alias)
    if not keep:
        return Entry(id=entry.id, kind=entry.kind, name=entry.name, aliases=[], roles=[])
    entry.name, entry.aliases = keep[0], keep[1:]
    return entry


_MINOR = frozenset({"of", "the", "for", "and", "on", "in", "de", "des", "du", "la", "le", "et", "to", "&"})


def code_acronyms(entry: Entry) -> list[str]:
    """The acronym of an organisation's name when its CAMEO code confirms it: the initials of
    "International Labor Organization" are ILO, and its code IGOUNOLABILO ends in ILO; initials
    that are in no code segment ("Action Contre la Faim" is not ACF unless coded so) are not
    taken, nor an English word or a three-letter country code ("USA")."""
    words = [w for w in norm_key(entry.name).split() if w not in _MINOR and w.isalpha()]
    initials = "".join(w[0] for w in words).upper()
    if len(initials) < 3 or len(initials) > 5:
        return []
    for role in entry.roles:
        code = role.code or ""
        segments = {code[i : i + 3] for i in range(0, len(code) - 2, 3)}
        if initials in segments - _SECTORISH - {"IGO", "NGO", "MNC", "IMG"} and not _is_word(
            initials.lower()
        ):
            return [initials]
    return []


def _is_word(key: str) -> bool:
    from eventwire.actors.guess import is_known_word

    return is_known_word(key)


# CAMEO's region codes (CAMEO manual, "Regions"): some are also COW country codes (SAF is
# southern Africa in CAMEO, South Africa in COW), so they are never mapped.
CAMEO_REGIONS = frozenset(
    "AFR ASA BLK BAL CAS CAU CFR CMN EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WEU WST".split()
)


def read_cow_codes(dictionaries: Path, iso: set[str]) -> dict[str, str]:
    """Correlates of War 3-letter codes that are not ISO codes -> ISO alpha-3 (NGEC_cow2iso.txt):
    a few Phoenix entries carry the COW code ("ANG" for Angola, ISO "AGO")."""
    path = dictionaries / "NGEC_cow2iso.txt"
    if not path.exists():
        return {}
    found: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            cow, iso3 = (row.get("cow3") or "").strip().upper(), (row.get("iso3") or "").strip().upper()
            if re.fullmatch(r"[A-Z]{3}", cow) and re.fullmatch(r"[A-Z]{3}", iso3) and cow not in iso | CAMEO_REGIONS:
                found[cow].add(iso3)
    codes = {cow: next(iter(isos)) for cow, isos in found.items() if len(isos) == 1}
    return codes | PHOENIX_NON_ISO


# Phoenix country codes that are not ISO: Kosovo's World Bank code, CAMEO's East Timor, and the
# Soviet Union, whose continuator Russia carries it on (as "Soviet" resolves to RUS).
PHOENIX_NON_ISO = {**NON_ISO, "TMP": "TLS", "SUN": "RUS"}


def _iso_role(role: Role, cow: dict[str, str]) -> Role:
    if not role.country or role.country not in cow:
        return role
    country = cow[role.country]
    code = country + role.code[3:] if role.code and role.code.startswith(role.country) else role.code
    return Role(code, country, role.sector, role.start, role.end, role.title, role.checked)


def build_phoenix(
    dictionaries: Path, reserved: set[str], curated_keys: set[str], country_keys: set[str],
    cow: dict[str, str] | None = None,
) -> tuple[list[Entry], list[Entry]]:
    """(persons, organisations) from the Phoenix actor dictionaries, minus what the additions cover."""
    persons: list[Entry] = []
    orgs: list[Entry] = []
    sources = [
        ("Phoenix.Countries.actors.txt", "phoenix"),
        ("Phoenix.International.actors.txt", "phoenix-intl"),
        ("Phoenix.MilNonState.actors.txt", "phoenix-nsa"),
    ]
    for filename, source in sources:
        path = dictionaries / filename
        if not path.exists():
            log.warning("%s missing; skipped", path)
            continue
        for entry in parse_actors(path.read_text(encoding="utf-8", errors="replace"), source=source, checked=PHOENIX_AS_OF):
            # Country and territory blocks ([AFG], [USRUKR <910824] with cities as synonyms) are
            # rebuilt from CountryInfo instead: every role without a sector marks one.
            if all(r.sector is None for r in entry.roles):
                continue
            keys = {norm_key(n) for n in [entry.name, *entry.aliases]}
            if keys & curated_keys or keys & country_keys:
                continue
            if source == "phoenix-intl" and entry.kind != "person":
                entry.aliases += [a for a in code_acronyms(entry) if a not in entry.aliases]
            entry.roles = [Role(short_igo_code(r.code), r.country, r.sector, r.start, r.end, r.title, r.checked) if r.code else r
                           for r in entry.roles]
            entry.roles = [_iso_role(r, cow or {}) for r in entry.roles]
            entry = _clean_aliases(entry, reserved, coined_ok=source == "phoenix-intl")
            if not entry.roles:
                continue
            if entry.kind == "person":
                countries = Counter(r.country for r in entry.roles if r.country)
                entry.nationality = countries.most_common(1)[0][0] if countries else None
                persons.append(entry)
            else:
                entry.kind = "org"
                orgs.append(entry)
    return persons, orgs


def build(dictionaries: Path, out: Path = DATA_DIR) -> dict[str, int]:
    countries, country_keys = build_countries(dictionaries)
    agents = build_curated_agents()
    agent_keys = {norm_key(n) for a in agents for n in [a.name, *a.aliases]}
    ngec = dictionaries / "NGEC_PLOVER_agents.txt"
    if ngec.exists():
        for entry in parse_agents(ngec.read_text(encoding="utf-8", errors="replace"), source="ngec", cameo=False):
            code = entry.roles[0].code or ""
            if "NON" in code or "JNK" in code or entry.sector is None:
                continue
            names = [n for n in [entry.name, *entry.aliases] if norm_key(n) not in agent_keys and norm_key(n) not in country_keys
                     and norm_key(n).split()[-1] not in _TRAILING_PREPS]
            if not names:
                continue
            agent_keys.update(norm_key(n) for n in names)
            agents.append(Entry(id=f"agent:{slug(names[0])}", kind="agent", name=names[0], aliases=names[1:],
                                sector=entry.sector, source="ngec"))
    persons = build_curated_persons()
    orgs = build_curated_orgs()
    curated_keys = {norm_key(n) for e in persons + orgs for n in [e.name, *e.aliases] if " " in norm_key(n) or e.kind != "person"}
    curated_keys |= {norm_key(e.name) for e in persons}
    reserved = country_keys | agent_keys
    iso = {e.roles[0].country for e in countries if e.roles and e.roles[0].country}
    old_persons, old_orgs = build_phoenix(dictionaries, reserved, curated_keys, country_keys, read_cow_codes(dictionaries, iso))
    _dedupe_ids(old_persons + old_orgs, {e.id for e in persons + orgs})
    add_spelling_variants(orgs + old_orgs, reserved)
    counts = {
        "countries": write_jsonl(out / "countries.jsonl", countries),
        "organizations": write_jsonl(out / "organizations.jsonl", orgs + old_orgs),
        # gzipped: the largest file by far (5 MB plain), read once at start-up
        "persons": write_jsonl(out / "persons.jsonl.gz", persons + old_persons),
        "agents": write_jsonl(out / "agents.jsonl", agents),
    }
    (out / "persons.jsonl").unlink(missing_ok=True)  # an older build's plain copy would load twice
    counts["index"] = write_index(out / "index.tsv", countries + orgs + old_orgs + persons + old_persons + agents)
    manifest = {
        "files": counts,
        "curated": {"persons": len(persons), "organizations": len(orgs)},
        "phoenix_as_of": PHOENIX_AS_OF.isoformat(),
        "sources": sorted(p.name for p in dictionaries.glob("*") if p.is_file()),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return counts


# British and American spellings, and hyphenated forms, of words in organisations' names: news
# copy writes either ("World Health Organisation", "Organisation for Economic Co-operation").
SPELLINGS = (
    ("organization", "organisation"), ("labor", "labour"), ("program", "programme"), ("center", "centre"),
    ("defense", "defence"), ("cooperation", "co-operation"), ("cooperative", "co-operative"),
)  # fmt: skip


def add_spelling_variants(entries: list[Entry], reserved: set[str]) -> None:
    """Give each organisation its names in the other spelling of SPELLINGS words (whole words)."""
    for entry in entries:
        names = [entry.name, *entry.aliases]
        keys = {norm_key(n) for n in names}
        for name in names:
            for a, b in SPELLINGS:
                for old, new in ((a, b), (b, a)):
                    pattern = re.compile(rf"\b{old}\b", re.IGNORECASE)
                    if not pattern.search(name):
                        continue
                    variant = pattern.sub(lambda m, new=new: new.capitalize() if m.group(0)[0].isupper() else new, name)
                    key = norm_key(variant)
                    if key not in keys and key not in reserved:
                        entry.aliases.append(variant)
                        keys.add(key)


def _dedupe_ids(entries: list[Entry], taken: set[str]) -> None:
    for entry in entries:
        base, n = entry.id, 1
        while entry.id in taken:
            n += 1
            entry.id = f"{base}-{n}"
        taken.add(entry.id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dictionaries", type=Path, required=True, help="folder with the Phoenix/CountryInfo/NGEC files")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output folder (default: the package's data/actors)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    if not args.dictionaries.is_dir():
        print(f"no such folder: {args.dictionaries}", file=sys.stderr)
        return 2
    counts = build(args.dictionaries, args.out)
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
