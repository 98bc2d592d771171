"""eventwire's own additions to the actor knowledge base (``data/actors/additions/*.tsv``):
reading their tab-separated rows, and the curated persons, organisations and agent nouns
(``eventwire.actors.build`` merges them over the older dictionaries)."""

from __future__ import annotations

from pathlib import Path

from eventwire.actors.codes import split_code
from eventwire.actors.kb import Entry, norm_key

ADDITIONS = Path(__file__).resolve().parent.parent / "data" / "actors" / "additions"


def tsv_rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def split_cell(cell: str) -> list[str]:
    return [a.strip() for a in cell.split(";") if a.strip()]


def slug(text: str) -> str:
    return norm_key(text).replace(" ", "-")[:60]


def _role(code: str, start: str, end: str, title: str | None) -> dict[str, str | None]:
    country, sector = split_code(code)
    return {"code": code, "country": country, "sector": sector, "from": start or None, "to": end or None, "title": title}


def build_curated_persons() -> list[Entry]:
    people: dict[str, dict] = {}
    for row in tsv_rows(ADDITIONS / "persons.tsv"):
        row += [""] * (7 - len(row))
        name, aliases, nationality, code, start, end, title = row[:7]
        person = people.setdefault(name, {"id": f"person:{slug(name)}", "kind": "person", "name": name,
                                          "aliases": [], "nationality": nationality, "roles": []})
        person["aliases"] += [a for a in split_cell(aliases) if a not in person["aliases"]]
        person["roles"].append(_role(code, start, end, title or None))
    return [Entry.from_dict(p) for p in people.values()]


def build_curated_orgs() -> list[Entry]:
    orgs: dict[str, dict] = {}
    for row in tsv_rows(ADDITIONS / "organizations.tsv"):
        row += [""] * (7 - len(row))
        name, aliases, code, start, end, kind, generics = row[:7]
        org = orgs.setdefault(name, {"id": f"{kind}:{slug(name)}", "kind": kind, "name": name, "aliases": [],
                                     "generics": split_cell(generics), "roles": []})
        org["aliases"] += [a for a in split_cell(aliases) if a not in org["aliases"]]
        org["roles"].append(_role(code, start, end, None))
    return [Entry.from_dict(o) for o in orgs.values()]


def build_curated_agents() -> list[Entry]:
    entries = []
    for row in tsv_rows(ADDITIONS / "agents.tsv"):
        row += [""] * (3 - len(row))
        phrase, sector, aliases = row[:3]
        entries.append(
            Entry(id=f"agent:{slug(phrase)}", kind="agent", name=phrase, aliases=split_cell(aliases),
                  sector=None if sector == "-" else sector)
        )
    return entries
