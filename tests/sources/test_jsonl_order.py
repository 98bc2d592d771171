"""A JSONL file's records come in date order (a directory's JSONL files' too, across them):
stable, undated ones after their neighbour, line numbers kept, bad lines and bad files still one
error each, gzip and UTF-16 alike, memory held per pass, a bounded number of files open."""

from __future__ import annotations

import gzip
import io
import json
from contextlib import contextmanager

import pytest

from eventwire.errors import InputError
from eventwire.eval.clustering import stream_order
from eventwire.records import Document
from eventwire.sources import jsonl_order
from eventwire.sources.jsonl import jsonl_documents, line_day
from eventwire.sources.jsonl_order import DateOrder, date_order

# File order. Date order: a; the bad line and u (undated, after a as in the file); c (04:00 UTC
# on the 2nd, written in its own zone as the 1st); e (RFC 2822); b and d (one instant: file order).
RECORDS = [
    {"id": "a", "text": "Midnight.", "date": "2024-03-02"},
    "not json at all",
    {"id": "u", "text": "Undated."},
    {"id": "b", "text": "Later.", "date": "2024-03-05T10:00:00Z"},
    {"id": "c", "text": "Early morning.", "published": "2024-03-01T23:00:00-05:00"},
    {"id": "d", "text": "Later too.", "date": "2024-03-05T10:00:00+00:00"},
    {"id": "e", "text": "Monday.", "date": "Mon, 04 Mar 2024 09:00:00 +0000"},
]


def write(path, records, opener=open, mode="w"):
    with opener(path, mode) as fh:
        for r in records:
            line = r if isinstance(r, str) else json.dumps(r)
            fh.write(line + "\n" if "b" not in mode else (line + "\n").encode())
    return path


def read(path, limit=1 << 20):
    return list(jsonl_documents([(path, str(path))], limit))


def summary(items):
    return [item.doc_id if isinstance(item, Document) else str(item).split("]")[0] + "]" for item in items]


EXPECTED = ["a", "[E006]", "u", "c", "e", "b", "d"]


def test_records_come_by_date_with_their_line_numbers(tmp_path):
    path = write(tmp_path / "mixed.jsonl", RECORDS)
    items = read(path)
    assert summary(items) == EXPECTED
    where = {item.doc_id: item.input for item in items if isinstance(item, Document)}
    assert where == {"a": f"{path}:1", "u": f"{path}:3", "b": f"{path}:4", "c": f"{path}:5", "d": f"{path}:6",
                     "e": f"{path}:7"}
    assert f"{path}:2" in str(items[1])  # the bad line keeps its number


def test_gzip_and_utf16_files_come_in_the_same_order(tmp_path):
    plain = summary(read(write(tmp_path / "p.jsonl", RECORDS)))
    zipped = summary(read(write(tmp_path / "z.jsonl.gz", RECORDS, gzip.open, "wb")))
    text = "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in RECORDS)
    (tmp_path / "w.jsonl").write_bytes(text.encode("utf-16"))
    wide = summary(read(tmp_path / "w.jsonl"))
    assert plain == zipped == wide == EXPECTED


def test_undated_records_at_the_start_stay_first_and_a_file_in_order_is_unchanged(tmp_path):
    records = [{"id": "x", "text": "No date."}, {"id": "y", "text": "Day 3.", "date": "2024-01-03"},
               {"id": "z", "text": "Day 1.", "date": "2024-01-01"}, {"id": "w", "text": "No date."}]
    assert summary(read(write(tmp_path / "s.jsonl", records))) == ["x", "z", "w", "y"]  # w follows z
    ordered = [records[0], records[2], records[1], records[3]]
    assert summary(read(write(tmp_path / "o.jsonl", ordered))) == ["x", "z", "y", "w"]  # w follows y
    undated = [{"id": str(i), "text": "t"} for i in range(5)][::-1]
    assert summary(read(write(tmp_path / "u.jsonl", undated))) == ["4", "3", "2", "1", "0"]


def test_a_too_long_line_and_blank_lines_keep_their_place_and_numbers(tmp_path):
    records = [{"id": "late", "text": "x", "date": "2024-05-01"}, "", {"id": "long", "text": "y" * 200},
               {"id": "early", "text": "x", "date": "2024-04-01"}]
    path = write(tmp_path / "l.jsonl", records)
    items = read(path, limit=100)
    assert summary(items) == ["early", "late", "[E009]"]
    assert f"{path}:3" in str(items[2]) and items[0].input == f"{path}:4"


def test_a_truncated_gzip_gives_one_error_then_what_it_read_in_order(tmp_path):
    data = gzip.compress(b"".join(json.dumps({"id": str(d), "text": "t", "date": f"2024-01-{d:02d}"}).encode() + b"\n"
                                  for d in (9, 3, 5, 1) * 400))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    assert isinstance(items[0], InputError) and "[E004]" in str(items[0])
    docs = items[1:]
    assert docs and all(isinstance(d, Document) for d in docs)
    days = [d.published for d in docs]
    assert days == sorted(days)


@pytest.mark.parametrize(("per_pass", "passes"), [(0, 60), (4, 15), (100, 1)])
def test_a_file_that_cannot_seek_is_read_in_passes_of_bounded_size(per_pass, passes, monkeypatch):
    lines = [json.dumps({"id": str(i), "date": f"2024-01-{(i * 7) % 28 + 1:02d}"}).encode() + b"\n" for i in range(60)]
    data = b"".join(lines)
    held: list[int] = []

    @contextmanager
    def stream():
        yield io.BytesIO(data), False

    real_items = jsonl_order._items

    def counting(f, limit, n):
        held.append(0)
        yield from real_items(f, limit, n)

    monkeypatch.setattr(jsonl_order, "_items", counting)
    # Room for per_pass lines of 35 bytes (each held line costs its text and a fixed overhead)
    pass_bytes = max(1, per_pass * (35 + jsonl_order._HELD_OVERHEAD))
    order = DateOrder(1000, line_day, pass_bytes=pass_bytes)
    assert order.scan(stream) == (60, None)
    got = list(order.lines())
    days = [line_day(line) for _, _, line, _ in got]
    assert days == sorted(days) and len(got) == 60
    assert sorted(n for _, n, _, _ in got) == list(range(1, 61))
    # Each pass holds at most pass_bytes (one line at least): lines of 34-35 bytes
    assert {len(line) for line in lines} == {34, 35}
    assert len(held) == passes


def test_eval_clustering_orders_records_as_the_run_reads_them(tmp_path):
    records = [r for r in RECORDS if isinstance(r, dict)]
    path = write(tmp_path / "gold.jsonl", records)
    read_order = summary(read(path))
    assert [records[i]["id"] for i in stream_order(records)] == read_order
    assert date_order([None, 2.0, None, 1.0]).tolist() == [0, 3, 1, 2]


def _outlet_files(folder, opener=open, mode="w", suffix=".jsonl"):
    """One file per outlet, each over the same week: read file after file, the dates would jump back."""
    folder.mkdir()
    for k, outlet in enumerate(["alpha", "beta", "gamma"]):
        rows = [{"id": f"{outlet}-{d}", "text": "t", "date": f"2024-02-{d:02d}T{k:02d}:00:00Z", "source": outlet}
                for d in (5, 1, 3, 7)]
        write(folder / f"{outlet}{suffix}", rows, opener, mode)


def test_a_directory_of_files_per_outlet_is_read_in_date_order_across_them(tmp_path, settings, collect):
    _outlet_files(tmp_path / "plain")
    (tmp_path / "plain" / "page.txt").write_text("A page read before the JSONL files.")
    items = collect([tmp_path / "plain"], settings)
    assert items[0].doc_id == "page"
    ids = [d.doc_id for d in items[1:]]
    assert ids[:4] == ["alpha-1", "beta-1", "gamma-1", "alpha-3"]  # one date, the files' order
    assert [d.published for d in items[1:]] == sorted(d.published for d in items[1:])
    assert {d.input for d in items[1:] if d.doc_id == "beta-3"} == {str(tmp_path / "plain" / "beta.jsonl") + ":3"}
    _outlet_files(tmp_path / "zipped", gzip.open, "wb", ".jsonl.gz")
    assert [d.doc_id for d in collect([tmp_path / "zipped"], settings)] == ids


def test_a_bad_file_in_a_directory_costs_one_line_and_the_others_stay_in_order(tmp_path, settings, collect):
    _outlet_files(tmp_path / "d")
    (tmp_path / "d" / "empty.jsonl").write_text("\n\n")
    (tmp_path / "d" / "broken.jsonl.gz").write_bytes(b"\x1f\x8b not gzip at all")
    items = collect([tmp_path / "d"], settings)
    errors = [str(i).split("]")[0] + "]" for i in items if isinstance(i, InputError)]
    assert sorted(errors) == ["[E002]", "[E004]"]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 12 and [d.published for d in docs] == sorted(d.published for d in docs)


def test_files_are_opened_a_few_at_a_time(tmp_path, settings, collect, monkeypatch):
    monkeypatch.setattr(jsonl_order, "MAX_OPEN", 2)
    _outlet_files(tmp_path / "d")
    docs = collect([tmp_path / "d"], settings)
    assert len(docs) == 12 and [d.published for d in docs] == sorted(d.published for d in docs)


def test_plain_and_gzipd_files_of_a_directory_merge_over_many_passes(tmp_path, settings, collect, monkeypatch):
    monkeypatch.setattr(jsonl_order, "PASS_BYTES", 1)  # one held line a pass
    folder = tmp_path / "d"
    folder.mkdir()
    write(folder / "a.jsonl", [{"id": f"a{d}", "text": "t", "date": f"2024-02-{d:02d}"} for d in (9, 2, 6)])
    write(folder / "b.jsonl.gz", [{"id": f"b{d}", "text": "t", "date": f"2024-02-{d:02d}"} for d in (3, 8, 1)],
          gzip.open, "wb")
    write(folder / "c.jsonl", [{"id": "c2", "text": "t", "date": "2024-02-02"}, "{bad"])
    items = collect([folder], settings)
    assert summary(items) == ["b1", "a2", "c2", "[E006]", "b3", "a6", "b8", "a9"]
    assert f"{folder / 'c.jsonl'}:2" in str(items[3])


def test_jsonl_files_named_one_after_another_are_read_as_one_stream(tmp_path, settings, collect):
    a = write(tmp_path / "a.jsonl", [{"id": f"a{d}", "text": "t", "date": f"2024-02-{d:02d}"} for d in (2, 6)])
    b = write(tmp_path / "b.jsonl", [{"id": f"b{d}", "text": "t", "date": f"2024-02-{d:02d}"} for d in (1, 5)])
    c = write(tmp_path / "c.jsonl", [{"id": "c0", "text": "t", "date": "2024-01-31"}])
    page = tmp_path / "page.txt"
    page.write_text("A page between them.")
    assert summary(collect([a, b, page, c], settings)) == ["b1", "a2", "b5", "a6", "page", "c0"]
    assert summary(collect([a, tmp_path / "gone.jsonl", b], settings)) == ["a2", "a6", "[E001]", "b1", "b5"]
