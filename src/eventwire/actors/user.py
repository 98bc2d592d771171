"""The user dictionary: actors a user adds on top of the built-in knowledge base.

A JSON-lines file (default ``~/.eventwire/actors.jsonl``; settings ``user_actors`` or the
environment variable ``EVENTWIRE_USER_ACTORS`` point elsewhere), one actor a line::

    {"name": "Jane Roe", "aliases": ["Roe"], "code": "USAGOV", "from": "2025-02-01", "title": "Mayor of Springfield"}
    {"name": "Mark Rutte", "roles": [{"code": "IGONAT", "from": "2024-10-01"}, ...]}
    {"name": "drone operator", "kind": "agent", "sector": "MIL"}

``country`` and ``sector`` default to the code's parts (``USAGOV`` -> USA, GOV). An entry whose
``id`` (default ``user:<name>``) or name matches a built-in one replaces it. Phoenix/PETRARCH
dictionaries (``*.actors.txt``, ``*.agents.txt``) load the same way, as extra dictionaries.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from eventwire.actors.kb import Entry, norm_key
from eventwire.actors.petrarch import parse_actors, parse_agents
from eventwire.errors import Errors, EventwireError


def user_dictionary_path(setting: str = "") -> Path:
    """Where the user dictionary lives: the setting, then $EVENTWIRE_USER_ACTORS, then ~/.eventwire."""
    chosen = setting or os.environ.get("EVENTWIRE_USER_ACTORS", "")
    return Path(chosen).expanduser() if chosen else Path.home() / ".eventwire" / "actors.jsonl"


def normalise_user_record(data: dict[str, Any]) -> dict[str, Any]:
    """A user line in the KB entry shape (``id``, ``kind``, ``roles``...)."""
    if not isinstance(data, dict) or not data.get("name"):
        raise ValueError("an actor needs a 'name'")
    record = dict(data)
    record.setdefault("id", "user:" + norm_key(record["name"]).replace(" ", "-"))
    if "roles" not in record and record.get("kind") != "agent":
        role = {k: record.pop(k) for k in ("code", "country", "sector", "from", "to", "title") if k in record}
        if "role" in record:
            role["title"] = record.pop("role")
        if not role.get("code"):
            raise ValueError(f"actor {record['name']!r} needs a 'code' (e.g. USAGOV) or 'roles'")
        record["roles"] = [role]
    for role in record.get("roles", []):
        code = str(role.get("code") or "")
        if code and not _CODE.fullmatch(code.upper()):
            raise ValueError(f"code {code!r} is not CAMEO-shaped: three-letter segments, e.g. USAGOV or IGONATMIL")
    if "kind" not in record:
        # A title ("Mayor of Kharkiv") or dates are a person's role; an organisation has neither.
        person = any(r.get("from") or r.get("to") or r.get("title") for r in record["roles"])
        record["kind"] = "person" if person else "org"
    return record


_CODE = re.compile(r"(?:[A-Z]{3})+")


def read_user_jsonl(path: Path) -> list[Entry]:
    entries = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entries.append(Entry.from_dict(normalise_user_record(json.loads(line)), source="user"))
        except (ValueError, TypeError, KeyError) as e:
            raise EventwireError(Errors.E021.format(path=path, line=n, detail=e)) from e
    return entries


def read_dictionary(path: Path | str) -> list[Entry]:
    """Entries of a user dictionary: our JSONL, or a PETRARCH ``.actors.txt`` / ``.agents.txt``."""
    path = Path(path)
    if not path.exists():
        raise EventwireError(Errors.E001.format(input=path))
    name = path.name.lower()
    text = path.read_text(encoding="utf-8", errors="replace")
    if name.endswith(".agents.txt"):
        entries = parse_agents(text, source="user", cameo=True)
    elif name.endswith((".actors.txt", ".txt")):
        entries = parse_actors(text, source="user")
    else:
        return read_user_jsonl(path)
    # A text in neither format parses as nothing: say so, or the user's actors silently never apply.
    if not entries and any(line.strip() and not line.lstrip().startswith(("#", "<!--")) for line in text.splitlines()):
        raise EventwireError(Errors.E021.format(
            path=path, line=1, detail="no PETRARCH actor or agent entries found ('NAME [CODE]' lines)"))
    return entries


def add_user_actor(path: Path, record: dict[str, Any]) -> dict[str, Any]:
    """Append ``record`` to the user dictionary (a role is added to an existing name)."""
    record = normalise_user_record(record)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    rows = [json.loads(ln) for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    for row in rows:
        if normalise_user_record(row)["id"] == record["id"]:
            merged = normalise_user_record(row)
            merged["roles"] = merged.get("roles", []) + record.get("roles", [])
            merged["aliases"] = list(dict.fromkeys(merged.get("aliases", []) + record.get("aliases", [])))
            row.clear()
            row.update(merged)
            record = merged
            break
    else:
        rows.append(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return record


def list_user_actors(path: Path) -> list[dict[str, Any]]:
    return [e.to_dict() for e in read_dictionary(path)] if path.exists() else []
