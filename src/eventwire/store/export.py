"""Export stored articles, events and stories as JSONL, CSV or Parquet."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from eventwire.errors import Errors, EventwireError
from eventwire.records import Event
from eventwire.store.sqlite import Store

WHATS = ("articles", "events", "stories")
FORMATS = ("jsonl", "csv", "parquet")

# GDELT 2.0 event-table names where a field means the same thing; eventwire's own fields follow.
GDELT_EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1Code", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Name", "Actor2Code", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
    "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat",
    "ActionGeo_Long", "ActionGeo_FeatureID", "SOURCEURL",
)
EVENTWIRE_EVENT_COLUMNS = (
    "date_precision", "plover_type", "mode", "context", "modality", "negated", "confidence", "story_id",
    "source_sector", "target_sector", "evidence_sentence", "article_ids", "doc_ids", "location_country",
)


def event_json(event: Event) -> dict[str, Any]:
    return event.to_dict()


def event_flat(event: Event, leads: dict[str, int] | None = None) -> dict[str, Any]:
    """One CSV/Parquet row: GDELT 2.0 column names where they apply, then eventwire's fields.

    ``leads``: each article's lead paragraph length (``IsRootEvent``: GDELT's flag for an event
    told in the lead paragraph); without it every event counts as a root event.
    """
    from eventwire.geo.fips import fips_country, gdelt_adm1

    src, tgt, loc = event.source, event.target, event.location
    cameo = event.cameo or ""
    first = event.mentions[0] if event.mentions else None
    return {
        "GLOBALEVENTID": event.id,
        "SQLDATE": event.date.strftime("%Y%m%d") if event.date else None,
        "Actor1Name": (src.name or src.text) if src else None,
        "Actor1Code": src.code if src else None,
        "Actor1CountryCode": src.country if src else None,
        "Actor1Type1Code": src.sector if src else None,
        "Actor2Name": (tgt.name or tgt.text) if tgt else None,
        "Actor2Code": tgt.code if tgt else None,
        "Actor2CountryCode": tgt.country if tgt else None,
        "Actor2Type1Code": tgt.sector if tgt else None,
        "IsRootEvent": int(leads is None or any(m.start < leads.get(m.article_id, 0) for m in event.mentions)),
        "EventCode": cameo or None,
        "EventBaseCode": cameo[:3] or None,
        "EventRootCode": cameo[:2] or None,
        "QuadClass": event.quad_class,
        "GoldsteinScale": event.goldstein,
        "NumMentions": event.num_mentions,
        "NumSources": event.num_sources,
        "NumArticles": event.num_articles,
        "ActionGeo_FullName": loc.name if loc else None,
        "ActionGeo_CountryCode": fips_country(loc.country) if loc else None,
        "ActionGeo_ADM1Code": gdelt_adm1(loc) if loc else None,
        "ActionGeo_Lat": loc.lat if loc else None,
        "ActionGeo_Long": loc.lon if loc else None,
        "ActionGeo_FeatureID": loc.geonames_id if loc else None,
        "SOURCEURL": None,
        "date_precision": event.date_precision,
        "plover_type": event.type,
        "mode": event.mode,
        "context": ";".join(event.context),
        "modality": event.modality,
        "negated": int(event.negated),
        "confidence": event.confidence,
        "story_id": event.story_id,
        "source_sector": src.sector if src else None,
        "target_sector": tgt.sector if tgt else None,
        "evidence_sentence": first.sentence if first else None,
        "article_ids": ";".join(dict.fromkeys(m.article_id for m in event.mentions)),
        "doc_ids": ";".join(dict.fromkeys(m.doc_id or "" for m in event.mentions)),
        "location_country": loc.country if loc else None,
    }


# A kicker ("Sudan", "Analysis") is a label of a few words without a full stop.
_KICKER_WORDS = 5


def lead_span(text: str, dateline: str | None) -> int:
    """Where the lead paragraph of ``text`` ends (a character offset; ``IsRootEvent``).

    A page's text may open with a kicker and a standfirst: the lead is the line the dateline
    opens, else the first of the first lines that is more than a kicker; a text of one
    paragraph is all lead.
    """
    from eventwire.extract.dateline import DATELINE_LINES, line_dateline

    lines, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((line, position + len(line)))
        position += len(line) + 1
        if len(lines) == DATELINE_LINES:  # the lines a dateline may open
            break
    if not lines or "\n" not in text.strip():
        return len(text) + 1
    if dateline:
        for line, end in lines:
            if line_dateline(line) is not None:
                return end
    for line, end in lines:
        if len(line.split()) > _KICKER_WORDS or line.rstrip().endswith((".", "!", "?", "\"", "”")):
            return end
    return lines[0][1]


def _flatten(record: dict[str, Any]) -> dict[str, Any]:
    """Lists and dicts become JSON strings so every column has one scalar type."""
    return {
        k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in record.items()
    }


def records(store: Store, what: str, fmt: str) -> Iterator[dict[str, Any]]:
    if what == "articles":
        rows: Iterable[dict[str, Any]] = store.iter_articles()
        yield from (r if fmt == "jsonl" else _flatten(r) for r in rows)
    elif what == "events":
        urls = dict(store.conn.execute("SELECT id, url FROM articles"))
        leads = {} if fmt == "jsonl" else {
            article_id: lead_span(head, dateline)
            for article_id, head, dateline in store.conn.execute(
                "SELECT id, substr(text, 1, 3000), dateline FROM articles")
        }
        for event in store.iter_events():
            if fmt == "jsonl":
                yield event_json(event)
            else:
                row = event_flat(event, leads)
                row["SOURCEURL"] = next((urls.get(m.article_id) for m in event.mentions if urls.get(m.article_id)), None)
                yield row
    elif what == "stories":
        from eventwire.stories.compare import iter_story_records

        yield from (r if fmt == "jsonl" else _flatten(r) for r in iter_story_records(store))
    else:
        raise EventwireError(f"unknown --what {what!r}; choose one of {', '.join(WHATS)}")


def export(store: Store, what: str, fmt: str = "jsonl", out: str | None = None) -> int:
    """Write every stored ``what`` to ``out`` (stdout when None; not for parquet). Returns the count."""
    if fmt not in FORMATS:
        raise EventwireError(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out:
        _refuse_the_database(store, out)
    rows = records(store, what, fmt)
    if fmt == "parquet":
        if not out:
            raise EventwireError(Errors.E019.format(path="-", detail="parquet needs --out FILE"))
        try:
            with _replacing(out) as target:
                return _write_parquet(rows, what, target, out)
        except OSError as e:  # replacing --out
            raise EventwireError(Errors.E019.format(path=out, detail=e.strerror or e)) from e
    try:
        if out:
            with _replacing(out) as target, Path(target).open("w", encoding="utf-8", newline="") as fh:
                return _write_text(rows, what, fmt, fh)
        return _write_text(rows, what, fmt, sys.stdout)
    except BrokenPipeError:
        if out:
            raise EventwireError(Errors.E019.format(path=out, detail="broken pipe")) from None
        # The reader ('| head', a pager) has had enough: stop as Unix tools do, silently.
        # stdout points at /dev/null from here so the interpreter's last flush cannot fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as e:
        raise EventwireError(Errors.E019.format(path=out or "-", detail=e.strerror or e)) from e


@contextmanager
def _replacing(out: str) -> Iterator[str]:
    """A path to write ``out``'s new content to: a file beside it that replaces it when the
    export is done, so an export stopped part-way (an error, Ctrl-C) leaves the old file whole
    and two exports to one file cannot write into each other. A device or pipe (/dev/stdout, a
    FIFO) is written directly."""
    target = Path(os.path.realpath(out))  # through a symlink: replace the file, keep the link
    if target.exists() and not target.is_file():
        yield out
        return
    try:
        fd, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as e:
        raise EventwireError(Errors.E019.format(path=out, detail=e.strerror or e)) from e
    os.close(fd)
    try:
        yield partial
        if target.exists():
            shutil.copymode(target, partial)  # a replaced file keeps its permissions
        else:
            os.chmod(partial, 0o666 & ~_umask())  # mkstemp makes it 0600
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _refuse_the_database(store: Store, out: str) -> None:
    """``--out`` naming the database (or its WAL, shared-memory or journal file) would truncate
    it before a row is read: refuse rather than lose every stored record."""
    if not store.path or store.path == ":memory:":
        return
    db = Path(store.path).resolve()
    target = Path(out).resolve()
    files = [db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
    if target in files or (target.exists() and db.exists() and os.path.samefile(target, db)):
        detail = f"it is the database {store.path} or one of its files; choose another --out"
        raise EventwireError(Errors.E019.format(path=out, detail=detail))


def _write_text(rows: Iterable[dict[str, Any]], what: str, fmt: str, fh: TextIO) -> int:
    count = 0
    if fmt == "jsonl":
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer: csv.DictWriter | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        count += 1
    if writer is None:  # header only, so an empty export is still a valid CSV
        fields = _empty_columns(what)
        if fields:
            csv.DictWriter(fh, fieldnames=fields).writeheader()
    return count


def _empty_columns(what: str) -> list[str]:
    from eventwire.store.sqlite import ARTICLE_COLUMNS

    if what == "events":
        return [*GDELT_EVENT_COLUMNS, *EVENTWIRE_EVENT_COLUMNS]
    if what == "articles":
        return list(ARTICLE_COLUMNS)
    return ["id", "title", "first_seen", "last_seen", "article_ids", "outlets", "copies", "events", "actors"]


# Parquet column types that are not strings; every other column is a string (lists and nested
# records are JSON text). Fixed, so that an export's schema does not depend on its rows.
_PARQUET_INT = {"IsRootEvent", "QuadClass", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FeatureID",
                "negated", "copies"}
_PARQUET_FLOAT = {"GoldsteinScale", "ActionGeo_Lat", "ActionGeo_Long", "confidence"}


def _parquet_schema(columns: list[str]) -> Any:
    import pyarrow as pa

    def kind(column: str) -> Any:
        return pa.int64() if column in _PARQUET_INT else pa.float64() if column in _PARQUET_FLOAT else pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


# Rows a Parquet row group holds: the export goes out a group at a time, never whole in memory.
PARQUET_BATCH = 10_000


def _write_parquet(rows: Iterable[dict[str, Any]], what: str, path: str, out: str) -> int:
    """Write ``rows`` to ``path`` (``out`` names the export in messages)."""
    import itertools

    import pyarrow as pa
    import pyarrow.parquet as pq

    stream = iter(rows)
    batch = list(itertools.islice(stream, PARQUET_BATCH))
    schema = _parquet_schema(list(batch[0]) if batch else _empty_columns(what))
    count = 0
    try:
        with pq.ParquetWriter(path, schema) as writer:
            while True:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = list(itertools.islice(stream, PARQUET_BATCH))
                if not batch:
                    break
    except OSError as e:
        raise EventwireError(Errors.E019.format(path=out, detail=e)) from e
    return count


__all__ = ["export", "records", "event_flat", "WHATS", "FORMATS"]
