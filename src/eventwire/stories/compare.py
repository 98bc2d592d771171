"""Story comparison: who reported what, what they share, where their details disagree.

``list_stories`` gives one row per story (title, outlets, articles, top events);
``story_report`` gives, for one story, each outlet's articles, events and facts, marked as
shared (two outlets or more) or unique, and the conflicting details: the same event or the same
kind of quantity reported with different numbers or dates by different outlets. A copy
(``duplicate_of``) is listed under its outlet but never counts as another source.

``iter_story_records`` yields the story records that ``export --what stories`` writes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from eventwire.errors import Errors, EventwireError

MONTHS = "january february march april may june july august september october november december".split()
_MONTH = "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(m[:3].capitalize() + r"\." for m in MONTHS)
# "July 9", "July 9-11", "9 July", "9-11 July"
_DATE = re.compile(rf"\b(?:({_MONTH})\s+(\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)|(\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)\s+({_MONTH}))\b")
_WORD_NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# A number (digits or a small number word) and the noun it counts: "32 allies", "$40 billion in aid".
# A number never ends in a comma: "rose to 17, the governor said" counts no governors.
_QUANTITY = re.compile(
    r"(?<![\w.])(\$?\d(?:[\d,]*\d)?(?:\.\d+)?|" + "|".join(_WORD_NUMBERS) + r")\s+"
    r"(?:(million|billion|thousand|percent|per cent)\s+)?(?:(?:more|new|other|of|the)\s+)*([a-z]{3,})",
    re.IGNORECASE,
)
_NOT_UNITS = frozenset(
    "and the was were are for from with years year days day hours p.m a.m "
    "is has had have be been will would could can may might said".split()) | {m[:3] for m in MONTHS} | set(MONTHS)
# "the 2024 summit", "Russia's 2022 invasion": a year before a noun names which one, not how many.
_YEAR = re.compile(r"(?:19|20)\d\d")
_BEFORE_A_YEAR = frozenset("the this that its their his her our a an since in of from by until during after before".split())


def _unit(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def quantities(text: str) -> dict[str, set[str]]:
    """Numbers by what they count: {"ally": {"32"}, "billion dollar": {"40"}}."""
    found: dict[str, set[str]] = defaultdict(set)
    # The day of a date ("the Jan. 6 attack", "the 6 January riot") counts nothing; the search
    # goes on right after such a number, so "On March 3 five soldiers" still counts the five.
    in_dates = [m.span() for m in _DATE.finditer(text)]
    position = 0
    while (match := _QUANTITY.search(text, position)) is not None:
        number, scale, noun = match.groups()
        if any(start <= match.start(1) < end for start, end in in_dates):
            position = match.end(1)
            continue
        position = match.end()
        unit = _unit(noun)
        if unit in _NOT_UNITS or noun.lower() in _NOT_UNITS:
            continue
        if not scale and _YEAR.fullmatch(number) and _names_a_year(text[: match.start()]):
            continue
        value = _WORD_NUMBERS.get(number.lower(), number.replace(",", "").lstrip("$"))
        key = f"{scale.lower()} {unit}".strip() if scale else unit
        found[key].add(value + (" " + scale.lower() if scale else ""))
    return found


def _names_a_year(before: str) -> bool:
    """Whether the words before a four-digit number make it a year ("the 2024", "Russia's 2022")."""
    words = before.split()
    last = words[-1].lower().strip("\"'“”(") if words else ""
    return last in _BEFORE_A_YEAR or last.endswith(("'s", "’s"))


def resolved_days(sentence: str, published: str | None) -> set[str]:
    """The days a sentence dates something to, resolved against its article's date: "on
    Tuesday" and "on July 9" meet as "2024-07-09"; a range as "first/last". Weeks, months and
    years are too vague to conflict with a day and are left out."""
    from datetime import datetime

    from eventwire.when.resolve import find_dates

    reference = None
    if published:
        try:
            reference = datetime.fromisoformat(published).date()
        except ValueError:
            reference = None
    out = set()
    for mention in find_dates(sentence, reference):
        if mention.precision == "day":
            out.add(mention.first.isoformat())
        elif mention.precision == "range" and mention.last is not None:
            out.add(f"{mention.first.isoformat()}/{mention.last.isoformat()}")
    return out


def _per_key(by_outlet: dict[str, dict[str, set[str]]]) -> dict[str, dict[str, set[str]]]:
    """{outlet: {key: values}} -> {key: {outlet: values}}, empty values left out."""
    per_key: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for outlet, found in by_outlet.items():
        for key, values in found.items():
            if values:
                per_key[key][outlet] = values
    return per_key


def _compare(by_outlet: dict[str, set[str]]) -> str:
    """shared / unique / conflict for one fact as reported by each outlet."""
    reporting = {o: v for o, v in by_outlet.items() if v}
    if len(reporting) < 2:
        return "unique"
    values = list(reporting.values())
    common = set.intersection(*values)
    return "shared" if common and all(v <= common for v in values) else "conflict" if not common else "shared"


def _articles(store: Any, story_id: str) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT id, doc_id, outlet, title, published, duplicate_of, text FROM articles WHERE story_id = ? "
        "ORDER BY published, rowid",
        (story_id,),
    ).fetchall()
    keys = ("id", "doc_id", "outlet", "title", "published", "duplicate_of", "text")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def _outlet(article: dict[str, Any]) -> str:
    return article["outlet"] or _no_outlet(article["doc_id"] or article["id"])


def _no_outlet(name: str) -> str:
    """The label of an article that states no outlet: still a source of its own (as in the
    events' num_sources), but not to be read as an outlet named after its file."""
    return f"(no outlet: {name})"


def _events(store: Any, story_id: str) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT id, type, source_name, source_code, target_name, target_code, date, num_mentions, "
        "num_articles, num_sources, negated, modality FROM events WHERE story_id = ? "
        # what did not happen is listed after what did, however many outlets report it
        "ORDER BY negated, num_sources DESC, num_mentions DESC, rowid",
        (story_id,),
    ).fetchall()
    keys = ("id", "type", "source", "source_code", "target", "target_code", "date", "num_mentions",
            "num_articles", "num_sources", "negated", "modality")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def event_label(event: dict[str, Any]) -> str:
    source = event["source_code"] or event["source"] or "?"
    target = event["target_code"] or event["target"] or "?"
    # "did not send a delegation" is no visit, and "may strike" no strike: the label says so
    kind = f"not {event['type']}" if event.get("negated") else event["type"]
    modality = event.get("modality")
    if modality and modality != "asserted":
        kind = f"{kind} ({modality})"
    return f"{source} → {kind} → {target}"


def list_stories(store: Any, limit: int = 50, top_events: int = 3) -> list[dict[str, Any]]:
    """The latest stories, with outlets, article counts and their best-attested events."""
    rows = store.conn.execute(
        # julianday, not the text: the ISO strings carry their outlets' UTC offsets.
        "SELECT id, title, first_seen, last_seen FROM stories "
        "ORDER BY COALESCE(julianday(last_seen), julianday(first_seen), 0) DESC, rowid DESC "
        "LIMIT ?",
        (limit,),
    ).fetchall()
    out = []
    for sid, title, first, last in rows:
        articles = store.conn.execute(
            "SELECT outlet, doc_id, duplicate_of FROM articles WHERE story_id = ?", (sid,)
        ).fetchall()
        events = _events(store, sid)
        out.append({
            "id": sid, "title": title, "first_seen": first, "last_seen": last,
            "articles": len(articles),
            "copies": sum(1 for a in articles if a[2]),
            "outlets": sorted({a[0] or _no_outlet(a[1]) for a in articles if not a[2]}),
            "events": len(events),
            "top_events": [{"id": e["id"], "event": event_label(e), "num_sources": e["num_sources"]}
                           for e in events[:top_events]],
        })
    return out


def _find_story(store: Any, story_id: str) -> tuple[Any, ...] | None:
    """The story with this id, or the one story whose id starts with it; E023 when several do."""
    columns = "SELECT id, title, first_seen, last_seen FROM stories"
    exact = store.conn.execute(f"{columns} WHERE id = ?", (story_id,)).fetchone()
    if exact is not None or not story_id:
        return exact
    # substr, not LIKE: '%' and '_' in what the user typed are characters, not wildcards.
    found = store.conn.execute(
        f"{columns} WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 6", (len(story_id), story_id)
    ).fetchall()
    if len(found) > 1:
        shown = ", ".join(row[0] for row in found[:5]) + (", ..." if len(found) > 5 else "")
        count = store.conn.execute(
            "SELECT COUNT(*) FROM stories WHERE substr(id, 1, ?) = ?", (len(story_id), story_id)
        ).fetchone()[0]
        raise EventwireError(Errors.E023.format(prefix=story_id, count=count, matches=shown))
    return found[0] if found else None


def story_report(store: Any, story_id: str) -> dict[str, Any] | None:
    """Per outlet: articles, events and facts, shared or unique, and the conflicting details."""
    head = _find_story(store, story_id)
    if head is None:
        return None
    sid = head[0]
    articles = _articles(store, sid)
    events = _events(store, sid)
    outlet_of = {a["id"]: _outlet(a) for a in articles}
    originals = [a for a in articles if not a["duplicate_of"]]
    # An outlet's revision of its own article (a copy with its outlet and input id, stored when
    # the page was fetched again after an edit) speaks for it instead of the first version:
    # the latest figures are the outlet's. Articles are in publication, then storage, order.
    by_id = {a["id"]: a for a in articles}
    latest = {a["id"]: a for a in originals}
    for article in articles:
        first = by_id.get(article["duplicate_of"] or "")
        if first is not None and first["id"] in latest and _outlet(first) == _outlet(article) \
                and first["doc_id"] == article["doc_id"]:
            latest[first["id"]] = article
    current = list(latest.values())
    original_ids = {a["id"] for a in current}

    # Which outlets report each event, and the numbers and dates in their sentences.
    reported: dict[str, set[str]] = defaultdict(set)
    sentences: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    days_said: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    published_of = {a["id"]: a["published"] for a in articles}
    for event_id, article_id, sentence in store.conn.execute(
        "SELECT m.event_id, m.article_id, m.sentence FROM mentions m JOIN events e ON e.id = m.event_id "
        "WHERE e.story_id = ? ORDER BY m.rowid",
        (sid,),
    ):
        outlet = outlet_of.get(article_id)
        if outlet is None or article_id not in original_ids:
            continue  # a copy repeats its original's events: it is not another outlet reporting them
        reported[event_id].add(outlet)
        sentences[event_id][outlet].append(sentence)
        days_said[event_id][outlet] |= resolved_days(sentence, published_of.get(article_id))

    conflicts: list[dict[str, Any]] = []
    event_rows = []
    for event in events:
        outlets = sorted(reported.get(event["id"], set()))
        event_rows.append({**event, "event": event_label(event), "outlets": outlets,
                           "status": "shared" if len(outlets) > 1 else "unique"})
        if len(outlets) < 2:
            continue
        said = {o: " ".join(sentences[event["id"]][o]) for o in outlets}
        checks: list[tuple[str, dict[str, dict[str, set[str]]]]] = [
            ("date", {"": {o: d for o, d in days_said[event["id"]].items() if d and o in said}}),
            ("number", _per_key({o: quantities(t) for o, t in said.items()})),
        ]
        for kind, per_key in checks:
            for key, values in per_key.items():
                if _compare(values) == "conflict":
                    conflicts.append({"event": event["id"], "label": event_label(event), "kind": kind,
                                      "what": key or "date", "values": {o: sorted(v) for o, v in values.items()}})

    # Facts over whole texts: quantities by what they count.
    fact_values: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for article in current:
        outlet = _outlet(article)
        for key, values in quantities(article["text"] or "").items():
            fact_values[key].setdefault(outlet, set()).update(values)
    facts = []
    for key in sorted(fact_values):
        status = _compare(fact_values[key])
        facts.append({"what": key, "status": status,
                      "values": {o: sorted(v) for o, v in sorted(fact_values[key].items())}})
        if status == "conflict" and not any(c["what"] == key for c in conflicts):
            conflicts.append({"event": None, "label": None, "kind": "number", "what": key,
                              "values": {o: sorted(v) for o, v in fact_values[key].items()}})

    outlets: dict[str, dict[str, Any]] = {}
    for article in articles:
        entry = outlets.setdefault(_outlet(article), {"articles": [], "copies": [], "shared_events": [],
                                                      "unique_events": [], "shared_facts": [], "unique_facts": []})
        item = {"id": article["id"], "doc_id": article["doc_id"], "title": article["title"],
                "published": article["published"]}
        if article["duplicate_of"]:
            entry["copies"].append({**item, "duplicate_of": article["duplicate_of"]})
        else:
            entry["articles"].append(item)
    for row in event_rows:
        for outlet in row["outlets"]:
            outlets[outlet][f"{row['status']}_events"].append(row["event"])
    for fact in facts:
        for outlet in fact["values"]:
            if fact["status"] in ("shared", "unique"):
                outlets[outlet][f"{fact['status']}_facts"].append(f"{fact['what']}: {', '.join(fact['values'][outlet])}")

    return {
        "id": sid, "title": head[1], "first_seen": head[2], "last_seen": head[3],
        "articles": len(articles), "copies": len(articles) - len(originals),
        "outlets": outlets, "events": event_rows, "facts": facts, "conflicts": conflicts,
    }


def iter_story_records(store: Any) -> Any:
    """Story records for export: the fields of ``Story`` plus per-story counts."""
    for row in list_stories(store, limit=-1, top_events=0):
        articles = store.conn.execute(
            "SELECT id, outlet, duplicate_of FROM articles WHERE story_id = ? ORDER BY published, rowid", (row["id"],)
        ).fetchall()
        # The outlets the articles state: one that states none is a source, with no outlet to name.
        outlets = sorted({outlet for _, outlet, copy_of in articles if outlet and not copy_of})
        events = _events(store, row["id"])
        actors = dict.fromkeys(code for e in events for code in (e["source_code"], e["target_code"]) if code)
        yield {
            "id": row["id"], "title": row["title"], "first_seen": row["first_seen"], "last_seen": row["last_seen"],
            "article_ids": [a[0] for a in articles], "outlets": outlets, "copies": row["copies"],
            "events": [e["id"] for e in events], "actors": list(actors),
        }


def render_story_list(stories: list[dict[str, Any]]) -> str:
    lines = []
    for s in stories:
        lines.append(f"{s['id']}  {s['title'] or '(untitled)'}")
        lines.append(f"    {s['articles']} articles ({s['copies']} copies), outlets: {', '.join(s['outlets']) or '-'}")
        for e in s["top_events"]:
            n = e["num_sources"]
            lines.append(f"    {e['event']}  ({n} source{'' if n == 1 else 's'})")
    return "\n".join(lines) if lines else "no stories"


def render_story(report: dict[str, Any]) -> str:
    lines = [f"{report['id']}  {report['title'] or '(untitled)'}",
             f"{report['articles']} articles ({report['copies']} copies), {report['first_seen']} … {report['last_seen']}",
             ""]
    for outlet, entry in sorted(report["outlets"].items()):
        lines.append(f"{outlet}")
        for a in entry["articles"]:
            lines.append(f"  article  {a['title'] or a['doc_id']}")
        for a in entry["copies"]:
            lines.append(f"  copy     {a['title'] or a['doc_id']} (of {a['duplicate_of']})")
        for label in entry["shared_events"]:
            lines.append(f"  shared   {label}")
        for label in entry["unique_events"]:
            lines.append(f"  only here {label}")
        for fact in entry["shared_facts"]:
            lines.append(f"  shared   {fact}")
        for fact in entry["unique_facts"]:
            lines.append(f"  only here {fact}")
    if report["conflicts"]:
        lines += ["", "Conflicting details"]
        for c in report["conflicts"]:
            where = c["label"] or "story"
            values = "; ".join(f"{o}: {', '.join(v)}" for o, v in sorted(c["values"].items()))
            lines.append(f"  {where} — {c['kind']} {c['what']}: {values}")
    return "\n".join(lines)


__all__ = ["iter_story_records", "list_stories", "quantities", "render_story", "render_story_list",
           "story_report"]
