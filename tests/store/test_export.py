import csv
import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from eventwire.errors import EventwireError
from eventwire.records import Actor, Article, Event, Location, Mention, content_hash
from eventwire.store import open_store
from eventwire.store.export import export


@pytest.fixture()
def store(db_path):
    store = open_store(db_path)
    text = "NATO accused China of enabling Russia's war."
    article = Article(id=content_hash(text), doc_id="d1", text=text, outlet="o", title="T", authors=["A B"],
                      url="https://example.org/a")
    event = Event(
        source=Actor("NATO", name="NATO", code="IGONAT", sector="IGO"),
        target=Actor("China", name="China", code="CHNGOV", country="CHN", sector="GOV"),
        type="ACCUSE", id="e1", cameo="112", goldstein=-2.0, quad_class=3, date=date(2024, 7, 10),
        location=Location("Washington", country="USA"),
        mentions=[Mention(article.id, text, 0, len(text), doc_id="d1", outlet="o")],
    )
    store.add_article(article, [event])
    store.commit()
    yield store
    store.close()


def test_articles_jsonl(store, tmp_path):
    out = tmp_path / "a.jsonl"
    assert export(store, "articles", "jsonl", str(out)) == 1
    row = json.loads(out.read_text())
    assert row["authors"] == ["A B"] and row["doc_id"] == "d1" and row["title"] == "T"


def test_events_csv_uses_gdelt_names(store, tmp_path):
    out = tmp_path / "e.csv"
    export(store, "events", "csv", str(out))
    row = next(csv.DictReader(out.open()))
    assert row["Actor1Code"] == "IGONAT" and row["Actor2CountryCode"] == "CHN"
    assert row["EventRootCode"] == "11" and row["SQLDATE"] == "20240710"
    assert row["SOURCEURL"] == "https://example.org/a" and row["plover_type"] == "ACCUSE"
    assert row["evidence_sentence"].startswith("NATO accused")


def test_events_jsonl_keeps_mentions(store, tmp_path):
    out = tmp_path / "e.jsonl"
    export(store, "events", "jsonl", str(out))
    row = json.loads(out.read_text())
    assert row["mentions"][0]["doc_id"] == "d1" and row["mentions"][0]["end"] > 0


def test_parquet(store, tmp_path):
    out = tmp_path / "a.parquet"
    export(store, "articles", "parquet", str(out))
    assert pq.read_table(out).num_rows == 1


def test_parquet_needs_a_file(store):
    with pytest.raises(EventwireError, match="E019"):
        export(store, "events", "parquet", None)


def test_empty_csv_has_header(db_path, tmp_path):
    empty = open_store(db_path + ".empty")
    out = tmp_path / "s.csv"
    assert export(empty, "stories", "csv", str(out)) == 0
    assert out.read_text().startswith("id,title")
    empty.close()


def test_export_into_a_closed_pipe_stops_quietly(store, db_path):
    """'eventwire export ... | head -1' printed 'Error: [E019] None: cannot write export (Broken pipe)'."""
    import os
    import subprocess
    import sys

    for _ in range(300):  # enough rows to outlast the pipe's buffer
        text = f"Row {_} of a long export, written to fill the pipe past what head reads."
        store.add_article(Article(id=content_hash(text), doc_id=f"r{_}", text=text * 20), [])
    store.commit()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = f"'{sys.executable}' -m eventwire export --db '{db_path}' --what articles | head -c 10"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.stderr == "" and done.returncode == 0, done.stderr


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_export_onto_the_database_itself_is_refused(store, db_path, suffix):
    # '--out' naming the database opened it for writing and truncated it: every article lost.
    size = len(open(db_path, "rb").read())
    for fmt in ("jsonl", "csv", "parquet"):
        with pytest.raises(EventwireError, match=r"\[E019\] .*: cannot write export \(it is the database"):
            export(store, "articles", fmt, db_path + suffix)
    assert len(open(db_path, "rb").read()) == size
    assert [a["doc_id"] for a in store.iter_articles()] == ["d1"]


def test_parquet_column_types_do_not_depend_on_the_rows(store, db_path, tmp_path):
    # The types were inferred from the rows: a column every row left empty came out as pyarrow's
    # 'null' type (no event with a place: ActionGeo_Lat), and an empty export wrote every column
    # as a string; daily exports could then not be read together as one data set.
    import pyarrow as pa

    text = "Kenya accused Uganda of moving troops to the border."
    article = Article(id=content_hash(text), doc_id="d2", text=text, outlet="p")
    event = Event(source=Actor("Kenya", code="KEN", country="KEN"), target=Actor("Uganda", code="UGA", country="UGA"),
                  type="ACCUSE", id="e2", mentions=[Mention(article.id, text, 0, len(text), doc_id="d2")])
    nowhere = open_store(db_path + ".nowhere")
    nowhere.add_article(article, [event])
    nowhere.commit()
    empty = open_store(db_path + ".empty")
    for what in ("articles", "events", "stories"):
        schemas = []
        for name, source in (("full", store), ("nowhere", nowhere), ("empty", empty)):
            out = tmp_path / f"{what}-{name}.parquet"
            export(source, what, "parquet", str(out))
            schemas.append(pq.read_schema(out))
        assert all(s.equals(schemas[0]) for s in schemas), what
        assert not any(pa.types.is_null(f.type) for f in schemas[0]), what
    events = pq.read_schema(tmp_path / "events-full.parquet")
    assert events.field("ActionGeo_Lat").type == pa.float64() and events.field("NumSources").type == pa.int64()
    assert pq.read_table(tmp_path / "events-nowhere.parquet").column("ActionGeo_Lat").to_pylist() == [None]
    nowhere.close()
    empty.close()


def test_parquet_is_written_in_batches_not_held_whole(store, tmp_path, monkeypatch):
    # The whole export was built as one list in memory (every article's text at once);
    # now it goes out in row groups, with the same rows in the same order.
    import eventwire.store.export as export_module

    for i in range(4):
        text = f"Row {i}: the council met and voted on the budget."
        store.add_article(Article(id=content_hash(text), doc_id=f"r{i}", text=text), [])
    store.commit()
    monkeypatch.setattr(export_module, "PARQUET_BATCH", 2)
    out = tmp_path / "a.parquet"
    assert export(store, "articles", "parquet", str(out)) == 5
    assert pq.ParquetFile(out).metadata.num_row_groups == 3
    assert [r["doc_id"] for r in pq.read_table(out).to_pylist()] == ["d1", "r0", "r1", "r2", "r3"]


def _geo_events_store(db_path):
    text = ("Police fired tear gas at protesters in Houston on Monday.\n"
            "Later, Chinese officials met Swiss diplomats in Geneva.")
    second = text.index("Later")
    article = Article(id=content_hash(text), doc_id="g1", text=text, outlet="o")
    police = Actor("Police", code="USACOP", country="USA", sector="COP")
    swiss = Actor("Swiss diplomats", code="CHEGOV", country="CHE", sector="GOV")
    china = Actor("Chinese officials", code="CHNGOV", country="CHN", sector="GOV")
    events = [
        Event(source=police, target=Actor("protesters", code="USACVL", country="USA"), type="COERCE", id="lead",
              location=Location("Houston", country="USA", admin1="Texas", lat=29.76, lon=-95.36, geonames_id=4699066),
              mentions=[Mention(article.id, text[:second - 1], 0, second - 1, doc_id="g1")]),
        Event(source=china, target=swiss, type="CONSULT", id="later",
              location=Location("Geneva", country="CHE", admin1="CH.GE", lat=46.2, lon=6.14, geonames_id=2660646),
              mentions=[Mention(article.id, text[second:], second, len(text), doc_id="g1")]),
    ]
    geo = open_store(db_path + ".geo")
    geo.add_article(article, events)
    geo.commit()
    return geo


def _csv_events(store, tmp_path):
    """The store's events exported as CSV, by GLOBALEVENTID."""
    out = tmp_path / "g.csv"
    export(store, "events", "csv", str(out))
    return {r["GLOBALEVENTID"]: r for r in csv.DictReader(out.open())}


def test_gdelt_geo_columns_mean_what_gdelts_do(db_path, tmp_path):
    # ActionGeo_CountryCode held the ISO3 code ('CHE' for Switzerland); GDELT's column is the
    # FIPS 10-4 code ('SZ'; GDELT's 'CH' is China), and its ADM1 code is the FIPS country code
    # followed by the division's code ('USTX'), where ours was 'Texas' or 'CH.GE'. The ISO3
    # code stays, as eventwire's own 'location_country'.
    geo = _geo_events_store(db_path)
    rows = _csv_events(geo, tmp_path)
    assert rows["later"]["ActionGeo_CountryCode"] == "SZ" and rows["later"]["location_country"] == "CHE"
    assert rows["later"]["ActionGeo_ADM1Code"] == "SZGE"
    assert rows["lead"]["ActionGeo_CountryCode"] == "US" and rows["lead"]["ActionGeo_ADM1Code"] == "USTX"
    geo.close()


def test_is_root_event_marks_events_of_the_lead_paragraph_only(db_path, tmp_path):
    # IsRootEvent was 1 on every event; GDELT sets it for events of the lead paragraph (its
    # proxy for an event's importance).
    geo = _geo_events_store(db_path)
    rows = _csv_events(geo, tmp_path)
    assert rows["lead"]["IsRootEvent"] == "1" and rows["later"]["IsRootEvent"] == "0"
    geo.close()


def test_is_root_event_finds_the_lead_after_a_kicker_or_a_standfirst(db_path, tmp_path):
    # Pages put a kicker ("Sudan") and a standfirst before the story; the lead is the paragraph
    # the dateline opens, or else the first that is more than a label.
    text = ("Sudan\nThe truce opens two corridors into Darfur.\n"
            "ADDIS ABABA — Sudan's army and the RSF signed a truce on Monday.\nFighting went on in Darfur.")
    lead = text.index("ADDIS")
    article = Article(id=content_hash(text), doc_id="s1", text=text, outlet="o", dateline="ADDIS ABABA")
    army, rsf = Actor("army", code="SDNMIL"), Actor("RSF", code="SDNREB")
    later = text.index("Fighting")
    events = [
        Event(source=army, target=rsf, type="AGREE", id="signed",
              mentions=[Mention(article.id, "x", lead, later - 1, doc_id="s1")]),
        Event(source=army, target=rsf, type="ASSAULT", id="fighting",
              mentions=[Mention(article.id, "x", later, len(text), doc_id="s1")]),
    ]
    store = open_store(db_path + ".lead")
    store.add_article(article, events)
    text2 = "Kenya\nPolice fired tear gas at protesters in Nairobi on Tuesday.\nThe ministry said ten were hurt."
    article2 = Article(id=content_hash(text2), doc_id="k1", text=text2, outlet="o")
    start = text2.index("Police")
    store.add_article(article2, [Event(source=Actor("Police", code="KENCOP"), target=None, type="COERCE", id="kenya",
                                       mentions=[Mention(article2.id, "x", start, text2.index("The") - 1, doc_id="k1")])])
    store.commit()
    rows = {key: r["IsRootEvent"] for key, r in _csv_events(store, tmp_path).items()}
    assert rows == {"signed": "1", "fighting": "0", "kenya": "1"}
    store.close()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_failed_export_leaves_the_previous_file_whole(store, tmp_path, monkeypatch, fmt):
    # The export wrote into --out as it read: an export stopped part-way (a database error,
    # Ctrl-C, a full disk) left yesterday's good file truncated, and two exports to one file at
    # once wrote into each other. It now writes beside the file and replaces it when done.
    import eventwire.store.export as export_module

    out = tmp_path / f"events.{fmt}"
    assert export(store, "events", fmt, str(out)) == 1
    before = out.read_bytes()

    records = export_module.records

    def stopped_part_way(*args, **kwargs):
        yield from records(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(export_module, "records", stopped_part_way)
    with pytest.raises(KeyboardInterrupt):
        export(store, "events", fmt, str(out))
    assert out.read_bytes() == before
    assert not list(tmp_path.glob("*.part"))  # nothing left beside it


def test_an_export_through_a_symlink_replaces_the_file_it_points_to(store, tmp_path):
    real = tmp_path / "data" / "events-2024.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    export(store, "events", "csv", str(link))
    assert link.is_symlink() and real.read_text().startswith("GLOBALEVENTID,")
