"""Readers for the Phoenix/PETRARCH/TABARI dictionary formats (``.actors.txt``, ``.agents.txt``).

An actors file holds blocks: one or more name lines (``VLADIMIR_PUTIN_``, ``+PUTIN_`` synonyms)
followed by codes, inline or on their own lines: ``[RUSGOV]`` (always), ``[RUSGOV >080508]``
(from), ``[HOB <950601]`` (until), ``[RUSGOV 991231-080507]`` (range). Names without codes take
the codes that follow them. An agents file holds nouns with a code to append (``[~MIL]``) or
prepend (``[NGO~]``), ``{plurals}``, and ``!SET! = A, B`` substitution sets.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from datetime import date

from eventwire.actors.codes import parse_tabari_date, split_code
from eventwire.actors.kb import Entry, Role, norm_key

_XML_COMMENT = re.compile(r"<!\s*--.*?-->", re.DOTALL)
_CODE = re.compile(r"\[([^\]]*)\]")
_CODE_BODY = re.compile(r"^\s*([A-Za-z~+/\-]*)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*$")
_SUBST = re.compile(r"^\s*(![A-Z]+!)\s*=\s*(.+)$")


def display_name(raw: str) -> str:
    """``VLADIMIR_PUTIN_`` -> ``Vladimir Putin`` (all-caps names get title case)."""
    name = " ".join(raw.replace("_", " ").split()).strip(" +")
    if name.isupper() and len(name) > 5:
        name = string.capwords(name)
        name = re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), name)
    return name


def parse_code(body: str, *, cameo: bool = True) -> Role | None:
    """One bracketed code (without brackets) as a Role, or None if unreadable or a null code."""
    m = _CODE_BODY.match(body)
    if not m:
        return None
    code = m.group(1).upper()
    if not code or not code.strip("-+~/") or not code.isalpha():
        return None
    start = end = None
    if m.group(2) == ">":
        start = parse_tabari_date(m.group(3))
        if start is None:
            return None
    elif m.group(2) == "<":
        end = parse_tabari_date(m.group(3))
        if end is None:
            return None
    elif m.group(4):
        start, end = parse_tabari_date(m.group(4)), parse_tabari_date(m.group(5))
        if start is None or end is None:
            return None
    country, sector = split_code(code, cameo=cameo)
    return Role(code=code, country=country, sector=sector, start=start, end=end)


def _strip_comment(line: str) -> tuple[str, str]:
    if "#" in line:
        i = line.index("#")
        return line[:i], line[i + 1 :]
    return line, ""


def iter_actor_blocks(text: str) -> Iterator[tuple[list[str], list[Role], str]]:
    """(names, roles, first comment) per block of a PETRARCH actors file."""
    text = _XML_COMMENT.sub("\n", text)
    names: list[str] = []
    roles: list[Role] = []
    note = ""
    for raw_line in text.splitlines():
        line, comment = _strip_comment(raw_line)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            roles += [r for r in (parse_code(b) for b in _CODE.findall(stripped)) if r]
            continue
        if stripped.startswith("+"):
            body = stripped[1:]
            head = body.split("[", 1)[0]
            if head.strip():
                names.append(head)
            roles += [r for r in (parse_code(b) for b in _CODE.findall(body)) if r]
            continue
        head = stripped.split("[", 1)[0]
        inline = [r for r in (parse_code(b) for b in _CODE.findall(stripped)) if r]
        if roles and names:  # a new name after codes starts a new block
            yield names, roles, note
            names, roles, note = [], [], ""
        if not names:
            note = comment.strip()
        if head.strip():
            names.append(head)
        roles += inline
        if "[" in stripped and not inline:
            # a null code ([---], [+++]) closes the block with no actor
            names, roles, note = [], [], ""
    if names and roles:
        yield names, roles, note


def _slug(text: str) -> str:
    return norm_key(text).replace(" ", "-")[:60] or "x"


def parse_actors(text: str, *, source: str, checked: date | None = None) -> list[Entry]:
    """Entries of a PETRARCH actors file. ``checked``: the day its open-ended roles were last true."""
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for names, roles, note in iter_actor_blocks(text):
        shown = [display_name(n) for n in names]
        shown = [n for n in shown if norm_key(n)]
        if not shown:
            continue
        if checked is not None:
            roles = [
                Role(r.code, r.country, r.sector, r.start, r.end, r.title, checked) if r.start and not r.end else r
                for r in roles
            ]
        person = any(r.dated for r in roles) or "countryinfo" in note.lower()
        slug = _slug(shown[0])
        seen[slug] = seen.get(slug, 0) + 1
        entry_id = f"{source}:{slug}" + (f"-{seen[slug]}" if seen[slug] > 1 else "")
        aliases = list(dict.fromkeys(n for n in shown[1:] if norm_key(n) != norm_key(shown[0])))
        entries.append(
            Entry(id=entry_id, kind="person" if person else "org", name=shown[0], aliases=aliases, roles=roles, source=source)
        )
    return entries


def parse_agents(text: str, *, source: str, cameo: bool = True) -> list[Entry]:
    """Agent entries of a PETRARCH agents file (sector from the code's first segment)."""
    text = _XML_COMMENT.sub("\n", text)
    sets: dict[str, list[str]] = {}
    entries: list[Entry] = []
    seen: set[str] = set()
    for raw_line in text.splitlines():
        line, _ = _strip_comment(raw_line)
        if not line.strip():
            continue
        m = _SUBST.match(line)
        if m:
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(line)
        if not codes:
            continue
        code = codes[0].replace(" ", "").upper()
        head = line.split("[", 1)[0]
        plurals: list[str] = []
        if "{" in head:
            head, _, rest = head.partition("{")
            plurals = [p.strip() for p in rest.split("}", 1)[0].split(",") if p.strip()]
        phrases = _expand(head.strip(), sets) + [p for q in plurals for p in _expand(q, sets)]
        phrases = [display_name(p).lower() for p in phrases if norm_key(p)]
        if not phrases:
            continue
        bare = code.replace("~", "")
        if not bare.isalpha():
            continue
        sector = split_code(bare[:3], cameo=cameo)[1]
        key = norm_key(phrases[0])
        if key in seen:
            continue
        seen.add(key)
        entries.append(
            Entry(
                id=f"{source}:agent:{_slug(phrases[0])}",
                kind="agent",
                name=phrases[0],
                aliases=list(dict.fromkeys(phrases[1:])),
                sector=sector,
                roles=[Role(code=code, country=None, sector=sector)],
                source=source,
            )
        )
    return entries


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    for name, words in sets.items():
        if name in phrase:
            # CONGRESS!PERSON! -> CONGRESSMAN; DEFENSE_!MINIST! -> DEFENSE_MINISTER
            return [p for w in words for p in _expand(phrase.replace(name, w, 1), sets)]
    return [phrase]
