"""The actor knowledge base: entries with dated roles, and the indexes resolution looks up.

Entries are JSON lines (``data/actors/*.jsonl``, the large persons file gzipped as
``persons.jsonl.gz``; built by ``eventwire.actors.build``; user dictionaries use the same shape). One entry is a country, an organisation, a seat of power, a
person or an agent noun::

    {"id": "person:mark-rutte", "kind": "person", "name": "Mark Rutte", "aliases": ["Rutte"],
     "nationality": "NLD", "roles": [{"code": "NLDGOV", "country": "NLD", "sector": "GOV",
     "from": "2010-10-14", "to": "2024-07-02", "title": "Prime Minister of the Netherlands"}, ...]}

Names are matched on a normal form: accents dropped, lower case, hyphens as spaces, dots dropped
from abbreviations (``U.S.`` = ``US``), the possessive ``'s`` a token of its own.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.actors.codes import parse_iso_date, split_code

log = logging.getLogger(__name__)

STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO"})

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|'s\b|[^\W_]+(?:'(?!s\b)[^\W_]+)*|&|\+", re.UNICODE)


def fold(text: str) -> str:
    """Accents dropped, typographic quotes straightened, underscores and hyphens as spaces."""
    if not text.isascii():  # the per-character pass is most of resolve_doc's time: skip it when it can't matter
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    return text.replace("_", " ").replace("-", " ").replace("\u2013", " ")


def tokens(text: str) -> list[str]:
    """Normalised tokens of ``text`` (see the module docstring)."""
    out = []
    for tok in _TOKEN.findall(fold(text)):
        tok = tok.lower()
        if "." in tok:
            tok = tok.replace(".", "")
        elif "'" in tok and tok != "'s":
            tok = tok.replace("'", "")
        if tok:
            out.append(tok)
    return out


def norm_key(text: str) -> str:
    return " ".join(tokens(text))


@dataclass(frozen=True, slots=True)
class Role:
    code: str | None
    country: str | None
    sector: str | None
    start: date | None = None
    end: date | None = None  # exclusive: the day the role passed to someone else
    title: str | None = None
    checked: date | None = None  # an open role is known only up to this day

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, cameo: bool = False) -> Role:
        code = data.get("code")
        country, sector = data.get("country"), data.get("sector")
        if code and ("country" not in data or "sector" not in data):
            c, s = split_code(code, cameo=cameo)
            country = data.get("country", c)
            sector = data.get("sector", s)
        if country and len(country) > 3 and country[:3].isalpha() and country[:3].isupper():
            # Phoenix's breakaway regions (GEOPRE South Ossetia/Abkhazia, MDAPRE Transnistria,
            # CYPPRE, AZEPRE, SOMPRE, UKRPRE) lie in a recognised country: its ISO code
            country = country[:3]
        return cls(
            code=code,
            country=country,
            sector=sector,
            start=parse_iso_date(data.get("from")),
            end=parse_iso_date(data.get("to")),
            title=data.get("title"),
            checked=parse_iso_date(data.get("checked")),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "country": self.country, "sector": self.sector}
        if self.start:
            data["from"] = self.start.isoformat()
        if self.end:
            data["to"] = self.end.isoformat()
        if self.title:
            data["title"] = self.title
        if self.checked:
            data["checked"] = self.checked.isoformat()
        return data


@dataclass(slots=True)
class Entry:
    id: str
    kind: str  # country, igo, organ, seat, institution, group, ngo, party, org, person, agent
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    nationality: str | None = None
    capitals: list[str] = field(default_factory=list)
    generics: list[str] = field(default_factory=list)
    sector: str | None = None  # agents only
    source: str = "eventwire"

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str | None = None) -> Entry:
        cameo = bool(data.get("cameo"))
        return cls(
            id=data["id"],
            kind=data.get("kind", "org"),
            name=data["name"],
            aliases=list(data.get("aliases") or []),
            roles=[Role.from_dict(r, cameo=cameo) for r in data.get("roles") or []],
            nationality=data.get("nationality"),
            capitals=list(data.get("capitals") or []),
            generics=list(data.get("generics") or []),
            sector=data.get("sector"),
            source=source or data.get("source", "eventwire"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "kind": self.kind, "name": self.name}
        if self.aliases:
            data["aliases"] = self.aliases
        if self.nationality:
            data["nationality"] = self.nationality
        if self.roles:
            data["roles"] = [r.to_dict() for r in self.roles]
        if self.capitals:
            data["capitals"] = self.capitals
        if self.generics:
            data["generics"] = self.generics
        if self.sector:
            data["sector"] = self.sector
        if self.source != "eventwire":
            data["source"] = self.source
        return data

    def role_at(self, when: date) -> Role | None:
        """The role this entry holds on ``when``; see ``resolve_role``."""
        return resolve_role(self, when)


def resolve_role(entry: Entry, when: date) -> Role | None:
    """The entry's role on ``when``, never guessed.

    A dated role in force wins (the most recent start, and an office over "elite"). Outside every
    dated role: the entry's undated default role if it has one; after a state or IGO office, its
    country as ELI (a former official); after an open role whose source stops before ``when``,
    the country alone; before any role, the nationality alone.
    """
    dated = [r for r in entry.roles if r.dated]
    defaults = [r for r in entry.roles if not r.dated]
    active = []
    unverified = None
    for r in dated:
        if r.start and when < r.start:
            continue
        if r.end and when >= r.end:
            continue
        if r.end is None and r.checked and when > r.checked:
            unverified = r
            continue
        active.append(r)
    if active:
        active.sort(key=lambda r: (r.sector != "ELI", r.start or date.min))
        return active[-1]
    if defaults:
        return defaults[0]
    if not dated:
        return None
    nationality = entry.nationality or next((r.country for r in dated if r.country), None)
    if unverified is not None:
        return Role(unverified.country, unverified.country, None, title=f"unverified after {unverified.checked}")
    ended = [r for r in dated if r.end and r.end <= when]
    if ended:
        last = max(ended, key=lambda r: r.end)  # type: ignore[arg-type, return-value]
        home = last.country or nationality
        if last.sector in STATE_SECTORS and home:
            return Role(home + "ELI", home, "ELI", start=last.end, title=f"former {last.title or 'official'}")
        return Role(home, home, None, start=last.end) if home else None
    return Role(nationality, nationality, None) if nationality else None


@dataclass(frozen=True, slots=True)
class Hit:
    """One way a name key leads to an entry: ``via`` is name, capital or generic."""

    entry: str  # entry id
    via: str


def index_rows(entry: Entry) -> list[tuple[str, str, bool]]:
    """(key, via, acronym) for every name of ``entry``; via is name, capital, generic or agent.

    ``acronym``: a short all-capitals name (US, WHO, IS) that must not match a lower-case word.
    """
    rows: list[tuple[str, str, bool]] = []
    named = [(entry.name, "name"), *((a, "name") for a in entry.aliases)]
    named += [(c, "capital") for c in entry.capitals] + [(g, "generic") for g in entry.generics]
    for raw, via in named:
        key = norm_key(raw)
        if not key:
            continue
        if entry.kind == "agent":
            via = "agent"
        acronym = " " not in key and len(raw) <= 5 and raw.isupper() and raw.replace(".", "").isalpha()
        row = (key, via, acronym)
        if row not in rows:
            rows.append(row)
    return rows


class KnowledgeBase:
    """Entries plus the name and agent indexes over them. Built-in entries are parsed lazily."""

    def __init__(self) -> None:
        self._raw: dict[str, str] = {}  # id -> JSON line, parsed on first use
        self._entries: dict[str, Entry] = {}
        self.names: dict[str, list[Hit]] = {}
        self.agents: dict[str, tuple[str | None, str]] = {}  # key -> (sector or None, agent id)
        self.acronyms: set[str] = set()
        self.max_len = 1

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._raw or entry_id in self._entries

    def __len__(self) -> int:
        return len(self._raw.keys() | self._entries.keys())

    # -- building -------------------------------------------------------------------------
    def load_built(self, folder: Path) -> None:
        """Load a built knowledge base: ``index.tsv`` plus the entry files it points into."""
        for path in sorted([*folder.glob("*.jsonl"), *folder.glob("*.jsonl.gz")]):
            for line in _entry_lines(path):
                # every line starts {"id": "<id>", — read the id without parsing the line
                end = line.index('"', 8)
                self._raw[line[8:end]] = line
        names, agents = self.names, self.agents
        with (folder / "index.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                key, via, entry_id, flag = line.rstrip("\n").split("\t")
                if via == "agent":
                    agents[key] = (flag or None, entry_id)
                else:
                    names.setdefault(key, []).append(Hit(entry_id, via))
                    if flag == "A":
                        self.acronyms.add(key)
                n = key.count(" ") + 1
                if n > self.max_len:
                    self.max_len = n

    def add(self, entry: Entry) -> None:
        """Add ``entry``; an entry with the same id replaces the earlier one (user over built-in)."""
        if entry.id in self._raw or entry.id in self._entries:
            self._unindex(self.get(entry.id))
            self._raw.pop(entry.id, None)
        self._entries[entry.id] = entry
        for key, via, acronym in index_rows(entry):
            if via == "agent":
                self.agents[key] = (entry.sector, entry.id)
            else:
                hits = self.names.setdefault(key, [])
                hits[:] = [h for h in hits if not (h.entry == entry.id and h.via == via)]
                # user entries go first: they win ties with built-in names
                hits.insert(0, Hit(entry.id, via))
                if acronym:
                    self.acronyms.add(key)
            self.max_len = max(self.max_len, key.count(" ") + 1)

    def extend(self, entries: Iterable[Entry]) -> None:
        for entry in entries:
            self.add(entry)

    def _unindex(self, entry: Entry) -> None:
        for key, via, _ in index_rows(entry):
            if via == "agent":
                if self.agents.get(key, (None, ""))[1] == entry.id:
                    del self.agents[key]
            elif key in self.names:
                self.names[key] = [h for h in self.names[key] if h.entry != entry.id]
                if not self.names[key]:
                    del self.names[key]

    # -- reading --------------------------------------------------------------------------
    def get(self, entry_id: str) -> Entry:
        entry = self._entries.get(entry_id)
        if entry is None:
            entry = Entry.from_dict(json.loads(self._raw[entry_id]))
            self._entries[entry_id] = entry
        return entry

    def entry(self, hit: Hit) -> Entry:
        return self.get(hit.entry)

    def all_ids(self) -> list[str]:
        return sorted(self._raw.keys() | self._entries.keys())

    def lookup(self, text: str) -> list[Entry]:
        """Entries named ``text`` exactly (any alias), for listing and tests."""
        return [self.get(h.entry) for h in self.names.get(norm_key(text), [])]


def _entry_lines(path: Path) -> list[str]:
    """The non-empty lines of a built entry file, plain or gzipped (``.gz``)."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    # split on "\n" only: a name may hold U+2028, which str.splitlines would also break at
    return [line for line in data.decode("utf-8").split("\n") if line]


def write_index(path: Path, entries: Iterable[Entry]) -> int:
    """The name index of ``entries`` as sorted TSV rows: key, via, entry id, flag.

    flag: ``A`` for an acronym name; for agents, the agent's sector.
    """
    rows: dict[tuple[str, str, str], str] = {}
    for entry in entries:
        for key, via, acronym in index_rows(entry):
            flag = (entry.sector or "") if via == "agent" else ("A" if acronym else "")
            rows[(key, via, entry.id)] = rows.get((key, via, entry.id)) or flag
    with path.open("w", encoding="utf-8") as fh:
        for row in sorted(rows):
            fh.write("\t".join((*row, rows[row])) + "\n")
    return len(rows)


def read_jsonl(path: Path, *, source: str | None = None) -> Iterable[Entry]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                yield Entry.from_dict(json.loads(line), source=source)
            except (ValueError, KeyError, TypeError) as e:
                log.warning("%s:%d: skipped actor entry (%s)", path, n, e)


def write_jsonl(path: Path, entries: Iterable[Entry]) -> int:
    """Write entries sorted by id, one compact JSON object a line (stable, diffable); a path
    ending in ``.gz`` is gzipped with no name or time in its header, so a rebuild is byte-identical."""
    rows = sorted(entries, key=lambda e: e.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    # "id" first: the loader reads it without parsing the line
    text = "".join(json.dumps(e.to_dict(), ensure_ascii=False, separators=(", ", ": ")) + "\n" for e in rows)
    if path.suffix == ".gz":
        with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as fh:
            fh.write(text.encode("utf-8"))
    else:
        path.write_text(text, encoding="utf-8")
    return len(rows)
